// Wildcards in words, as far as the database takes them: cut to the end of the word, left out
// for a registry's own word forms, or refused when no form is safe.
#include "compiler/lower_context.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "base/text.hpp"
#include "base/utf8.hpp"
#include "compiler/resolve.hpp"

namespace searchc::lowering {
namespace {

// The shape of a word's wildcards.
enum class Wildcards : std::uint8_t { none, word_end, leading, inner };

Wildcards wildcards(std::string_view word) {
  const auto first = wildcard_marks.find_in(word);
  if (first == std::string_view::npos) return Wildcards::none;
  if (first == 0) return Wildcards::leading;
  if (word.find_first_not_of('*', first) == std::string_view::npos) return Wildcards::word_end;
  return Wildcards::inner;
}

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
  return target_.truncation != Truncation::anywhere && has_wildcards(word);
}

// The word as the database searches it.
std::string Lowering::term(Span span, std::string text, const Context& c) {
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

}  // namespace searchc::lowering
