// The capability-driven rewrites shared by every backend: the entry point, which applies the
// database's block, and the walk over the strategy, which hands each construct to the rewrites of
// its family (compiler/lower_*.cpp).
#include "compiler/lower.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "base/visit.hpp"
#include "compiler/format.hpp"
#include "compiler/lower_context.hpp"

namespace searchc {
namespace lowering {
namespace {

// Which lines are reached from the result through the second operand of a NOT. References go
// to earlier lines only, so one pass from the last line up visits each line after all its users.
class Polarity {
 public:
  explicit Polarity(const ast::Strategy& strategy) : reached_(strategy.lines.size()) {
    if (strategy.lines.empty()) return;
    reached_.back().positive = true;
    // down to the second line: the first can refer to no line
    for (std::size_t i = strategy.lines.size(); i-- > 1;) {
      if (reached_[i].positive) walk(strategy.lines[i].query, false);
      if (reached_[i].negative) walk(strategy.lines[i].query, true);
    }
  }
  bool negative(std::size_t line) const { return reached_[line].negative; }
  // Reached from the result without NOT, or not at all (a line no other line uses).
  bool positive(std::size_t line) const { return reached_[line].positive || !reached_[line].negative; }

 private:
  struct Reached {
    bool positive = false;
    bool negative = false;
  };

  void walk(const ast::Node& node, bool negative) {
    std::visit(overloaded{
                   [](const ast::Term&) {},
                   [](const ast::Phrase&) {},
                   [](const ast::Heading&) {},
                   [](const ast::Native&) {},
                   [&](const ast::LineRef& r) {
                     if (r.index < 0) return;
                     auto& reached = reached_[static_cast<std::size_t>(r.index)];
                     (negative ? reached.negative : reached.positive) = true;
                   },
                   [&](const ast::Bool& b) {
                     for (const auto& o : b.operands) walk(o, negative);
                   },
                   [&](const ast::Not& n) {
                     walk(n.operands[0], negative);
                     walk(n.operands[1], !negative);
                   },
                   [&](const ast::Near& n) {
                     for (const auto& o : n.operands) walk(o, negative);
                   },
                   [&](const ast::Fielded& f) { walk(f.body.front(), negative); },
               },
               node.kind);
  }

