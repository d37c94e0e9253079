// The language's wildcards in one word (docs/language.md, "Words"): `*` any characters, none too,
// `?` exactly one character, a code point of UTF-8 and not a byte, so that `m?ller` finds
// `müller`. The lowering picks the words a wildcard stands for with it (W180), and the tests'
// evaluator of the language reads records with it: one rule for both.
#pragma once

#include <cstddef>
#include <string_view>

namespace searchc {

// Whether the lower-case `word` is one that `pattern` stands for. Iterative, with one point to
// return to: the last `*` and where its run began.
inline bool wildcard_matches(std::string_view pattern, std::string_view word) {
  std::size_t p = 0;
  std::size_t w = 0;
  std::size_t star = std::string_view::npos;
  std::size_t resume = 0;
  // past the UTF-8 sequence that starts at `at`
  const auto next_character = [&](std::size_t at) {
    ++at;
    while (at < word.size() && (static_cast<unsigned char>(word[at]) & 0xC0U) == 0x80U) ++at;
    return at;
  };
  while (w < word.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      resume = w;
    } else if (p < pattern.size() && pattern[p] == '?') {
      ++p;
      w = next_character(w);
    } else if (p < pattern.size() && pattern[p] == word[w]) {
      ++p;
      ++w;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      w = resume = next_character(resume);
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

}  // namespace searchc
