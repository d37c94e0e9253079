// Embase.com's syntax, written once: its writer (writer.cpp) writes it (docs/databases.md,
// "Embase (Elsevier, Embase.com) (`embase`)").
#pragma once

#include <array>
#include <span>
#include <string_view>

#include "base/text.hpp"
#include "databases/syntax.hpp"

namespace searchc::embase {

// Proximity (Embase.com's Boolean operators page): `NEAR/n` finds the words "within n words of
// each other, in either order", "at most 4 words between" for NEAR/5, and NEAR/1 "next to each
// other without any other words in between": the language's NEAR/n exactly. `NEXT/n` is the same
// in the order typed.
inline constexpr std::string_view near_word = "NEAR";
inline constexpr std::string_view next_word = "NEXT";

// The words Embase.com reads as operators, in any case; a search of one of them is quoted.
inline constexpr std::array<std::string_view, 5> operator_words = {"AND", "OR", "NOT", near_word, next_word};
inline bool is_operator_word(std::string_view word) {
  for (const auto w : operator_words) {
    if (iequal(word, w)) return true;
  }
  return false;
}

// Phrases are written in single quotation marks, `'heart attack'`; a phrase holding a single
// quotation mark in double ones, `"crohn's disease"`.
inline constexpr char phrase_quote = '\'';

// Emtree headings: `'heart'/de` the heading alone, `'heart'/exp` exploded, `/mj` major focus
// after either: `'heart'/mj`, `'heart'/exp/mj`.
inline constexpr std::string_view heading_alone = "/de";
inline constexpr std::string_view heading_exploded = "/exp";
inline constexpr std::string_view heading_major = "/mj";

// What a word cannot hold bare, being a mark of Embase.com's syntax: `:` opens field codes, `/`
// a heading or limit suffix, `#` a reference to a search of the history, quotation marks a phrase,
// brackets a limit, `$` a wildcard. A word holding one is quoted.
inline constexpr std::string_view marks = ":/#'\"[]()$";

// The field codes after a word, a phrase or a group: `heart:ti`, `(heart OR cardiac):ti,ab,kw`.
std::span<const FieldCode> field_codes();

// Field codes whose values are identifiers, codes or numbers rather than words of the text (DOI,
// ISBN, ISSN, issue, volume, start page, CAS registry number, ORCID, item and location
// identifiers, clinical trial number), as Embase.com guides and Polyglot's translations write
// them (unverified: no Elsevier page listing the codes is cited). The reader searches a code
// the language has no field for in all text: for these that finds fewer records, not more.
inline constexpr std::array<std::string_view, 11> coded_field_codes = {"do", "ib", "is", "ip", "vi", "sp",
                                                                       "rn", "oc", "ii", "li", "ct"};

// A publication-year limit: `[1990-2020]/py`.
inline constexpr std::string_view year_suffix = "/py";

}  // namespace searchc::embase
