// Lines written out where they are used, for a database without a search history
// (docs/databases.md, "Lines in databases without a search history"): the line referred to in
// its place, inside its role, its limits moved to the whole search where that is exact, and the
// size of the result bounded.
#include "compiler/lower_context.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace searchc::lowering {
namespace {

// Writing every line out where it is used can multiply a strategy's size; these bound it.
constexpr std::size_t max_flat_nodes = 100'000;
constexpr std::size_t max_flat_depth = 400;

}  // namespace

// Runs `body` inside the line's role, and puts the result in the role's field.
template <typename Body>
ast::Node Lowering::in_role(const ast::Line& line, Context c, Body body) {
  const bool applies = line.role && line.role->field && target_.fields.contains(*line.role->field);
  if (!applies) return body(c);
  // Inside another line's role, that role decides the field of every line it refers to
  // (docs/language.md, "Roles"): a role of this line's own gives way, and is reported.
  if (c.role) {
    if (!c.fields.contains(*line.role->field)) {
      approximate(DiagCode::W113, line.role->span,
                  fmt::format("{} searches the line `{}` in {}, as the role of the line that refers to it says, "
                              "instead of in the {} field of its own role",
                              target_.name, line.name, where(c), field_description(*line.role->field)),
                  Effect::different, c);
    }
    return body(c);
  }
  c.role = true;
  c.fields = FieldSet{*line.role->field};
  auto inner = body(c);
  const Span span = inner.span;
  return ast::field_scope(span, FieldSet{*line.role->field}, std::move(inner));
}

// A database without a search history: the search written out whole, with the limits it runs
// with.
ast::Line Lowering::flatten(const ast::Line& root, std::string label) {
  hoisted_ = root.limits;
  root_span_ = root.span;
  Context c;
  ast::Line out;
  out.name = std::move(label);
  out.name_span = root.name_span;
  out.span = root.span;
  out.role = root.role;
  out.query = in_role(root, c, [&](Context inner) { return lowered(root.query, inner); });
  out.limits = limits(hoisted_, false);
  return out;
}

bool Lowering::over_budget(const Context& c) {
  if (failed_) return true;
  if (++nodes_ <= max_flat_nodes && c.depth <= max_flat_depth) return false;
  failed_ = true;
  if (auto* d = report_.error(DiagCode::E203, root_span_,
                              fmt::format("the search is too large to write as one expression for {}, which "
                                          "has no search history: every line is written out where it is used",
                                          target_.name))) {
    d->notes.push_back(
        fmt::format("give {} a shorter search of its own with `search = ...` in its block", target_.name));
  }
  return true;
}

// Without a search history, the line referred to is written out in its place, with the limits
// that apply to it alone ANDed on as the database's clauses (Capabilities::limit_clause).
void Lowering::reference(ast::Node& n, const ast::LineRef& ref, const Context& c) {
  if (target_.history || ref.index < 0) return;
  const auto& line = strategy_.lines[static_cast<std::size_t>(ref.index)];
  std::vector<ast::Limit> own;
  for (const auto& limit : line.limits) {
    if (!inner_limit(limit, line, c)) own.push_back(limit);
  }
  auto written = in_role(line, c, [&](Context inner) { return lowered(line.query, inner); });
  if (own.empty()) {
    replace(n, std::move(written));
    return;
  }
  const Span span = written.span;
  ast::Nodes operands;
  operands.push_back(std::move(written));
  for (const auto& limit : limits(own, c.negative)) {
    operands.push_back(make(limit.span, ast::Native{target_.limit_clause(limit)}));
  }
  replace(n, make_bool(span, ast::BoolOp::and_, std::move(operands)));
}

// A limit on a line written out inside the search: exact on the whole search when the line is
// reached through AND alone (B AND (C within L) is (B AND C) within L); otherwise exact on the
// line alone where the database writes a limit as a clause of the search (false: the caller
// writes it there), and lost where it does not.
bool Lowering::inner_limit(const ast::Limit& limit, const ast::Line& line, const Context& c) {
  // Two date ranges of one kind are one, their intersection (Lowering::limits); a limit with a
  // value (`status recruiting`) is kept once.
  const bool taken = !limit.value.empty() && std::any_of(hoisted_.begin(), hoisted_.end(),
                                                         [&](const ast::Limit& l) { return l.kind == limit.kind; });
  if (c.conjunctive && !taken) {
    hoisted_.push_back(limit);
    return true;
  }
  if (target_.limit_clause != nullptr) return false;
  approximate(DiagCode::W105, limit.span,
              fmt::format("{} has no search history, so the limit of the line `{}` cannot apply to that line "
                          "alone: it is left out",
                          target_.name, line.name),
              Effect::broader, c);
  return true;
}

}  // namespace searchc::lowering
