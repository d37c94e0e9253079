// Embase.com's field codes (databases/embase/syntax.hpp).
#include "databases/embase/syntax.hpp"

#include <array>

namespace searchc::embase {

std::span<const FieldCode> field_codes() {
  static constexpr std::array<FieldCode, 7> table = {{
      {{"ti"}, FieldSet{Field::title}, "", true},
      {{"ab"}, FieldSet{Field::abstract}, "", true},
      // Embase.com's author keywords; its indexing terms are searched as Emtree headings
      // (docs/databases.md, "Embase (Elsevier, Embase.com)")
      {{"kw"}, FieldSet{Field::keywords}, "", true},
      {{"au"}, FieldSet{Field::author}, "", true},
      {{"it"}, FieldSet{Field::publication_type}, "", true},
      {{"la"}, FieldSet{Field::language}, "", true},
      {{"jt"}, FieldSet{Field::source}, "", true},
  }};
  return table;
}

}  // namespace searchc::embase
