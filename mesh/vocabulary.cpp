#include "mesh/vocabulary.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <stdexcept>
#include <string>

#include "base/edit_distance.hpp"
#include "base/text.hpp"

namespace searchc::mesh {
namespace {

template <typename T>
std::span<const T> take(std::span<const std::byte>& rest, std::size_t count) {
  if (rest.size() < count * sizeof(T)) throw std::runtime_error("the MeSH image is cut short");
  const std::span<const T> out(reinterpret_cast<const T*>(rest.data()), count);
  rest = rest.subspan(count * sizeof(T));
  return out;
}

}  // namespace

std::string_view Heading::ui() const {
  return vocabulary_->text(vocabulary_->descriptor(index_).ui);
}
std::string_view Heading::name() const {
  return vocabulary_->text(vocabulary_->descriptor(index_).name);
}

std::vector<std::string_view> Heading::tree_numbers() const {
  const auto& d = vocabulary_->descriptor(index_);
  std::vector<std::string_view> out;
  for (std::uint32_t i = 0; i < d.tree_count; ++i) {
    out.push_back(vocabulary_->text(vocabulary_->trees_[vocabulary_->descriptor_trees_[d.first_tree + i]].number));
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<EntryTerm> Heading::entry_terms() const {
  const auto& d = vocabulary_->descriptor(index_);
  std::vector<EntryTerm> out;
  for (std::uint32_t i = 0; i < d.term_count; ++i) {
    const auto& t = vocabulary_->terms_[d.first_term + i];
    out.push_back({vocabulary_->text(t.text), (t.flags & image::lab_code) != 0, (t.flags & image::permuted) != 0});
  }
  return out;
}

bool Heading::publication_type() const {
  const auto& d = vocabulary_->descriptor(index_);
  for (std::uint32_t i = 0; i < d.tree_count; ++i) {
    const auto number = vocabulary_->text(vocabulary_->trees_[vocabulary_->descriptor_trees_[d.first_tree + i]].number);
    if (!number.starts_with('V')) return false;
  }
  return d.tree_count > 0;
}

const Vocabulary& Vocabulary::bundled() {
  static const Vocabulary vocabulary(bundled_image());
  return vocabulary;
}

Vocabulary::Vocabulary(std::span<const std::byte> image) {
  auto rest = image;
  header_ = take<image::Header>(rest, 1).data();
  if (std::memcmp(header_->magic, image::magic, sizeof image::magic) != 0) throw std::runtime_error("not a MeSH image");
  descriptors_ = take<image::Descriptor>(rest, header_->descriptors);
  trees_ = take<image::Tree>(rest, header_->trees);
  descriptor_trees_ = take<std::uint32_t>(rest, header_->trees);
  terms_ = take<image::Term>(rest, header_->terms);
  keys_ = take<image::Key>(rest, header_->keys);
  words_ = take<image::Word>(rest, header_->words);
  key_slots_ = take<std::uint32_t>(rest, header_->key_slots);
  word_slots_ = take<std::uint32_t>(rest, header_->word_slots);
  loose_keys_ = take<image::Key>(rest, header_->loose_keys);
  loose_slots_ = take<std::uint32_t>(rest, header_->loose_slots);
  if (!std::has_single_bit(key_slots_.size()) || !std::has_single_bit(word_slots_.size()) ||
      !std::has_single_bit(loose_slots_.size())) {
    throw std::runtime_error("the MeSH image's hash tables are not a power of two in size");
  }
  const auto pool = take<char>(rest, header_->pool_size);
  pool_ = std::string_view(pool.data(), pool.size());
}

template <typename Item>
const Item* Vocabulary::find(std::span<const std::uint32_t> slots, std::span<const Item> items, std::string_view wanted,
                             image::Str Item::*text_of) const {
  const auto mask = slots.size() - 1;
  for (auto s = image::hash(wanted) & mask;; s = (s + 1) & mask) {
    const auto slot = slots[s];
    if (slot == 0) return nullptr;
    const auto& item = items[slot - 1];
    if (text(item.*text_of) == wanted) return &item;
  }
}

std::optional<Match> Vocabulary::lookup(std::string_view text) const {
  // A heading's name fits on the stack (MeSH's longest is under 200 bytes): a look-up does not
  // allocate.
  std::array<char, 256> room;
  std::string longer(text.size() > room.size() ? text.size() : 0, '\0');
  const auto key = lower_folded_into(text, text.size() <= room.size() ? room.data() : longer.data());
  const auto* found = find(key_slots_, keys_, key, &image::Key::lower);
  if (found == nullptr) return std::nullopt;
  return match_of(*found);
}

Match Vocabulary::match_of(const image::Key& key) const {
  Match match{Heading(*this, key.descriptor), std::nullopt};
  if (key.term != image::name_key) match.entry_term = text(terms_[key.term].text);
  return match;
}

std::optional<Match> Vocabulary::lookup_loose(std::string_view text) const {
  const auto loose = image::loose_name(text);
  if (const auto* found = find(loose_slots_, loose_keys_, loose, &image::Key::lower)) {
    if (found->descriptor == image::ambiguous) return std::nullopt;
    return match_of(*found);
  }
  return lookup(loose);
}

std::span<const image::Tree>::iterator Vocabulary::first_tree_from(std::string_view prefix) const {
  return std::lower_bound(trees_.begin(), trees_.end(), prefix,
                          [&](const image::Tree& t, std::string_view p) { return text(t.number) < p; });
}

std::span<const image::Tree> Vocabulary::trees_from(std::string_view prefix) const {
  const auto first = first_tree_from(prefix);
  auto last = first;
  while (last != trees_.end() && text(last->number).substr(0, prefix.size()) == prefix) ++last;
  return {first, last};
}

std::vector<Heading> Vocabulary::broader(const Heading& heading) const {
  std::vector<Heading> out;
  for (const auto number : heading.tree_numbers()) {
    const auto dot = number.rfind('.');
    if (dot == std::string_view::npos) continue;
    const auto parent = number.substr(0, dot);
    for (const auto& t : trees_from(parent)) {
      if (text(t.number) == parent && std::find(out.begin(), out.end(), Heading(*this, t.descriptor)) == out.end()) {
        out.push_back(Heading(*this, t.descriptor));
      }
    }
  }
  return out;
}

std::vector<Heading> Vocabulary::narrower(const Heading& heading) const {
  std::vector<Heading> out;
  for (const auto number : heading.tree_numbers()) {
    const auto prefix = std::string(number) + ".";
    for (const auto& t : trees_from(prefix)) {
      const auto rest = text(t.number).substr(prefix.size());
      if (rest.find('.') != std::string_view::npos) continue;  // a level further down
      if (std::find(out.begin(), out.end(), Heading(*this, t.descriptor)) == out.end())
        out.push_back(Heading(*this, t.descriptor));
    }
  }
  return out;
}

bool Vocabulary::has_narrower(const Heading& heading) const {
  return (descriptor(heading.index()).flags & image::has_narrower) != 0;
}

std::vector<Match> Vocabulary::closest(std::string_view text_, std::size_t limit) const {
  const auto wanted = lower_folded(text_);
  const std::size_t cap = wanted.size() <= 4 ? 1 : wanted.size() <= 10 ? 2 : 3;
  struct Candidate {
    std::size_t distance;
    const image::Key* key;
  };
  // Misspellings seldom touch the first letter: only the names that share it are compared,
  // which keeps a suggestion to a few milliseconds.
  std::vector<Candidate> found;
  if (wanted.empty()) return {};
  const auto first = std::lower_bound(keys_.begin(), keys_.end(), wanted.substr(0, 1),
                                      [&](const image::Key& k, const std::string& v) { return text(k.lower) < v; });
  for (auto k = first; k != keys_.end() && text(k->lower).front() == wanted.front(); ++k) {
    const auto d = edit_distance(wanted, text(k->lower), cap);
    if (d <= cap) found.push_back({d, &*k});
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const Candidate& a, const Candidate& b) { return a.distance < b.distance; });
  std::vector<Match> out;
  for (const auto& c : found) {
    if (out.size() == limit) break;
    const Heading h(*this, c.key->descriptor);
    if (std::any_of(out.begin(), out.end(), [&](const Match& m) { return m.heading == h; })) continue;
    out.push_back({h, c.key->term == image::name_key ? std::nullopt : std::optional(text(terms_[c.key->term].text))});
  }
  return out;
}

bool Vocabulary::knows_word(std::string_view word) const {
  return find(word_slots_, words_, word, &image::Word::text) != nullptr;
}

std::vector<std::string_view> Vocabulary::similar_words(std::string_view word, std::size_t cap,
                                                        std::size_t limit) const {
  if (word.empty()) return {};
  struct Candidate {
    std::size_t distance;
    const image::Word* word;
  };
  std::vector<Candidate> found;
  const auto first = std::lower_bound(words_.begin(), words_.end(), word.substr(0, 1),
                                      [&](const image::Word& w, std::string_view v) { return text(w.text) < v; });
  const auto letters = image::letter_set(word);
  for (auto w = first; w != words_.end() && text(w->text).front() == word.front(); ++w) {
    if (static_cast<std::size_t>(std::popcount(letters ^ w->letters)) > 2 * cap) continue;
    const auto d = edit_distance(word, text(w->text), cap);
    if (d <= cap) found.push_back({d, &*w});
  }
  std::stable_sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
    return a.distance != b.distance ? a.distance < b.distance : a.word->mesh_count > b.word->mesh_count;
  });
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < found.size() && i < limit && found[i].distance == found.front().distance; ++i) {
    out.push_back(text(found[i].word->text));
  }
  return out;
}

std::span<const image::Word> Vocabulary::prefix_range(std::string_view prefix) const {
  const auto before = [&](const image::Word& w, std::string_view v) { return text(w.text) < v; };
  const auto first = std::lower_bound(words_.begin(), words_.end(), prefix, before);
  const auto last =
      std::partition_point(first, words_.end(), [&](const image::Word& w) { return text(w.text).starts_with(prefix); });
  return {first, last};
}

void Vocabulary::select(std::vector<Ranked>& ranked, std::size_t limit, std::vector<std::string_view>& out) {
  const auto middle = ranked.begin() + static_cast<std::ptrdiff_t>(std::min(limit, ranked.size()));
  std::partial_sort(ranked.begin(), middle, ranked.end(), [](const Ranked& a, const Ranked& b) {
    if (a.mesh_count != b.mesh_count) return a.mesh_count > b.mesh_count;
    if (a.text.size() != b.text.size()) return a.text.size() < b.text.size();
    return a.text < b.text;
  });
  for (auto r = ranked.begin(); r != middle; ++r) out.push_back(r->text);
  std::sort(out.begin(), out.end());
}

}  // namespace searchc::mesh
