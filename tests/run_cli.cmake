# Runs searchc with ARGS (a ;-list), optionally feeding STDIN, and checks the exit code and,
# when STDOUT or STDERR names a file, that the output equals it byte for byte.
string(REPLACE "|" ";" ARGS "${ARGS}")
set(input_args)
if(DEFINED STDIN)
  set(input_args INPUT_FILE ${STDIN})
endif()
execute_process(COMMAND ${SEARCHC} ${ARGS} ${input_args}
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL EXPECTED_EXIT)
  message(FATAL_ERROR "searchc ${ARGS}: exit ${status}, expected ${EXPECTED_EXIT}\nstdout:\n${out}\nstderr:\n${err}")
endif()
# Compares what searchc wrote on a stream with the golden file named by the variable `stream`.
function(expect_stream stream actual)
  if(DEFINED ${stream})
    file(READ ${${stream}} expected)
    if(NOT actual STREQUAL expected)
      message(FATAL_ERROR "searchc ${ARGS}: ${stream} differs from ${${stream}}\n--- got:\n${actual}")
    endif()
  endif()
endfunction()
expect_stream(STDOUT "${out}")
expect_stream(STDERR "${err}")
