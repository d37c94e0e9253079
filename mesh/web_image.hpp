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

// The size of the image whose web form begins `web` (its magic and header); throws
// std::runtime_error when `web` does not begin one.
std::size_t image_size_of_web(std::span<const std::byte> web);

// The same in the image's own room, so that the static page holds one copy, not two: `image` is
// the image's size and holds the web form, `web_size` bytes, at its end; on return it holds the
// image. Throws std::runtime_error when it is not the web form of an image of that size.
void image_from_web_in_place(std::span<std::byte> image, std::size_t web_size);

}  // namespace searchc::mesh
