// Phrases, NEXT and NEAR: a NEXT chain as phrases where the database has no operator for it,
// proximity as AND where it has none or only in some fields, and wildcards inside phrases as the
// database allows them.
#include "compiler/lower_context.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "base/text.hpp"
#include "base/visit.hpp"
#include "compiler/format.hpp"

namespace searchc::lowering {
namespace {

// `(a OR b) NEXT (c OR d)` becomes four phrases; past this many the search uses AND instead.
constexpr std::size_t max_phrase_alternatives = 32;

// Whether a word of any of the sequences holds a wildcard.
bool any_wildcards(const Sequences& alternatives) {
  return std::any_of(alternatives.begin(), alternatives.end(), [](const auto& words) {
    return std::any_of(words.begin(), words.end(), [](const auto& w) { return has_wildcards(w); });
  });
}

// The sequences with each word's final `*` taken off, its stem: nullopt where a word holds
// another wildcard, or is no more than one.
std::optional<Sequences> stems(Sequences alternatives) {
  for (auto& words : alternatives) {
    for (auto& w : words) {
      while (w.ends_with('*')) w.pop_back();
      if (w.empty() || has_wildcards(w)) return std::nullopt;
    }
  }
  return alternatives;
}

// The context of the words of a phrase of `words` words, kept together as a phrase.
Context in_phrase(const Context& c, std::size_t words) {
  Context inner = c;
  inner.phrase_chain = c.phrase_chain || words > 1;
  return inner;
}

// A phrase as the one word sequence it stands for.
Sequences words_of(std::string_view phrase) {
  Sequences words(1);
  words.front().reserve(static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1);
  each_phrase_word(phrase, [&](std::string_view w) { words.front().emplace_back(w); });
  return words;
}

// Words next to each other in the order written (`a NEXT b NEXT c`); a lone word as itself.
ast::Node next_chain(Span span, ast::Nodes terms) {
  return terms.size() == 1 ? std::move(terms.front()) : make(span, ast::Near{1, true, std::move(terms)});
}

std::optional<Sequences> sequences(const ast::Node& n);

// The word sequences of NEAR's operands in the order written, next to each other: `(a OR b)
// NEAR/3 c` is "a c" or "b c"; nullopt where an operand is no word sequence or there would be
// more than `max_phrase_alternatives`.
std::optional<Sequences> in_order(const ast::Near& near) {
  Sequences out{{}};
  for (const auto& o : near.operands) {
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
}

// The word sequences a NEXT chain stands for: `(a OR b) NEXT c` is "a c" or "b c".
std::optional<Sequences> sequences(const ast::Node& n) {
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
                          return in_order(x);
                        },
                        [](const ast::Fielded&) -> std::optional<Sequences> { return std::nullopt; },
                    },
                    n.kind);
}

// Why NEAR cannot be one of the proximity searches of a database that has them in some fields
// only (PubMed's `"a b c"[tiab:~N]`), or empty when it can. Such a search holds "two or more
// words enclosed in double quotes" in any order (NLM Technical Bulletin 2022 Nov-Dec, e4): a
// phrase among them would lose its order and adjacency, and truncation is not run inside one
// (docs/databases.md, "PubMed"). OR-groups of words are written as one search per combination,
// at most `max_phrase_alternatives` of them.
std::string proximity_obstacle(const ast::Near& near) {
  std::size_t combinations = 1;
  for (const auto& o : near.operands) {
    const auto words = sequences(o);
    if (!words) return "takes words and OR-groups of words only";
    for (const auto& sequence : *words) {
      if (sequence.size() > 1) {
        return fmt::format("takes single words only, so the phrase `{}` would lose its order",
                           fmt::join(sequence, " "));
      }
      if (has_wildcards(sequence.front())) {
        return fmt::format("runs no truncation, so `{}` cannot stand in it", sequence.front());
      }
    }
    combinations *= words->size();
    if (combinations > max_phrase_alternatives) {
      return fmt::format("would need more than {} searches, one for each combination of the words",
                         max_phrase_alternatives);
    }
  }
  return {};
}

// Whether `n` is what a NEAR of a database with `ProximityOperands::or_groups` may hold: a word,
// a phrase, a heading (searched as words where such a database has none), native text, an
// OR-group of these, or another NEAR.
bool or_group_operand(const ast::Node& n) {
  return std::visit(
      overloaded{
          [](const ast::Term&) { return true; },
          [](const ast::Phrase&) { return true; },
          [](const ast::Heading&) { return true; },
          [](const ast::Native&) { return true; },
          [](const ast::LineRef&) { return false; },
          [](const ast::Bool& b) {
            return b.op == ast::BoolOp::or_ && std::all_of(b.operands.begin(), b.operands.end(), or_group_operand);
          },
          [](const ast::Not&) { return false; },
          [](const ast::Near& x) { return std::all_of(x.operands.begin(), x.operands.end(), or_group_operand); },
          [](const ast::Fielded&) { return false; },
      },
      n.kind);
}

