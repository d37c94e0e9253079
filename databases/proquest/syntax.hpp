// ProQuest's command-line syntax, written once (docs/databases.md, "ProQuest (`proquest`)").
#pragma once

#include <array>
#include <string_view>

#include "base/text.hpp"
#include "compiler/fields.hpp"

namespace searchc::proquest {

// Proximity: `NEAR/n` (or `N/n`) in any order, `PRE/n` (or `P/n`) in the order written, n the
// most words between; the older `W/n` is NEAR/n.
inline constexpr std::array<std::string_view, 5> proximity_words = {"NEAR/", "N/", "PRE/", "P/", "W/"};
inline constexpr std::string_view near_word = "NEAR/";
inline constexpr std::string_view precedes_word = "PRE/";

// AND, OR, NOT, a bare NEAR or PRE, and the proximity operators with a distance, in any case: a
// word that is one is quoted.
inline bool is_proquest_operator(std::string_view word) {
  if (is_boolean_word(word) || iequal(word, "NEAR") || iequal(word, "PRE")) return true;
  for (const auto op : proximity_words) {
    if (word.size() > op.size() && iequal(word.substr(0, op.size()), op) && all_digits(word.substr(op.size()))) {
      return true;
    }
  }
  return false;
}

// `S1`, `s12`: how ProQuest names a search of its Recent searches page, which a query may cite
// (unverified); such a word is quoted, and the reader refuses it bare.
inline bool is_recent_search(std::string_view word) {
  return word.size() > 1 && (word.front() == 'S' || word.front() == 's') && all_digits(word.substr(1));
}

// What a word cannot hold bare, being a mark of the syntax: the parentheses of a field code,
// the brackets of a defined truncation `[*n]`, the braces of an exact phrase and the comma that
// joins field codes. A word holding one is quoted.
inline constexpr std::string_view marks = "(){}[],";

// A field code and the field it searches as the language says it. Codes of several fields are
// joined by commas before one parenthesis: `TI,AB(heart)`.
struct Code {
  std::string_view code;
  Field field;
};
inline constexpr std::array<Code, 6> codes = {{
    {"TI", Field::title},
    {"AB", Field::abstract},
    {"IF", Field::keywords},
    {"AU", Field::author},
    {"PUB", Field::source},
    {"LA", Field::language},
}};
// Anywhere except the full text: the whole record, the search of a word without a field. (A
// search without a code is run in the full text too where the library's settings say so.)
inline constexpr std::string_view all_fields = "NOFT";

// MeSH headings: `MESH.EXACT.EXPLODE("x")` the heading and those under it, `MESH.EXACT("x")`
// the heading alone.
inline constexpr std::string_view mesh_exploded = "MESH.EXACT.EXPLODE";
inline constexpr std::string_view mesh_exact = "MESH.EXACT";

// Defined truncation: `[*n]` stands for up to n characters, 20 at most; a bare `*` for up to 5.
inline constexpr std::string_view defined_truncation = "[*20]";

// The publication date, `PD(20140101-20211231)`, `PD(>20131231)`, `PD(<20220101)`.
inline constexpr std::string_view date_code = "PD";

}  // namespace searchc::proquest
