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

#include "databases/inahta/sources.hpp"
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
  // Every tagged group known from INAHTA is a parenthesised OR of words and phrases (see
  // `tagged_groups`): a tag always follows parentheses, `(attack)[Title]`.
  void fielded(const ast::Fielded& f, std::string& out) const override {
    const auto tags = written_codes(field_tags(), FieldSet{only_field(f, database)});
    out += '(';
    expression(f.body.front(), out);
    fmt::format_to(std::back_inserter(out), ")[{}]", tags.front());
  }
};

bool holds_and(const ast::Node& n) {
  return ast::any_node(n, [](const ast::Node& x) {
    const auto* b = std::get_if<ast::Bool>(&x.kind);
    return b != nullptr && b->op == ast::BoolOp::and_;
  });
}

// `operands` with `o` added, or its operands where it is joined by the same operator.
void add_operand(ast::Nodes& operands, ast::BoolOp op, ast::Node o) {
  auto* inner = std::get_if<ast::Bool>(&o.kind);
  if (inner == nullptr || inner->op != op) return operands.push_back(std::move(o));
  for (auto& x : inner->operands) operands.push_back(std::move(x));
}

// `body` with the scope on each part that holds no AND: `(a AND (b OR c))[ti]` is
// `a[ti] AND (b OR c)[ti]`, the same search, since a scope applies to each word.
ast::Node tag_each(Span span, FieldSet fields, ast::Node body) {
  if (!holds_and(body)) return ast::field_scope(span, fields, std::move(body));
  auto& b = std::get<ast::Bool>(body.kind);  // the lowering leaves no NOT or NEAR for INAHTA
  ast::Nodes operands;
  for (auto& o : b.operands) add_operand(operands, b.op, tag_each(span, fields, std::move(o)));
  b.operands = std::move(operands);
  return body;
}

// The search with only the tagged groups INAHTA is known to take. No source (INAHTA's help,
// the published search of the reference review, other translators' tables) shows AND inside a
// tagged group: a group that holds AND (written so, or made by the lowering from NEAR or from
// a phrase with truncation) becomes its parts, each tagged, joined by AND, which is the same
// search and so needs no warning.
ast::Node tagged_groups(ast::Node n) {
  if (auto* f = std::get_if<ast::Fielded>(&n.kind)) {
    return holds_and(f->body.front()) ? tag_each(n.span, f->fields, std::move(f->body.front())) : std::move(n);
  }
  if (auto* b = std::get_if<ast::Bool>(&n.kind)) {
    ast::Nodes operands;
    for (auto& o : b->operands) add_operand(operands, b->op, tagged_groups(std::move(o)));
    b->operands = std::move(operands);
  }
  return n;
}

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
      .thesaurus = ast::Vocabulary::mesh,
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
  auto written = lowered;
  for (auto& line : written.lines) line.query = tagged_groups(std::move(line.query));
  return query_searches(written, Writer(), &year_filter_field, nullptr);
}

}  // namespace searchc::inahta