  std::vector<Reached> reached_;
};

// Points each reference of `n` at the form of its line for the polarity it stands in: the
// second form (`twin`) where it is under NOT and the line has one, else the line's own place.
// `negative` is the polarity of `n` in the result.
void rewire(ast::Node& n, bool negative, const std::vector<int>& place, const std::vector<int>& twin,
            const std::vector<ast::Line>& lines) {
  std::visit(overloaded{
                 [](ast::Term&) {},
                 [](ast::Phrase&) {},
                 [](ast::Heading&) {},
                 [](ast::Native&) {},
                 [&](ast::LineRef& r) {
                   if (r.index < 0) return;
                   const auto line = static_cast<std::size_t>(r.index);
                   r.index = negative && twin[line] >= 0 ? twin[line] : place[line];
                   r.name = lines[static_cast<std::size_t>(r.index)].name;
                 },
                 [&](ast::Bool& b) {
                   for (auto& o : b.operands) rewire(o, negative, place, twin, lines);
                 },
                 [&](ast::Not& x) {
                   rewire(x.operands[0], negative, place, twin, lines);
                   rewire(x.operands[1], !negative, place, twin, lines);
                 },
                 [&](ast::Near& x) {
                   for (auto& o : x.operands) rewire(o, negative, place, twin, lines);
                 },
                 [&](ast::Fielded& f) { rewire(f.body.front(), negative, place, twin, lines); },
             },
             n.kind);
}

// Whether `n` refers to a line that has a second form.
bool refers_to_twin(const ast::Node& n, const std::vector<int>& twin) {
  const auto any = [&](const ast::Nodes& nodes) {
    return std::any_of(nodes.begin(), nodes.end(), [&](const ast::Node& o) { return refers_to_twin(o, twin); });
  };
  return std::visit(
      overloaded{
          [](const ast::Term&) { return false; },
          [](const ast::Phrase&) { return false; },
          [](const ast::Heading&) { return false; },
          [](const ast::Native&) { return false; },
          [&](const ast::LineRef& r) { return r.index >= 0 && twin[static_cast<std::size_t>(r.index)] >= 0; },
          [&](const ast::Bool& b) { return any(b.operands); },
          [&](const ast::Not& x) { return any(x.operands); },
          [&](const ast::Near& x) { return any(x.operands); },
          [&](const ast::Fielded& f) { return any(f.body); },
      },
      n.kind);
}

// A database with a search history: each line is lowered for the polarity it is used in. A line
// used both in the result and under NOT whose two forms differ (PubMed has no proximity in the
// keywords: it searches `(a NEAR/2 b)[kw]` as AND where that finds more, and leaves the keywords
// out under NOT, where AND would remove more) is written twice, each form where it is right: as
// itself for its positive uses, and again right after, as `name (under NOT)`, for its negated
// ones. A line that refers to a line written twice is written twice too, when it is used both
// ways. Written once in its negated form, the line would make its positive uses find fewer
// records while its warning said they find more.
ast::Strategy with_history(ast::Strategy in, const Capabilities& target, Approximations& report) {
  const Polarity polarity(in);
  const auto count = in.lines.size();
  std::vector<int> place(count, -1);       // the place of a line's own form in the output
  std::vector<int> twin(count, -1);        // the place of its negated form
  std::map<std::size_t, ast::Line> twins;  // the negated forms, by line: few lines have one
  int written = 0;
  DiagnosticSink scratch_sink;
  Approximations scratch(report.name(), report.name(), true, scratch_sink);
  // Lowered in place, so that messages quoting an earlier line quote what the database runs;
  // the references are pointed at the output's lines once every line is lowered.
  for (std::size_t i = 0; i < count; ++i) {
    if (polarity.positive(i) && polarity.negative(i)) {
      auto trial_positive = in.lines[i];
      auto trial_negative = in.lines[i];
      Lowering trial(in, target, scratch);
      trial.rewrite_line(trial_positive, false);
      trial.rewrite_line(trial_negative, true);
      if (refers_to_twin(in.lines[i].query, twin) ||
          format_expression(trial_positive.query) != format_expression(trial_negative.query) ||
          trial_positive.limits.size() != trial_negative.limits.size()) {
        twins.emplace(i, in.lines[i]);
      }
    }
    const auto second = twins.find(i);
    const bool twice = second != twins.end();
    Lowering lowering(in, target, report);
    if (polarity.positive(i) && polarity.negative(i) && !twice) {
      // Written once, in its negated form, which is also its positive one: its rewrites are
      // reported for its positive uses too, where a narrowing the database makes wherever the
      // line stands (W410, W180) finds fewer records, which the negated report says the other way.
      auto positive = in.lines[i];
      lowering.rewrite_line(positive, false);
    }
    lowering.rewrite_line(in.lines[i], polarity.negative(i) && !twice);
    place[i] = written++;
    if (twice) {
      lowering.rewrite_line(second->second, true);
      second->second.name += " (under NOT)";
      twin[i] = written++;
    }
  }
  if (written == static_cast<int>(count)) return in;  // no line written twice: the references stand
  std::vector<ast::Line> lines;
  std::vector<bool> negated;  // each output line's form
  lines.reserve(static_cast<std::size_t>(written));
  for (std::size_t i = 0; i < count; ++i) {
    lines.push_back(std::move(in.lines[i]));
    negated.push_back(polarity.negative(i) && twin[i] < 0);
    if (twin[i] >= 0) {
      lines.push_back(std::move(twins.at(i)));
      negated.push_back(true);
    }
  }
  for (std::size_t k = 0; k < lines.size(); ++k) rewire(lines[k].query, negated[k], place, twin, lines);
  for (auto& db : in.databases) {
    for (auto& entry : db.entries) {
      if (auto* hits = std::get_if<ast::Hits>(&entry.kind); hits != nullptr && hits->line && hits->line->index >= 0) {
        hits->line->index = place[static_cast<std::size_t>(hits->line->index)];
      }
    }
  }
  in.lines = std::move(lines);
  return in;
}

}  // namespace

// A database with a search history: the line stays a line.
void Lowering::rewrite_line(ast::Line& line, bool negative) {
  Context c;
  c.negative = negative;
  node(line.query, c);
  line.limits = limits(line.limits, negative);
}

void Lowering::approximate(DiagCode code, Span span, const std::string& what, Effect effect, const Context& c,
                           const std::vector<std::string>& notes) {
  report_.report(code, span, what, effect, c.negative, notes);
}

std::string Lowering::replace_note() const {
  return fmt::format("if that matters, write a replacement line for {} in a `database {} {{ ... }}` block",
                     target_.name, target_.id);
}

std::string Lowering::own_word_forms() const {
  if (target_.word_variations_added.empty()) return ", as written";
  return fmt::format(", with the word forms {} adds itself", target_.name);
}

// Rewrites `n` where it stands. Each handler gets the node as written, to quote it in a
// message before it rewrites it.
void Lowering::node(ast::Node& n, Context c) {
  if (!target_.history && over_budget(c)) return;
  ++c.depth;
  std::visit(overloaded{
                 [&](ast::Term& t) {
                   // a word the database takes as it is stays where it is
                   if (rewrites(t.text)) {
                     word(n, c);
                   } else {
                     report_optional_character(n.span, t.text, c);
                   }
                 },
                 [&](ast::Phrase& p) { phrase(n, p.text, c); },
                 [&](ast::Heading& h) { heading(n, h, c); },
                 [&](ast::Native&) {},
                 [&](ast::LineRef& r) { reference(n, r, c); },
                 [&](ast::Bool& b) { boolean(n, b, c); },
                 [&](ast::Not& x) { negation(n, x, c); },
                 [&](ast::Near& x) { proximity(n, x, c); },
                 [&](ast::Fielded& f) { fielded(n, f, c); },
             },
             n.kind);
}

// A lowered copy of `n`, which stays as it is: a line written out where it is used.
ast::Node Lowering::lowered(const ast::Node& n, const Context& c) {
  ast::Node out = n;
  node(out, c);
  return out;
}

void Lowering::boolean(ast::Node& n, ast::Bool& b, Context c) {
  if (b.op == ast::BoolOp::or_) c.conjunctive = false;
  leave_other_thesauri(b);
  for (auto& o : b.operands) node(o, c);
  // Without a history, written-out lines meet their users: `(a OR b) OR c` is `a OR b OR c`.
  const auto nested = [&](const ast::Node& o) {
    const auto* inner = std::get_if<ast::Bool>(&o.kind);
    return inner != nullptr && inner->op == b.op;
  };
  if (!target_.history && std::any_of(b.operands.begin(), b.operands.end(), nested)) {
    ast::Nodes operands;
    for (auto& o : b.operands) {
      if (!nested(o)) {
        operands.push_back(std::move(o));
        continue;
      }
      for (auto& x : std::get<ast::Bool>(o.kind).operands) operands.push_back(std::move(x));
    }
    b.operands = std::move(operands);
  }
  if (b.operands.size() == 1) replace(n, std::move(b.operands.front()));
}

// Whether `n` is words, phrases, headings or ORs of them, in any field, through the lines it
// refers to (Capabilities::not_words_only).
bool Lowering::excludable(const ast::Node& n, std::size_t depth) const {
  return std::visit(overloaded{
                        [](const ast::Term&) { return true; },
                        [](const ast::Phrase&) { return true; },
                        [](const ast::Heading&) { return true; },
                        [](const ast::Native&) { return false; },
                        [&](const ast::LineRef& r) {
                          return r.index >= 0 && depth < 8 &&
                                 excludable(strategy_.lines[static_cast<std::size_t>(r.index)].query, depth + 1);
                        },
                        [&](const ast::Bool& b) {
                          return b.op == ast::BoolOp::or_ &&
                                 std::all_of(b.operands.begin(), b.operands.end(),
                                             [&](const ast::Node& o) { return excludable(o, depth); });
                        },
                        [](const ast::Not&) { return false; },
                        [](const ast::Near&) { return false; },
                        [&](const ast::Fielded& f) { return excludable(f.body.front(), depth); },
                    },
                    n.kind);
}

void Lowering::negation(ast::Node& n, ast::Not& x, const Context& c) {
  const Span span = n.span;
  const bool words_only = target_.not_operator && target_.not_words_only;
  if (!target_.not_operator || (words_only && !(c.conjunctive && excludable(x.operands[1], 0)))) {
    const auto& dropped = x.operands[1];
    const auto why =
        words_only
            ? fmt::format("{}'s exclusion, `-`, takes only words and phrases, from the whole search", target_.name)
            : fmt::format("{} documents no NOT operator", target_.name);
    auto what = fmt::format(
        "{}: `{}` is searched without `NOT {}`", why, format_expression(n),
        ast::is_compound(dropped) ? fmt::format("({})", format_expression(dropped)) : format_expression(dropped));
    if (std::holds_alternative<ast::LineRef>(dropped.kind)) {
      what += fmt::format(", that is `{}`", format_expression(written_out(dropped, 0)));
    }
    approximate(DiagCode::W109, span, what, Effect::broader, c);
    node(x.operands[0], c);
    replace(n, std::move(x.operands[0]));
    return;
  }
  node(x.operands[0], c);
  Context right = c;
  right.negative = !c.negative;
  right.conjunctive = false;
  node(x.operands[1], right);
}

// A search with the lines it refers to written out, for messages that must name every word
// they leave out. Deeper references than a message can hold stay as references.
ast::Node Lowering::written_out(const ast::Node& n, std::size_t depth) const {
  if (const auto* ref = std::get_if<ast::LineRef>(&n.kind)) {
    if (ref->index < 0 || depth > 8) return n;
    auto line = written_out(strategy_.lines[static_cast<std::size_t>(ref->index)].query, depth + 1);
    line.grouped = true;
    return line;
  }
  ast::Node out = n;
  std::visit(overloaded{
                 [](ast::Term&) {},
                 [](ast::Phrase&) {},
                 [](ast::Heading&) {},
                 [](ast::Native&) {},
                 [](ast::LineRef&) {},
                 [&](ast::Bool& b) {
                   for (auto& o : b.operands) o = written_out(o, depth);
                 },
                 [&](ast::Not& x) {
                   for (auto& o : x.operands) o = written_out(o, depth);
                 },
                 [&](ast::Near& x) {
                   for (auto& o : x.operands) o = written_out(o, depth);
                 },
                 [&](ast::Fielded& f) { f.body.front() = written_out(f.body.front(), depth); },
             },
             out.kind);
  return out;
}

}  // namespace lowering

ast::Strategy lower(ast::Strategy out, const Capabilities& target, Approximations& report) {
  using lowering::Lowering;
  using lowering::Polarity;
  std::vector<const ast::Search*> searches;
  std::set<std::string> replaced;  // the lines the block writes for the database
  if (const auto* db = out.database(target.id)) {
    for (const auto& entry : db->entries) {
      if (const auto* o = std::get_if<ast::Override>(&entry.kind)) {
        replaced.insert(o->line.name);
        const auto it = std::find_if(out.lines.begin(), out.lines.end(),
                                     [&](const ast::Line& l) { return l.name == o->line.name; });
        if (it != out.lines.end()) *it = o->line;
      } else if (const auto* s = std::get_if<ast::Search>(&entry.kind)) {
        searches.push_back(s);
      }
    }
  }
  // The strategy's own searches, not those its block writes for the database
  if (searches.empty() && !out.lines.empty()) lowering::report_unscoped_text(out, replaced, target, report);
  if (!out.lines.empty()) {
    std::vector<const ast::Line*> roots;
    for (const auto* s : searches) roots.push_back(&s->line);
    if (searches.empty()) roots.push_back(&out.lines.back());
    lowering::report_word_variations(out, roots, replaced, target, report);
  }
  if (target.history) return lowering::with_history(std::move(out), target, report);
  Lowering lowering(out, target, report);
  ast::Strategy flat;
  if (searches.empty()) {
    flat.lines.push_back(lowering.flatten(out.lines.back(), ""));
  } else {
    for (const auto* s : searches) flat.lines.push_back(lowering.flatten(s->line, s->label));
  }
  flat.title = std::move(out.title);
  flat.title_span = out.title_span;
  flat.databases = std::move(out.databases);  // after the searches, which are read from them
  return flat;
}

}  // namespace searchc
