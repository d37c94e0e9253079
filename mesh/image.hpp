// The layout of the MeSH image: the bundled vocabulary as one block of bytes, written at build
// time by mesh/pack.cpp from data/mesh/descriptors.tsv and terms.tsv.gz (and the English words of
// data/words, for the spelling check) and linked into the program, so that starting up reads
// nothing and builds nothing: the tables are used where they lie.
//
// Every field is a little-endian 32-bit number; strings are (offset, length) into the string
// pool at the end. Keys are sorted by their lower-case text and trees by their number, for
// binary search where a range is wanted (a letter's names, for a suggestion); a name or a word is
// found through a hash table, in a probe or two instead of the eighteen steps of a binary search.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.hpp"

namespace searchc::mesh::image {

inline constexpr char magic[8] = {'S', 'R', 'C', 'H', 'M', 'S', 'H', '5'};

struct Str {
  std::uint32_t offset;
  std::uint32_t length;
};

struct Header {
  char magic[8];
  std::uint32_t descriptors;
  std::uint32_t trees;
  std::uint32_t terms;
  std::uint32_t keys;
  std::uint32_t words;
  std::uint32_t key_slots;   // a power of two
  std::uint32_t word_slots;  // a power of two
  std::uint32_t loose_keys;
  std::uint32_t loose_slots;  // a power of two
  std::uint32_t pool_size;
};

struct Descriptor {
  Str ui;                    // D009103
  Str name;                  // Multiple Sclerosis
  std::uint32_t first_tree;  // into the trees sorted by descriptor (`descriptor_trees`)
  std::uint32_t tree_count;
  std::uint32_t first_term;  // into the entry terms, which are grouped by descriptor
  std::uint32_t term_count;
  std::uint32_t flags;  // has_narrower
};

// A descriptor one of whose trees has a tree below it: exploding it adds headings.
inline constexpr std::uint32_t has_narrower = 1;

struct Tree {
  Str number;  // C10.114.375.500
  std::uint32_t descriptor;
};

inline constexpr std::uint32_t lab_code = 1;  // an entry term NLM tags as a lab number (`LAB`)
inline constexpr std::uint32_t permuted = 2;  // a form NLM made by permuting another term's words

struct Term {
  Str text;
  std::uint32_t flags;
};

// A name or entry term in lower case, for lookup by either.
struct Key {
  Str lower;
  std::uint32_t descriptor;
  std::uint32_t term;  // the entry term's index, or `name_key` for the heading's own name
};
inline constexpr std::uint32_t name_key = 0xFFFFFFFFU;

// The loose form of a name (`loose_name`): its words in lower case, with the punctuation,
// hyphens (also the typographic ones, U+2010 to U+2015, that a PDF prints for `-`), commas and
// quotation marks (straight, typed or curly) around and between them read as one space. `Catheterization Central
// Venous`, `Substance-Related-Disorders` and
// `'Depression'` are loosely `catheterization central venous`, `substance related disorders`,
// `depression`, as `Catheterization, Central Venous`, `Substance-Related Disorders` and
// `Depression` are. The words are the spelling check's (base/text.hpp): letters, digits and any
// byte of a non-ASCII character but the curly quotation marks.
inline std::string loose_name(std::string_view text) {
  std::string out;
  std::string word;
  const auto end_word = [&] {
    if (word.empty()) return;
    if (!out.empty()) out += ' ';
    out += word;
    word.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    // U+2010 to U+2015 (hyphens and dashes) and U+2018, U+2019, U+201C, U+201D (curly quotation
    // marks): E2 80 90 to 95, and 98/99/9C/9D
    const auto third = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0U;
    if (text.substr(i, 2) == "\xE2\x80" &&
        ((third >= 0x90 && third <= 0x95) || third == 0x98 || third == 0x99 || third == 0x9C || third == 0x9D)) {
      end_word();
      i += 2;
    } else if (spelling_word_bytes.contains(text[i])) {
      word += ascii_lower(text[i]);
    } else {
      end_word();
    }
  }
  end_word();
  return out;
}

// An inverted name in natural order, as one writes it: "Transplantation, Autologous" is
// "Autologous Transplantation", "Leukemia, Myeloid, Acute" is "Acute Myeloid Leukemia", the parts
// between ", " in reverse order. A name whose later parts hold the word "and" is a list or a
// range, not an inversion ("Amino Acids, Peptides, and Proteins", "Aged, 80 and over"): reversed
// it would be nonsense, so it stays as it is.
inline std::string natural_order(std::string_view name) {
  const auto first = name.find(", ");
  if (first == std::string_view::npos) return std::string(name);
  bool list = false;
  each_spelling_word(name.substr(first + 2), [&](std::string_view w) { list = list || iequal(w, "and"); });
  if (list) return std::string(name);
  std::string out;
  for (auto comma = name.rfind(", "); comma != std::string_view::npos; comma = name.rfind(", ")) {
    out += name.substr(comma + 2);
    out += ' ';
    name = name.substr(0, comma);
  }
  return out += name;
}

// A loose key (`Key` in the loose table) whose loose text belongs to names or entry terms of
// more than one heading: it names none of them.
inline constexpr std::uint32_t ambiguous = 0xFFFFFFFFU;

// A word of the headings' names and entry terms (lab codes left out), or of the English word
// list, in lower case: what the spelling check takes as correctly spelled.
inline constexpr std::uint32_t in_mesh = 1;
inline constexpr std::uint32_t in_english = 2;

struct Word {
  Str text;
  std::uint32_t mesh_count;  // how many names and entry terms hold it: ranks suggestions
  std::uint32_t sources;     // in_mesh | in_english
  std::uint32_t letters;     // letter_set(text)
};

// Which letters a word holds, a bit each for a to z and one for anything else. An edit changes
// at most two bits, so two words whose sets differ in more than 2k bits are more than k edits
// apart: the suggestion skips them without comparing them letter by letter.
inline std::uint32_t letter_set(std::string_view word) {
  std::uint32_t set = 0;
  for (const char c : word) set |= c >= 'a' && c <= 'z' ? 1U << static_cast<unsigned>(c - 'a') : 1U << 26U;
  return set;
}

// The hash of the look-up tables' texts (FNV-1a, 32 bits), the same when the tables are written
// and when they are read.
constexpr std::uint32_t hash(std::string_view text) {
  std::uint32_t h = 2166136261U;
  for (const char c : text) h = (h ^ static_cast<unsigned char>(c)) * 16777619U;
  return h;
}

// A hash table is a power-of-two number of slots, each 0 when empty or an index + 1 into the
// keys or the words. A text's probe starts at hash(text) & (slots - 1) and goes on one slot at a
// time to the first empty one. The key table holds each text once, at the first of its keys in
// sorted order, so that names still win over entry terms.
//
// slot_table builds one, over `count` items whose texts `text(i)` gives, with at least half as
// many slots again as items (at most two in three full), so that a probe seldom goes far. The
// packer writes the tables it builds (mesh/pack.cpp); the static page rebuilds them from the
// items (mesh/web_image.hpp).
template <typename Text>
std::vector<std::uint32_t> slot_table(std::size_t count, const Text& text) {
  std::size_t size = 1;
  while (size < count + count / 2) size *= 2;
  std::vector<std::uint32_t> slots(size, 0);
  for (std::size_t i = 0; i < count; ++i) {
    const auto t = text(i);
    for (auto s = hash(t) & (size - 1);; s = (s + 1) & (size - 1)) {
      if (slots[s] == 0) {
        slots[s] = static_cast<std::uint32_t>(i + 1);
        break;
      }
      if (text(slots[s] - 1) == t) break;  // an earlier item has this text
    }
  }
  return slots;
}

// The loose keys: the loose forms of the names and entry terms that differ from their lower-case
// text, and of each inverted name in natural order (`Lens, Crystalline` as `crystalline lens`),
// sorted by text, each text once: the heading it names (names before entry terms), or
// `ambiguous` in `descriptor` when the loose text belongs to several headings, counting those
// whose lower-case text it is. A text whose loose form is the lower-case text of a key and no
// loose key is found in the keys.

// After the header: descriptors, trees sorted by number, tree indexes sorted by descriptor
// (`descriptor_trees`, std::uint32_t each), terms, keys, words sorted by text, the key slots and
// the word slots (std::uint32_t each), the loose keys and their slots, then the pool.

}  // namespace searchc::mesh::image
