// LILACS's syntax on the Virtual Health Library's portal, written once (docs/databases.md,
// "LILACS (BVS portal) (`lilacs`)"): the portal's search engine (iAHx, on Solr) reads a field
// prefix before a word or a parenthesised group, `ti:(a OR b)`.
#pragma once

#include <array>
#include <span>
#include <string_view>

#include "base/text.hpp"
#include "databases/syntax.hpp"

namespace searchc::lilacs {

// The field prefixes, written `ti:`: `tw` (text words) is the title, abstract and subject
// descriptors, what the portal's search without a field reads. `pt:` (publication type, a
// prefix of the portal's advanced form) and `la:` (language) are read, not written: their
// values are the portal's codes, which the writer does not know.
inline std::span<const FieldCode> field_prefixes() {
  static constexpr std::array<FieldCode, 7> table = {{
      {{"tw"}, FieldSet{Field::title, Field::abstract, Field::keywords}, "", true},
      {{"ti"}, FieldSet{Field::title}, "", true},
      {{"ab"}, FieldSet{Field::abstract}, "", true},
      {{"au"}, FieldSet{Field::author}, "", true},
      {{"ta"}, FieldSet{Field::source}, "", true},
      {{"pt"}, FieldSet{Field::publication_type}},
      {{"la"}, FieldSet{Field::language}},
  }};
  return table;
}
inline constexpr std::string_view text_words = "tw";

// A DeCS descriptor (MeSH's English names), `mh:"x"`, and one as a major topic, `mj:"x"`.
inline constexpr std::string_view heading_prefix = "mh";
inline constexpr std::string_view major_prefix = "mj";

// A qualifier searched alone, `sh:"Diagnosis"`, which the language cannot say (it has a
// qualifier only on its heading), and the database filter, `db:("LILACS")`.
inline constexpr std::string_view qualifier_prefix = "sh";
inline constexpr std::string_view database_prefix = "db";

// The truncation the portal documents, `$`; its search engine reads it as `*`, which it also takes.
inline constexpr char truncation = '$';

// The year clause: `year_cluster:[2014 TO 2021]`, an open end `*`.
inline constexpr std::string_view year_field = "year_cluster";

// Words the portal upper-cases into operators before searching (`or`, `and`, `and not`, and
// `to` and `now` of a range) and `not`: a word that is one is quoted.
inline bool is_lilacs_operator(std::string_view word) {
  return is_boolean_word(word) || iequal(word, "to") || iequal(word, "now");
}

// Marks of the search engine's syntax: a word holding one is quoted, so that `a:b` is no field
// prefix and `(`, `[`, `^` or `~` no group, range, boost or fuzzy search.
inline constexpr std::string_view marks = "():[]{}^~\\/!+";

}  // namespace searchc::lilacs
