// APA PsycInfo on Ovid: its field codes and what is its own beside Ovid's syntax
// (docs/databases.md, "APA PsycInfo on Ovid (`psycinfo-ovid`)"). The writer is Ovid's
// (databases/ovid/writer.cpp), which the registry gives these field codes.
#include <array>

#include "databases/psycinfo-ovid/psycinfo_ovid.hpp"
#include "databases/psycinfo-ovid/sources.hpp"

namespace searchc::psycinfo_ovid {

std::span<const FieldCode> field_codes() {
  static constexpr std::array<FieldCode, 10> table = {{
      {{"ti"}, FieldSet{Field::title}, "", true},
      {{"ab"}, FieldSet{Field::abstract}, "", true},
      // The language's keywords, author keywords and indexing terms: `.id.`, key concepts (the
      // keywords of the record, APA's "Keywords (also called Key Concepts or Identifiers)"), and
      // `.hw.`, the words of the APA Thesaurus headings (Tip #60, quoting Ovid's database guide).
      // `.id.` alone holds no headings, so keywords find more.
      {{"id,hw"}, FieldSet{Field::keywords}, "", true},
      {{"id"},
       FieldSet{Field::keywords},
       "`.id.` (key concepts: the record's keywords, without the APA Thesaurus headings) is read as keywords, which "
       "the language takes to hold the indexing terms (`.hw.`) too",
       false,
       Effect::broader},
      {{"tw"},
       FieldSet{Field::title, Field::abstract, Field::keywords},
       "`.tw.` (text word) is read as title, abstract and keywords, the widest reading of Ovid's field",
       false},
      // Ovid's default fields, read as all text with a warning by Ovid's reader
      {{"mp"}, FieldSet{}, "", false},
      // All Fields ("All Fields (af)", Ovid's database guides: docs/databases.md)
      {{"af"}, FieldSet{}, "", false},
      {{"au"}, FieldSet{Field::author}, "", true},
      {{"sh"},
       FieldSet{Field::keywords},
       "`.sh.` (the subject heading field) is read as keywords beside other fields; alone it is the heading `X/`",
       false},
      {{"hw"},
       FieldSet{Field::keywords},
       "`.hw.` (heading words) is read as keywords, the field that holds indexing terms",
       false},
  }};
  return table;
}

Capabilities capabilities() {
  return Capabilities{
      .id = "psycinfo-ovid",
      .name = "APA PsycInfo (Ovid)",
      // No journal, publication type or language field: PsycInfo's values differ from the
      // language's (MEDLINE's) and their codes on Ovid are unverified, so they are searched in
      // all text (W101).
      .fields = FieldSet{Field::title, Field::abstract, Field::keywords, Field::all_text, Field::author},
      .thesaurus = ast::Vocabulary::apa,
      .heading_qualifiers = false,
      .heading_major = true,
      // Ovid's `limit N to yr="..."`; PsycInfo's entry dates are not written: an entry-date
      // limit is left out with a warning.
      .limits = {{ast::LimitKind::publication_year, DatePrecision::year},
                 {ast::LimitKind::cochrane_date, DatePrecision::year, ast::LimitKind::publication_year}},
      .syntax_version = syntax_version,
      .sources = sources,
  };
}

}  // namespace searchc::psycinfo_ovid
