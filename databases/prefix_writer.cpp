// The writer of syntaxes that put the field before what it scopes (databases/prefix_writer.hpp).
#include "databases/prefix_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <stdexcept>

#include "base/visit.hpp"

namespace searchc {
namespace {

// Whether `node` ANDs or NOTs searches outside a proximity search. In several fields such a
// search is written field by field at each of its parts: `(a AND b)[ti,ab]`, each word in the
// title or the abstract, is `(TI=a OR AB=a) AND (TI=b OR AB=b)`, since `TI=(a AND b) OR AB=(a AND
// b)` misses a record with a in its title and b in its abstract.
bool ands_or_nots(const ast::Node& node) {
  if (const auto* b = std::get_if<ast::Bool>(&node.kind)) {
    return b->op == ast::BoolOp::and_ || std::any_of(b->operands.begin(), b->operands.end(), ands_or_nots);
  }
  return std::holds_alternative<ast::Not>(node.kind);
}

}  // namespace

std::string PrefixWriter::line(const ast::Node& node) const {
  std::string out;
  write(node, FieldSet{}, out);
  return out;
}

Output PrefixWriter::searches(const ast::Strategy& lowered, std::string (*clause)(const ast::Limit& limit),
                              std::vector<Link> (*links)(const std::string& query)) const {
  Output out;
  for (const auto& l : lowered.lines) {
    auto query = line(l.query);
    for (const auto& limit : l.limits) {
      if (limit.kind != ast::LimitKind::publication_year) continue;
      query = written_joined(l.query) ? fmt::format("({}) AND {}", query, clause(limit))
                                      : fmt::format("{} AND {}", query, clause(limit));
    }
    auto rerun = links != nullptr ? links(query) : std::vector<Link>{};
    out.searches.push_back(Search{l.name, {{"Search", std::move(query)}}, std::move(rerun)});
  }
  render_searches(out);
  return out;
}

// Written whole, in each field's name in turn: `TI=(a AND b)`, `(TI=(a OR b) OR AB=(a OR b))`.
bool PrefixWriter::written_whole(const ast::Node& node, FieldSet fields) const {
  return !holds_own_fields(node, !fields.empty()) && (syntax_.names(fields).size() < 2 || !ands_or_nots(node));
}

// Written as searches joined by an operator, which needs parentheses as an operand: a group not
// written whole, also where a scope holds it (`(a AND b)[ti,kw]` is `(TITLE(a) OR KEY(a)) AND
// (TITLE(b) OR KEY(b))`, which Scopus, running OR before AND, would read otherwise beside an OR).
bool PrefixWriter::written_joined(const ast::Node& node, FieldSet fields) const {
  const auto* n = &node;
  while (const auto* f = std::get_if<ast::Fielded>(&n->kind)) {
    fields = f->fields;
    n = &f->body.front();
  }
  return joins_by_operator(*n) && !written_whole(*n, fields);
}

// `node` searched in `fields` (empty: all text).
void PrefixWriter::write(const ast::Node& node, FieldSet fields, std::string& out) const {
  const auto names = syntax_.names(fields);
  if (written_whole(node, fields)) {
    if (names.size() > 1) out += '(';
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (i > 0) out += " OR ";
      syntax_.scoped(names[i], in_field_, node, out);
    }
    if (names.size() > 1) out += ')';
    return;
  }
  const auto joined = [&](const ast::Nodes& operands, std::string_view op) {
    for (std::size_t i = 0; i < operands.size(); ++i) {
      if (i > 0) out += op;
      const auto& o = operands[i];
      const bool group = written_joined(o, fields);
      if (group) out += '(';
      write(o, fields, out);
      if (group) out += ')';
    }
  };
  const auto left_out = [&](std::string_view what) {
    throw std::logic_error(fmt::format("{}: the lowering should have rewritten {}", syntax_.database, what));
  };
  std::visit(overloaded{
                 [&](const ast::Bool& b) { joined(b.operands, b.op == ast::BoolOp::and_ ? " AND " : " OR "); },
                 [&](const ast::Not& x) { joined(x.operands, syntax_.not_operator); },
                 [&](const ast::Fielded& f) { write(f.body.front(), f.fields, out); },
                 // a database with a history numbers its lines; one with a thesaurus writes its headings
                 // as searches of their own beside the field scopes (ProQuest's `MESH.EXACT("x")`)
                 [&](const ast::LineRef&) { in_field_.expression(node, out); },
                 [&](const ast::Heading&) { in_field_.expression(node, out); },
                 [&](const ast::Near&) { left_out("a field or a line reference inside a proximity search"); },
                 // a word or phrase holds no scope or reference, so it was written above
                 [&](const ast::Term&) { left_out("a word"); },
                 [&](const ast::Phrase&) { left_out("a phrase"); },
                 // outside any scope: as written (inside one, written above in the scope's fields)
                 [&](const ast::Native& n) { out += n.text; },
             },
             node.kind);
}

}  // namespace searchc
