// Writes the MeSH image (mesh/image.hpp) from data/mesh/descriptors.tsv and terms.tsv.gz, with
// the words of the spelling check: MeSH's and data/words/english.txt.gz's.
// Run by the build: `searchc_mesh_pack DESCRIPTORS TERMS ENGLISH OUT`.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include <zlib.h>

#include "base/text.hpp"
#include "mesh/image.hpp"
#include "mesh/web_image.hpp"

namespace {

using namespace searchc::mesh;
// the lookup's own lowering, so that the keys sort as the program searches them
using searchc::lower;
using searchc::spelling_words;

std::vector<std::string> columns(const std::string& line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (;;) {
    const auto tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return out;
    start = tab + 1;
  }
}

class Pool {
 public:
  image::Str add(const std::string& s) {
    const auto found = index_.find(s);
    if (found != index_.end()) return found->second;
    const image::Str str{static_cast<std::uint32_t>(bytes_.size()), static_cast<std::uint32_t>(s.size())};
    bytes_ += s;
    index_.emplace(s, str);
    return str;
  }
  // A copy of `s` of its own, after every text before it, even when the pool holds `s` already.
  image::Str append(const std::string& s) {
    const image::Str str{static_cast<std::uint32_t>(bytes_.size()), static_cast<std::uint32_t>(s.size())};
    bytes_ += s;
    index_.emplace(s, str);
    return str;
  }
  std::string_view text(image::Str s) const { return std::string_view(bytes_).substr(s.offset, s.length); }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
  std::map<std::string, image::Str> index_;
};

// The lines of a gzip file.
class GzipLines {
 public:
  explicit GzipLines(const char* path) : file_(gzopen(path, "rb")) {
    if (file_ == nullptr) throw std::runtime_error(std::string("cannot open ") + path);
  }
  ~GzipLines() { gzclose(file_); }
  GzipLines(const GzipLines&) = delete;
  GzipLines& operator=(const GzipLines&) = delete;

  bool next(std::string& line) {
    line.clear();
    char buffer[4096];
    while (gzgets(file_, buffer, sizeof buffer) != nullptr) {
      line += buffer;
      if (!line.empty() && line.back() == '\n') {
        line.pop_back();
        return true;
      }
    }
    return !line.empty();
  }

