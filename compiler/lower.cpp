// The capability-driven rewrites shared by every backend.
#include "compiler/lower.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "base/text.hpp"
#include "base/utf8.hpp"
#include "base/visit.hpp"
#include "compiler/format.hpp"
#include "compiler/resolve.hpp"
#include "mesh/vocabulary.hpp"

namespace searchc {
namespace {

// Writing every line out where it is used can multiply a strategy's size; these bound it.
constexpr std::size_t max_flat_nodes = 100'000;
constexpr std::size_t max_flat_depth = 400;
// `(a OR b) NEXT (c OR d)` becomes four phrases; past this many the search uses AND instead.
constexpr std::size_t max_phrase_alternatives = 32;

std::string describe(FieldSet fields) {
  std::vector<std::string_view> names;
  for (const auto f : fields.members()) names.push_back(field_description(f));
  if (names.size() <= 1) return fmt::format("{}", fmt::join(names, ""));
  const auto last = names.back();
  names.pop_back();
  return fmt::format("{} and {}", fmt::join(names, ", "), last);
}

ast::Node make(Span span, auto kind) {
  return ast::Node{span, false, std::move(kind)};
}

ast::Node make_bool(Span span, ast::BoolOp op, ast::Nodes operands) {
  if (operands.size() == 1) return std::move(operands.front());
  return make(span, ast::Bool{op, std::move(operands)});
}

// Puts `with` where `n` is. `with` is taken by value so that it may be moved out of a part of
// `n` (a scope's body, an operand) before `n` is overwritten.
void replace(ast::Node& n, ast::Node with) {
  n = std::move(with);
}

// The shape of a word's wildcards.
enum class Wildcards : std::uint8_t { none, word_end, leading, inner };

Wildcards wildcards(std::string_view word) {
  const auto first = wildcard_marks.find_in(word);
  if (first == std::string_view::npos) return Wildcards::none;
  if (first == 0) return Wildcards::leading;
  if (word.find_first_not_of('*', first) == std::string_view::npos) return Wildcards::word_end;
  return Wildcards::inner;
}

// Word sequences, each one phrase's words: `(a OR b) NEXT c` is {{a, c}, {b, c}}.
using Sequences = std::vector<std::vector<std::string>>;

// Whether a word of any of the sequences holds a wildcard.
bool any_wildcards(const Sequences& alternatives) {
  return std::any_of(alternatives.begin(), alternatives.end(), [](const auto& words) {
    return std::any_of(words.begin(), words.end(), [](const auto& w) { return has_wildcards(w); });
  });
}

std::string strip_wildcards(std::string_view word) {
  std::string out;
  for (const char c : word) {
    if (c != '*' && c != '?') out += c;
  }
  return out;
}

// "Transplantation, Autologous" as one writes it: "Autologous Transplantation".
std::string natural_order(std::string_view label) {
  std::vector<std::string_view> parts;
  for (auto comma = label.find(", "); comma != std::string_view::npos; comma = label.find(", ")) {
    parts.push_back(label.substr(0, comma));
    label.remove_prefix(comma + 2);
  }
  parts.push_back(label);
  std::reverse(parts.begin(), parts.end());
  return fmt::format("{}", fmt::join(parts, " "));
}

// The heading's words for a free-text search: its name (an inverted name in natural order too)
// and, with `expand headings`, its entry terms without NLM's permuted forms and lab codes, each
// without a closing remark in parentheses ("MS (Multiple Sclerosis)" is "MS"). A phrase that
// holds another one's words in a row is left out: the shorter one finds its records already.
// A floating qualifier's words are the qualifier's names.
// `entry_terms`: the heading as the vocabulary has it, when its entry terms are wanted.
std::vector<std::string> heading_words(const ast::Heading& h, const mesh::Heading* entry_terms) {
  std::vector<std::string> out;
  if (h.label.empty()) {
    for (const auto& q : h.qualifiers) out.push_back(q.name);
    return out;
  }
  std::vector<std::string> candidates{h.label};
  if (h.label.find(", ") != std::string::npos) candidates.push_back(natural_order(h.label));
  if (entry_terms != nullptr) {
    for (const auto& t : entry_terms->entry_terms()) {
      if (t.permuted || t.lab_code) continue;
      std::string_view text = t.text;
      if (text.ends_with(")") && text.find(" (") != std::string_view::npos) text = text.substr(0, text.rfind(" ("));
      candidates.push_back(text.find(", ") == std::string_view::npos ? std::string(text) : natural_order(text));
    }
  }
  const auto words = [](const std::string& phrase) { return " " + lower_folded(phrase) + " "; };
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const auto mine = words(candidates[i]);
    bool covered = false;
    for (std::size_t j = 0; j < candidates.size() && !covered; ++j) {
      if (i == j) continue;
      const auto other = words(candidates[j]);
      // another phrase within this one, or the same words written earlier
      covered = mine.find(other) != std::string::npos && (other != mine || j < i);
    }
    if (!covered) out.push_back(candidates[i]);
  }
  return out;
}

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

class Lowering {
 public:
  Lowering(const ast::Strategy& strategy, const Capabilities& target, Approximations& report)
      : strategy_(strategy), target_(target), report_(report) {}

