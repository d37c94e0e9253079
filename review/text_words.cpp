// PRESS element 4, text words: British and American spellings, stems that stand for too many
// words, and searches that another one in the same OR already finds.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <set>

#include "base/text.hpp"
#include "base/visit.hpp"
#include "review/checks.hpp"

namespace searchc::review {
namespace {

// How British and American spellings differ, as a part of a word and its other spelling
// (`haem` in `haematology`, `hem`); `at_end` only at the end of a word, `after` only after so
// many letters (so that `four` is not `for`). Each pair is tried both ways; a variant counts
// only when MeSH or the English word list has it.
struct Spelling {
  std::string_view british;
  std::string_view american;
  bool at_end = false;
  std::size_t after = 0;
};

constexpr std::array spellings = {
    Spelling{"haem", "hem"},          Spelling{"anaem", "anem"},         Spelling{"paed", "ped"},
    Spelling{"oedem", "edem"},        Spelling{"oesophag", "esophag"},   Spelling{"oestr", "estr"},
    Spelling{"foet", "fet"},          Spelling{"leukaem", "leukem"},     Spelling{"aemia", "emia", true},
    Spelling{"our", "or", true, 3},   Spelling{"ours", "ors", true, 3},  Spelling{"isation", "ization"},
    Spelling{"ise", "ize", false, 2}, Spelling{"ised", "ized", true, 2}, Spelling{"ising", "izing", true, 2},
    Spelling{"yse", "yze", true, 2},  Spelling{"tre", "ter", true, 2},   Spelling{"tres", "ters", true, 2},
    Spelling{"ogue", "og", true, 3},
};

// The other spellings of `word` (lower case, no wildcard) that MeSH or the word list knows.
std::vector<std::string> variants(const std::string& word, const mesh::Vocabulary& vocabulary) {
  std::vector<std::string> out;
  const auto each_way = [&](std::string_view from, std::string_view to, const Spelling& s) {
    for (auto at = word.find(from); at != std::string::npos; at = word.find(from, at + 1)) {
      if (s.at_end && at + from.size() != word.size()) continue;
      if (at < s.after) continue;
      auto other = word.substr(0, at) + std::string(to) + word.substr(at + from.size());
      if (other != word && vocabulary.knows_word(other) && std::find(out.begin(), out.end(), other) == out.end()) {
        out.push_back(std::move(other));
      }
    }
  };
  for (const auto& s : spellings) {
    each_way(s.british, s.american, s);
    each_way(s.american, s.british, s);
  }
  return out;
}

// The words and phrases of a search, each with the node it is written in.
void each_text(const ast::Node& node, const std::function<void(const ast::Node&, std::string_view)>& each) {
  each_node(node, [&](const ast::Node& n) {
    if (const auto* t = std::get_if<ast::Term>(&n.kind)) each(n, t->text);
    if (const auto* p = std::get_if<ast::Phrase>(&n.kind)) each(n, p->text);
  });
}

void spelling_variants(const ast::Strategy& strategy, const std::vector<Concept>& concepts,
                       const mesh::Vocabulary& vocabulary, DiagnosticSink& sink) {
  std::set<const ast::Node*> reported;
  for (const auto& c : concepts) {
    std::set<std::string> asked;  // each variant once per concept
    for (const auto* a : c.alternatives) {
      each_text(*a, [&](const ast::Node& n, std::string_view text) {
        const auto words = words_of(text);
        for (std::size_t i = 0; i < words.size(); ++i) {
          if (has_wildcards(words[i])) continue;
          for (const auto& v : variants(words[i], vocabulary)) {
            auto other = words;
            other[i] = v;
            if (!asked.insert(fmt::format("{}", fmt::join(other, " "))).second) continue;
            if (std::any_of(c.alternatives.begin(), c.alternatives.end(),
                            [&](const ast::Node* x) { return finds(*x, other, strategy); })) {
              continue;
            }
            if (!reported.insert(&n).second) continue;
            auto& d = sink.report(DiagCode::R401, n.span,
                                  fmt::format("`{}` is also spelled `{}`, which {} does not search", words[i], v,
                                              c.name.empty() ? "the concept" : fmt::format("concept `{}`", c.name)));
            d.notes.push_back(fmt::format("add `{}` beside it, or a wildcard that finds both spellings", v));
          }
        }
      });
    }
  }
}

// Stems that stand for more words of MeSH and the word list than this are reported. Stems a
// strategy means (`transplant*`, `child*`, `random*`: a few dozen at most) are far below it;
// `rat*`, `cat*` and `auto*`, with well over a hundred, are above.
constexpr std::size_t many_words = 100;

void short_stems(const ast::Strategy& strategy, const mesh::Vocabulary& vocabulary, DiagnosticSink& sink) {
  std::set<std::string> reported;
  std::vector<std::string_view> some;
  for (const auto& [line, database] : reviewed_lines(strategy)) {
    each_node(line->query, [&](const ast::Node& n) {
      const auto* t = std::get_if<ast::Term>(&n.kind);
      if (t == nullptr || t->text.size() < 2 || t->text.back() != '*') return;
      const auto stem = lower(std::string_view(t->text).substr(0, t->text.size() - 1));
      if (has_wildcards(stem) || !reported.insert(stem).second) return;
      const auto count = vocabulary.words_with_prefix(
          stem, [](std::string_view) { return true; }, 8, some);
      if (count <= many_words) return;
      std::vector<std::string> named(some.begin(), some.end());
      auto& d = sink.report(DiagCode::R402, n.span,
                            fmt::format("`{}` stands for {} words of MeSH and the English word list, among them {}",
                                        t->text, count, listing(named, 8)));
      d.notes.push_back(
          "truncate later, or write the words the question needs, so that the search does not "
          "find records about something else");
    });
  }
}

// The text a search finds whole, when it is a word or a phrase.
std::optional<std::string_view> leaf_text(const ast::Node& node) {
  if (const auto* t = std::get_if<ast::Term>(&node.kind)) return t->text;
  if (const auto* p = std::get_if<ast::Phrase>(&node.kind)) return p->text;
  return std::nullopt;
}

void redundant(const ast::Strategy& strategy, DiagnosticSink& sink) {
  for (const auto& [line, database] : reviewed_lines(strategy)) {
    each_node(line->query, [&](const ast::Node& n) {
      const auto* b = std::get_if<ast::Bool>(&n.kind);
      if (b == nullptr || b->op != ast::BoolOp::or_) return;
      for (std::size_t i = 0; i < b->operands.size(); ++i) {
        const auto text = leaf_text(b->operands[i]);
        if (!text || has_wildcards(*text)) continue;
        const auto words = words_of(*text);
        for (std::size_t j = 0; j < b->operands.size(); ++j) {
          if (i == j || !leaf_text(b->operands[j])) continue;
          if (!finds(b->operands[j], words, strategy)) continue;
          // of two searches that find each other, the later one is the one to leave out
          const auto other = leaf_text(b->operands[j]);
          if (j > i && !has_wildcards(*other) && finds(b->operands[i], words_of(*other), strategy)) continue;
          auto& d = sink.report(
              DiagCode::R403, b->operands[i].span,
              fmt::format("`{}` finds nothing that `{}`, beside it in the same OR, does not find", *text, *other));
          d.notes.push_back(fmt::format("leave `{}` out: the search finds the same records without it", *text));
          break;
        }
      }
    });
  }
}

// The particles of phrasal compounds, written closed, hyphenated or spaced (`followup`,
// `follow-up`, `follow up`; `dropout`, `drop-out`). A closed word is split only before one of
// them: split anywhere the word list allows, words split into known parts that are no
// compounds (`pressure`: pres, sure; `ultrasound`: ultra, sound), which on the strategies of
// ../shared/corpora was most of what the check found (docs/review.md).
constexpr std::array particles = {std::string_view("up"), std::string_view("out")};

// The two words `word` is a phrasal compound of (`followup`: follow, up), where the first is a
// known word; none when there is no such split.
std::optional<std::pair<std::string, std::string>> split_compound(const std::string& word,
                                                                  const mesh::Vocabulary& vocabulary) {
  for (const auto particle : particles) {
    if (word.size() <= particle.size() + 2 || !word.ends_with(particle)) continue;
    auto first = word.substr(0, word.size() - particle.size());
    if (vocabulary.knows_word(first)) return std::pair{std::move(first), std::string(particle)};
  }
  return std::nullopt;
}

// Whether a word can be half of a compound the review closes up: three letters or more, or a
// particle; shorter ones close up into unrelated words (`ai chi`, `aichi`; `FE-CIT`, `fecit`).
bool part_of_compound(std::string_view word) {
  return word.size() >= 3 || std::find(particles.begin(), particles.end(), word) != particles.end();
}

// A finding of hyphen_variants: the form a concept lacks, as the words a search would match
// and as the author would write it.
struct Variant {
  std::vector<std::string> words;
  std::string written;     // `longterm`, `follow up`, `followup care`: the whole text so
  std::string hyphenated;  // `follow-up`; empty for a closed form
};

// The other forms of the words of `text`: two words side by side (`follow-up`, `follow up`),
// each of two letters or more, closed up where the closed form is a known word (`followup`); a
// phrasal compound split (`followup`: `follow up`, which finds `follow-up` too).
std::vector<Variant> hyphen_forms(std::string_view text, const mesh::Vocabulary& vocabulary) {
  std::vector<Variant> out;
  const auto words = words_of(text);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (has_wildcards(words[i])) continue;
    if (i + 1 < words.size() && !has_wildcards(words[i + 1]) && part_of_compound(words[i]) &&
        part_of_compound(words[i + 1])) {
      auto closed = words[i] + words[i + 1];
      if (vocabulary.knows_word(closed)) {
        auto other = words;
        other[i] = closed;
        other.erase(other.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        auto written = fmt::format("{}", fmt::join(other, " "));
        out.push_back({std::move(other), std::move(written), {}});
      }
    }
    if (const auto split = split_compound(words[i], vocabulary)) {
      auto other = words;
      other[i] = split->first;
      other.insert(other.begin() + static_cast<std::ptrdiff_t>(i) + 1, split->second);
      auto written = fmt::format("{}", fmt::join(other, " "));
      auto hyphenated = words;
      hyphenated[i] = split->first + "-" + split->second;
      out.push_back({std::move(other), std::move(written), fmt::format("{}", fmt::join(hyphenated, " "))});
    }
  }
  return out;
}

// Whether the concept finds `words`: one of its searches, or a word or phrase beside the text
// inside one (`followup or follow up` within `improve* adj5 (...)`).
bool concept_finds(const Concept& c, const ast::Node& within, std::span<const std::string> words,
                   const ast::Strategy& strategy) {
  if (std::any_of(c.alternatives.begin(), c.alternatives.end(),
                  [&](const ast::Node* x) { return finds(*x, words, strategy); })) {
    return true;
  }
  bool found = false;
  each_text(within, [&](const ast::Node& n, std::string_view) { found = found || finds(n, words, strategy); });
  return found;
}

void hyphen_variants(const ast::Strategy& strategy, const std::vector<Concept>& concepts,
                     const mesh::Vocabulary& vocabulary, DiagnosticSink& sink) {
  std::set<const ast::Node*> reported;
  for (const auto& c : concepts) {
    for (const auto* a : c.alternatives) {
      each_text(*a, [&](const ast::Node& n, std::string_view text) {
        // a compound of three parts or more closed up whole (`immunohistochemistry`) stands
        // for its other forms
        const auto words = words_of(text);
        const std::vector<std::string> closed{fmt::format("{}", fmt::join(words, ""))};
        if (words.size() > 2 && concept_finds(c, *a, closed, strategy)) return;
        for (const auto& v : hyphen_forms(text, vocabulary)) {
          if (concept_finds(c, *a, v.words, strategy)) continue;
          if (!reported.insert(&n).second) return;
          auto& d =
              sink.report(DiagCode::R404, n.span,
                          fmt::format("`{}` is also written `{}`{}, which {} does not search", text, v.written,
                                      v.hyphenated.empty() ? std::string() : fmt::format(" or `{}`", v.hyphenated),
                                      c.name.empty() ? "the concept" : fmt::format("concept `{}`", c.name)));
          d.notes.push_back(v.hyphenated.empty()
                                ? fmt::format("add `{}` beside it", v.written)
                                : fmt::format("add the phrase `\"{}\"` beside it, and `{}` too where a database does "
                                              "not read a hyphen as a space",
                                              v.written, v.hyphenated));
        }
      });
    }
  }
}

}  // namespace

void check_text_words(const ast::Strategy& strategy, const std::vector<Concept>& concepts,
                      const mesh::Vocabulary& vocabulary, DiagnosticSink& sink) {
  spelling_variants(strategy, concepts, vocabulary, sink);
  short_stems(strategy, vocabulary, sink);
  redundant(strategy, sink);
  hyphen_variants(strategy, concepts, vocabulary, sink);
}

}  // namespace searchc::review
