// A line's `variations`: its words searched with their plurals, verb forms and British and
// American spellings, as the Cochrane Library's "Search word variations" box searches them
// (docs/databases.md, Cochrane CENTRAL). No database's written search carries it: the database's
// own switch is named for the line (N002), or the variations it cannot search are reported, in
// the direction the line is used in (W116).
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "compiler/lower_context.hpp"

namespace searchc::lowering {
namespace {

// The lines that say `variations`, among `line` and the lines it refers to, however deep, each
// with how it is used: in the result, after NOT, or both.
void used_with_variations(const ast::Strategy& strategy, const ast::Line& line, bool negative,
                          const std::set<std::string>& replaced, std::set<std::pair<const ast::Line*, bool>>& seen,
                          std::map<const ast::Line*, std::set<bool>>& out) {
  if (!seen.emplace(&line, negative).second || replaced.contains(line.name)) return;
  if (line.variations) out[&line].insert(negative);
  const auto walk = [&](const auto& self, const ast::Node& n, bool neg) -> void {
    if (const auto* r = std::get_if<ast::LineRef>(&n.kind)) {
      if (r->index >= 0 && static_cast<std::size_t>(r->index) < strategy.lines.size()) {
        used_with_variations(strategy, strategy.lines[static_cast<std::size_t>(r->index)], neg, replaced, seen, out);
      }
      return;
    }
    if (const auto* x = std::get_if<ast::Not>(&n.kind)) {
      self(self, x->operands[0], neg);
      self(self, x->operands[1], !neg);
      return;
    }
    for (const auto& child : ast::children(n)) self(self, child, neg);
  };
  walk(walk, line.query, negative);
}

}  // namespace

void report_word_variations(const ast::Strategy& strategy, const std::vector<const ast::Line*>& roots,
                            const std::set<std::string>& replaced, const Capabilities& target, Approximations& report) {
  // Only a line that says `variations` is reported, and the walk reaches no line but the roots
  // and the strategy's: where none of them says it, there is nothing to look for.
  const auto says = [](const ast::Line& l) { return l.variations.has_value(); };
  if (std::none_of(strategy.lines.begin(), strategy.lines.end(), says) &&
      std::none_of(roots.begin(), roots.end(), [&](const ast::Line* l) { return says(*l); })) {
    return;
  }
  std::set<std::pair<const ast::Line*, bool>> seen;
  std::map<const ast::Line*, std::set<bool>> found;
  for (const auto* root : roots) used_with_variations(strategy, *root, false, replaced, seen, found);
  for (const auto& [line, uses] : found) {
    const auto where = *line->variations;
    if (!target.word_variations_option.empty()) {
      report.sink().report(DiagCode::N002, where,
                           fmt::format("run the search of `{}` with {} turned on: {} searches the words with their "
                                       "variations only then, and the written search cannot say so",
                                       line->name, target.word_variations_option, target.name));
      continue;
    }
    const auto searched = target.word_variations_added.empty()
                              ? fmt::format("{} searches them as written", target.name)
                              : fmt::format("{} adds only {}", target.name, target.word_variations_added);
    for (const bool negative : uses) {
      report.report_inherent(
          DiagCode::W116, where,
          fmt::format("the words of `{}` are searched with their variations (plurals, verb forms, British and "
                      "American spellings); {}",
                      line->name, searched),
          Effect::narrower, negative,
          {"to search variations here, add them to the line, or truncate the words where their variations share "
           "a stem (`transplant*`)"});
    }
  }
}

}  // namespace searchc::lowering
