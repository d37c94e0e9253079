// WHO ICTRP's search portal, as its writer (writer.cpp) fills it (docs/databases.md, "WHO ICTRP
// (`ictrp`)").
#pragma once

#include <array>
#include <span>

#include "databases/syntax.hpp"

namespace searchc::ictrp {

// The advanced form's boxes, in the form's order, each named as the form names it and searching
// one field: Title, Condition, Intervention.
inline std::span<const FieldCode> boxes() {
  static constexpr std::array<FieldCode, 3> table = {{
      {{"Title"}, FieldSet{Field::title}, "", true},
      {{"Condition"}, FieldSet{Field::condition}, "", true},
      {{"Intervention"}, FieldSet{Field::intervention}, "", true},
  }};
  return table;
}

}  // namespace searchc::ictrp
