// Web of Science's advanced-search syntax, written once (docs/databases.md, "Web of Science Core
// Collection (`wos`)").
#pragma once

#include <array>
#include <string_view>

#include "base/text.hpp"
#include "compiler/fields.hpp"

namespace searchc::wos {

// The operators: AND, OR, NOT, NEAR, NEAR/x and SAME, in any case (Clarivate, "Search
// Operators"). A word that is one of them is searched in quotation marks.
inline constexpr std::string_view near_word = "NEAR";
inline constexpr std::string_view same_word = "SAME";
inline bool is_wos_operator(std::string_view word) {
  if (is_boolean_word(word) || iequal(word, same_word) || iequal(word, near_word)) return true;
  return word.size() > near_word.size() + 1 && iequal(word.substr(0, near_word.size()), near_word) &&
         word[near_word.size()] == '/' && all_digits(word.substr(near_word.size() + 1));
}

// What a word cannot hold bare, being a mark of the syntax: `=` ends a field tag, `#` starts a
// set number, `$` is the wildcard for one character or none. A word holding one is quoted.
inline constexpr std::string_view marks = "=#$";

// A field tag and the fields it searches as the language says them. `TS=` (Topic) searches
// title, abstract, author keywords and Keywords Plus: the language's title, abstract and
// keywords together. The language's keywords alone are `AK=` (author keywords) and `KP=`
// (Keywords Plus, Clarivate's terms from the titles of cited articles), ORed: Web of Science
// has no thesaurus, so these are its keywords and indexing terms.
struct Tag {
  std::string_view tag;
  FieldSet fields;
};
inline constexpr std::array<Tag, 8> tags = {{
    {"TS", FieldSet{Field::title, Field::abstract, Field::keywords}},
    {"TI", FieldSet{Field::title}},
    {"AB", FieldSet{Field::abstract}},
    {"AK", FieldSet{Field::keywords}},
    {"KP", FieldSet{Field::keywords}},
    {"AU", FieldSet{Field::author}},
    {"SO", FieldSet{Field::source}},
    {"LA", FieldSet{Field::language}},
}};
// All Fields, the search of a word without a field.
inline constexpr std::string_view all_fields_tag = "ALL";
// The publication year, `PY=(2014-2021)`; it takes no wildcards.
inline constexpr std::string_view year_tag = "PY";

}  // namespace searchc::wos
