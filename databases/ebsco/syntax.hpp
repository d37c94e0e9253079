// EBSCOhost's search syntax, written once, for every database searchc writes on EBSCOhost
// (CINAHL Complete and APA PsycInfo): the two differ only in their thesaurus and its field
// codes (docs/databases.md, "CINAHL Complete (EBSCOhost) (`cinahl`)").
#pragma once

#include <algorithm>
#include <array>
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

// Stop words: EBSCOhost ignores them "even if they are enclosed in quotation marks" and finds
// "any single word in its place" (EBSCO's phrase page, docs/databases.md), so a phrase that holds
// one finds more than its words. The list is that of EBSCO's medical databases (CINAHL, MEDLINE),
// as a copy of EBSCO's page gives it (unverified: the page itself was not read), with `after`,
// which the phrase page names; APA PsycInfo's list is taken to be the same (unverified).
inline constexpr std::array<std::string_view, 25> stop_words = {
    "after", "and", "are", "as", "at", "be",  "because", "been", "but",  "by",       "for",     "however", "if",
    "not",   "of",  "on",  "or", "so", "the", "there",   "was",  "were", "whatever", "whether", "would"};
inline bool is_stop_word(std::string_view word) {
  return std::any_of(stop_words.begin(), stop_words.end(), [&](std::string_view s) { return iequal(s, word); });
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
// is searched in the database's default fields, which the language reads as all text. The
// table also holds codes the language has no field for, which only the reader reads.
std::span<const FieldCode> field_codes();
// All text: every field of the record, and the full text of the articles that have it (docs/databases.md).
inline constexpr std::string_view all_text_code = "TX";

// What the reader says of a code whose field holds numbers or identifiers (`AN`, `IS`, `DO`):
// searched as words in all text, it finds fewer records, often none.
inline constexpr std::string_view coded_field_note =
    "this field holds numbers or identifiers, not words of the text; it has no counterpart in the language and "
    "is searched as words in all text, where they are seldom found";

// Words typed side by side without quotation marks: searched within five words of each other in
// either order (`N5`) in the Boolean/Phrase search mode, EBSCOhost's default (EBSCO's help, "How
// are phrases searched"; docs/databases.md).
inline constexpr int side_by_side_between = 5;

// The columns of a search history's row after the search (the Search Options column of the
// history table, the Limiters/Expanders and Last Run Via columns of its printout): each starts
// with its name.
inline constexpr std::string_view search_modes_column = "Search modes - ";
inline constexpr std::string_view limiters_column = "Limiters - ";
inline constexpr std::string_view expanders_column = "Expanders - ";
inline constexpr std::string_view narrow_by_column = "Narrow by ";
inline constexpr std::array<std::string_view, 3> run_via_columns = {"Interface - ", "Search Screen - ", "Database - "};
// The search modes: the default, and the two that join words typed side by side with AND or OR.
inline constexpr std::string_view boolean_phrase_mode = "Boolean/Phrase";
inline constexpr std::string_view all_terms_mode = "Find all my search terms";
inline constexpr std::string_view any_terms_mode = "Find any of my search terms";
// A limiter of the publication date, `Published Date: 20100101-20201231`, under any of its names.
inline constexpr std::array<std::string_view, 4> date_limiters = {"Published Date", "Publication Date",
                                                                  "Date Published", "Publication Year"};
inline constexpr std::string_view english_limiter = "English Language";

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
