// The MeSH image as the static page downloads it (web/, docs/serve.md): the same tables, laid out
// so that gzip, the one compression a browser undoes by itself, makes it smaller, and without the
// hash tables, which are rebuilt on arrival. Of the image's 36 MB, gzip leaves 12.5 MB; of this
// form, 8.8 MB (docs/performance.md, "The static page").
//
// The form: the magic "SRCHWEB1", the image's header, then each table but the hash tables
// column by column (a column is one 32-bit field of every item), each column's bytes in four
// planes (every item's lowest byte, then every item's next byte, ...), then the string pool as
// it is. The fields are small numbers, so their high planes are long runs of zeros.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace searchc::mesh {

// The web form of an image (mesh/image.hpp); throws std::runtime_error when it is not one.
std::vector<std::byte> web_image(std::span<const std::byte> image);

// The image again, byte for byte, with its hash tables rebuilt; throws std::runtime_error when
// `web` is not the web form of an image.
std::vector<std::byte> image_from_web(std::span<const std::byte> web);

}  // namespace searchc::mesh
