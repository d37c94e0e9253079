// What the importers share: the lines of a pasted search history, and small readers.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/ast.hpp"
#include "compiler/diagnostics.hpp"
#include "compiler/source.hpp"

namespace searchc::import {

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
  std::string_view note;                // Ovid's note on what it searched: `[mp=title, abstract]` (Notes::ovid)
};

// Which leading numbers are the line's own (a numbered history) rather than the start of its search.
enum class Numbers : std::uint8_t {
  none,          // every line is a search
  hash,          // `#1 ...`
  bare_or_hash,  // `1 ...`, `1. ...` or `#1 ...`
};

// Whether a line may end in Ovid's note on what it searched, `[mp=...]`, which is then split
// off into `HistoryLine::note`. Elsewhere the text is part of the search, read or refused there.
enum class Notes : std::uint8_t { none, ovid };

// The non-empty lines of `source`.
std::vector<HistoryLine> history_lines(const SourceFile& source, Numbers numbers, Notes notes = Notes::none);

// The language's name for line `number` of an imported history: `l12`.
std::string line_name(std::uint64_t number);

// The lines an importer has read so far, by the number the history gives each one.
class History {
 public:
  void add(std::uint64_t number, std::size_t index) { read_[number] = index; }
  // A line that could not be read; it has been reported where it failed.
  void unread(std::uint64_t number) { unread_.insert(number); }

  // A reference to line `number` as `l<number>`, or nullopt. A line that is not above is an
  // error (E301) naming it as `written` says ("line 3", "#3"); a reference to a line that could
  // not be read fails without a second report.
  std::optional<ast::Node> reference(std::uint64_t number, Span where, std::string_view written,
                                     DiagnosticSink& sink) const;

 private:
  std::map<std::uint64_t, std::size_t> read_;
  std::set<std::uint64_t> unread_;
};

}  // namespace searchc::import
