// EBSCOhost's search syntax, written once, for every database searchc writes on EBSCOhost
// (CINAHL Complete and APA PsycInfo): the two differ only in their thesaurus and its field
// codes (docs/databases.md, "CINAHL Complete (EBSCOhost) (`cinahl`)").
#pragma once

#include <span>
#include <string_view>

#include "base/text.hpp"
#include "compiler/ast.hpp"
#include "databases/syntax.hpp"

namespace searchc::ebsco {

// Proximity: `Nn` finds the words in any order with at most n words between them, `Wn` in the
// order typed (EBSCO's help, "tax N5 reform": "a maximum of five words" between): the
// language's NEAR/n, within n words, is `N(n-1)`, and NEXT is `W0`.
inline constexpr char near_letter = 'N';
inline constexpr char within_letter = 'W';

// A numbered search of the history, `S3`, as a search refers to it: `S1 OR S2`.
inline constexpr char history_letter = 'S';

// AND, OR, NOT, and `Nn`, `Wn` (N5, W0), in any case.
inline bool is_operator(std::string_view word) {
  if (is_boolean_word(word)) return true;
  return word.size() >= 2 && (word[0] == near_letter || word[0] == within_letter || word[0] == 'n' || word[0] == 'w') &&
         all_digits(word.substr(1));
}

// `S3`, which a search box reads as the third search of the history.
inline bool is_history_reference(std::string_view word) {
  return word.size() >= 2 && (word[0] == history_letter || word[0] == 's') && all_digits(word.substr(1));
}

// Wildcards: `*` any number of characters, `?` exactly one, `#` one or none: `?` and `#` the
// other way round from Ovid's. None may open a word, and a `?` that ends a word is dropped
// (EBSCO's help: "Question marks at the end of words ... are automatically removed").
inline constexpr char truncation = '*';
inline constexpr char one_character = '?';
inline constexpr char optional_character = '#';

// What a word cannot hold bare: the marks of the syntax, quotation marks and parentheses.
inline constexpr std::string_view marks = "\"()";

// The field codes, written before the search they scope: `TI (a OR b)`. A search without one
// is searched in the database's default fields, which the language reads as all text.
std::span<const FieldCode> field_codes();

// The thesaurus' field codes: a heading as written (`MH` in CINAHL, `DE` in PsycInfo), as a
// major topic (`MM` in both), and whether `+` after the heading explodes it (CINAHL; EBSCO's
// PsycInfo explodes only through its Thesaurus page, which writes the narrower terms out).
struct HeadingCodes {
  std::string_view exact;
  std::string_view major;
  bool plus_explodes;
};
inline constexpr HeadingCodes cinahl_headings{"MH", "MM", true};
inline constexpr HeadingCodes apa_headings{"DE", "MM", false};
inline constexpr char explode_mark = '+';

// A publication-year limit, as a search ANDed onto the line it limits: `DT 2014-2021`.
inline constexpr std::string_view date_code = "DT";

}  // namespace searchc::ebsco
