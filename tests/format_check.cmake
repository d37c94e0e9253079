# Fails when clang-format would change any of the project's C++ sources (.clang-format is the
# house layout). Run as: cmake -DCLANG_FORMAT=... -DPROJECT=... -P format_check.cmake
set(folders base mesh compiler grammar databases driver appendix server cli tests bench)
set(files "")
foreach(folder IN LISTS folders)
  file(GLOB_RECURSE found "${PROJECT}/${folder}/*.cpp" "${PROJECT}/${folder}/*.hpp")
  list(FILTER found EXCLUDE REGEX "/node_modules/|/tests/fuzz/corpus/")
  list(APPEND files ${found})
endforeach()
list(LENGTH files count)
if(count LESS 100)
  message(FATAL_ERROR "found only ${count} sources under ${PROJECT}")
endif()
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${files}
                RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "clang-format would change these sources; run clang-format -i on them:\n${errors}")
endif()
message(STATUS "clang-format: ${count} sources in the house layout")