// Why `near` cannot be written as proximity searches of words and phrases alone
// (`ProximityOperands::words`), or empty when it can.
std::string words_obstacle(const ast::Near& near) {
  std::size_t combinations = 1;
  for (const auto& o : near.operands) {
    const auto words = sequences(o);
    if (!words) return "takes only words, phrases and OR-groups of them";
    for (const auto& sequence : *words) {
      if (sequence.size() > 1 &&
          std::any_of(sequence.begin(), sequence.end(), [](const auto& w) { return has_wildcards(w); })) {
        return fmt::format("runs no truncation inside the phrase `{}`", fmt::join(sequence, " "));
      }
    }
    combinations *= words->size();
    if (combinations > max_phrase_alternatives) {
      return fmt::format("would need more than {} searches, one for each combination of the words",
                         max_phrase_alternatives);
    }
  }
  return {};
}

}  // namespace

// Phrases from word sequences, with wildcards as the database allows. `source` is the
// construct as written, for messages.
ast::Node Lowering::phrases(Span span, const Sequences& alternatives, const ast::Node& source, const Context& c) {
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
      return next_chain(span, std::move(terms));
    };
    // one phrase, as most are, is its chain, without an OR of one to hold it
    if (alternatives.size() == 1) return chain(alternatives.front());
    ast::Nodes chains;
    chains.reserve(alternatives.size());
    for (const auto& words : alternatives) chains.push_back(chain(words));
    return make_bool(span, ast::BoolOp::or_, std::move(chains));
  }
  if (target_.truncation == Truncation::none) {
    // A word with a wildcard before its end (`isch*mic`, `wom?n`) has no stem to search: it is
    // written as the words it stands for, the phrase once for each (W180), as it would be alone.
    if (const auto inner = spelled_inside(span, alternatives, source, c)) {
      return inner->empty() ? build(false) : phrases(span, *inner, source, c);  // empty: refused
    }
    // A word truncated at its end is searched as its stem, with the forms the database adds.
    auto out = build(true);
    // Narrower: the word forms the database adds are among the endings `*` stands for
    // (Approximations::report_inherent, as for a word alone in lower_truncation.cpp).
    report_.report_inherent(
        DiagCode::W108, span,
        fmt::format("{} has no truncation: `{}` is searched as `{}`{}; other endings are not "
                    "searched",
                    target_.name, format_expression(source), format_expression(out), own_word_forms()),
        Effect::narrower, c.negative, {replace_note() + " with the endings written out"});
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

// `alternatives` with each word that has a wildcard before its end written as the words it
// stands for (words_for), a sequence for each: none where no word has such a wildcard. Where a
// word stands for no word the lists know, or the sequences would pass max_phrase_alternatives,
// the phrase is refused (E204) and none are given.
std::optional<Sequences> Lowering::spelled_inside(Span span, const Sequences& alternatives, const ast::Node& source,
                                                  const Context& c) {
  const auto inner = [](const std::string& w) { return has_wildcards(w) && !truncated_at_end(w); };
  if (std::none_of(alternatives.begin(), alternatives.end(),
                   [&](const auto& words) { return std::any_of(words.begin(), words.end(), inner); })) {
    return std::nullopt;
  }
  const auto refuse = [&](std::string why) {
    if (auto* d = report_.error(DiagCode::E204, span,
                                fmt::format("{} has no truncation, and `{}` cannot be written out as phrases: {}",
                                            target_.name, format_expression(source), why))) {
      d->notes.push_back(
          fmt::format("write the phrases it should find in a replacement line in the block "
                      "`database {} {{ ... }}`",
                      target_.id));
    }
    return Sequences{};
  };
  std::vector<std::pair<std::string, WordsFor>> found;
  Sequences out;
  for (const auto& words : alternatives) {
    Sequences partial{{}};
    for (const auto& w : words) {
      std::vector<std::string> forms{w};
      if (inner(w)) {
        if (w.front() == '*' || w.front() == '?')
          return refuse(fmt::format("`{}` has no beginning to look words up by", w));
        auto f = words_for(w);
        if (!f) return refuse(fmt::format("`{}` stands for no word of {} or the English word list", w, mesh::release));
        forms = f->words;
        found.emplace_back(w, std::move(*f));
      }
      Sequences next;
      for (const auto& p : partial) {
        for (const auto& form : forms) {
          next.push_back(p);
          next.back().push_back(form);
        }
      }
      partial = std::move(next);
      if (out.size() + partial.size() > max_phrase_alternatives) {
        return refuse(fmt::format("its words stand for more than {} phrases", max_phrase_alternatives));
      }
    }
    out.insert(out.end(), partial.begin(), partial.end());
  }
  for (const auto& [w, f] : found) report_words_for(span, w, f, c);
  return out;
}

// Phrases for a database that truncates inside them: each word follows the word rules.
ast::Node Lowering::phrase_words_checked(Span span, const Sequences& alternatives, const Context& c) {
  ast::Nodes out;
  for (const auto& words : alternatives) {
    std::vector<std::string> kept;
    const auto inner = in_phrase(c, words.size());
    for (const auto& w : words) kept.push_back(term(span, w, inner));
    out.push_back(make(span, ast::Phrase{fmt::format("{}", fmt::join(kept, " "))}));
  }
  return make_bool(span, ast::BoolOp::or_, std::move(out));
}

void Lowering::phrase(ast::Node& n, const std::string& text, const Context& c) {
  // Without wildcards every database writes the phrase as it is.
  if (!has_wildcards(text)) return;
  // A database that runs NEXT but no wildcards inside quotation marks searches the phrase as its
  // words next to each other: what `phrases` makes of the phrase's one word sequence, built
  // straight from its words. A word holding one of the database's marks is refused there.
  if (!target_.phrase_wildcards && target_.proximity && syntax_marks.find_in(text) == std::string::npos) {
    std::size_t count = 0;
    each_phrase_word(text, [&](std::string_view) { ++count; });
    const auto inner = in_phrase(c, count);
    ast::Nodes terms;
    terms.reserve(count);
    each_phrase_word(text, [&](std::string_view w) {
      terms.push_back(make(n.span, ast::Term{term(n.span, std::string(w), inner)}));
    });
    replace(n, next_chain(n.span, std::move(terms)));
    return;
  }
  replace(n, phrases(n.span, words_of(text), n, c));
}

void Lowering::proximity(ast::Node& n, ast::Near& near, const Context& c) {
  const bool in_fields = !c.fields.empty() && c.fields.subset_of(target_.proximity_fields);
  const auto obstacle = target_.proximity_fields.empty() || !in_fields ? std::string() : proximity_obstacle(near);
  using Operands = Capabilities::ProximityOperands;
  const auto operands_obstacle = target_.proximity_operands == Operands::words ? words_obstacle(near)
                                 : target_.proximity_operands == Operands::or_groups && !or_group_operand(n)
                                     ? std::string(
                                           "takes only words, phrases and OR-groups of them, not AND, NOT, a "
                                           "field or a line reference")
                                     : std::string();
  const bool operands_fit = operands_obstacle.empty();
  const bool here = (target_.proximity_fields.empty() || (in_fields && obstacle.empty())) && operands_fit;
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
  const auto why = !target_.proximity  ? fmt::format("{} has no proximity operator", target_.name)
                   : !obstacle.empty() ? fmt::format("{}'s proximity search {}", target_.name, obstacle)
                   : !operands_fit     ? fmt::format("{}'s proximity search {}", target_.name, operands_obstacle)
                                       : fmt::format("{} searches words near each other only between words, in {}",
                                                     target_.name, describe(target_.proximity_fields));
  // After NOT, where AND would remove more, a database with proximity in some fields only
  // searches the words next to each other in the order written, a phrase: it finds some of the
  // records NEAR finds, so the NOT removes fewer.
  if (c.negative && !target_.proximity_fields.empty()) {
    if (auto ordered = in_order(near)) {
      auto out = phrases(n.span, *ordered, n, c);
      approximate(DiagCode::W161, n.span,
                  fmt::format("{}: after NOT, `{}` is searched as `{}` within {}, the words next to each other in "
                              "the order written",
                              why, source, format_expression(out), where(c)),
                  Effect::narrower, c);
      replace(n, std::move(out));
      return;
    }
  }
  // After NOT, a database that truncates words but has neither proximity nor truncation inside a
  // phrase (LILACS) searches the words next to each other in the order written, each truncated
  // word as its stem, a phrase: `stem NEXT cell*` as "stem cell", which finds some of the records
  // NEAR or NEXT finds, so the NOT removes fewer.
  if (c.negative && !target_.proximity && !target_.phrase_wildcards && target_.truncation != Truncation::none) {
    auto ordered = in_order(near);
    const bool truncated = ordered && any_wildcards(*ordered);
    if (auto stemmed = ordered ? stems(std::move(*ordered)) : std::nullopt) {
      auto out = phrases(n.span, *stemmed, n, c);
      approximate(
          DiagCode::W161, n.span,
          fmt::format("{}: after NOT, `{}` is searched as `{}` within {}, the words next to each other in "
                      "the order written{}",
                      why, source, format_expression(out), where(c), truncated ? ", a truncated one as its stem" : ""),
          Effect::narrower, c);
      replace(n, std::move(out));
      return;
    }
  }
  Context apart = c;  // the words are searched apart, each on its own
  apart.phrase_chain = false;
  for (auto& o : near.operands) node(o, apart);
  auto out = make_bool(n.span, ast::BoolOp::and_, std::move(near.operands));
  approximate(DiagCode::W107, n.span,
              fmt::format("{}: `{}` is searched as `{}` within {}", why, source, format_expression(out), where(c)),
              Effect::broader, c);
  replace(n, std::move(out));
}

}  // namespace searchc::lowering
