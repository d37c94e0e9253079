// LILACS output, for the Virtual Health Library's portal: one query, each search after its field
// prefix (`tw:(a OR b)`, `ti:(a)`), `AND NOT`, DeCS headings as `mh:"x"`, truncation as `$`, and
// the years as the clause `year_cluster:[2014 TO 2021]`.
//
// The syntax is databases/lilacs/syntax.hpp's, with its sources in docs/databases.md ("LILACS
// (BVS portal) (`lilacs`)"). The portal's search engine (Solr) gives AND and OR no order that can
// be relied on, so every nested group is parenthesised. It has no proximity operator: the lowering
// has searched NEAR as AND and NEXT as a phrase.
#include <fmt/format.h>

#include <iterator>

#include "databases/infix_writer.hpp"
#include "databases/lilacs/lilacs.hpp"
#include "databases/lilacs/sources.hpp"
#include "databases/lilacs/syntax.hpp"
#include "databases/prefix_writer.hpp"
#include "databases/url.hpp"

namespace searchc::lilacs {
namespace {

constexpr std::string_view database = "LILACS";

// The searches after a field prefix, and the headings beside them.
class InField : public FlatWriter {
 public:
  InField() : FlatWriter(database) {}

 protected:
  // A word the portal would read as an operator or a mark of its syntax is quoted; a truncated
  // word ends in `$`.
  void term(const ast::Term& t, std::string& out) const override {
    if (is_lilacs_operator(t.text) || t.text.starts_with('-') ||
        t.text.find_first_of(marks) != std::string_view::npos) {
      quoted(t.text, out);
    } else if (t.text.ends_with('*')) {
      out.append(t.text, 0, t.text.size() - 1);
      out += truncation;
    } else {
      out += t.text;
    }
  }
  // `mh:"Multiple Sclerosis"`: DeCS holds MeSH's English names. The lowering has left no
  // explosion (Capabilities::heading_explode) and no qualifier.
  void heading(const ast::Heading& h, std::string& out) const override {
    fmt::format_to(std::back_inserter(out), "{}:", h.major ? major_prefix : heading_prefix);
    quoted(h.label, out);
  }
  void fielded(const ast::Fielded&, std::string&) const override {
    unreachable(database, "a field scope inside a field prefix");
  }
  std::string_view not_operator() const override { return " AND NOT "; }
};

// The prefixes a scope over `fields` is written with; no field is `tw`, where the portal's own
// search without a field looks.
std::vector<std::string_view> prefixes(FieldSet fields) {
  if (fields.empty() || fields.contains(Field::all_text)) return {text_words};
  std::vector<std::string_view> out;
  for_each_written_code(field_prefixes(), fields, [&](std::string_view code) { out.push_back(code); });
  return out;
}

// `ti:(heart OR cardiac)`.
void scoped(std::string_view prefix, const InfixWriter& in_field, const ast::Node& body, std::string& out) {
  fmt::format_to(std::back_inserter(out), "{}:(", prefix);
  in_field.expression(body, out);
  out += ')';
}

const PrefixSyntax syntax{.database = database, .names = &prefixes, .scoped = &scoped, .not_operator = " AND NOT "};

// The year limit as a clause of the query, `year_cluster:[2014 TO 2021]`, what the portal's
// own year range filters on; an open end is `*`.
std::string year_clause(const ast::Limit& limit) {
  const auto year = [](const std::optional<ast::Date>& date) {
    return date ? fmt::format("{}", date->year) : std::string("*");
  };
  return fmt::format("{}:[{} TO {}]", year_field, year(limit.from), year(limit.to));
}

// The portal's search page with the query and the LILACS filter: a re-run.
std::vector<Link> links(const std::string& query) {
  return {{"Re-runs the search on the Virtual Health Library portal, in LILACS",
           make_url("https://pesquisa.bvsalud.org/portal/",
                    {{"q", query}, {"filter%5Bdb%5D%5B%5D", "LILACS"}, {"lang", "en"}})}};
}

}  // namespace

Capabilities capabilities() {
  return Capabilities{
      .id = "lilacs",
      .name = "LILACS (Virtual Health Library portal)",
      // The keywords only within title, abstract and descriptors (`tw`); publication types and
      // languages are codes of the portal's filters, not words: a scope naming them is searched
      // where `tw` looks (W101; E202 where that finds fewer).
      .fields = FieldSet{Field::title, Field::abstract, Field::keywords, Field::all_text, Field::author, Field::source},
      .multi_field_scopes = true,
      .field_groups = {{Field::keywords, FieldSet{Field::title, Field::abstract, Field::keywords}}},
      .history = false,
      .proximity = false,
      .proximity_fields = {},
      .next_operator = false,
      .not_operator = true,
      .thesaurus = ast::Vocabulary::mesh,
      .heading_qualifiers = false,
      .heading_major = true,
      .truncation = Truncation::word_end,
      .single_wildcard = false,
      .phrase_wildcards = false,
      .min_stem = 1,
      .all_text_fields = FieldSet{Field::title, Field::abstract, Field::keywords},
      .all_text_name = "the title, abstract and subject descriptors (`tw`)",
      // The Cochrane Library's date is run as the publication year, the nearest (W110).
      .limits = {{ast::LimitKind::publication_year, DatePrecision::year},
                 {ast::LimitKind::cochrane_date, DatePrecision::year, ast::LimitKind::publication_year}},
      .open_ranges = OpenRanges::any,
      .limit_clause = &year_clause,
      .heading_explode = false,
      .syntax_version = syntax_version,
      .sources = sources,
  };
}

Output write(const ast::Strategy& lowered, const EmitOptions&, Approximations&) {
  const InField in_field;
  return PrefixWriter(syntax, in_field).searches(lowered, &year_clause, &links);
}

}  // namespace searchc::lilacs
