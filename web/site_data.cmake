# cmake -D data=FILE.gz -D unpacked=FILE -D image=FILE -D site=DIR -D worker=worker.js
#   -P site_data.cmake
# Copies the compressed MeSH image into the site as mesh-SHA256.gz, removing older ones, and
# writes the worker with that name, its unpacked size and the image's size in it: a new image
# gets a new name, so a browser never keeps an old one.
file(SHA256 "${data}" hash)
string(SUBSTRING "${hash}" 0 16 hash)
file(GLOB old "${site}/mesh-*.gz")
if(old)
  file(REMOVE ${old})
endif()
set(SEARCHC_DATA "mesh-${hash}.gz")
file(SIZE "${unpacked}" SEARCHC_DATA_SIZE)
file(SIZE "${image}" SEARCHC_IMAGE_SIZE)
file(COPY_FILE "${data}" "${site}/${SEARCHC_DATA}")
configure_file("${worker}" "${site}/worker.js" @ONLY)
