// The MeSH image of the static page's compiler: the worker (web/worker.js) fetches its web form
// (mesh/web_image.hpp) once, asks searchc_image_buffer for room and writes it there before the
// first call; the first look-up unpacks it. The program links its image instead
// (mesh/image_data.cpp.in).
#include <cstddef>
#include <vector>

#include "mesh/vocabulary.hpp"
#include "mesh/web_image.hpp"

namespace {

std::vector<std::byte>& sent() {
  static std::vector<std::byte> bytes;
  return bytes;
}

}  // namespace

// Room for the web form of an image, `size` bytes, to be filled before the vocabulary is used.
extern "C" std::byte* searchc_image_buffer(std::size_t size) {
  sent().resize(size);
  return sent().data();
}

std::span<const std::byte> searchc::mesh::Vocabulary::bundled_image() {
  static const std::vector<std::byte> image = [] {
    auto unpacked = image_from_web(sent());
    sent() = {};
    return unpacked;
  }();
  return image;
}
