// MeSH 2024, bundled: headings by name or entry term, their tree numbers, broader and narrower
// headings. The tables are the image mesh/pack.cpp writes at build time and the build links
// into the program (mesh/image.hpp), read where they lie: nothing is loaded at start-up.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "mesh/image.hpp"

namespace searchc::mesh {

inline constexpr std::string_view release = "MeSH 2024";
inline constexpr std::string_view attribution = "MeSH 2024: courtesy of the U.S. National Library of Medicine";

struct EntryTerm {
  std::string_view text;
  bool lab_code = false;  // a laboratory code number rather than words
  bool permuted = false;  // NLM's permutation of another term's words
};

class Vocabulary;

// One descriptor (heading) of the vocabulary, or none: a default-made Heading names no
// descriptor, is false, and must not be asked for anything else.
class Heading {
 public:
  Heading() = default;
  explicit operator bool() const { return vocabulary_ != nullptr; }
  std::string_view ui() const;    // D009103
  std::string_view name() const;  // Multiple Sclerosis
  std::vector<std::string_view> tree_numbers() const;
  std::vector<EntryTerm> entry_terms() const;  // in NLM's order, the heading's own name left out
  // Whether the heading is a publication type and not a subject: all its trees are in MeSH's V
  // tree (`Randomized Controlled Trial`, V03.175.250.500.500, not `Randomized Controlled Trials
  // as Topic`). A check tag, with no tree, is not.
  bool publication_type() const;
  std::uint32_t index() const { return index_; }

  friend bool operator==(const Heading& a, const Heading& b) { return a.index_ == b.index_; }

 private:
  friend class Vocabulary;
  Heading(const Vocabulary& vocabulary, std::uint32_t index) : vocabulary_(&vocabulary), index_(index) {}
  const Vocabulary* vocabulary_ = nullptr;
  std::uint32_t index_ = 0;
};

// A heading found by a text: its own name, or one of its entry terms.
struct Match {
  Heading heading;
  std::optional<std::string_view> entry_term;  // the entry term the text is, when it is not the name
};

class Vocabulary {
 public:
  // The vocabulary linked into the program, and the image it reads.
  static const Vocabulary& bundled();
  static std::span<const std::byte> bundled_image();

  // Reads an image; throws std::runtime_error when it is not one.
  explicit Vocabulary(std::span<const std::byte> image);

  std::size_t size() const { return header_->descriptors; }

  // A heading by its name or one of its entry terms, in any case; names win over entry terms.
  std::optional<Match> lookup(std::string_view text) const;
  // A heading whose name or entry term is written as `text` loosely: its words alike in any case,
  // whatever punctuation, hyphens, commas or quotation marks stand around and between them, or an
  // inverted name's words in natural order (image::loose_name). None when there is no such
  // heading, or when the loose form is several headings' (`lookup` has found none already).
  std::optional<Match> lookup_loose(std::string_view text) const;
  // The heading of index `index` (Heading::index(), below size()).
  Heading at(std::uint32_t index) const { return Heading(*this, index); }

  // The headings one level up and one level down each of the heading's trees, in tree order.
  std::vector<Heading> broader(const Heading& heading) const;
  std::vector<Heading> narrower(const Heading& heading) const;
  // Whether narrower(heading) has any, found without listing them.
  bool has_narrower(const Heading& heading) const;

  // Headings whose name or entry term starts with the same letter as `text` and is within a
  // small edit distance of it, nearest first, at most `limit` of them: the "did you mean" of a
  // misspelled heading.
  std::vector<Match> closest(std::string_view text, std::size_t limit) const;

  // True when the lower-case `word` is a word of a heading's name or entry term (lab codes left
  // out) or of the bundled English word list (data/words).
  bool knows_word(std::string_view word) const;

  // The nearest known words within `cap` edits of the lower-case `word` (a swap of neighbouring
  // letters is one edit) that share its first letter, those MeSH uses most first; at most
  // `limit` of them, all at the same distance.
  std::vector<std::string_view> similar_words(std::string_view word, std::size_t cap, std::size_t limit) const;

  // The known words (those of `knows_word`) that start with the lower-case `prefix` and that
  // `keep` accepts, as a range of the sorted word table found by two binary searches: `count`
  // of them in all, and at most `limit` in `out` (cleared first), those MeSH uses most first,
  // then the shorter ones, in alphabetical order.
  template <typename Keep>
  std::size_t words_with_prefix(std::string_view prefix, Keep keep, std::size_t limit,
                                std::vector<std::string_view>& out) const {
    out.clear();
    std::size_t count = 0;
    std::vector<Ranked> ranked;
    const auto range = prefix_range(prefix);
    ranked.reserve(range.size());
    for (const auto& w : range) {
      const auto t = text(w.text);
      if (!keep(t)) continue;
      ++count;
      ranked.push_back({t, w.mesh_count});
    }
    select(ranked, limit, out);
    return count;
  }

 private:
  friend class Heading;
  std::string_view text(image::Str s) const { return pool_.substr(s.offset, s.length); }
  const image::Descriptor& descriptor(std::uint32_t i) const { return descriptors_[i]; }
  // The heading a key names, with its entry term when the key is one.
  Match match_of(const image::Key& key) const;
  struct Ranked {
    std::string_view text;
    std::uint32_t mesh_count;
  };
  // The words of the sorted word table that start with `prefix`.
  std::span<const image::Word> prefix_range(std::string_view prefix) const;
  // The first `limit` of `ranked` by `words_with_prefix`'s order, into `out` alphabetically.
  static void select(std::vector<Ranked>& ranked, std::size_t limit, std::vector<std::string_view>& out);
  // The trees whose numbers start with `prefix`, as a range of the sorted trees.
  std::span<const image::Tree> trees_from(std::string_view prefix) const;
  // The first tree whose number is not before `prefix` in the sorted trees.
  std::span<const image::Tree>::iterator first_tree_from(std::string_view prefix) const;
  // The item of a hash table (mesh/image.hpp) whose text is `wanted`; null when there is none.
  template <typename Item>
  const Item* find(std::span<const std::uint32_t> slots, std::span<const Item> items, std::string_view wanted,
                   image::Str Item::*text_of) const;

  const image::Header* header_;
  std::span<const image::Descriptor> descriptors_;
  std::span<const image::Tree> trees_;
  std::span<const std::uint32_t> descriptor_trees_;
  std::span<const image::Term> terms_;
  std::span<const image::Key> keys_;
  std::span<const image::Word> words_;
  std::span<const std::uint32_t> key_slots_;
  std::span<const std::uint32_t> word_slots_;
  std::span<const image::Key> loose_keys_;
  std::span<const std::uint32_t> loose_slots_;
  std::string_view pool_;
};

}  // namespace searchc::mesh
