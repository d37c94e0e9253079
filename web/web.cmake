# The static page (cmake --workflow --preset wasm): build/wasm/site/ holds the page of `searchc
# serve` (server/page/, one source for both), the compiler as WebAssembly (web/main.cpp), run in a
# Web Worker (web/worker.js) that web/transport.js talks to, and the MeSH image, compressed, which
# the worker loads once. Any static host serves the folder; nothing is sent anywhere.
set(SEARCHC_SITE "${PROJECT_BINARY_DIR}/site")

searchc_embed_assets("${PROJECT_BINARY_DIR}/generated/web_assets.cpp" ${SEARCHC_EXAMPLE_ASSETS})
add_executable(searchc_web web/main.cpp server/api.cpp "${PROJECT_BINARY_DIR}/generated/web_assets.cpp")
target_link_libraries(searchc_web PRIVATE searchc_appendix nlohmann_json::nlohmann_json searchc_warnings)
set_target_properties(searchc_web PROPERTIES OUTPUT_NAME searchc RUNTIME_OUTPUT_DIRECTORY "${SEARCHC_SITE}")
# -O3 at the link too: emscripten optimises the WebAssembly (binaryen) and its JavaScript there.
target_link_options(searchc_web PRIVATE -O3
  -sMODULARIZE=1 -sEXPORT_NAME=createSearchc -sENVIRONMENT=worker -sALLOW_MEMORY_GROWTH=1
  "-sEXPORTED_FUNCTIONS=_searchc_call,_searchc_reply_type,_searchc_reply_body,_searchc_image_buffer"
  "-sEXPORTED_RUNTIME_METHODS=ccall,UTF8ToString")

# The page's files, at their URL paths.
set(site_files "")
foreach(entry IN LISTS SEARCHC_PAGE ITEMS "/transport.js|${PROJECT_SOURCE_DIR}/web/transport.js|")
  string(REPLACE "|" ";" parts "${entry}")
  list(GET parts 0 url)
  list(GET parts 1 file)
  if(url STREQUAL "/")
    set(url "/index.html")
  endif()
  add_custom_command(OUTPUT "${SEARCHC_SITE}${url}" COMMAND "${CMAKE_COMMAND}" -E copy "${file}" "${SEARCHC_SITE}${url}"
                     DEPENDS "${file}")
  list(APPEND site_files "${SEARCHC_SITE}${url}")
endforeach()

# The MeSH image in its web form (mesh/web_image.hpp), compressed with gzip (which browsers undo
# themselves, DecompressionStream), and the worker, which names it by its SHA-256 so that the
# browser keeps it until it changes, and knows the sizes of its web form and of the image.
set(SEARCHC_SITE_DATA "${PROJECT_BINARY_DIR}/mesh.web.gz")
add_custom_command(OUTPUT "${SEARCHC_SITE_DATA}"
  COMMAND "${SEARCHC_MESH_PACK}" --web "${SEARCHC_MESH_IMAGE}" "${PROJECT_BINARY_DIR}/mesh.web"
  COMMAND gzip -9 -n -k -f "${PROJECT_BINARY_DIR}/mesh.web"
  DEPENDS "${SEARCHC_MESH_PACK}" "${SEARCHC_MESH_IMAGE}" COMMENT "Compressing the MeSH image for the static page")
add_custom_command(OUTPUT "${SEARCHC_SITE}/worker.js"
  COMMAND "${CMAKE_COMMAND}" -D "data=${SEARCHC_SITE_DATA}" -D "unpacked=${PROJECT_BINARY_DIR}/mesh.web"
          -D "image=${SEARCHC_MESH_IMAGE}" -D "site=${SEARCHC_SITE}"
          -D "worker=${PROJECT_SOURCE_DIR}/web/worker.js" -P "${PROJECT_SOURCE_DIR}/web/site_data.cmake"
  DEPENDS "${SEARCHC_SITE_DATA}" "${PROJECT_SOURCE_DIR}/web/worker.js" "${PROJECT_SOURCE_DIR}/web/site_data.cmake")
add_custom_target(searchc_site ALL DEPENDS ${site_files} "${SEARCHC_SITE}/worker.js" searchc_web)
