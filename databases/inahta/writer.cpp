// INAHTA International HTA Database output. The syntax is databases/inahta/syntax.hpp's, with
// its sources in docs/databases.md ("INAHTA International HTA Database (`inahta`)"), most of
// them seen only in a published search and in another translator's tables. Where they are
// unverified the output takes the reading that cannot lose records: no NOT (left out), no
// truncation inside phrases (the words are ANDed), and a field scope over several fields is
// written as one group per field, each in parentheses, so that `(a)[Title] OR (a)[abs]` can
// never be read across an AND.
#include "databases/inahta/inahta.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "databases/inahta/syntax.hpp"
#include "databases/infix_writer.hpp"

namespace searchc::inahta {
namespace {

constexpr std::string_view database = "INAHTA";

class Writer : public FlatWriter {
 public:
  Writer() : FlatWriter(database) {}

 protected:
  void heading(const ast::Heading& h, std::string& out) const override {
    const auto tag = std::find_if(heading_tags.begin(), heading_tags.end(),
                                  [&](const HeadingTag& t) { return t.explode == h.explode && !t.major; });
    fmt::format_to(std::back_inserter(out), "\"{}\"[{}]", h.label, tag->names.front());
  }
  void fielded(const ast::Fielded& f, std::string& out) const override {
    const auto tags = written_codes(field_tags(), FieldSet{only_field(f, database)});
    operand(f.body.front(), out);
    fmt::format_to(std::back_inserter(out), "[{}]", tags.front());
  }
};

FormField year_filter_field(int from, int to) {
  return {"Year filter", year_filter(from, to)};
}

}  // namespace

Capabilities capabilities() {
  return Capabilities{
      .id = "inahta",
      .name = "INAHTA",
      .fields = FieldSet{Field::title, Field::abstract, Field::keywords, Field::all_text, Field::author, Field::source,
                         Field::language},
      .multi_field_scopes = false,
      .field_groups = {},
      .history = false,
      .proximity = false,
      .proximity_fields = {},
      .next_operator = false,
      .not_operator = false,
      .mesh = true,
      .mesh_qualifiers = false,
      .mesh_major = false,
      .truncation = Truncation::word_end,
      .phrase_wildcards = false,
      .min_stem = 3,
      .limits = {{ast::LimitKind::publication_year, DatePrecision::year},
                 {ast::LimitKind::cochrane_date, DatePrecision::year, ast::LimitKind::publication_year}},
      .open_ranges = OpenRanges::none,
  };
}

Output write(const ast::Strategy& lowered, const EmitOptions&, Approximations&) {
  return query_searches(lowered, Writer(), &year_filter_field, nullptr);
}

}  // namespace searchc::inahta
