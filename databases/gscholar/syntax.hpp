// Google Scholar's query syntax, as its writer (writer.cpp) writes it (docs/databases.md,
// "Google Scholar (`gscholar`)").
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string_view>

#include "databases/syntax.hpp"

namespace searchc::gscholar {

// The operators before one word or phrase, `intitle:heart`, `author:"d knuth"`: one field each.
inline std::span<const FieldCode> field_prefixes() {
  static constexpr std::array<FieldCode, 3> table = {{
      {{"intitle:"}, FieldSet{Field::title}, "", true},
      {{"author:"}, FieldSet{Field::author}, "", true},
      {{"source:"}, FieldSet{Field::source}, "", true},
  }};
  return table;
}

// Words are ANDed by standing side by side; `OR` joins alternatives; `-` before a word or phrase
// excludes it.
inline constexpr std::string_view and_operator = " ";
inline constexpr std::string_view or_operator = " OR ";
inline constexpr char exclude = '-';

// What a word cannot hold bare, being a mark of the syntax: the `:` of an operator (`intitle:`),
// a leading `-` or `+`, the `|` some guides give for OR, parentheses and quotation marks. A
// word holding one is quoted, as is OR (and AND and NOT, which other databases read).
inline constexpr std::string_view marks = ":|()";

// The most characters of a query Google Scholar is reported to read, operators and spaces
// included (docs/databases.md).
inline constexpr std::size_t max_query = 256;

}  // namespace searchc::gscholar
