# Opens the reference example's HTML appendix in headless Chromium: the rendered document must
# hold every database and the totals, the page must log nothing to its console and fetch
# nothing, and a screenshot is kept in ARTIFACTS for people to look at.
set(html "${ARTIFACTS}/appendix.html")
file(MAKE_DIRECTORY "${ARTIFACTS}")
execute_process(COMMAND ${SEARCHC} appendix examples/ms-stem-cell.search --format html -o ${html}
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "searchc appendix exited ${status}")
endif()

file(READ "${html}" page)
foreach(external "<link" "<script" "<img" "@import" "url(" "src=")
  string(FIND "${page}" "${external}" at)
  if(NOT at EQUAL -1)
    message(FATAL_ERROR "the appendix refers to an outside resource: ${external}")
  endif()
endforeach()

# Chromium's own background traffic is switched off, so that what the log says is the page's.
set(chromium ${CHROMIUM} --headless=new --no-sandbox --disable-gpu --hide-scrollbars --no-first-run
             --disable-background-networking --disable-component-update --disable-sync
             --user-data-dir=${ARTIFACTS}/chromium-profile)
execute_process(COMMAND ${chromium} --enable-logging=stderr --v=1 --dump-dom "file://${html}"
                RESULT_VARIABLE status OUTPUT_VARIABLE dom ERROR_VARIABLE log TIMEOUT 120)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "chromium exited ${status}:\n${log}")
endif()
foreach(text "Cochrane Library (Wiley), CENTRAL" "ClinicalTrials.gov" "WHO International Clinical Trials Registry Platform"
        "International HTA Database (INAHTA)" "Epistemonikos" "Records identified in the databases: 424."
        "Records after removing duplicates: 346." "#15 NOT #11" "FROM 2014 TO 2021")
  string(FIND "${dom}" "${text}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the rendered appendix lacks: ${text}")
  endif()
endforeach()
foreach(problem ":CONSOLE" "Failed to load resource")
  string(FIND "${log}" "${problem}" at)
  if(NOT at EQUAL -1)
    message(FATAL_ERROR "the page reported a problem (${problem}):\n${log}")
  endif()
endforeach()

execute_process(COMMAND ${chromium} --screenshot=${ARTIFACTS}/appendix.png --window-size=1200,2400 "file://${html}"
                RESULT_VARIABLE status OUTPUT_QUIET ERROR_QUIET TIMEOUT 120)
if(NOT status EQUAL 0 OR NOT EXISTS "${ARTIFACTS}/appendix.png")
  message(FATAL_ERROR "chromium could not take the screenshot")
endif()
message(STATUS "screenshot: ${ARTIFACTS}/appendix.png")