  // A database with a search history: the line stays a line.
  void rewrite_line(ast::Line& line, bool negative) {
    Context c;
    c.negative = negative;
    node(line.query, c);
    line.limits = limits(line.limits, negative);
  }

  // A database without one: the search written out whole, with the limits it runs with.
  ast::Line flatten(const ast::Line& root, std::string label) {
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

 private:
  // Passed by value at every node: twelve bytes, which travel in registers rather than through
  // memory the callee then reads back.
  struct Context {
    bool negative = false;    // under the second operand of an odd number of NOTs
    bool conjunctive = true;  // reached from the root through AND and NOT's first operand only
    bool role = false;        // inside a line whose role decides the field
    // inside a phrase of several words, or `a NEXT b` as the database runs it: the neighbours
    // hold a short truncated stem (`"Crenshaw A*"`) in place, so it does not match too many words
    bool phrase_chain = false;
    FieldSet fields;          // the field scope around; empty for all text
    std::uint32_t depth = 0;  // the nodes above: the input's limits keep it in the thousands
  };
  static_assert(sizeof(Context) <= 16);

  void approximate(DiagCode code, Span span, const std::string& what, Effect effect, const Context& c,
                   const std::vector<std::string>& notes = {}) {
    report_.report(code, span, what, effect, c.negative, notes);
  }

  std::string replace_note() const {
    return fmt::format("if that matters, write a replacement line for {} in a `database {} {{ ... }}` block",
                       target_.name, target_.id);
  }

  std::string where(const Context& c) const {
    if (c.fields.empty()) return "all text";
    return fmt::format("the {} {}", describe(c.fields), c.fields.members().size() == 1 ? "field" : "fields");
  }

  // Runs `body` inside the line's role, and puts the result in the role's field.
  template <typename Body>
  ast::Node in_role(const ast::Line& line, Context c, Body body) {
    const bool applies = line.role && line.role->field && target_.fields.contains(*line.role->field);
    if (!applies) return body(c);
    c.role = true;
    c.fields = FieldSet{*line.role->field};
    auto inner = body(c);
    const Span span = inner.span;
    return ast::field_scope(span, FieldSet{*line.role->field}, std::move(inner));
  }

  bool over_budget(const Context& c) {
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

  // Rewrites `n` where it stands. Each handler gets the node as written, to quote it in a
  // message before it rewrites it.
  void node(ast::Node& n, Context c) {
    if (!target_.history && over_budget(c)) return;
    ++c.depth;
    std::visit(overloaded{
                   [&](ast::Term& t) {
                     // a word the database takes as it is stays where it is
                     if (rewrites(t.text)) t.text = term(n.span, std::move(t.text), c);
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
  ast::Node lowered(const ast::Node& n, const Context& c) {
    ast::Node out = n;
    node(out, c);
    return out;
  }

  // Whether the database may not take `word` as it is: it has wildcards, and the database does
  // not take them anywhere. The database's truncation is asked first, as it is cheaper.
  bool rewrites(std::string_view word) const {
    return target_.truncation != Truncation::anywhere && has_wildcards(word);
  }

  // The word as the database searches it.
  std::string term(Span span, std::string text, const Context& c) {
    if (!rewrites(text)) return text;
    auto letters = text;
    // A database whose `?` stands for a letter inside or at the end of a word (Ovid's `#`) takes
    // it there like a letter, but not opening a word.
    if (target_.single_wildcard && text.front() != '?') std::replace(letters.begin(), letters.end(), '?', 'a');
    const auto shape = wildcards(letters);
    if (shape == Wildcards::none) return text;
    if (target_.truncation == Truncation::none && shape == Wildcards::word_end) {
      auto word = strip_wildcards(text);
      approximate(DiagCode::W108, span,
                  fmt::format("{} has no truncation: `{}` is searched as `{}`, with the word forms {} adds "
                              "itself (plurals, spellings); other endings are not searched",
                              target_.name, text, word, target_.name),
                  Effect::different, c, {replace_note() + " with the endings written out"});
      return word;
    }
    if (!c.phrase_chain && shape == Wildcards::word_end &&
        count_code_points(std::string_view(text).substr(0, text.find('*'))) < target_.min_stem) {
      if (auto* d = report_.error(
              DiagCode::E204, span,
              fmt::format("{} needs {} characters before `*`: `{}` has fewer", target_.name, target_.min_stem, text))) {
        d->notes.push_back(
            fmt::format("write out the words it should find in a replacement line in the block "
                        "`database {} {{ ... }}`",
                        target_.id));
      }
      return text;
    }
    if (target_.truncation == Truncation::word_end && shape == Wildcards::word_end) return text;
    // The stem `*` may follow where the word is cut short: the database's own minimum, or in a
    // phrase, where the neighbours hold it in place, the language's.
    const auto needed = c.phrase_chain ? min_wildcard_stem : std::max(min_wildcard_stem, target_.min_stem);
    if (target_.truncation == Truncation::word_end && shape == Wildcards::inner) {
      const auto stem = std::string_view(text).substr(0, wildcard_marks.find_in(letters));
      if (count_code_points(stem) >= needed) {
        auto cut = fmt::format("{}*", stem);
        approximate(
            DiagCode::W108, span,
            fmt::format("{} truncates only at the end of a word: `{}` is searched as `{}`", target_.name, text, cut),
            Effect::broader, c);
        return cut;
      }
    }
    if (auto* d = report_.error(DiagCode::E204, span,
                                fmt::format("{} cannot search `{}`: {}", target_.name, text,
                                            target_.truncation == Truncation::none
                                                ? "it has no wildcards"
                                                : fmt::format("it truncates only at the end of a word, after at "
                                                              "least {} characters",
                                                              needed)))) {
      d->notes.push_back(
          fmt::format("write out the words it should find, as in `(woman OR women)`, in a "
                      "replacement line in the block `database {} {{ ... }}`",
                      target_.id));
    }
    return text;
  }

  // Phrases from word sequences, with wildcards as the database allows. `source` is the
  // construct as written, for messages.
  ast::Node phrases(Span span, const Sequences& alternatives, const ast::Node& source, const Context& c) {
    const bool wild = any_wildcards(alternatives);
    const auto build = [&](bool strip) {
      ast::Nodes out;
      for (const auto& words : alternatives) {
        std::vector<std::string> kept;
        for (const auto& w : words) kept.push_back(strip ? strip_wildcards(w) : w);
        out.push_back(make(span, ast::Phrase{fmt::format("{}", fmt::join(kept, " "))}));
      }
      return make_bool(span, ast::BoolOp::or_, std::move(out));
    };
    if (!wild) return build(false);
    if (target_.phrase_wildcards) return phrase_words_checked(span, alternatives, c);
    // Written as words outside quotation marks below, a word may not hold the database's marks.
    for (const auto& words : alternatives) {
      for (const auto& w : words) {
        const auto mark = syntax_marks.find_in(w);
        if (mark == std::string::npos) continue;
        if (auto* d = report_.error(DiagCode::E204, span,
                                    fmt::format("{} cannot truncate inside a phrase, and `{}` cannot be searched as a "
                                                "word of its own: `{}` is part of the database's syntax",
                                                target_.name, w, w[mark]))) {
          d->notes.emplace_back("remove the mark from the phrase, or the truncation");
        }
        return build(false);
      }
    }
    if (target_.proximity) {
      const auto chain = [&](const std::vector<std::string>& words) {
        ast::Nodes terms;
        terms.reserve(words.size());
        const auto inner = in_phrase(c, words.size());
        for (const auto& w : words) terms.push_back(make(span, ast::Term{term(span, w, inner)}));
        return terms.size() == 1 ? std::move(terms.front()) : make(span, ast::Near{1, true, std::move(terms)});
      };
      // one phrase, as most are, is its chain, without an OR of one to hold it
      if (alternatives.size() == 1) return chain(alternatives.front());
      ast::Nodes chains;
      chains.reserve(alternatives.size());
      for (const auto& words : alternatives) chains.push_back(chain(words));
      return make_bool(span, ast::BoolOp::or_, std::move(chains));
    }
    if (target_.truncation == Truncation::none) {
      auto out = build(true);
      approximate(DiagCode::W108, span,
                  fmt::format("{} has no truncation: `{}` is searched as `{}`, with the word forms {} adds itself; "
                              "other endings are not searched",
                              target_.name, format_expression(source), format_expression(out), target_.name),
                  Effect::different, c, {replace_note() + " with the endings written out"});
      return out;
    }
    ast::Nodes ands;
    ands.reserve(alternatives.size());
    for (const auto& words : alternatives) {
      ast::Nodes terms;
      terms.reserve(words.size());
      for (const auto& w : words) terms.push_back(make(span, ast::Term{term(span, w, c)}));
      ands.push_back(make_bool(span, ast::BoolOp::and_, std::move(terms)));
    }
    auto out = make_bool(span, ast::BoolOp::or_, std::move(ands));
    approximate(DiagCode::W107, span,
                fmt::format("{} cannot truncate inside a phrase: `{}` is searched as `{}` within {}", target_.name,
                            format_expression(source), format_expression(out), where(c)),
                Effect::broader, c);
    return out;
  }

  // The context of the words of a phrase of `words` words, kept together as a phrase.
  static Context in_phrase(const Context& c, std::size_t words) {
    Context inner = c;
    inner.phrase_chain = c.phrase_chain || words > 1;
    return inner;
  }

  // Phrases for a database that truncates inside them: each word follows the word rules.
  ast::Node phrase_words_checked(Span span, const Sequences& alternatives, const Context& c) {
    ast::Nodes out;
    for (const auto& words : alternatives) {
      std::vector<std::string> kept;
      const auto inner = in_phrase(c, words.size());
      for (const auto& w : words) kept.push_back(term(span, w, inner));
      out.push_back(make(span, ast::Phrase{fmt::format("{}", fmt::join(kept, " "))}));
    }
    return make_bool(span, ast::BoolOp::or_, std::move(out));
  }

  void phrase(ast::Node& n, const std::string& text, const Context& c) {
    // Without wildcards every database writes the phrase as it is.
    if (!has_wildcards(text)) return;
    replace(n, phrases(n.span, words_of(text), n, c));
  }

  // A phrase as the one word sequence it stands for.
  static Sequences words_of(std::string_view phrase) {
    Sequences words(1);
    words.front().reserve(static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1);
    each_phrase_word(phrase, [&](std::string_view w) { words.front().emplace_back(w); });
    return words;
  }

  // The word sequences a NEXT chain stands for: `(a OR b) NEXT c` is "a c" or "b c".
  static std::optional<Sequences> sequences(const ast::Node& n) {
    return std::visit(overloaded{
                          [](const ast::Term& t) -> std::optional<Sequences> { return Sequences{{t.text}}; },
                          [](const ast::Phrase& p) -> std::optional<Sequences> { return words_of(p.text); },
                          [](const ast::Heading&) -> std::optional<Sequences> { return std::nullopt; },
                          [](const ast::Native&) -> std::optional<Sequences> { return std::nullopt; },
                          [](const ast::LineRef&) -> std::optional<Sequences> { return std::nullopt; },
                          [](const ast::Bool& b) -> std::optional<Sequences> {
                            if (b.op != ast::BoolOp::or_) return std::nullopt;
                            Sequences out;
                            for (const auto& o : b.operands) {
                              auto more = sequences(o);
                              if (!more || out.size() + more->size() > max_phrase_alternatives) return std::nullopt;
                              out.insert(out.end(), more->begin(), more->end());
                            }
                            return out;
                          },
                          [](const ast::Not&) -> std::optional<Sequences> { return std::nullopt; },
                          [](const ast::Near& x) -> std::optional<Sequences> {
                            if (!x.ordered || x.distance != 1) return std::nullopt;
                            Sequences out{{}};
                            for (const auto& o : x.operands) {
                              auto next = sequences(o);
                              if (!next || out.size() * next->size() > max_phrase_alternatives) return std::nullopt;
                              Sequences joined;
                              for (const auto& a : out) {
                                for (const auto& b : *next) {
                                  auto words = a;
                                  words.insert(words.end(), b.begin(), b.end());
                                  joined.push_back(std::move(words));
                                }
                              }
                              out = std::move(joined);
                            }
                            return out;
                          },
                          [](const ast::Fielded&) -> std::optional<Sequences> { return std::nullopt; },
                      },
                      n.kind);
  }

  void proximity(ast::Node& n, ast::Near& near, const Context& c) {
    const bool here = target_.proximity_fields.empty() ||
                      (!c.fields.empty() && c.fields.subset_of(target_.proximity_fields) && words_only(near));
    const bool as_phrase = near.ordered && near.distance == 1 && !target_.next_operator;
    if (target_.proximity && here && !as_phrase) {
      Context inner = c;
      inner.phrase_chain = near.ordered && near.distance == 1;
      for (auto& o : near.operands) node(o, inner);
      return;
    }
    if (auto alternatives = sequences(n); alternatives && (!target_.proximity || as_phrase)) {
      const bool wild = any_wildcards(*alternatives);
      // A phrase says exactly what NEXT says, unless the words are truncated and the database
      // cannot truncate inside a phrase; then AND below is the wider search.
      if (!wild || target_.phrase_wildcards || target_.truncation == Truncation::none) {
        replace(n, phrases(n.span, *alternatives, n, c));
        return;
      }
    }
    const auto source = format_expression(n);
    Context apart = c;  // the words are searched apart, each on its own
    apart.phrase_chain = false;
    for (auto& o : near.operands) node(o, apart);
    auto out = make_bool(n.span, ast::BoolOp::and_, std::move(near.operands));
    const auto why = !target_.proximity ? fmt::format("{} has no proximity operator", target_.name)
                                        : fmt::format("{} searches words near each other only between words, in {}",
                                                      target_.name, describe(target_.proximity_fields));
    approximate(DiagCode::W107, n.span,
                fmt::format("{}: `{}` is searched as `{}` within {}", why, source, format_expression(out), where(c)),
                Effect::broader, c);
    replace(n, std::move(out));
  }

  // Words, phrases and OR-groups of them: what a proximity search limited to some fields (PubMed's
  // "a b"[tiab:~N]) can hold.
  static bool words_only(const ast::Near& near) {
    return std::all_of(near.operands.begin(), near.operands.end(),
                       [](const ast::Node& o) { return sequences(o).has_value(); });
  }

  void heading(ast::Node& n, ast::Heading& h, const Context& c) {
    const Span span = n.span;
    const auto& vocabulary = mesh::Vocabulary::bundled();
    const auto match = h.descriptor ? std::optional(vocabulary.at(*h.descriptor)) : std::nullopt;
    const bool expand = ast::expands_headings(strategy_.database(target_.id));
    const mesh::Heading* entry_terms = expand && match ? &*match : nullptr;
    const bool as_words = !target_.mesh || (h.label.empty() && !target_.mesh_qualifiers);
    const bool expanded = !as_words && expand && !h.label.empty();
    const bool unqualified = !h.qualifiers.empty() && !target_.mesh_qualifiers;
    // The messages quote the heading as written, before the name replaces it.
    const auto written = as_words || expanded || unqualified ? format_expression(n) : std::string();
    // An entry term (reported by resolve, W006) or another case is written as the heading's name.
    if (match && h.label != match->name()) h.label = match->name();
    if (as_words) {
      auto out = free_text(span, h, entry_terms);
      const auto lost = h.label.empty() ? std::string("records with the qualifier whose text lacks these words")
                        : h.explode     ? std::string(
                                              "records indexed with the heading or a narrower one whose text "
                                                  "lacks these words")
                                    : std::string("records indexed with the heading whose text lacks these words");
      approximate(
          DiagCode::W106, span,
          fmt::format("{} {}: `{}` is searched as the words `{}` in {}; {} are missed, and records using "
                      "the words in another sense are found",
                      target_.name, target_.mesh ? "has no floating qualifiers" : "has no MeSH", written,
                      format_expression(out), where(c), lost),
          Effect::different, c,
          {expand || h.label.empty()
               ? replace_note() + " that lists more synonyms as free text"
               : fmt::format("write `expand headings` in a `database {} {{ ... }}` block to search the "
                             "heading's entry terms too, or a replacement line that lists synonyms as free text",
                             target_.id)});
      replace(n, std::move(out));
      return;
    }
    if (expanded) {
      ast::Nodes either;
      either.push_back(make(span, h));
      auto words = free_text(span, h, entry_terms);
      for (auto& w : ast::joined_by(words, ast::BoolOp::or_)) either.push_back(w);
      auto out = make(span, ast::Bool{ast::BoolOp::or_, std::move(either)});
      approximate(DiagCode::W115, span,
                  fmt::format("`expand headings`: `{}` is searched as `{}`, the heading or its name and entry terms in "
                              "all text",
                              written, format_expression(out)),
                  Effect::broader, c);
      auto& heading = std::get<ast::Heading>(std::get<ast::Bool>(out.kind).operands.front().kind);
      restrict_heading(heading, span, written, c);
      replace(n, std::move(out));
      return;
    }
    restrict_heading(h, span, written, c);
  }

  // The heading's words as phrases, ORed.
  ast::Node free_text(Span span, const ast::Heading& h, const mesh::Heading* entry_terms) const {
    ast::Nodes words;
    for (const auto& w : heading_words(h, entry_terms)) words.push_back(make(span, ast::Phrase{w}));
    return make_bool(span, ast::BoolOp::or_, std::move(words));
  }

  // Qualifiers and the major-topic mark, where the database cannot restrict a heading to them.
  // `written` is the heading as written, for the message.
  void restrict_heading(ast::Heading& h, Span span, std::string_view written, const Context& c) {
    if (!h.qualifiers.empty() && !target_.mesh_qualifiers) {
      approximate(DiagCode::W112, span,
                  fmt::format("{} cannot restrict a heading to qualifiers: `{}` is searched with any qualifier",
                              target_.name, written),
                  Effect::broader, c);
      h.qualifiers.clear();
    }
    if (h.major && !target_.mesh_major) {
      approximate(DiagCode::W103, span,
                  fmt::format("{} cannot restrict a heading to major topic: `{}` is searched as an ordinary heading",
                              target_.name, h.label),
                  Effect::broader, c, {"screen for major-topic records by hand if that matters"});
      h.major = false;
    }
  }

  // Without a search history, the line referred to is written out in its place.
  void reference(ast::Node& n, const ast::LineRef& ref, const Context& c) {
    if (target_.history || ref.index < 0) return;
    const auto& line = strategy_.lines[static_cast<std::size_t>(ref.index)];
    for (const auto& limit : line.limits) inner_limit(limit, line, c);
    replace(n, in_role(line, c, [&](Context inner) { return lowered(line.query, inner); }));
  }

  void boolean(ast::Node& n, ast::Bool& b, Context c) {
    if (b.op == ast::BoolOp::or_) c.conjunctive = false;
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

  void negation(ast::Node& n, ast::Not& x, const Context& c) {
    const Span span = n.span;
    if (!target_.not_operator) {
      const auto& dropped = x.operands[1];
      auto what = fmt::format(
          "{} documents no NOT operator: `{}` is searched without `NOT {}`", target_.name, format_expression(n),
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
  ast::Node written_out(const ast::Node& n, std::size_t depth) const {
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

  static bool role_scope(FieldSet fields) {
    return !fields.empty() && fields.subset_of(FieldSet{Field::condition, Field::intervention});
  }

  // The scope's body lowered in its place, then put where the scope was.
  void unscoped(ast::Node& n, ast::Fielded& f, const Context& c) {
    node(f.body.front(), c);
    replace(n, std::move(f.body.front()));
  }

  void fielded(ast::Node& n, ast::Fielded& f, Context c) {
    const Span span = n.span;
    // Inside a line with a role, the role says where its words are searched.
    if (c.role && !role_scope(f.fields)) {
      approximate(DiagCode::W113, span,
                  fmt::format("{} searches `{}` in {}, as the line's role says, instead of in {}", target_.name,
                              format_expression(n), where(c),
                              f.fields.contains(Field::all_text) ? "all text" : describe(f.fields)),
                  Effect::different, c);
      unscoped(n, f, c);
      return;
    }
    FieldSet fields = f.fields;
    for (const auto& [field, group] : target_.field_groups) {
      if (!fields.contains(field) || group.subset_of(fields)) continue;
      FieldSet added;
      for (const auto g : group.members()) {
        if (!fields.contains(g)) added.insert(g);
      }
      approximate(
          DiagCode::W101, span,
          fmt::format("{} searches the {} field only with the {} field: `{}` is searched in {} too", target_.name,
                      field_description(field), describe(added), format_expression(n), describe(added)),
          Effect::broader, c);
      for (const auto g : group.members()) fields.insert(g);
    }
    if (!fields.subset_of(target_.fields)) {
      const auto source = format_expression(n);
      FieldSet missing;
      for (const auto field : fields.members()) {
        if (!target_.fields.contains(field)) missing.insert(field);
      }
      approximate(
          DiagCode::W101, span,
          fmt::format("{} has no {} field: `{}` is searched in all text", target_.name, describe(missing), source),
          Effect::broader, c, {replace_note()});
      fields = FieldSet{Field::all_text};
    }
    if (fields.contains(Field::all_text)) {
      c.fields = {};
      unscoped(n, f, c);
      return;
    }
    if (auto split = proximity_split(span, f, fields, c)) {
      replace(n, std::move(*split));
      return;
    }
    c.fields = fields;
    node(f.body.front(), c);
    // The scope as written, with the fields it now has, written by their names.
    f.names.clear();
    f.fields = fields;
    const auto members = fields.members();
    if (target_.multi_field_scopes || members.size() == 1) return;
    ast::Nodes each;
    for (const auto field : members) {
      each.push_back(ast::field_scope(span, FieldSet{field}, ast::Node(f.body.front())));
    }
    replace(n, make(span, ast::Bool{ast::BoolOp::or_, std::move(each)}));
  }

  // A proximity search other than NEXT, which is a phrase wherever a database has phrases.
  static bool has_near(const ast::Node& n) {
    return ast::any_node(n, [](const ast::Node& x) {
      const auto* near = std::get_if<ast::Near>(&x.kind);
      return near != nullptr && !(near->ordered && near->distance == 1);
    });
  }

  // A scope over fields where proximity works and fields where it does not (PubMed: `[ti,ab,kw]`)
  // keeps NEAR where it works. The other fields are searched with AND, which finds more, or,
  // after NOT, left out, which there finds more too.
  std::optional<ast::Node> proximity_split(Span span, ast::Fielded& f, FieldSet fields, const Context& c) {
    if (target_.proximity_fields.empty() || fields.subset_of(target_.proximity_fields) || !has_near(f.body.front())) {
      return std::nullopt;
    }
    FieldSet near_fields;
    FieldSet rest;
    for (const auto field : fields.members())
      (target_.proximity_fields.contains(field) ? near_fields : rest).insert(field);
    if (near_fields.empty()) return std::nullopt;
    Context with_near = c;
    with_near.fields = near_fields;
    auto kept = ast::field_scope(span, near_fields, lowered(f.body.front(), with_near));
    if (c.negative) {
      approximate(DiagCode::W114, span,
                  fmt::format("{} searches words near each other only in {}: `{}` is not searched in {}", target_.name,
                              describe(target_.proximity_fields), format_expression(f.body.front()), describe(rest)),
                  Effect::narrower, c);
      return kept;
    }
    Context without = c;
    without.fields = rest;
    node(f.body.front(), without);
    auto other = ast::field_scope(span, rest, std::move(f.body.front()));
    ast::Nodes both;
    both.push_back(std::move(kept));
    both.push_back(std::move(other));
    return make(span, ast::Bool{ast::BoolOp::or_, std::move(both)});
  }

  // A limit on a line written out inside the search: exact on the whole search when the line is
  // reached through AND alone (B AND (C within L) is (B AND C) within L), lost otherwise.
  void inner_limit(const ast::Limit& limit, const ast::Line& line, const Context& c) {
    const bool taken =
        std::any_of(hoisted_.begin(), hoisted_.end(), [&](const ast::Limit& l) { return l.kind == limit.kind; });
    if (c.conjunctive && !taken) {
      hoisted_.push_back(limit);
      return;
    }
    approximate(DiagCode::W105, limit.span,
                fmt::format("{} has no search history, so the limit of the line `{}` cannot apply to that line "
                            "alone: it is left out",
                            target_.name, line.name),
                Effect::broader, c);
  }

  static bool restricts_nothing(const ast::Limit& limit) {
    return limit.kind == ast::LimitKind::status && limit.value == "all";
  }

  std::vector<ast::Limit> limits(const std::vector<ast::Limit>& in, bool negative) {
    Context c;
    c.negative = negative;
    std::vector<ast::Limit> out;
    for (auto limit : in) {
      const auto support = std::find_if(target_.limits.begin(), target_.limits.end(),
                                        [&](const LimitSupport& l) { return l.kind == limit.kind; });
      if (support == target_.limits.end()) {
        if (restricts_nothing(limit)) continue;
        approximate(DiagCode::W105, limit.span,
                    fmt::format("{} has no `{}` limit: `{}` is left out", target_.name, limit_name(limit.kind),
                                format_limit(limit)),
                    Effect::broader, c);
        continue;
      }
      const bool open = limit.value.empty() && (!limit.from || !limit.to);
      const auto ranges = support->open_ranges.value_or(target_.open_ranges);
      const bool writable = ranges == OpenRanges::any || (ranges == OpenRanges::to_present && limit.from.has_value());
      if (open && !writable) {
        if (auto* d = report_.error(
                DiagCode::E201, limit.span,
                fmt::format("{} needs {} of the `{}` range", target_.name,
                            ranges == OpenRanges::none ? "both ends" : "the start", limit_name(limit.kind)))) {
          d->notes.emplace_back("write the range as `2014 to 2021`");
        }
        continue;
      }
      if (support->runs_as != ast::LimitKind::unknown) {
        const auto written = format_limit(limit);
        // Another kind of date selects other records, wider or not, so rounding its range to
        // the database's precision is part of this one change rather than a widening.
        for (auto* date : {&limit.from, &limit.to}) {
          if (*date) round(**date, support->precision);
        }
        approximate(DiagCode::W110, limit.span,
                    fmt::format("{} has no `{}` limit: `{}` is run as a `{}` limit over {}, which selects records "
                                "by another date",
                                target_.name, limit_name(limit.kind), written, limit_name(support->runs_as),
                                describe_range(limit)),
                    Effect::different, c);
        limit.kind = support->runs_as;
      }
      for (auto* date : {&limit.from, &limit.to}) {
        if (*date) widen(**date, support->precision, limit.span, c);
      }
      out.push_back(std::move(limit));
    }
    return out;
  }

  static bool finer(const ast::Date& date, DatePrecision precision) {
    return (precision == DatePrecision::year && date.month != 0) ||
           (precision == DatePrecision::month && date.day != 0);
  }

  static void round(ast::Date& date, DatePrecision precision) {
    date.day = 0;
    if (precision == DatePrecision::year) date.month = 0;
  }

  // Drops what is finer than the database's precision, and says so.
  void widen(ast::Date& date, DatePrecision precision, Span span, const Context& c) {
    if (!finer(date, precision)) return;
    const std::string_view unit = precision == DatePrecision::year ? "year" : "month";
    approximate(
        DiagCode::W104, span,
        fmt::format("{} limits by {}: {} is widened to the whole {}", target_.name, unit, ast::format_date(date), unit),
        Effect::broader, c, {fmt::format("the search may find records from the rest of that {}", unit)});
    round(date, precision);
  }

  const ast::Strategy& strategy_;
  const Capabilities& target_;
  Approximations& report_;
  std::vector<ast::Limit> hoisted_;
  Span root_span_;
  std::size_t nodes_ = 0;
  bool failed_ = false;
};

}  // namespace

ast::Strategy lower(ast::Strategy out, const Capabilities& target, Approximations& report) {
  std::vector<const ast::Search*> searches;
  if (const auto* db = out.database(target.id)) {
    for (const auto& entry : db->entries) {
      if (const auto* o = std::get_if<ast::Override>(&entry.kind)) {
        const auto it = std::find_if(out.lines.begin(), out.lines.end(),
                                     [&](const ast::Line& l) { return l.name == o->line.name; });
        if (it != out.lines.end()) *it = o->line;
      } else if (const auto* s = std::get_if<ast::Search>(&entry.kind)) {
        searches.push_back(s);
      }
    }
  }
  Lowering lowering(out, target, report);
  if (target.history) {
    const Polarity polarity(out);
    for (std::size_t i = 0; i < out.lines.size(); ++i) lowering.rewrite_line(out.lines[i], polarity.negative(i));
    return out;
  }
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