 private:
  gzFile file_;
};

template <typename T>
void write(std::ofstream& out, const std::vector<T>& items) {
  out.write(reinterpret_cast<const char*>(items.data()), static_cast<std::streamsize>(items.size() * sizeof(T)));
}

// The spelling check's words: those of every name and entry term but lab codes, counted, and
// the English list's, sorted by text.
std::vector<image::Word> word_table(Pool& pool, const std::vector<image::Descriptor>& descriptors,
                                    const std::vector<image::Term>& terms, const char* english_path) {
  std::map<std::string, image::Word> words;
  const auto add = [&](std::string_view text, std::uint32_t source) {
    for (const auto w : spelling_words(text)) {
      auto& word = words[lower(w)];
      word.sources |= source;
      if (source == image::in_mesh) ++word.mesh_count;
    }
  };
  for (const auto& d : descriptors) add(pool.text(d.name), image::in_mesh);
  for (const auto& t : terms) {
    if ((t.flags & image::lab_code) == 0) add(pool.text(t.text), image::in_mesh);
  }
  GzipLines english(english_path);
  for (std::string line; english.next(line);) add(line, image::in_english);
  // Each word's text is a copy of its own, in the table's order, not one of a name or entry term
  // that holds the same text: a suggestion reads the texts of every word of a first letter
  // (Vocabulary::similar_words), which are then a few pages in a row, not pages all over the
  // pool, each a page fault when a command starts (docs/performance.md, "Start-up").
  std::vector<image::Word> out;
  for (auto& [text, word] : words) {
    word.text = pool.append(text);
    word.letters = image::letter_set(text);
    out.push_back(word);
  }
  return out;
}

// The loose keys (mesh/image.hpp), sorted by text, from the keys sorted by text (names before
// entry terms of the same text) and the descriptors' names.
std::vector<image::Key> loose_table(Pool& pool, const std::vector<image::Key>& keys,
                                    const std::vector<image::Descriptor>& descriptors) {
  struct Loose {
    std::uint32_t descriptor;
    std::uint32_t term;
    bool differs;  // from the key's lower-case text, or an inverted name in natural order
  };
  std::map<std::string, std::vector<Loose>> by_text;  // in the keys' order: names first
  for (const auto& k : keys) {
    const auto lower_text = pool.text(k.lower);
    auto loose = image::loose_name(lower_text);
    const bool differs = loose != lower_text;
    by_text[std::move(loose)].push_back({k.descriptor, k.term, differs});
  }
  for (std::uint32_t i = 0; i < descriptors.size(); ++i) {
    const auto name = pool.text(descriptors[i].name);
    if (name.find(", ") != std::string_view::npos)
      by_text[image::loose_name(image::natural_order(name))].push_back({i, image::name_key, true});
  }
  std::vector<image::Key> out;
  for (const auto& [text, found] : by_text) {
    if (text.empty() || std::none_of(found.begin(), found.end(), [](const Loose& l) { return l.differs; })) continue;
    const bool one = std::all_of(found.begin(), found.end(),
                                 [&](const Loose& l) { return l.descriptor == found.front().descriptor; });
    out.push_back({pool.add(text), one ? found.front().descriptor : image::ambiguous, found.front().term});
  }
  return out;
}

int pack(const char* descriptors_path, const char* terms_path, const char* english_path, const char* out_path) {
  Pool pool;
  std::vector<image::Descriptor> descriptors;
  std::vector<image::Tree> trees;
  std::map<std::string, std::uint32_t> by_ui;
  std::ifstream descriptors_in(descriptors_path);
  std::string line;
  if (!std::getline(descriptors_in, line) || line != "ui\tname\ttree_numbers")
    throw std::runtime_error("descriptors.tsv: unexpected header");
  while (std::getline(descriptors_in, line)) {
    const auto c = columns(line);
    if (c.size() != 3) throw std::runtime_error("descriptors.tsv: a row without 3 columns: " + line);
    const auto index = static_cast<std::uint32_t>(descriptors.size());
    descriptors.push_back({pool.add(c[0]), pool.add(c[1]), 0, 0, 0, 0, 0});
    by_ui.emplace(c[0], index);
    for (std::size_t start = 0; start < c[2].size();) {
      const auto semi = std::min(c[2].find(';', start), c[2].size());
      trees.push_back({pool.add(c[2].substr(start, semi - start)), index});
      start = semi + 1;
    }
  }
  std::vector<image::Term> terms;
  std::vector<std::uint32_t> term_owner;
  // ui, concept_ui, term, concept_preferred, permuted, lexical_tag, record_preferred
  GzipLines terms_in(terms_path);
  if (!terms_in.next(line) ||
      line != "ui\tconcept_ui\tterm\tconcept_preferred\tpermuted\tlexical_tag\trecord_preferred") {
    throw std::runtime_error("terms.tsv.gz: unexpected header");
  }
  while (terms_in.next(line)) {
    const auto c = columns(line);
    if (c.size() != 7) throw std::runtime_error("terms.tsv.gz: a row without 7 columns: " + line);
    if (c[6] == "Y") continue;  // the heading's own name
    const auto owner = by_ui.find(c[0]);
    if (owner == by_ui.end()) throw std::runtime_error("terms.tsv.gz: an unknown descriptor " + c[0]);
    auto& d = descriptors[owner->second];
    if (d.term_count == 0) {
      d.first_term = static_cast<std::uint32_t>(terms.size());
    } else if (d.first_term + d.term_count != terms.size()) {
      throw std::runtime_error("terms.tsv.gz: the terms of " + c[0] + " are not together");
    }
    ++d.term_count;
    terms.push_back({pool.add(c[2]), (c[5] == "LAB" ? image::lab_code : 0U) | (c[4] == "Y" ? image::permuted : 0U)});
    term_owner.push_back(owner->second);
  }
  std::vector<image::Key> keys;
  std::vector<std::string> key_text;
  for (std::uint32_t i = 0; i < descriptors.size(); ++i) {
    key_text.push_back(lower(pool.text(descriptors[i].name)));
    keys.push_back({{}, i, image::name_key});
  }
  for (std::uint32_t t = 0; t < terms.size(); ++t) {
    key_text.push_back(lower(pool.text(terms[t].text)));
    keys.push_back({{}, term_owner[t], t});
  }
  for (std::size_t k = 0; k < keys.size(); ++k) keys[k].lower = pool.add(key_text[k]);
  std::vector<std::size_t> order(keys.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  // names before entry terms where the same text is both
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key_text[a] < key_text[b]; });
  std::vector<image::Key> sorted_keys;
  for (const auto k : order) sorted_keys.push_back(keys[k]);
  const auto words = word_table(pool, descriptors, terms, english_path);
  std::sort(trees.begin(), trees.end(),
            [&](const image::Tree& a, const image::Tree& b) { return pool.text(a.number) < pool.text(b.number); });
  std::vector<std::uint32_t> descriptor_trees(trees.size());
  for (std::uint32_t t = 0; t < trees.size(); ++t) descriptor_trees[t] = t;
  std::stable_sort(descriptor_trees.begin(), descriptor_trees.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return trees[a].descriptor < trees[b].descriptor; });
  for (std::uint32_t i = 0; i < descriptor_trees.size(); ++i) {
    auto& d = descriptors[trees[descriptor_trees[i]].descriptor];
    if (d.tree_count++ == 0) d.first_tree = i;
  }
  // Tree numbers hold only letters, digits and dots, and a dot sorts before them: the trees
  // below C10.114, if any, come right after it, from C10.114. on.
  for (std::size_t t = 0; t + 1 < trees.size(); ++t) {
    const auto number = std::string(pool.text(trees[t].number)) + ".";
    if (pool.text(trees[t + 1].number).starts_with(number))
      descriptors[trees[t].descriptor].flags |= image::has_narrower;
  }
  const auto key_slots =
      image::slot_table(sorted_keys.size(), [&](std::size_t k) { return pool.text(sorted_keys[k].lower); });
  const auto word_slots = image::slot_table(words.size(), [&](std::size_t w) { return pool.text(words[w].text); });
  const auto loose_keys = loose_table(pool, sorted_keys, descriptors);
  const auto loose_slots =
      image::slot_table(loose_keys.size(), [&](std::size_t k) { return pool.text(loose_keys[k].lower); });
  image::Header header{};
  std::memcpy(header.magic, image::magic, sizeof header.magic);
  header.descriptors = static_cast<std::uint32_t>(descriptors.size());
  header.trees = static_cast<std::uint32_t>(trees.size());
  header.terms = static_cast<std::uint32_t>(terms.size());
  header.keys = static_cast<std::uint32_t>(sorted_keys.size());
  header.words = static_cast<std::uint32_t>(words.size());
  header.key_slots = static_cast<std::uint32_t>(key_slots.size());
  header.word_slots = static_cast<std::uint32_t>(word_slots.size());
  header.loose_keys = static_cast<std::uint32_t>(loose_keys.size());
  header.loose_slots = static_cast<std::uint32_t>(loose_slots.size());
  header.pool_size = static_cast<std::uint32_t>(pool.bytes().size());
  std::ofstream out(out_path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(&header), sizeof header);
  write(out, descriptors);
  write(out, trees);
  write(out, descriptor_trees);
  write(out, terms);
  write(out, sorted_keys);
  write(out, words);
  write(out, key_slots);
  write(out, word_slots);
  write(out, loose_keys);
  write(out, loose_slots);
  out.write(pool.bytes().data(), static_cast<std::streamsize>(pool.bytes().size()));
  if (!out) throw std::runtime_error(std::string("cannot write ") + out_path);
  return 0;
}

// The web form of an image (mesh/web_image.hpp), for the static page.
int pack_for_web(const char* image_path, const char* out_path) {
  std::ifstream in(image_path, std::ios::binary);
  const std::string image((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in && !in.eof()) throw std::runtime_error(std::string("cannot read ") + image_path);
  const auto web = web_image(std::as_bytes(std::span(image)));
  std::ofstream out(out_path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(web.data()), static_cast<std::streamsize>(web.size()));
  if (!out) throw std::runtime_error(std::string("cannot write ") + out_path);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const bool web = argc == 4 && std::string_view(argv[1]) == "--web";
  if (argc != 5 && !web) {
    std::cerr << "usage: searchc_mesh_pack DESCRIPTORS TERMS ENGLISH OUT\n"
                 "       searchc_mesh_pack --web IMAGE OUT\n";
    return 2;
  }
  try {
    return web ? pack_for_web(argv[2], argv[3]) : pack(argv[1], argv[2], argv[3], argv[4]);
  } catch (const std::exception& e) {
    std::cerr << "searchc_mesh_pack: " << e.what() << "\n";
    return 1;
  }
}
