// Embase on Ovid: its field codes and what is its own beside Ovid's syntax (docs/databases.md,
// "Embase on Ovid (`embase-ovid`)"). The writer is Ovid's (databases/ovid/writer.cpp), which the
// registry gives these field codes.
#include <array>

#include "databases/embase-ovid/embase_ovid.hpp"
#include "databases/embase-ovid/sources.hpp"

namespace searchc::embase_ovid {

std::span<const FieldCode> field_codes() {
  static constexpr std::array<FieldCode, 12> table = {{
      {{"ti"}, FieldSet{Field::title}, "", true},
      {{"ab"}, FieldSet{Field::abstract}, "", true},
      // The language's keywords, author keywords and indexing terms: `.kf.`, keyword heading words
      // (Embase's author keywords, `.kf.` since September 2021, `.kw.` before), and `.hw.`, the words
      // of the Emtree terms and candidate terms (UniSA's guide; Tip #43). Either keyword field alone
      // holds the author keywords only, so keywords find more.
      {{"kf,hw", "kw,hw"}, FieldSet{Field::keywords}, "", true},
      {{"kf"},
       FieldSet{Field::keywords},
       "`.kf.` (keyword heading words: the author keywords) is read as keywords, which the language takes to hold "
       "the indexing terms (`.hw.`, Emtree) too",
       false,
       Effect::broader},
      {{"kw"},
       FieldSet{Field::keywords},
       "`.kw.` (the author keywords, Embase's code before `.kf.`) is read as keywords, which the language takes to "
       "hold the indexing terms (`.hw.`, Emtree) too",
       false,
       Effect::broader},
      {{"tw"},
       FieldSet{Field::title, Field::abstract, Field::keywords},
       "`.tw.` (text word: title, abstract and drug trade name) is read as title, abstract and keywords, the "
       "widest reading of Ovid's field",
       false},
      // Ovid's default fields, read as all text with a warning by Ovid's reader
      {{"mp"}, FieldSet{}, "", false},
      // All Fields ("All Fields (af)", Ovid's database guides: docs/databases.md)
      {{"af"}, FieldSet{}, "", false},
      {{"au"}, FieldSet{Field::author}, "", true},
      {{"dq"},
       FieldSet{Field::keywords},
       "`.dq.` (candidate term words) is read as keywords, the field that holds indexing terms",
       false},
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
      .id = "embase-ovid",
      .name = "Embase (Ovid)",
      // No journal, publication type or language field: Embase's values differ from the
      // language's (MEDLINE's) and their codes on Ovid are unverified, so they are searched in
      // all text (W101).
      .fields = FieldSet{Field::title, Field::abstract, Field::keywords, Field::all_text, Field::author},
      .thesaurus = ast::Vocabulary::emtree,
      .heading_qualifiers = false,
      .heading_major = true,
      // Ovid's `limit N to yr="..."`; Embase's entry dates (`.em.` entry week, `.dd.`) are not
      // written: an entry-date limit is left out with a warning.
      .limits = {{ast::LimitKind::publication_year, DatePrecision::year},
                 {ast::LimitKind::cochrane_date, DatePrecision::year, ast::LimitKind::publication_year}},
      .syntax_version = syntax_version,
      .sources = sources,
  };
}

}  // namespace searchc::embase_ovid
