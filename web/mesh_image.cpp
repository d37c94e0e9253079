// The MeSH image of the static page's compiler: the worker (web/worker.js) fetches its web form
// (mesh/web_image.hpp) once, asks searchc_image_buffer for room and writes it there before the
// first call; the first look-up unpacks it in place. The program links its image instead
// (mesh/image_data.cpp.in).
#include <algorithm>
#include <cstddef>
#include <vector>

#include "mesh/vocabulary.hpp"
#include "mesh/web_image.hpp"

namespace {

// The image's room, which the worker fills with its web form, `web_size` bytes, at the end.
struct Room {
  std::vector<std::byte> bytes;
  std::size_t web_size = 0;
};

Room& room() {
  static Room kept;
  return kept;
}

}  // namespace

// Room for an image of `image_size` bytes whose web form, `web_size` bytes, is written at the
// address returned (the room's last `web_size` bytes) before the vocabulary is used.
extern "C" std::byte* searchc_image_buffer(std::size_t image_size, std::size_t web_size) {
  room().bytes.resize(std::max(image_size, web_size));
  room().web_size = web_size;
  return room().bytes.data() + (room().bytes.size() - web_size);
}

std::span<const std::byte> searchc::mesh::Vocabulary::bundled_image() {
  static const std::span<const std::byte> image = [] {
    image_from_web_in_place(room().bytes, room().web_size);
    return std::span<const std::byte>(room().bytes);
  }();
  return image;
}
