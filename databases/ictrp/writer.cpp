// WHO ICTRP output: the advanced-search form, or the standard-search string.
//
// The form is databases/ictrp/syntax.hpp's, with its sources in docs/databases.md ("WHO ICTRP
// (`ictrp`)"). The advanced form has three boxes (Title, Condition, Intervention) joined by
// AND, OR or AND NOT choices; a search whose top level joins such boxes fills the form, any
// other becomes a standard search, which looks in the title, sponsor, conditions,
// interventions, countries and trial IDs, never in an abstract. The portal has no link that
// re-runs a search.
#include "databases/ictrp/ictrp.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "base/visit.hpp"
#include "compiler/format.hpp"
#include "databases/dates.hpp"
#include "databases/ictrp/sources.hpp"
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
  // as its contents, in parentheses where they join several searches: `a AND (b OR c)[ti]`
  void fielded(const ast::Fielded& f, std::string& out) const override { operand(f.body.front(), out); }
};

bool has_fields(const ast::Node& node) {
  return ast::any_node(node, [](const ast::Node& n) { return std::holds_alternative<ast::Fielded>(n.kind); });
}

// Where the standard search looks: WHO's search tips, "The standard search looks for terms
// (words or phrases) in Title, Primary sponsor, Health Condition(s), Intervention(s), Countries
// of recruitment, Main ID, Secondary ID(s)" (docs/databases.md, "WHO ICTRP (`ictrp`)").
constexpr std::string_view standard_fields =
    "ICTRP's standard search, in the title, primary sponsor, health conditions, interventions, countries of "
    "recruitment and trial IDs";

// One box of the advanced form, with the choice that joins it to the boxes before it.
struct Box {
  std::size_t index;    // in boxes()
  std::string_view op;  // "AND", "OR", "AND NOT"; the first box's is not shown
  ast::BoolOp joined;   // how the searches inside the box are joined
  ast::Nodes nodes;
};

// The boxes of a search whose top-level operator `op` joins searches that are each one box's
// field scope with no scope inside; nullopt when it does not fit the form.
std::optional<std::vector<Box>> boxes_of(const ast::Node& root, ast::BoolOp op) {
  const auto form = boxes();
  std::vector<Box> out;
  for (const auto& part : ast::joined_by(root, op)) {
    const auto* f = std::get_if<ast::Fielded>(&part.kind);
    if (f == nullptr || has_fields(f->body.front())) return std::nullopt;
    const auto box = std::find_if(form.begin(), form.end(), [&](const FieldCode& b) { return f->fields == b.fields; });
    if (box == form.end()) return std::nullopt;
    const auto index = static_cast<std::size_t>(box - form.begin());
    auto it = std::find_if(out.begin(), out.end(), [&](const Box& b) { return b.index == index; });
    if (it == out.end()) it = out.insert(out.end(), Box{index, op == ast::BoolOp::or_ ? "OR" : "AND", op, {}});
    it->nodes.push_back(f->body.front());
  }
  std::sort(out.begin(), out.end(), [](const Box& a, const Box& b) { return a.index < b.index; });
  return out;
}

// The search as the advanced form's boxes, in the form's order: boxes joined by one operator,
// or `a[condition] NOT b[intervention]`, whose last box takes the form's AND NOT choice (the
// Condition and Intervention operators offer AND, OR and AND NOT). With AND before it, the
// order in which the form joins its boxes cannot change the result.
std::optional<std::vector<Box>> form_boxes(const ast::Node& root) {
  if (const auto* x = std::get_if<ast::Not>(&root.kind)) {
    auto left = boxes_of(x->operands[0], ast::BoolOp::and_);
    auto right = boxes_of(x->operands[1], ast::BoolOp::and_);
    if (!left || !right || right->size() != 1 || right->front().nodes.size() != 1 ||
        right->front().index <= left->back().index || right->front().index == 0) {
      return std::nullopt;
    }
    right->front().op = "AND NOT";
    left->push_back(std::move(right->front()));
    return left;
  }
  const auto* top = std::get_if<ast::Bool>(&root.kind);
  return boxes_of(root, top != nullptr ? top->op : ast::BoolOp::and_);
}

// A box's text. The form's boxes take words as one types them, `multiple sclerosis`, as WHO's
// tips say of the standard search: "Two or more words not enclosed in double quotes will be
// searched for with Boolean AND". Words and phrases joined by AND alone are written so; anything
// else keeps the standard search's Boolean syntax, which the boxes are not documented to take.
std::string box_text(const Standard& writer, const Box& box) {
  const auto leaf = [](const ast::Node& n) {
    return std::holds_alternative<ast::Term>(n.kind) || std::holds_alternative<ast::Phrase>(n.kind);
  };
  ast::Nodes words;
  for (const auto& n : box.nodes) {
    for (auto& w : box.joined == ast::BoolOp::and_ ? ast::joined_by(n, ast::BoolOp::and_) : ast::Nodes{n})
      words.push_back(std::move(w));
  }
  if (std::all_of(words.begin(), words.end(), leaf)) return writer.join(words, " ");
  return box.nodes.size() == 1 ? writer.expression(box.nodes.front())
                               : writer.join(box.nodes, fmt::format(" {} ", box.op == "OR" ? "OR" : "AND"));
}

std::string day(const ast::Date& d) {
  return fmt::format("{:02}/{:02}/{:04}", d.day, d.month, d.year);
}

// Field scopes the standard search cannot keep, reported with the polarity they stand in. The
// boxes' fields are among the standard search's, so it finds more.
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
                                 fmt::format("the search does not fit ICTRP's advanced form (Title, Condition and "
                                             "Intervention boxes joined by AND, OR or AND NOT): `{}` is searched "
                                             "by {}",
                                             format_expression(node), standard_fields),
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
  const auto form = form_boxes(line.query);
  if (!form) {
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
  for (const auto& box : *form) {
    if (&box != &form->front()) out.fields.push_back({"Operator", std::string(box.op)});
    const auto& name = boxes()[box.index].names.front();
    out.fields.push_back({std::string(name), box_text(writer, box)});
    // The Condition and Intervention boxes search synonyms unless their "without synonyms"
    // box is ticked; searchc's searches are written for synonyms on, the form's default.
    if (name != "Title") out.fields.push_back({"Without synonyms", "no"});
  }
  std::string status = "ALL";
  for (const auto& limit : line.limits) {
    if (limit.kind == ast::LimitKind::status && limit.value == "recruiting") status = "Recruiting";
  }
  out.fields.push_back({"Recruitment status", status});
  // One pair of date boxes: the lowering has joined two ranges of registration into one.
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
      .heading_qualifiers = false,
      .heading_major = false,
      .truncation = Truncation::word_end,
      .phrase_wildcards = true,
      .min_stem = 3,
      .all_text_fields = FieldSet{Field::title, Field::condition, Field::intervention},
      .all_text_name = standard_fields,
      .limits = {{ast::LimitKind::registered, DatePrecision::day},
                 {ast::LimitKind::entry_date, DatePrecision::day, ast::LimitKind::registered},
                 {ast::LimitKind::status}},
      .open_ranges = OpenRanges::any,
      .syntax_version = syntax_version,
      .sources = sources,
  };
}

Output write(const ast::Strategy& lowered, const EmitOptions&, Approximations& report) {
  Output out;
  for (const auto& line : lowered.lines) out.searches.push_back(search(line, report));
  render_searches(out);
  return out;
}

}  // namespace searchc::ictrp
