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
// has no thesaurus, so these are its keywords and indexing terms. Either alone is read as the
// keywords, which find more (`wider`, what the reader says at the tag).
struct Tag {
  std::string_view tag;
  FieldSet fields;
  std::string_view wider = {};
};
inline constexpr std::array<Tag, 8> tags = {{
    {"TS", FieldSet{Field::title, Field::abstract, Field::keywords}},
    {"TI", FieldSet{Field::title}},
    {"AB", FieldSet{Field::abstract}},
    {"AK", FieldSet{Field::keywords},
     "`AK=` (the author keywords) is read as keywords, which the language takes to hold the indexing terms "
     "(Keywords Plus, `KP=`) too"},
    {"KP", FieldSet{Field::keywords},
     "`KP=` (Keywords Plus, Clarivate's terms from the titles of cited articles) is read as keywords, which the "
     "language takes to hold the author keywords (`AK=`) too"},
    {"AU", FieldSet{Field::author}},
    {"SO", FieldSet{Field::source}},
    {"LA", FieldSet{Field::language}},
}};
// The other field tags Web of Science's advanced search documents (Clarivate, "Web of Science
// Core Collection field tags"), for which the language has no field. Their searches are read in
// all text, with a warning: the words of a name, an address or a title find more records there;
// identifiers, codes and dates (`coded`), which are no words of the text, find fewer, often none.
struct OtherTag {
  std::string_view tag;
  std::string_view name;
  bool coded;
};
inline constexpr std::array<OtherTag, 31> other_tags = {{
    {"AI", "author identifiers", true},
    {"ED", "editor", false},
    {"GP", "group author", false},
    {"DO", "DOI", true},
    {"CF", "conference", false},
    {"AD", "address", false},
    {"OG", "affiliation", false},
    {"OO", "organization", false},
    {"SG", "suborganization", false},
    {"SA", "street address", false},
    {"CI", "city", false},
    {"PS", "province or state", false},
    {"CU", "country or region", false},
    {"ZP", "zip or postal code", true},
    {"FO", "funding agency", false},
    {"FG", "grant number", true},
    {"FD", "funding details", false},
    {"FT", "funding text", false},
    {"SU", "research area", false},
    {"WC", "Web of Science categories", false},
    {"IS", "ISSN or ISBN", true},
    {"UT", "accession number", true},
    {"PMID", "PubMed ID", true},
    {"DOP", "publication date", true},
    {"LD", "index date", true},
    {"PUBL", "publisher", false},
    {"DT", "document type", false},
    {"TMAC", "citation topics, macro", false},
    {"TMSO", "citation topics, meso", false},
    {"TMIC", "citation topics, micro", false},
    {"SDG", "sustainable development goals", false},
}};
// All Fields, the search of a word without a field.
inline constexpr std::string_view all_fields_tag = "ALL";
// The publication year, `PY=(2014-2021)`; it takes no wildcards.
inline constexpr std::string_view year_tag = "PY";

}  // namespace searchc::wos
