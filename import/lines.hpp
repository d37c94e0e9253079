// What the importers share: the lines of a pasted search history, and small readers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/source.hpp"

namespace searchc::import {

bool all_digits(std::string_view s);
// The non-empty pieces of `s` between `by`.
std::vector<std::string_view> split(std::string_view s, char by);

// True when the language would not read `word` back as the same word: it holds the
// language's punctuation, starts like a reference or a comment, or is one of its operators.
// Such a word is written as a phrase, which searches the same single word.
bool needs_phrase(std::string_view word);

// One line of a search history: its text without the number, the hit count and the spaces
// around, and where that text starts in the file.
struct HistoryLine {
  std::string_view text;
  std::uint32_t offset = 0;
  std::optional<std::uint64_t> number;  // as written: `12`, `12.`, `#12`
  std::optional<std::uint64_t> hits;    // an exported count at the end: `(6685)`, or a last column
  std::string_view note;                // Ovid's note on what it searched: `[mp=title, abstract]`
};

// The non-empty lines of `source`. `numbered` says whether a leading number is the line's own
// (a numbered history) rather than the start of its search.
std::vector<HistoryLine> history_lines(const SourceFile& source, bool numbered);

}  // namespace searchc::import
