// Wildcards in words, as far as the database takes them: cut to the end of the word, written
// out as the words they stand for where the database cannot run them, or refused when no form
// is safe.
#include "compiler/lower_context.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "base/text.hpp"
#include "base/utf8.hpp"
#include "base/wildcard.hpp"
#include "compiler/resolve.hpp"

namespace searchc::lowering {
namespace {

// The shape of a word's wildcards, the first of which is at `first`.
enum class Wildcards : std::uint8_t { none, word_end, leading, inner };

Wildcards wildcards(std::string_view word, std::size_t first) {
  if (first == std::string_view::npos) return Wildcards::none;
  if (first == 0) return Wildcards::leading;
  if (word.find_first_not_of('*', first) == std::string_view::npos) return Wildcards::word_end;
  return Wildcards::inner;
}

Wildcards wildcards(std::string_view word) {
  return wildcards(word, wildcard_marks.find_in(word));
}

// The most words a wildcard the database cannot run is written out as (docs/databases.md,
// "Wildcards a database cannot run"): enough for a word's endings (the lists hold 6 words for
// `transplant*`), few enough that a line stays readable and a registry's link stays short.
constexpr std::size_t max_written_words = 30;

}  // namespace

std::string strip_wildcards(std::string_view word) {
  std::string out;
  for (const char c : word) {
    if (c != '*' && c != '?') out += c;
  }
  return out;
}

// Whether the database may not take `word` as it is: it has wildcards, and the database does
// not take them anywhere.
bool Lowering::rewrites(std::string_view word) const {
  return (target_.truncation != Truncation::anywhere || !target_.word_final_single_wildcard) && has_wildcards(word);
}

// The characters a word needs before its first wildcard in this database: `inner`, a wildcard
// inside the word, which the database cuts to `*` at the end. A database that truncates inside
// quoted phrases asks its minimum of each word of a phrase too (NLM: "Terms must have at least
// 4 characters before the first wildcard", with phrase examples that meet it word by word; WHO
// ICTRP: three), except in an author's name, which is indexed whole, so that the name before an
// initial holds it in place (`"Crenshaw A*"[au]`). There, and in a database that runs a phrase
// as words next to each other (Ovid's `adj`), where no source speaks of phrases, the
// language's own minimum stands, as the neighbours hold a short stem in place.
std::size_t Lowering::stem_needed(bool inner, const Context& c) const {
  const bool name = !c.fields.empty() && c.fields.subset_of(FieldSet{Field::author});
  if (c.phrase_chain && (name || !target_.phrase_wildcards)) return inner ? min_wildcard_stem : 1;
  return std::max(min_wildcard_stem, target_.min_stem);
}

// Where the first wildcard is that the database must cut or cannot run: `?` counts as a letter
// where the database takes it inside or at the end of a word (Ovid's `#`), but not opening one.
std::size_t Lowering::first_wildcard(std::string_view text) const {
  const bool letter = target_.single_wildcard && !text.empty() && text.front() != '?';
  return letter ? text.find('*') : wildcard_marks.find_in(text);
}

// Whether the database can run `text`'s wildcards neither as they are nor cut to the end of
// the word, though they have a beginning to look words up by.
bool Lowering::cannot_run(std::string_view text, const Context& c) const {
  const auto first = first_wildcard(text);
  const auto shape = wildcards(text, first);
  if (shape == Wildcards::none || shape == Wildcards::leading) return false;
  if (target_.truncation == Truncation::none) return true;
  return count_code_points(text.substr(0, first)) < stem_needed(shape == Wildcards::inner, c);
}

// A word standing on its own (not inside a quoted phrase), with wildcards the database does not
// take anywhere.
void Lowering::word(ast::Node& n, const Context& c) {
  auto& t = std::get<ast::Term>(n.kind);
  t.text = word_final_wildcard(n.span, std::move(t.text), c);
  const bool stem = target_.truncation_as_stem && wildcards(t.text) == Wildcards::word_end;
  if (!stem && cannot_run(t.text, c)) {
    if (auto words = spelled_out(n.span, t.text, c)) {
      replace(n, std::move(*words));
      return;
    }
  }
  t.text = term(n.span, std::move(t.text), c);
}

bool truncated_at_end(std::string_view word) {
  return wildcards(word) == Wildcards::word_end;
}

// The words a wildcard stands for, read from the bundled word lists: those of MeSH's headings
// and entry terms and the English word list (data/words), found as one range of the sorted
// word table. Up to `max_written_words` they are all given, in alphabetical order; past it, the
// ones MeSH uses most (`total` counts them all). None when the lists know no such word and the
// word has no stem of its own to search.
std::optional<WordsFor> words_for(const std::string& text) {
  const auto pattern = lower(text);
  const auto prefix = std::string_view(pattern).substr(0, wildcard_marks.find_in(pattern));
  const auto& vocabulary = mesh::Vocabulary::bundled();
  // `transplant*` stands for `transplant` itself, whether a list knows it or not
  const bool stem_too = wildcards(pattern) == Wildcards::word_end && !vocabulary.knows_word(prefix);
  std::vector<std::string_view> known;
  const auto count = vocabulary.words_with_prefix(
      prefix, [&](std::string_view w) { return wildcard_matches(pattern, w); }, max_written_words - (stem_too ? 1 : 0),
      known);
  const auto total = count + (stem_too ? 1U : 0U);
  if (total == 0) return std::nullopt;
  WordsFor out{{known.begin(), known.end()}, total};
  if (stem_too) out.words.emplace_back(prefix);
  std::sort(out.words.begin(), out.words.end());
  return out;
}

// `text` searched as the words it stands for, `words`: reported as narrower by the words the
// lists lack (W180).
void Lowering::report_words_for(Span span, const std::string& text, const WordsFor& found, const Context& c) {
  const auto& words = found.words;
  const auto why = target_.truncation == Truncation::none
                       ? fmt::format("{} has no truncation", target_.name)
                       : fmt::format("{} needs {} characters before a wildcard", target_.name,
                                     stem_needed(wildcards(text, first_wildcard(text)) == Wildcards::inner, c));
  const auto own_forms =
      target_.truncation == Truncation::none && !target_.word_variations_added.empty() ? own_word_forms() : "";
  const auto list = fmt::format("{}", fmt::join(words, " OR "));
  std::vector<std::string> notes{replace_note() + " with the words it should find"};
  if (found.total <= max_written_words) {
    // Narrower by the words the lists lack, which no rewrite can add: a warning that says so
    // (Approximations::report_inherent), where refusing would refuse every such wildcard.
    report_.report_inherent(
        DiagCode::W180, span,
        fmt::format("{}: `{}` is searched as {} it stands for in {} and the English word list, `{}`{}; "
                    "a word in neither list is not searched",
                    why, text, words.size() == 1 ? "the one word" : fmt::format("the {} words", words.size()),
                    mesh::release, list, own_forms),
        Effect::narrower, c.negative, notes);
  } else {
    approximate(DiagCode::W180, span,
                fmt::format("{}: `{}` stands for {} words in {} and the English word list, more than the {} searchc "
                            "writes out, so it is searched as the {} that MeSH uses most, `{}`{}; the other {} "
                            "are not searched",
                            why, text, found.total, mesh::release, max_written_words, words.size(), list, own_forms,
                            found.total - words.size()),
                Effect::narrower, c, notes);
  }
}

// A word with wildcards the database cannot run, as the words it stands for (W180).
std::optional<ast::Node> Lowering::spelled_out(Span span, const std::string& text, const Context& c) {
  const auto found = words_for(text);
  if (!found) return std::nullopt;
  report_words_for(span, text, *found, c);
  ast::Nodes terms;
  terms.reserve(found->words.size());
  for (const auto& w : found->words) terms.push_back(make(span, ast::Term{w}));
  return make_bool(span, ast::BoolOp::or_, std::move(terms));
}

// The word as the database searches it, where it cannot be written out as words (in a quoted
// phrase): its final `?` as `*` where the database drops one, then as it is, cut to the end of
// the word, or refused, as the `*` would be if written so (the text read back holds the `*`).
std::string Lowering::term(Span span, std::string text, const Context& c) {
  auto searched = cut_or_refused(span, word_final_wildcard(span, std::move(text), c), c);
  report_optional_character(span, searched, c);
  return searched;
}

// A `?` written for a database whose help leaves open whether it also stands for no character
// (Capabilities::single_wildcard_may_match_none): the word is written as it is, and may also find
// itself without the character, wherever it is searched (W108, reported as the database's own).
void Lowering::report_optional_character(Span span, std::string_view text, const Context& c) {
  if (!target_.single_wildcard_may_match_none || text.find('?') == std::string_view::npos) return;
  std::string without(text);
  std::erase(without, '?');
  report_.report_inherent(DiagCode::W108, span,
                          fmt::format("{}'s help does not say whether `?` also stands for no character (library "
                                      "guides say both): `{}` may also find `{}`",
                                      target_.name, text, without),
                          Effect::broader, c.negative, {replace_note() + " with the forms written out"});
}

// A word ending in `?` where the database drops a `?` that ends a word (EBSCOhost: `colo?`
// finds `colo`; docs/databases.md, "CINAHL Complete (EBSCOhost)"): searched with `*`, any
// ending, which finds every word the `?` stood for and more (W108).
std::string Lowering::word_final_wildcard(Span span, std::string text, const Context& c) {
  if (target_.word_final_single_wildcard || !text.ends_with('?')) return text;
  auto starred = text.substr(0, text.find_last_not_of('?') + 1);
  if (!starred.ends_with('*')) starred += '*';
  approximate(
      DiagCode::W108, span,
      fmt::format("{} drops a `?` that ends a word: `{}` is searched as `{}`, any ending", target_.name, text, starred),
      Effect::broader, c);
  return starred;
}

// The word as the database searches it: as it is, cut to the end of the word, or refused.
std::string Lowering::cut_or_refused(Span span, std::string text, const Context& c) {
  if (!has_wildcards(text)) return text;
  const auto first = first_wildcard(text);
  const auto shape = wildcards(text, first);
  if (shape == Wildcards::none) return text;
  const auto stem = std::string_view(text).substr(0, first);
  const bool inner = shape == Wildcards::inner;
  const auto needed = stem_needed(inner, c);
  // a database that takes the wildcards where they stand still asks its shortest stem (Web of
  // Science's three characters, in each word of a phrase too)
  if (!rewrites(text) && (shape == Wildcards::leading || count_code_points(stem) >= needed)) return text;
  if (target_.truncation == Truncation::none && shape == Wildcards::word_end) {
    auto word = strip_wildcards(text);
    // Narrower: the word forms the database adds are among the endings `*` stands for.
    report_.report_inherent(
        DiagCode::W108, span,
        fmt::format(
            "{} has no truncation: `{}` is searched as `{}`{}; other endings are not "
            "searched",
            target_.name, text, word,
            target_.word_variations_added.empty() ? own_word_forms() : own_word_forms() + " (plurals, spellings)"),
        Effect::narrower, c.negative, {replace_note() + " with the endings written out"});
    return word;
  }
  if (target_.truncation == Truncation::stars && shape != Wildcards::leading && count_code_points(stem) >= needed) {
    // `single_wildcard`: the database takes `?` wherever it stands (EBSCOhost)
    if (text.find('?') == std::string::npos || target_.single_wildcard) return text;
    auto starred = text;
    std::replace(starred.begin(), starred.end(), '?', '*');
    approximate(DiagCode::W108, span,
                fmt::format("{} has no wildcard for one character, only `*` for any number: `{}` is searched as `{}`",
                            target_.name, text, starred),
                Effect::broader, c);
    return starred;
  }
  if (target_.truncation == Truncation::word_end && shape != Wildcards::leading && count_code_points(stem) >= needed) {
    if (!inner) return text;
    auto cut = fmt::format("{}*", stem);
    approximate(
        DiagCode::W108, span,
        fmt::format("{} truncates only at the end of a word: `{}` is searched as `{}`", target_.name, text, cut),
        Effect::broader, c);
    return cut;
  }
  std::string why;
  if (target_.truncation == Truncation::none) {
    why = "it has no wildcards";
  } else if (shape == Wildcards::word_end || target_.truncation != Truncation::word_end) {
    why =
        fmt::format("it needs {} characters before `*`{}", needed, c.phrase_chain ? ", in each word of a phrase" : "");
  } else {
    why = fmt::format("it truncates only at the end of a word, after at least {} characters", needed);
  }
  if (auto* d =
          report_.error(DiagCode::E204, span, fmt::format("{} cannot search `{}`: {}", target_.name, text, why))) {
    d->notes.push_back(
        fmt::format("write out the words it should find, as in `(woman OR women)`, in a "
                    "replacement line in the block `database {} {{ ... }}`",
                    target_.id));
  }
  return text;
}

}  // namespace searchc::lowering
