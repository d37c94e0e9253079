// EBSCOhost's field codes (databases/ebsco/syntax.hpp).
#include "databases/ebsco/syntax.hpp"

#include <array>

namespace searchc::ebsco {

std::span<const FieldCode> field_codes() {
  static constexpr std::array<FieldCode, 22> table = {{
      {{"TI"}, FieldSet{Field::title}, "", true},
      {{"AB"}, FieldSet{Field::abstract}, "", true},
      // the language's keywords, author keywords and indexing terms: EBSCO's subject field, which
      // holds the subject headings and the author-supplied keywords (unverified: docs/databases.md)
      {{"SU"}, FieldSet{Field::keywords}, "", true},
      {{"AU"}, FieldSet{Field::author}, "", true},
      {{"SO"}, FieldSet{Field::source}, "", true},
      {{"PT"}, FieldSet{Field::publication_type}, "", true},
      {{"LA"}, FieldSet{Field::language}, "", true},
      {{"TX"},
       FieldSet{},
       "all text, which reads the full text of the articles that have it too, which the language's all text does "
       "not: read as `[all]`",
       false,
       Effect::narrower},
      {{"KW"},
       FieldSet{Field::keywords},
       "`KW` (the author keywords, or PsycInfo's key concepts) is read as keywords, which hold the subject "
       "headings too",
       false,
       Effect::broader},
      // Codes of EBSCOhost that the language has no field for, read so that a search holding one
      // can be imported (each with the direction of the reading; the list is a library's,
      // docs/databases.md, unverified). The writer never writes them, and quotes a word that is one.
      {{"MW"},
       FieldSet{Field::keywords},
       "`MW` (a word in the subject headings) is read as keywords, which hold author keywords too",
       false,
       Effect::broader},
      {{"MJ"},
       FieldSet{Field::keywords},
       "`MJ` (a word in the major subject headings) is read as keywords, which hold every heading and author "
       "keywords",
       false,
       Effect::broader},
      {{"AF", "AD"},
       FieldSet{},
       "`AF` (the authors' affiliation) has no counterpart in the language and is searched in all text",
       false,
       Effect::broader},
      {{"JN"},
       FieldSet{Field::source},
       "`JN` (the journal's name) is read as the source, which holds its volume, issue and pages too",
       false,
       Effect::broader},
      {{"AN"}, FieldSet{}, coded_field_note, false, Effect::narrower},
      {{"IS"}, FieldSet{}, coded_field_note, false, Effect::narrower},
      {{"IB"}, FieldSet{}, coded_field_note, false, Effect::narrower},
      {{"IP"}, FieldSet{}, coded_field_note, false, Effect::narrower},
      {{"VI"}, FieldSet{}, coded_field_note, false, Effect::narrower},
      {{"PM"}, FieldSet{}, coded_field_note, false, Effect::narrower},
      {{"GI"}, FieldSet{}, coded_field_note, false, Effect::narrower},
      {{"DO"}, FieldSet{}, coded_field_note, false, Effect::narrower},
      {{"UI"}, FieldSet{}, coded_field_note, false, Effect::narrower},
  }};
  return table;
}

}  // namespace searchc::ebsco
