// The spelling check: a word no word list knows, and close to one they know, is likely a typing
// slip; a misspelled word finds nothing, or other records.
#include "compiler/spelling.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

#include "base/text.hpp"

namespace searchc {
namespace {

enum SpellingKind : std::uint8_t { in_word = 1, capital_or_digit = 2, vowel = 4, wildcard = 8 };

// Each byte's part in the words of `each_spelling_word`.
constexpr std::array<std::uint8_t, 256> spelling_kinds = [] {
  std::array<std::uint8_t, 256> kinds{};
  for (std::size_t b = 0; b < kinds.size(); ++b) {
    const auto c = static_cast<char>(b);
    const bool capital_or_digit_byte = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    const bool vowel_byte = std::string_view("aeiouy").find(c) != std::string_view::npos;
    kinds[b] = static_cast<std::uint8_t>((spelling_word_bytes.contains(c) ? in_word : 0) |
                                         (capital_or_digit_byte ? capital_or_digit : 0) | (vowel_byte ? vowel : 0) |
                                         (wildcard_marks.contains(c) ? wildcard : 0));
  }
  return kinds;
}();

std::uint8_t kind_of(char c) {
  return spelling_kinds[static_cast<unsigned char>(c)];
}

// Whether the lower-case `word` is known: to the vocabulary, to the project, or as the British
// spelling of a word the vocabulary knows.
bool known_word(std::string_view word, const mesh::Vocabulary& vocabulary,
                const std::vector<std::string>& accepted_words) {
  if (vocabulary.knows_word(word) ||
      std::find(accepted_words.begin(), accepted_words.end(), word) != accepted_words.end()) {
    return true;
  }
  // British spellings: haem- and oesophag- for hem- and esophag-, tumour, randomise, centre.
  constexpr std::array<std::pair<std::string_view, std::string_view>, 6> british = {{
      {"ae", "e"},
      {"oe", "e"},
      {"our", "or"},
      {"is", "iz"},
      {"ys", "yz"},
      {"tre", "ter"},
  }};
  for (const auto& [from, to] : british) {
    for (auto at = word.find(from); at != std::string::npos; at = word.find(from, at + 1)) {
      std::string american(word);
      american.replace(at, from.size(), to);
      if (vocabulary.knows_word(american)) return true;
    }
  }
  return false;
}

// One word of `text`, which is at `span`. The word lists are in lower case, as the word is:
// `check_spelling` passes no word with a capital.
void check_word(std::string_view word, std::string_view text, Span span, bool exact_span,
                const mesh::Vocabulary& vocabulary, const std::vector<std::string>& accepted_words,
                DiagnosticSink& sink) {
  if (known_word(word, vocabulary, accepted_words)) return;
  const auto cap = word.size() <= 7 ? 1U : 2U;
  const auto similar = vocabulary.similar_words(word, cap, 3);
  if (similar.empty()) return;
  Span at = span;
  const auto begin = span.begin + static_cast<std::uint32_t>(word.data() - text.data());
  // An imported word's text may be longer than the source it was read from.
  if (exact_span && begin + word.size() <= span.end) at = Span{begin, begin + static_cast<std::uint32_t>(word.size())};
  std::vector<std::string> quoted;
  for (const auto s : similar) quoted.push_back(fmt::format("`{}`", s));
  auto& d = sink.report(
      DiagCode::W007, at,
      fmt::format("`{}` may be misspelled: it is not a word of {} or of the English word list", word, mesh::release));
  d.notes.push_back(fmt::format("did you mean {}?", fmt::join(quoted, " or ")));
  d.notes.push_back(fmt::format("if `{}` is right, add it to `{}` in the strategy's folder or a folder above it", word,
                                accepted_words_file));
}

}  // namespace

// The words are the runs of `each_spelling_word`, read in one pass, each byte's part in them
// taken from `spelling_kinds`. A wildcard anywhere in a space-separated word leaves all of it
// unchecked: a word worth checking looks ahead to the word's end once, and a wildcard passed on
// the way marks the rest.
void check_spelling(std::string_view text, Span span, bool exact_span, const mesh::Vocabulary& vocabulary,
                    const std::vector<std::string>& accepted_words, DiagnosticSink& sink) {
  static constexpr ByteSet space_or_wildcard(" *?");
  bool truncated = false;       // the space-separated word being read has a wildcard
  std::size_t plain_until = 0;  // and up to here, it is known to have none
  for (std::size_t pos = 0; pos < text.size();) {
    if (const auto kind = kind_of(text[pos]); (kind & in_word) == 0) {
      if (text[pos] == ' ') truncated = false;
      if ((kind & wildcard) != 0) truncated = true;
      ++pos;
      continue;
    }
    const auto start = pos;
    std::uint8_t kinds = 0;
    for (; pos < text.size() && (kind_of(text[pos]) & in_word) != 0; ++pos) kinds |= kind_of(text[pos]);
    // five letters or more with a vowel: a capital letter or a digit marks an abbreviation
    // or a code, which no word list holds
    if (truncated || pos - start < 5 || (kinds & (capital_or_digit | vowel)) != vowel) continue;
    if (pos >= plain_until) {
      const auto next = std::min(space_or_wildcard.find_in(text, pos), text.size());
      if (next < text.size() && text[next] != ' ') {
        truncated = true;
        continue;
      }
      plain_until = next;
    }
    check_word(text.substr(start, pos - start), text, span, exact_span, vocabulary, accepted_words, sink);
  }
}

}  // namespace searchc
