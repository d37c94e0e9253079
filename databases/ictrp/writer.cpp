// WHO ICTRP output: the advanced-search form, or the standard-search string.
//
// The form is databases/ictrp/syntax.hpp's, with its sources in docs/databases.md ("WHO ICTRP
// (`ictrp`)"). The advanced form has three boxes (Title, Condition, Intervention) joined by
// AND/OR choices; a search whose top level joins such boxes with one operator fills the form,
// any other becomes a standard search, which looks at all fields. The portal has no link that
// re-runs a search.
#include "databases/ictrp/ictrp.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "base/visit.hpp"
#include "compiler/format.hpp"
#include "databases/dates.hpp"
#include "databases/ictrp/syntax.hpp"
#include "databases/infix_writer.hpp"

namespace searchc::ictrp {
namespace {

constexpr std::string_view database = "ICTRP";

// The standard search has no fields: a field scope is written as its contents.
class Standard : public FlatWriter {
 public:
  Standard() : FlatWriter(database) {}

 protected:
  void fielded(const ast::Fielded& f, std::string& out) const override { expression(f.body.front(), out); }
};

bool has_fields(const ast::Node& node) {
  return ast::any_node(node, [](const ast::Node& n) { return std::holds_alternative<ast::Fielded>(n.kind); });
}

// The parts of the search per box, when it fits the form: every search the top-level operator
// `op` joins is one box's field scope with no scope inside.
std::optional<std::vector<ast::Nodes>> form_parts(const ast::Node& root, ast::BoolOp op) {
  const auto form = boxes();
  std::vector<ast::Nodes> out(form.size());
  for (const auto& part : ast::joined_by(root, op)) {
    const auto* f = std::get_if<ast::Fielded>(&part.kind);
    if (f == nullptr || has_fields(f->body.front())) return std::nullopt;
    const auto box = std::find_if(form.begin(), form.end(), [&](const FieldCode& b) { return f->fields == b.fields; });
    if (box == form.end()) return std::nullopt;
    out[static_cast<std::size_t>(box - form.begin())].push_back(f->body.front());
  }
  return out;
}

std::string day(const ast::Date& d) {
  return fmt::format("{:02}/{:02}/{:04}", d.day, d.month, d.year);
}

// Field scopes the standard search cannot keep, reported with the polarity they stand in.
void report_fields(const ast::Node& node, bool negative, Approximations& report) {
  std::visit(overloaded{
                 [](const ast::Term&) {},
                 [](const ast::Phrase&) {},
                 [](const ast::Heading&) {},
                 [](const ast::Native&) {},
                 [](const ast::LineRef&) {},
                 [&](const ast::Bool& b) {
                   for (const auto& o : b.operands) report_fields(o, negative, report);
                 },
                 [&](const ast::Not& n) {
                   report_fields(n.operands[0], negative, report);
                   report_fields(n.operands[1], !negative, report);
                 },
                 [&](const ast::Near& n) {
                   for (const auto& o : n.operands) report_fields(o, negative, report);
                 },
                 [&](const ast::Fielded& f) {
                   report.report(DiagCode::W101, node.span,
                                 fmt::format("the search does not fit ICTRP's advanced form (a Title, Condition or "
                                             "Intervention box joined by one operator): `{}` is searched in all "
                                             "fields by the standard search",
                                             format_expression(node)),
                                 Effect::broader, negative);
                   report_fields(f.body.front(), negative, report);
                 },
             },
             node.kind);
}

Search search(const ast::Line& line, Approximations& report) {
  const Standard writer;
  Search out;
  out.label = line.name;
  const auto* top = std::get_if<ast::Bool>(&line.query.kind);
  const auto op = top != nullptr ? top->op : ast::BoolOp::and_;
  const auto parts = form_parts(line.query, op);
  if (!parts) {
    report_fields(line.query, false, report);
    out.fields.push_back({"Standard search", writer.expression(line.query)});
    for (const auto& limit : line.limits) {
      if (limit.kind == ast::LimitKind::status && limit.value == "all") continue;
      report.report(DiagCode::W105, limit.span,
                    fmt::format("ICTRP's standard search has no such filter: `{}` is left out", format_limit(limit)),
                    Effect::broader, false);
    }
    return out;
  }
  const std::string_view op_name = op == ast::BoolOp::or_ ? "OR" : "AND";
  bool first = true;
  for (std::size_t i = 0; i < boxes().size(); ++i) {
    const auto& nodes = (*parts)[i];
    if (nodes.empty()) continue;
    if (!first) out.fields.push_back({"Operator", std::string(op_name)});
    first = false;
    out.fields.push_back(
        {std::string(boxes()[i].names.front()),
         nodes.size() == 1 ? writer.expression(nodes.front()) : writer.join(nodes, fmt::format(" {} ", op_name))});
  }
  std::string status = "ALL";
  for (const auto& limit : line.limits) {
    if (limit.kind == ast::LimitKind::status && limit.value == "recruiting") status = "Recruiting";
  }
  out.fields.push_back({"Recruitment status", status});
  for (const auto& limit : line.limits) {
    if (limit.kind != ast::LimitKind::registered) continue;
    const auto from = limit.from ? day(first_day(*limit.from)) : std::string();
    const auto to = limit.to ? day(last_day(*limit.to)) : std::string();
    out.fields.push_back({"Date of registration", from.empty() ? fmt::format("to {}", to)
                                                  : to.empty() ? fmt::format("from {}", from)
                                                               : fmt::format("from {} to {}", from, to)});
  }
  return out;
}

}  // namespace

Capabilities capabilities() {
  return Capabilities{
      .id = "ictrp",
      .name = "WHO ICTRP",
      .fields = FieldSet{Field::title, Field::all_text, Field::condition, Field::intervention},
      .multi_field_scopes = false,
      .field_groups = {},
      .history = false,
      .proximity = false,
      .proximity_fields = {},
      .next_operator = false,
      .not_operator = true,
      .mesh = false,
      .mesh_qualifiers = false,
      .mesh_major = false,
      .truncation = Truncation::word_end,
      .phrase_wildcards = true,
      .min_stem = 3,
      .limits = {{ast::LimitKind::registered, DatePrecision::day},
                 {ast::LimitKind::entry_date, DatePrecision::day, ast::LimitKind::registered},
                 {ast::LimitKind::status}},
      .open_ranges = OpenRanges::any,
  };
}

Output write(const ast::Strategy& lowered, const EmitOptions&, Approximations& report) {
  Output out;
  for (const auto& line : lowered.lines) out.searches.push_back(search(line, report));
  render_searches(out);
  return out;
}

}  // namespace searchc::ictrp
