// EBSCOhost's field codes (databases/ebsco/syntax.hpp).
#include "databases/ebsco/syntax.hpp"

#include <array>

namespace searchc::ebsco {

std::span<const FieldCode> field_codes() {
  static constexpr std::array<FieldCode, 9> table = {{
      {{"TI"}, FieldSet{Field::title}, "", true},
      {{"AB"}, FieldSet{Field::abstract}, "", true},
      // the language's keywords, author keywords and indexing terms: EBSCO's subject field, which
      // holds the subject headings and the author-supplied keywords (unverified: docs/databases.md)
      {{"SU"}, FieldSet{Field::keywords}, "", true},
      {{"AU"}, FieldSet{Field::author}, "", true},
      {{"SO"}, FieldSet{Field::source}, "", true},
      {{"PT"}, FieldSet{Field::publication_type}, "", true},
      {{"LA"}, FieldSet{Field::language}, "", true},
      {{"TX"}, FieldSet{}, "`TX` (all text) holds the full text too where the database has it", false},
      {{"KW"},
       FieldSet{Field::keywords},
       "`KW` (keywords, or PsycInfo's key concepts) is read as keywords, beside the subject terms",
       false},
  }};
  return table;
}

}  // namespace searchc::ebsco
