// Embase.com's field codes (databases/embase/syntax.hpp).
#include "databases/embase/syntax.hpp"

#include <array>

namespace searchc::embase {

std::span<const FieldCode> field_codes() {
  static constexpr std::array<FieldCode, 7> table = {{
      {{"ti"}, FieldSet{Field::title}, "", true},
      {{"ab"}, FieldSet{Field::abstract}, "", true},
      // Embase.com's author keywords; its indexing terms are searched as Emtree headings
      // (docs/databases.md, "Embase (Elsevier, Embase.com)"), so keywords read from it find more
      {{"kw"},
       FieldSet{Field::keywords},
       "the author keywords, read as keywords, which the language takes to hold the indexing terms (Emtree) too",
       true,
       Effect::broader},
      {{"au"}, FieldSet{Field::author}, "", true},
      // Embase.com's item type (article, review, conference abstract and the like), not a study
      // design: the language's publication types are not written to it (W101), and it is read as
      // one with a note (docs/databases.md, "Embase (Elsevier, Embase.com)")
      {{"it"},
       FieldSet{Field::publication_type},
       "Embase.com's item type (article, review, conference abstract and the like), read as the publication "
       "type, which other databases fill with other values"},
      {{"la"}, FieldSet{Field::language}, "", true},
      {{"jt"}, FieldSet{Field::source}, "", true},
  }};
  return table;
}

}  // namespace searchc::embase
