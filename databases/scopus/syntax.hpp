// Scopus's advanced-search syntax, written once (docs/databases.md, "Scopus (`scopus`)").
#pragma once

#include <array>
#include <string_view>

#include "base/text.hpp"
#include "compiler/fields.hpp"

namespace searchc::scopus {

// Proximity: `W/n` in any order, `PRE/n` in the order written, n the most words between.
inline constexpr std::string_view within_word = "W/";
inline constexpr std::string_view precedes_word = "PRE/";

// AND, OR, NOT (written `AND NOT`), W/n and PRE/n, in any case: a word that is one is quoted.
inline bool is_scopus_operator(std::string_view word) {
  if (is_boolean_word(word)) return true;
  for (const auto op : {within_word, precedes_word}) {
    if (word.size() > op.size() && iequal(word.substr(0, op.size()), op) && all_digits(word.substr(op.size()))) {
      return true;
    }
  }
  return false;
}

// What a word cannot hold bare, being a mark of the syntax: braces of an exact phrase and the
// parentheses of a field function. A word holding one is quoted.
inline constexpr std::string_view marks = "{}()";

// A field function and the fields it searches as the language says them, the widest first:
// `TITLE-ABS-KEY` is title, abstract and keywords (author keywords and index terms).
struct Function {
  std::string_view name;
  FieldSet fields;
};
inline constexpr std::array<Function, 8> functions = {{
    {"TITLE-ABS-KEY", FieldSet{Field::title, Field::abstract, Field::keywords}},
    {"TITLE-ABS", FieldSet{Field::title, Field::abstract}},
    {"TITLE", FieldSet{Field::title}},
    {"ABS", FieldSet{Field::abstract}},
    {"KEY", FieldSet{Field::keywords}},
    {"AUTH", FieldSet{Field::author}},
    {"SRCTITLE", FieldSet{Field::source}},
    {"LANGUAGE", FieldSet{Field::language}},
}};
// Functions that search part of the language's keywords (author keywords and indexing terms):
// read as the keywords, which finds more (W303); the writer writes `KEY()`.
inline constexpr std::array<std::string_view, 2> part_of_keywords = {"AUTHKEY", "INDEXTERMS"};
// Functions of fields the language does not have (affiliation, identifiers, numbers, funding,
// chemicals, editors): read as all text (W303), as the other readers read a field without a
// counterpart; `coded`: its values are identifiers or numbers, no words of the text, so the
// reading finds fewer, often none (the words of the others find more). `DOCTYPE()`,
// `SUBJAREA()` and `LIMIT-TO()` take codes, not words, and are refused.
struct OtherField {
  std::string_view name;
  bool coded;
};
inline constexpr std::array<OtherField, 23> other_fields = {{
    {"AFFIL", false},    {"AFFILCITY", false},   {"AFFILCOUNTRY", false}, {"AFFILORG", false},     {"AF-ID", true},
    {"AU-ID", true},     {"ORCID", true},        {"AUTHCOLLAB", false},   {"EDITOR", false},       {"CHEM", false},
    {"CHEMNAME", false}, {"CASREGNUMBER", true}, {"FUND-NO", true},       {"FUND-SPONSOR", false}, {"ISBN", true},
    {"ISSN", true},      {"ISSUE", true},        {"VOLUME", true},        {"PAGEFIRST", true},     {"ARTNUM", true},
    {"DOI", true},       {"PMID", true},         {"BOOKPUB", false},
}};
// Functions of one kind of author name: read as the authors, which finds more (W303).
inline constexpr std::array<std::string_view, 3> author_parts = {"FIRSTAUTH", "AUTHFIRST", "AUTHLASTNAME"};
// All fields, the search of a word without a field.
inline constexpr std::string_view all_fields = "ALL";
// The publication year: `PUBYEAR > 2013 AND PUBYEAR < 2022`.
inline constexpr std::string_view year_word = "PUBYEAR";

}  // namespace searchc::scopus
