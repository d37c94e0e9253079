// INAHTA International HTA Database output.
//
// Facts and their sources are in database-syntax.md §4, most of them seen only in a published
// search and in another translator's tables. Where they are unverified the output takes the
// reading that cannot lose records: no NOT (left out), no truncation inside phrases (the words
// are ANDed), and a field scope over several fields is written as one group per field, each
// in parentheses, so that `(a)[Title] OR (a)[abs]` can never be read across an AND.
#include "databases/inahta/inahta.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <iterator>

#include "databases/infix_writer.hpp"

namespace searchc::inahta {
namespace {

constexpr std::string_view database = "INAHTA";

struct Tag {
  Field field;
  std::string_view tag;
};
constexpr std::array<Tag, 6> tags = {{
    {Field::title, "Title"},
    {Field::abstract, "abs"},
    {Field::keywords, "Keywords"},
    {Field::author, "Author"},
    {Field::source, "Source"},
    {Field::language, "Language"},
}};

class Writer : public FlatWriter {
 public:
  Writer() : FlatWriter(database) {}

 protected:
  void heading(const ast::Heading& h, std::string& out) const override {
    fmt::format_to(std::back_inserter(out), "\"{}\"[{}]", h.label, h.explode ? "mhe" : "mh");
  }
  void fielded(const ast::Fielded& f, std::string& out) const override {
    const auto field = only_field(f, database);
    const auto tag = std::find_if(tags.begin(), tags.end(), [&](const Tag& t) { return t.field == field; });
    operand(f.body.front(), out);
    fmt::format_to(std::back_inserter(out), "[{}]", tag->tag);
  }
};

// As the search history shows it after the query: `... FROM 2014 TO 2021`.
FormField year_filter(int from, int to) {
  return {"Year filter", fmt::format("FROM {} TO {}", from, to)};
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
  return query_searches(lowered, Writer(), &year_filter, nullptr);
}

}  // namespace searchc::inahta
