# Runs searchc with ARGS (a ;-list), optionally feeding STDIN, and checks the exit code and,
# when STDOUT names a file, that standard output equals it byte for byte.
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
if(DEFINED STDOUT)
  file(READ ${STDOUT} expected)
  if(NOT out STREQUAL expected)
    message(FATAL_ERROR "searchc ${ARGS}: standard output differs from ${STDOUT}\n--- got:\n${out}")
  endif()
endif()
