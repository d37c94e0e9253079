// The polarity each search of a lowered history is used in, for writers that check what only
// their syntax reveals and report it through Approximations, whose effects turn around under
// NOT: a search reached through the second operand of a NOT (through line references too)
// removes records, and a wider search there removes more.
#pragma once

#include <cstdint>
#include <vector>

#include "base/visit.hpp"
#include "compiler/ast.hpp"

namespace searchc {
namespace polarity_detail {

inline constexpr std::uint8_t positive = 1;
inline constexpr std::uint8_t negative = 2;

template <typename Visit>
void walk(const ast::Node& n, bool under_not, std::vector<std::uint8_t>& reached, Visit& visit) {
  visit(n, under_not);
  const auto each = [&](const ast::Nodes& operands) {
    for (const auto& o : operands) walk(o, under_not, reached, visit);
  };
  std::visit(overloaded{
                 [](const ast::Term&) {},
                 [](const ast::Phrase&) {},
                 [](const ast::Heading&) {},
                 [](const ast::Native&) {},
                 [&](const ast::LineRef& r) {
                   if (r.index < 0 || static_cast<std::size_t>(r.index) >= reached.size()) return;
                   reached[static_cast<std::size_t>(r.index)] |= under_not ? negative : positive;
                 },
                 [&](const ast::Bool& b) { each(b.operands); },
                 [&](const ast::Not& x) {
                   walk(x.operands[0], under_not, reached, visit);
                   walk(x.operands[1], !under_not, reached, visit);
                 },
                 [&](const ast::Near& x) { each(x.operands); },
                 [&](const ast::Fielded& f) { walk(f.body.front(), under_not, reached, visit); },
             },
             n.kind);
}

}  // namespace polarity_detail

// Calls `visit(node, under_not)` for every node of the lines, outermost first, once for each
// polarity its line is used in: a line no later line uses counts as a result (positive), and a
// line is used negatively where a line reaches it through the second operand of a NOT.
template <typename Visit>
void for_each_with_polarity(const std::vector<ast::Line>& lines, Visit&& visit) {
  using namespace polarity_detail;
  std::vector<std::uint8_t> reached(lines.size(), 0);
  for (std::size_t i = lines.size(); i-- > 0;) {
    if (reached[i] == 0) reached[i] = positive;
    if ((reached[i] & positive) != 0) walk(lines[i].query, false, reached, visit);
    if ((reached[i] & negative) != 0) walk(lines[i].query, true, reached, visit);
  }
}

}  // namespace searchc
