// Epistemonikos's syntax, as its writer (writer.cpp) writes it (docs/databases.md,
// "Epistemonikos (`epistemonikos`)").
#pragma once

#include <array>
#include <span>

#include "databases/syntax.hpp"

namespace searchc::epistemonikos {

// The fields a query names, `title:(...)`, `abstract:(...)`: one field a name.
inline std::span<const FieldCode> field_names() {
  static constexpr std::array<FieldCode, 2> table = {{
      {{"title"}, FieldSet{Field::title}, "", true},
      {{"abstract"}, FieldSet{Field::abstract}, "", true},
  }};
  return table;
}

}  // namespace searchc::epistemonikos
