# What the static page's compiler builds with under Debian's emscripten (cmake --preset wasm).
#
# The header-only libraries come from their own folders, through a folder of links to them: the
# host's /usr/include as a whole would bring glibc's headers, which break emscripten's build.
# fmt is used header-only (FMT_HEADER_ONLY): Debian's libfmt is built for the host.
set(SEARCHC_WEB_INCLUDE "${PROJECT_BINARY_DIR}/web-include")
foreach(library IN ITEMS fmt nlohmann tao)
  if(NOT EXISTS "/usr/include/${library}")
    message(FATAL_ERROR "/usr/include/${library} not found: run tools/install-deps")
  endif()
  file(MAKE_DIRECTORY "${SEARCHC_WEB_INCLUDE}")
  file(CREATE_LINK "/usr/include/${library}" "${SEARCHC_WEB_INCLUDE}/${library}" SYMBOLIC)
endforeach()
add_library(searchc_web_headers INTERFACE)
target_include_directories(searchc_web_headers SYSTEM INTERFACE "${SEARCHC_WEB_INCLUDE}")
add_library(fmt::fmt ALIAS searchc_web_headers)
add_library(taocpp::pegtl ALIAS searchc_web_headers)
add_library(nlohmann_json::nlohmann_json ALIAS searchc_web_headers)
target_compile_definitions(searchc_web_headers INTERFACE FMT_HEADER_ONLY)

# The code throws and catches C++ exceptions, which emscripten's default turns into an abort.
# WebAssembly's own exceptions cost nothing until one is thrown (emscripten's older, JavaScript
# form makes every call that may throw a call out to JavaScript), and Debian's emscripten ships
# its libraries built for them (libc++-except.a in its cache).
add_compile_options(-fwasm-exceptions)
add_link_options(-fwasm-exceptions)

# The MeSH packer runs on the build machine, so it is compiled with the host's compiler.
find_program(SEARCHC_HOST_CXX NAMES c++ g++ REQUIRED)
set(SEARCHC_MESH_PACK "${PROJECT_BINARY_DIR}/host/searchc_mesh_pack")
add_custom_command(OUTPUT "${SEARCHC_MESH_PACK}"
  COMMAND "${CMAKE_COMMAND}" -E make_directory "${PROJECT_BINARY_DIR}/host"
  COMMAND "${SEARCHC_HOST_CXX}" -std=c++20 -O2 -I "${PROJECT_SOURCE_DIR}" "${PROJECT_SOURCE_DIR}/mesh/pack.cpp"
          "${PROJECT_SOURCE_DIR}/mesh/web_image.cpp" -lz
          -o "${SEARCHC_MESH_PACK}"
  DEPENDS "${PROJECT_SOURCE_DIR}/mesh/pack.cpp" "${PROJECT_SOURCE_DIR}/mesh/web_image.cpp"
          "${PROJECT_SOURCE_DIR}/mesh/web_image.hpp" "${PROJECT_SOURCE_DIR}/mesh/image.hpp" "${PROJECT_SOURCE_DIR}/base/text.hpp"
  COMMENT "Building the MeSH packer for the build machine")
