// Epistemonikos output.
//
// Facts and their sources are in database-syntax.md §5, from an information specialist's notes
// on the live site. The site's own Title/Abstract box wraps the whole query, which loses records
// with one concept only in the title and another only in the abstract; here each field scope
// is written `(title:(...) OR abstract:(...))` where it stands, so per concept. Unverified
// features (NOT, truncation inside phrases) are not used.
#include "backends/epistemonikos.hpp"

#include <fmt/format.h>

#include "backends/infix_writer.hpp"
#include "backends/url.hpp"

namespace searchc::epistemonikos {
namespace {

constexpr std::string_view database = "Epistemonikos";

class Writer : public InfixWriter {
 protected:
  std::string term(const ast::Term& t) const override { return t.text; }
  std::string phrase(const ast::Phrase& p) const override { return fmt::format("\"{}\"", p.text); }
  std::string heading(const ast::Heading&) const override { unreachable(database, "a MeSH heading"); }
  std::string native(const ast::Native& n) const override { return n.text; }
  std::string reference(const ast::LineRef&) const override { unreachable(database, "a line reference"); }
  std::string near(const ast::Near&) const override { unreachable(database, "a proximity search"); }
  std::string fielded(const ast::Fielded& f) const override {
    std::vector<std::string> groups;
    for (const auto field : f.fields.members()) {
      groups.push_back(fmt::format("{}:({})", field == Field::title ? "title" : "abstract",
                                   expression(f.body.front())));
    }
    return groups.size() == 1 ? groups.front() : fmt::format("({})", fmt::join(groups, " OR "));
  }
};

}  // namespace

Capabilities capabilities() {
  return Capabilities{
      .id = "epistemonikos",
      .name = "Epistemonikos",
      .fields = FieldSet{Field::title, Field::abstract, Field::all_text},
      .multi_field_scopes = false,
      .history = false,
      .proximity = false,
      .not_operator = false,
      .mesh = false,
      .mesh_qualifiers = false,
      .mesh_major = false,
      .truncation = Truncation::word_end,
      .phrase_wildcards = false,
      .limits = {{ast::LimitKind::publication_year, DatePrecision::year},
                 {ast::LimitKind::cochrane_date, DatePrecision::year, ast::LimitKind::publication_year}},
      .limit_needs_both_ends = true,
  };
}

Output emit(const ast::Strategy& lowered, const EmitOptions&, Approximations&) {
  const Writer writer;
  Output out;
  for (const auto& line : lowered.lines) {
    const auto query = writer.expression(line.query);
    Search search{line.name, {{"Search", query}}, {}};
    for (auto& f : year_filter(line.limits)) search.fields.push_back(std::move(f));
    search.links.push_back({"Search page", make_url("https://www.epistemonikos.org/en/search", {{"q", query}})});
    out.searches.push_back(std::move(search));
  }
  render_searches(out);
  return out;
}

}  // namespace searchc::epistemonikos
