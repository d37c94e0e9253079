// Epistemonikos output.
//
// The syntax is databases/epistemonikos/syntax.hpp's, with its sources in docs/databases.md
// ("Epistemonikos (`epistemonikos`)"), from an information specialist's notes on the live site.
// The site's own Title/Abstract box wraps the whole query, which loses records with one concept
// only in the title and another only in the abstract; here each field scope is written
// `(title:(...) OR abstract:(...))` where it stands, so per concept. Unverified features (NOT,
// truncation inside phrases) are not used.
#include "databases/epistemonikos/epistemonikos.hpp"

#include <fmt/format.h>

#include "databases/epistemonikos/sources.hpp"
#include "databases/epistemonikos/syntax.hpp"
#include "databases/infix_writer.hpp"
#include "databases/url.hpp"

namespace searchc::epistemonikos {
namespace {

constexpr std::string_view database = "Epistemonikos";

class Writer : public FlatWriter {
 public:
  Writer() : FlatWriter(database) {}

 protected:
  void fielded(const ast::Fielded& f, std::string& out) const override {
    const auto name = written_codes(field_names(), FieldSet{only_field(f, database)});
    if (name.empty()) unreachable(database, "a field outside its capabilities");
    out += name.front();
    out += ":(";
    expression(f.body.front(), out);
    out += ')';
  }
};

FormField year_filter(int from, int to) {
  return {"Publication year", fmt::format("{} to {}", from, to)};
}

// The search page takes the query in `q`, but it is not a re-run: the year filter has no known
// parameter, and the site is reported to rewrite the query it is given (an information
// specialist's notes, docs/databases.md). The label says what the link does and what to do by
// hand, so that the appendix's list of links does not promise a re-run.
std::vector<Link> links(const Search& search) {
  const auto& query = search.fields.front().value;
  std::string label = "Opens the search page with the query (check the query box";
  for (const auto& f : search.fields) {
    if (f.name == "Publication year") label += fmt::format(", and set Publication year {} by hand", f.value);
  }
  label += ')';
  return {{std::move(label), make_url("https://www.epistemonikos.org/en/search", {{"q", query}})}};
}

}  // namespace

Capabilities capabilities() {
  return Capabilities{
      .id = "epistemonikos",
      .name = "Epistemonikos",
      .fields = FieldSet{Field::title, Field::abstract, Field::all_text},
      .multi_field_scopes = false,
      .field_groups = {},
      .history = false,
      .proximity = false,
      .proximity_fields = {},
      .next_operator = false,
      .not_operator = false,
      .heading_qualifiers = false,
      .heading_major = false,
      .truncation = Truncation::word_end,
      .phrase_wildcards = false,
      .min_stem = 3,
      .limits = {{ast::LimitKind::publication_year, DatePrecision::year},
                 {ast::LimitKind::cochrane_date, DatePrecision::year, ast::LimitKind::publication_year}},
      .open_ranges = OpenRanges::none,
      .syntax_version = syntax_version,
      .sources = sources,
  };
}

Output write(const ast::Strategy& lowered, const EmitOptions&, Approximations&) {
  auto out = query_searches(lowered, Writer(), &year_filter, nullptr);
  out.text.clear();
  for (auto& search : out.searches) search.links = links(search);
  render_searches(out);
  return out;
}

}  // namespace searchc::epistemonikos
