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

// One line of a search history: its text without the number, the run data and the spaces
// around, and where that text starts in the file. A search printed over several physical lines
// is one line whose text runs over them, line breaks included, so that every span stays a span
// of the file: the readers take a line break for a space, as PubMed does.
struct HistoryLine {
  std::string_view text;
  std::uint32_t offset = 0;
  std::optional<std::uint64_t> number;  // as written: `12`, `12.`, `#12`, `S12`
  std::optional<std::uint64_t> hits;    // the run's count at the end: `(6685)`, a column, `12,345`
  std::string_view note;                // Ovid's note on what it searched: `[mp=title, abstract]` (Notes::ovid)
};

// The forms a line's own number may take; whether the history is numbered at all is decided
// from all its lines (history_lines()).
enum class Numbers : std::uint8_t {
  hash,          // `#1 ...` (a bare leading number is a word of the search), as a single line is read
  bare_or_hash,  // `1 ...`, `1. ...`, `#1 ...` or `# 1 ...`
  letter_s,      // EBSCOhost's `S1 ...` (a bare leading number is a word of the search)
};

// Whether a line may end in Ovid's note on what it searched, `[mp=...]`, which is then split
// off into `HistoryLine::note`. Elsewhere the text is part of the search, read or refused there.
enum class Notes : std::uint8_t { none, ovid };

// How one syntax prints a history, as far as its layout goes (docs/import.md, "The layout of a
// pasted history").
struct Layout {
  Numbers numbers = Numbers::bare_or_hash;
  Notes notes = Notes::none;
  // A single line `1 heart` is line 1 (Ovid); elsewhere a single line's bare number is a word.
  bool single_line_numbered = false;
  // Whether a line that starts with `or`, `and` or `not` in lower case continues the search
  // above (Ovid and Cochrane read operators in any case; PubMed only in capitals).
  bool operators_any_case = true;
  // True when a search of the syntax cannot go on after `before`'s last character or word
  // (a field suffix, a tag, a closing parenthesis): a number after it and a space is the run's
  // hit count, not a word of the search.
  bool (*ends_search)(std::string_view before) = nullptr;
};

// The lines of `source` that are searches, as `layout` reads the history's layout: export
// headers, titles, rules and columns of run data skipped (W306), a history printed newest first
// read oldest first (W312), a search printed over several lines joined (W308).
// The date a line such as `Date Run:` gives is added to `records` as `searched DATE`.
std::vector<HistoryLine> history_lines(const SourceFile& source, const Layout& layout, DiagnosticSink& sink,
                                       std::vector<ast::Entry>* records = nullptr);

// Whether `word` names lines of the history: a reference `#12`, or a range `#2-#3` (`#2-3`).
bool names_lines(std::string_view word);
// Whether `word` is a range of lines whose numbers follow `mark`: `#2-#3`, EBSCOhost's `S2-S3`.
bool names_range(std::string_view word, char mark);

// The language's name for line `number` of an imported history: `l12`.
std::string line_name(std::uint64_t number);

// The lines an importer has read so far, by the number the history gives each one.
class History {
 public:
  // A number written again names the line written last.
  void add(std::uint64_t number, std::size_t index) {
    read_[number] = index;
    unread_.erase(number);
  }
  // Whether a line numbered `number` has been read.
  bool has(std::uint64_t number) const { return read_.contains(number); }
  // A line that could not be read; it has been reported where it failed.
  void unread(std::uint64_t number) {
    unread_.insert(number);
    read_.erase(number);
  }

  // A reference to line `number` as `l<number>`, or nullopt. A line that is not above is an
  // error (E301) naming it as `written` says ("line 3", "#3"); a reference to a line that could
  // not be read fails without a second report.
  std::optional<ast::Node> reference(std::uint64_t number, Span where, std::string_view written,
                                     DiagnosticSink& sink) const;
  // What `word` (names_lines) names at `where`: a reference, as `reference` gives it; or a range
  // of lines, `#2-#3` (`S2-S3` with `mark` `S`), which `database`'s help does not document (so
  // that what it runs, if anything, is unknown): refused (E301), with the lines written out
  // suggested.
  std::optional<ast::Node> lines(std::string_view word, Span where, std::string_view database, DiagnosticSink& sink,
                                 char mark = '#') const;

 private:
  std::map<std::uint64_t, std::size_t> read_;
  std::set<std::uint64_t> unread_;
};

}  // namespace searchc::import
