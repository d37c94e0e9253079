#include "mesh/web_image.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string_view>

#include "mesh/image.hpp"

namespace searchc::mesh {
namespace {

constexpr char web_magic[8] = {'S', 'R', 'C', 'H', 'W', 'E', 'B', '1'};

// The tables of the image, in the order it holds them (mesh/image.hpp).
enum TableIndex : std::size_t {
  descriptors,
  trees,
  descriptor_trees,
  terms,
  keys,
  words,
  key_slots,
  word_slots,
  loose_keys,
  loose_slots
};

// A table: its items and their 32-bit fields (every field of the image is one: mesh/image.hpp).
struct Table {
  std::uint32_t items;
  std::size_t fields;
  bool hash_table;  // rebuilt, not sent
};

template <typename Item>
Table table(std::uint32_t items, bool hash_table = false) {
  static_assert(sizeof(Item) % 4 == 0 && alignof(Item) == 4, "an item is 32-bit fields without padding");
  return {items, sizeof(Item) / 4, hash_table};
}

std::vector<Table> tables(const image::Header& h) {
  return {table<image::Descriptor>(h.descriptors),
          table<image::Tree>(h.trees),
          table<std::uint32_t>(h.trees),
          table<image::Term>(h.terms),
          table<image::Key>(h.keys),
          table<image::Word>(h.words),
          table<std::uint32_t>(h.key_slots, true),
          table<std::uint32_t>(h.word_slots, true),
          table<image::Key>(h.loose_keys),
          table<std::uint32_t>(h.loose_slots, true)};
}

image::Header read_header(std::span<const std::byte> bytes, std::size_t at) {
  if (bytes.size() < at + sizeof(image::Header)) throw std::runtime_error("the MeSH image is cut short");
  image::Header header;
  std::memcpy(&header, bytes.data() + at, sizeof header);
  if (std::memcmp(header.magic, image::magic, sizeof image::magic) != 0) throw std::runtime_error("not a MeSH image");
  return header;
}

std::size_t image_size(const image::Header& header) {
  std::size_t size = sizeof header + header.pool_size;
  for (const auto& t : tables(header)) size += t.items * t.fields * 4;
  return size;
}

}  // namespace

std::vector<std::byte> web_image(std::span<const std::byte> image) {
  const auto header = read_header(image, 0);
  if (image.size() != image_size(header)) throw std::runtime_error("the MeSH image is not the size its header says");
  std::vector<std::byte> out(sizeof web_magic + sizeof header);
  std::memcpy(out.data(), web_magic, sizeof web_magic);
  std::memcpy(out.data() + sizeof web_magic, &header, sizeof header);
  std::size_t at = sizeof header;
  for (const auto& t : tables(header)) {
    const std::size_t row = t.fields * 4;
    if (!t.hash_table) {
      for (std::size_t field = 0; field < t.fields; ++field) {
        for (std::size_t plane = 0; plane < 4; ++plane) {
          for (std::size_t item = 0; item < t.items; ++item) out.push_back(image[at + item * row + field * 4 + plane]);
        }
      }
    }
    at += t.items * row;
  }
  out.insert(out.end(), image.begin() + static_cast<std::ptrdiff_t>(at), image.end());
  return out;
}

std::size_t image_size_of_web(std::span<const std::byte> web) {
  if (web.size() < sizeof web_magic || std::memcmp(web.data(), web_magic, sizeof web_magic) != 0)
    throw std::runtime_error("not the web form of a MeSH image");
  return image_size(read_header(web, sizeof web_magic));
}

void image_from_web_in_place(std::span<std::byte> bytes, std::size_t web_size) {
  if (web_size > bytes.size())
    throw std::runtime_error("the web form of the MeSH image is not the size its header says");
  const auto web = bytes.last(web_size);
  if (image_size_of_web(web) != bytes.size())
    throw std::runtime_error("the web form of the MeSH image is not the size its header says");
  const auto header = read_header(web, sizeof web_magic);
  const auto all = tables(header);
  std::size_t sent = sizeof web_magic + sizeof header + header.pool_size;
  for (const auto& t : all) sent += t.hash_table ? 0 : t.items * t.fields * 4;
  if (web.size() != sent) throw std::runtime_error("the web form of the MeSH image is not the size its header says");

  // Each table's items are written from its planes, which lie at or after them and are copied
  // aside first; the tables before the hash tables' places lie further on, so writing a table
  // never reaches a later table's planes. The string pool is in its place already.
  std::size_t from = bytes.size() - web_size + sizeof web_magic + sizeof header;
  std::size_t at = sizeof header;
  std::vector<std::size_t> starts;
  std::vector<std::byte> planes;
  for (const auto& t : all) {
    const std::size_t row = t.fields * 4;
    starts.push_back(at);
    if (!t.hash_table) {
      planes.assign(bytes.begin() + static_cast<std::ptrdiff_t>(from),
                    bytes.begin() + static_cast<std::ptrdiff_t>(from + t.items * row));
      from += t.items * row;
      for (std::size_t field = 0, plane_at = 0; field < t.fields; ++field) {
        for (std::size_t plane = 0; plane < 4; ++plane) {
          for (std::size_t item = 0; item < t.items; ++item)
            bytes[at + item * row + field * 4 + plane] = planes[plane_at++];
        }
      }
    }
    at += t.items * row;
  }
  std::memcpy(bytes.data(), &header, sizeof header);

  // The hash tables, over the keys, the words and the loose keys, as the packer built them.
  const std::string_view pool(reinterpret_cast<const char*>(bytes.data() + at), header.pool_size);
  const auto items = [&](std::size_t table, std::size_t index, std::size_t row) {
    image::Str text;
    std::memcpy(&text, bytes.data() + starts[table] + index * row, sizeof text);
    if (std::size_t{text.offset} + text.length > pool.size()) throw std::runtime_error("the MeSH image is damaged");
    return pool.substr(text.offset, text.length);
  };
  const auto rebuild = [&](std::size_t slots_table, std::size_t items_table, std::size_t count, std::size_t row) {
    const auto slots = image::slot_table(count, [&](std::size_t i) { return items(items_table, i, row); });
    if (slots.size() != all[slots_table].items) throw std::runtime_error("the MeSH image's hash tables differ");
    std::memcpy(bytes.data() + starts[slots_table], slots.data(), slots.size() * sizeof slots[0]);
  };
  rebuild(key_slots, keys, header.keys, sizeof(image::Key));
  rebuild(word_slots, words, header.words, sizeof(image::Word));
  rebuild(loose_slots, loose_keys, header.loose_keys, sizeof(image::Key));
}

std::vector<std::byte> image_from_web(std::span<const std::byte> web) {
  std::vector<std::byte> out(image_size_of_web(web));
  if (web.size() > out.size())
    throw std::runtime_error("the web form of the MeSH image is not the size its header says");
  std::copy(web.begin(), web.end(), out.end() - static_cast<std::ptrdiff_t>(web.size()));
  image_from_web_in_place(out, web.size());
  return out;
}

}  // namespace searchc::mesh
