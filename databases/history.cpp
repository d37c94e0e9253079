// Splitting a pasted search history into its lines.
#include "databases/history.hpp"

#include <fmt/compile.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <functional>
#include <utility>

#include "base/text.hpp"

namespace searchc::import {

std::vector<std::string_view> split(std::string_view s, char by) {
  std::vector<std::string_view> out;
  for (std::size_t p = 0; p <= s.size();) {
    const auto at = std::min(s.find(by, p), s.size());
    if (at > p) out.push_back(s.substr(p, at - p));
    p = at + 1;
  }
  return out;
}

bool needs_phrase(std::string_view word) {
  if (syntax_marks.find_in(word) != std::string_view::npos || word.front() == '#' ||
      word.find("//") != std::string_view::npos) {
    return true;
  }
  constexpr std::array<std::string_view, 7> keywords = {"and", "or", "not", "next", "near", "mesh", "native"};
  return std::any_of(keywords.begin(), keywords.end(), [&](std::string_view k) { return iequal(word, k); }) ||
         iequal(word.substr(0, 5), "near/");
}

namespace {

constexpr std::string_view blanks = " \t\r";

std::string_view trimmed(std::string_view s) {
  const auto first = s.find_first_not_of(blanks);
  if (first == std::string_view::npos) return s.substr(s.size());  // empty, where `s` ends
  return s.substr(first, s.find_last_not_of(blanks) - first + 1);
}

constexpr std::string_view run_note = "a note of where or when the search was run (a date is kept as a run record)";

// What a line that is never a search was taken for, or empty: the parts of an export around
// its searches. Ovid's export (docs/import.md, "The layout of a pasted history"): `Database:`,
// `Search Strategy:`, dashed rules and the `****` footer; the Cochrane Library's Search Manager
// export: `Search Name:`, `Last Saved:`, `Date Run:`, `Comment:` and the `ID Search Hits` row;
// the header rows of PubMed's, Web of Science's and Embase.com's history tables. Conservative: a
// line that might be a search is none.
std::string_view header_kind(std::string_view line) {
  if (line.size() >= 3 && line.find_first_not_of("-=*_~ \t") == std::string_view::npos) return "a rule of the export";
  // every other header starts with a letter or a `[`: a search in parentheses or quotation
  // marks, or after its number, is none
  if (line.empty() || (!is_ascii_letter(line.front()) && line.front() != '[')) return {};
  // Every header is known by its start, or is a short row: a search's own length is not read.
  const auto l = lower(line.substr(0, 48));
  if (l.starts_with("database:")) return "the export's name of the database searched";
  if ((l == "search strategy" && line.size() == 15) || l.starts_with("search strategy:")) return "a title";
  if (l.starts_with("[mp=") && line.back() == ']')
    return "Ovid's note on what its searches searched, on a line of its own";
  // `[inception to May 2010; 423 hits]`: a note in brackets, where a search has a bracket
  // only after a term (Cochrane's own `[mh ...]` excepted)
  if (l.starts_with('[') && line.back() == ']' && !l.starts_with("[mh") && !l.starts_with("[mj")) {
    return "a note in square brackets";
  }
  for (const std::string_view run :
       {"searched via ", "searched on ", "date searched", "date of search", "search date", "search run on"}) {
    if (l.starts_with(run)) return run_note;
  }
  for (const std::string_view label : {"search name:", "last saved:", "date run:", "comment:"}) {
    if (l.starts_with(label)) return "a line of the Search Manager's export header";
  }
  if (line.size() > 128) return {};
  const auto words = lower_folded(line);
  for (const std::string_view row :
       {"id search hits", "search query items found time", "search actions details query results time",
        "number search terms", "set results search", "no. query results"}) {
    if (words == row) return "the header row of the history's table";
  }
  return {};
}

// A count as exports print it: `6685`, `12,345`. Set `grouped` when it has thousands separators.
std::optional<std::uint64_t> count_of(std::string_view s, bool* grouped = nullptr) {
  std::string digits;
  const auto comma = s.find(',');
  if (comma != std::string_view::npos) {
    // `12,345`: one to three digits, then groups of three
    if (comma == 0 || comma > 3 || (s.size() - comma) % 4 != 0) return std::nullopt;
    for (std::size_t i = comma; i < s.size(); i += 4) {
      if (s[i] != ',') return std::nullopt;
    }
  }
  for (const char c : s) {
    if (c != ',') digits += c;
  }
  if (!all_digits(digits) || digits.size() > 15) return std::nullopt;
  if (grouped != nullptr) *grouped = comma != std::string_view::npos;
  return read_digits(digits, 1'000'000'000'000'000ULL);
}

// A run's time: `09:12`, `09:12:34`, `3:15:22 PM`.
bool is_time(std::string_view s) {
  if (s.size() > 3 && (iequal(s.substr(s.size() - 3), " am") || iequal(s.substr(s.size() - 3), " pm"))) {
    s.remove_suffix(3);
  }
  const auto parts = split(s, ':');
  if (parts.size() < 2 || parts.size() > 3 || s.front() == ':' || s.back() == ':') return false;
  return std::all_of(parts.begin(), parts.end(), [](std::string_view p) { return p.size() <= 2 && all_digits(p); });
}

// A column of Ovid's search history table after the count: the kind of search and its links.
bool is_interface_column(std::string_view s) {
  const auto l = lower_folded(s);
  for (const std::string_view word : {"advanced", "basic", "display results", "display", "more", "multi-field search",
                                      "find citation", "search fields", "command line", "actions", "details"}) {
    if (l == word) return true;
  }
  return false;
}

// The word of `s` that ends it.
std::string_view last_word(std::string_view s) {
  const auto space = s.find_last_of(blanks);
  return space == std::string_view::npos ? s : s.substr(space + 1);
}

// A line's own number at its start, in the forms `forms` allows; `length` is what it takes up.
std::optional<std::uint64_t> own_number(std::string_view line, Numbers forms, std::size_t& length) {
  const char mark = forms == Numbers::letter_s ? 'S' : '#';
  std::size_t hash = ascii_lower(line.front()) == ascii_lower(mark) ? 1 : 0;
  if (hash == 0 && forms != Numbers::bare_or_hash) return std::nullopt;
  // Web of Science's history table prints its sets `# 1`, a space after the mark
  if (hash == 1 && mark == '#' && line.size() > 2 && line[1] == ' ' && is_ascii_digit(line[2])) hash = 2;
  std::size_t digits = hash;
  while (digits < line.size() && is_ascii_digit(line[digits])) ++digits;
  if (digits == hash || digits - hash > 6) return std::nullopt;
  // `1 `, `1.`, `1<tab>`; after `#` also a search run into it, as pages print `#14MeSH descriptor: ...`:
  // a word of letters, a group, a phrase or a reference (`#6#1 OR #2`, corpus file 019). `#31A&N2*`
  // is one word, which a search may hold.
  const auto next = digits < line.size() ? line[digits] : ' ';
  const auto run_in = [&] {
    if (next == '(' || next == '"' || next == '#') return true;
    const auto word = line.substr(digits, line.find_first_of(" \t", digits) - digits);
    return word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char c) { return is_ascii_letter(c); });
  };
  if (next != ' ' && next != '.' && next != '\t' && (hash == 0 || mark != '#' || !run_in())) return std::nullopt;
  length = digits + (digits < line.size() && line[digits] == '.' ? 1 : 0);  // `1.` as well as `1`
  return read_digits(line.substr(hash, digits - hash), 1'000'000);
}

// A non-empty line of the file, trimmed, with what the layout makes of it.
struct Physical {
  std::string_view raw;     // the whole trimmed line
  std::string_view header;  // what the line was taken for when it is no search
  std::optional<std::uint64_t> number;
  bool hash = false;
  std::string_view text;  // the search: after the number, before the run data
  std::optional<std::uint64_t> hits;
  struct Skipped {
    std::string_view text;
    std::string message;
  };
  std::vector<Skipped> skipped;  // run data reported where it is taken off
};

// The text of a search from `head`'s to `tail`'s, the line breaks between them included.
std::string_view joined(const Physical& head, const Physical& tail) {
  return {head.text.data(), static_cast<std::size_t>(tail.text.data() + tail.text.size() - head.text.data())};
}

std::uint32_t offset_in(const SourceFile& source, std::string_view piece) {
  return static_cast<std::uint32_t>(piece.data() - source.text().data());
}

Span span_of(const SourceFile& source, std::string_view piece) {
  const auto at = offset_in(source, piece);
  return {at, at + static_cast<std::uint32_t>(piece.size())};
}

// Takes Ovid's count `(6685)` off the end of `text`, after a space.
std::optional<std::uint64_t> parenthesised_count(std::string_view& text) {
  if (text.size() <= 2 || text.back() != ')') return std::nullopt;
  const auto open = text.rfind('(');
  if (open == std::string_view::npos || open == 0 || text[open - 1] != ' ') return std::nullopt;
  auto n = count_of(text.substr(open + 1, text.size() - open - 2));
  if (n) text = trimmed(text.substr(0, open));
  return n;
}

// The length of a count run into the end of `text`, as a page that runs a table's cells together
// prints it (corpus file 019: `(...):TI,AB,KY345`, and `#1 OR ... OR #5393` on line 6), or 0:
// digits after a search that cannot go on with a number (`layout.ends_search`), or the last
// digits of a reference that names no line above `own` where exactly one of its beginnings does.
std::size_t run_in_count(std::string_view text, const Layout& layout, std::optional<std::uint64_t> own) {
  auto start = text.size();
  while (start > 0 && is_ascii_digit(text[start - 1])) --start;
  if (start == 0 || start == text.size()) return 0;
  const auto before = text.substr(0, start);
  if (is_ascii_letter(before.back()) && layout.ends_search != nullptr && layout.ends_search(before)) {
    return text.size() - start;
  }
  if (!own) return 0;
  auto hash = start;
  while (hash > 0 && is_ascii_digit(text[hash - 1])) --hash;
  if (hash == 0 || text[hash - 1] != '#') return 0;
  const auto digits = text.substr(hash);
  if (digits.size() > 12 || read_digits(digits, 1'000'000'000'000ULL) < *own) return 0;
  std::size_t split = 0;
  for (std::size_t k = 1; k < digits.size(); ++k) {
    const auto n = read_digits(digits.substr(0, k), 1'000'000'000'000ULL);
    if (n == 0 || n >= *own || digits[k] == '0') continue;
    if (split != 0) return 0;  // more than one line above: no reading
    split = k;
  }
  return split == 0 ? 0 : digits.size() - split;
}

// Takes the run data off the end of `p.text`: a count and a time, Ovid's `(6685)`, the columns
// of a history table. `own` is the line's own number, when the history is numbered.
void take_run_data(Physical& p, const Layout& layout, std::optional<std::uint64_t> own) {
  auto& text = p.text;
  if (text.find('\t') != std::string_view::npos) {
    // Columns: the first from which every column is run data (a count, a time, the kind of
    // search) and that holds a count or a time. The search itself may hold no tab after it.
    std::vector<std::string_view> columns;
    for (std::size_t at = 0; at <= text.size();) {
      const auto tab = std::min(text.find('\t', at), text.size());
      columns.push_back(text.substr(at, tab - at));
      at = tab + 1;
    }
    for (std::size_t k = 1; k < columns.size(); ++k) {
      bool data = false;
      bool all = true;
      for (std::size_t c = k; c < columns.size() && all; ++c) {
        const auto col = trimmed(columns[c]);
        if (count_of(col) || is_time(col)) {
          data = true;
        } else if (!col.empty() && !is_interface_column(col)) {
          all = false;
        }
      }
      if (!data || !all) continue;
      for (std::size_t c = k; c < columns.size(); ++c) {
        const auto col = trimmed(columns[c]);
        if (col.empty()) continue;
        if (const auto n = count_of(col); n && !p.hits) {
          p.hits = n;
        } else {
          p.skipped.push_back({col, fmt::format("`{}` is a column of the export ({}), not part of the search: skipped",
                                                col, is_time(col) ? "the time the search was run" : "run data")});
        }
      }
      text = trimmed(text.substr(0, static_cast<std::size_t>(columns[k].data() - text.data())));
      return;
    }
    return;
  }
  if ((p.hits = parenthesised_count(text))) return;
  // a count and a time each end with a digit: a search that does not has no run data after it
  if (text.empty() || !is_ascii_digit(text.back())) return;
  if (const auto size = run_in_count(text, layout, own); size > 0) {
    const auto count = text.substr(text.size() - size);
    p.hits = count_of(count);
    p.skipped.push_back({count, fmt::format("`{}` is run into the end of the search, as a page that runs the "
                                            "columns of a history table together prints its hit count: taken for "
                                            "the hit count and kept as a run record",
                                            count)});
    text = text.substr(0, text.size() - size);
    return;
  }
  // A count after a space, and a time after it: only where the search cannot go on with a
  // number (a field suffix, a tag, a parenthesis before it), where the number has thousands
  // separators, or where it follows a reference and cannot itself name a line above.
  auto before = text;
  std::string_view time;
  if (const auto w = last_word(before); w.size() < before.size() && is_time(w)) {
    time = w;
    before = trimmed(before.substr(0, before.size() - w.size()));
  }
  const auto w = last_word(before);
  if (w.size() == before.size()) return;
  bool grouped = false;
  const auto n = count_of(w, &grouped);
  if (!n) return;
  const auto rest = trimmed(before.substr(0, before.size() - w.size()));
  const auto previous = last_word(rest);
  const auto ref = previous.front() == '#' ? previous.substr(1) : previous;
  std::string why;
  if (grouped) {
    why = "a number with thousands separators";
  } else if (layout.ends_search != nullptr && layout.ends_search(rest)) {
    why = fmt::format("no search goes on with a number after `{}`", previous);
  } else if (own && all_digits(ref) && !ref.empty() && *n >= *own) {
    why = fmt::format("line {} cannot use a line {} below it", *own, *n);
  } else {
    return;
  }
  p.hits = n;
  p.skipped.push_back(
      {w, fmt::format("`{}` at the end of the line is taken for its hit count ({}): kept as a run record", w, why)});
  if (!time.empty()) {
    p.skipped.push_back({time, fmt::format("`{}` is the time the search was run, not part of it: skipped", time)});
  }
  text = rest;
}

// The length of a count that opens `text` before the search, as Web of Science's history table
// prints the Results column between a set's number and its search (`# 1<TAB>9,999<TAB>TS=(heart)`),
// or 0: a count, then a tab or a space, then a search that is not itself a count (`4<TAB>1<TAB>125`
// is the search `1` and its count) and does not open with an operator (`0 AND 42` is a search).
std::size_t leading_count(std::string_view text) {
  const auto end = text.find_first_of(" \t");
  if (end == std::string_view::npos || !count_of(text.substr(0, end))) return 0;
  const auto rest = trimmed(text.substr(end));
  if (rest.empty() || count_of(trimmed(rest.substr(0, rest.find('\t')))) ||
      is_boolean_word(rest.substr(0, rest.find_first_of(" \t(")))) {
    return 0;
  }
  return end;
}

// Whether the count that opens `text` (leading_count) cannot be a word of the search: it stands
// in a tab column of its own, or has thousands separators.
bool plainly_count(std::string_view text) {
  const auto size = leading_count(text);
  bool grouped = false;
  return size > 0 && (text[size] == '\t' || (count_of(text.substr(0, size), &grouped) && grouped));
}

// Takes a count off the start of a numbered line's search (leading_count), where it cannot be a
// word of the search (plainly_count), or where the history has a column of counts there
// (`column`: every numbered line has a count there, and one of them plainly is one).
void take_leading_count(Physical& p, bool column) {
  const auto size = leading_count(p.text);
  if (size == 0) return;
  const auto count = p.text.substr(0, size);
  bool grouped = false;
  const auto n = count_of(count, &grouped);
  std::string_view why;
  if (p.text[size] == '\t') {
    why = "a column of its own";
  } else if (grouped) {
    why = "a number with thousands separators";
  } else if (column) {
    why = "the history's other lines have their counts there";
  } else {
    return;
  }
  if (!p.hits) p.hits = n;
  p.skipped.push_back({count, fmt::format("`{}` between the line's number and its search is its hit count ({}), as "
                                          "history tables such as Web of Science's print it: kept as a run record",
                                          count, why)});
  p.text = trimmed(p.text.substr(size));
}

// Why `p` continues the search `above` (which has no run data after it), or empty.
std::string continues(const Physical& p, std::string_view above, const Layout& layout) {
  const auto first = p.text.substr(0, p.text.find_first_of(" \t("));
  const auto is_operator = [&](std::string_view w) {
    return layout.operators_any_case ? is_boolean_word(w) : (w == "AND" || w == "OR" || w == "NOT");
  };
  // Ovid: a note `[mp=...]` ends a search, and `limit N to ...` is a command of one line
  if (layout.notes == Notes::ovid &&
      (above.find("[mp=") != std::string_view::npos || iequal(above.substr(0, 6), "limit "))) {
    return {};
  }
  if (is_operator(first)) return fmt::format("this line starts with `{}`", first);
  int depth = 0;
  bool quoted = false;
  for (const char c : above) {
    if (c == '"') quoted = !quoted;
    if (!quoted && c == '(') ++depth;
    if (!quoted && c == ')') --depth;
  }
  if (quoted) return "a quotation of the search above is still open";
  if (depth > 0) return "a `(` of the search above is still open";
  if (const auto w = last_word(above); w.size() < above.size() && is_operator(w)) {
    return fmt::format("the line above ends with `{}`", w);
  }
  return {};
}

}  // namespace

// The lines of a history that a page printed on one line, `#1 a #2 b #3 #1 or #2`: a `#N` that
// counts on from the line's own number and follows a search (not an operator, which would make
// it a reference) starts the next line (W313). Any other line is itself.
std::vector<std::string_view> run_together(std::string_view raw, const SourceFile& source, DiagnosticSink& sink) {
  if (raw.empty()) return {};  // a blank line holds none
  std::vector<std::string_view> out;
  std::size_t length = 0;
  auto own = raw.empty() || raw.front() != '#' ? std::nullopt : own_number(raw, Numbers::hash, length);
  std::size_t start = 0;
  std::string_view before;  // the word before the one looked at
  for (std::size_t at = own ? length : raw.size(); at < raw.size();) {
    const auto word_end = std::min(raw.find_first_of(" \t", at), raw.size());
    const auto word = raw.substr(at, word_end - at);
    std::size_t n = 0;
    const auto next = word.front() == '#' ? own_number(word, Numbers::hash, n) : std::nullopt;
    if (next && n == word.size() && *next == *own + 1 && !before.empty() && !is_boolean_word(before) &&
        before.back() != '(') {
      out.push_back(trimmed(raw.substr(start, at - start)));
      sink.report(DiagCode::W313, span_of(source, word),
                  fmt::format("`{}` follows the search of line {} on the same line: read as the start of line {}, "
                              "as the history's lines were printed run together",
                              word, *own, *next));
      start = at;
      own = next;
    }
    before = word;
    at = std::min(raw.find_first_not_of(" \t", word_end), raw.size());
  }
  out.push_back(trimmed(raw.substr(start)));
  if (out.size() == 1 && out.front().empty()) out.clear();
  return out;
}

// The date a note of the run gives (`Date Run: 11/06/2021 10:12:03`, `Search run on 11 November
// 2019`, `Date searched: 2021-03-01`), or nullopt. Where day and month could be either
// (`11/06/2021`), only the year is kept.
std::optional<ast::Date> run_date(std::string_view line) {
  constexpr std::array<std::string_view, 12> months = {"jan", "feb", "mar", "apr", "may", "jun",
                                                       "jul", "aug", "sep", "oct", "nov", "dec"};
  std::vector<int> numbers;
  int month = 0;
  const auto l = lower(line);
  for (std::size_t i = 0; i < l.size();) {
    if (is_ascii_digit(l[i])) {
      auto end = i;
      while (end < l.size() && is_ascii_digit(l[end])) ++end;
      if (end - i > 4) return std::nullopt;
      if (end < l.size() && l[end] == ':') break;  // the time of day
      numbers.push_back(static_cast<int>(read_digits(std::string_view(l).substr(i, end - i), 10'000)));
      i = end;
    } else if (is_ascii_letter(l[i])) {
      auto end = i;
      while (end < l.size() && is_ascii_letter(l[end])) ++end;
      for (std::size_t m = 0; m < months.size(); ++m) {
        if (end - i >= 3 && std::string_view(l).substr(i, 3) == months[m]) month = static_cast<int>(m) + 1;
      }
      i = end;
    } else {
      ++i;
    }
  }
  const auto is_year = [](int n) { return n >= 1900 && n <= 2100; };
  if (month != 0) {
    // `11 November 2019`, `November 11, 2019`, `November 2019`
    if (numbers.size() == 2 && is_year(numbers[1]) && numbers[0] >= 1 && numbers[0] <= 31) {
      return ast::Date{numbers[1], month, numbers[0]};
    }
    if (numbers.size() == 1 && is_year(numbers[0])) return ast::Date{numbers[0], month, 0};
    return std::nullopt;
  }
  if (numbers.size() != 3) return std::nullopt;
  if (is_year(numbers[0]) && numbers[1] >= 1 && numbers[1] <= 12) return ast::Date{numbers[0], numbers[1], numbers[2]};
  if (!is_year(numbers[2]) || numbers[0] < 1 || numbers[1] < 1) return std::nullopt;
  if (numbers[0] > 12 && numbers[1] <= 12) return ast::Date{numbers[2], numbers[1], numbers[0]};
  if (numbers[1] > 12 && numbers[0] <= 12) return ast::Date{numbers[2], numbers[0], numbers[1]};
  return ast::Date{numbers[2], 0, 0};  // the caller says that day and month were left out
}

std::vector<HistoryLine> history_lines(const SourceFile& source, const Layout& layout, DiagnosticSink& sink,
                                       std::vector<ast::Entry>* records) {
  std::vector<Physical> lines;
  for (std::size_t l = 1; l <= source.line_count(); ++l) {
    for (const auto raw : run_together(trimmed(source.line_text(l)), source, sink)) {
      Physical p;
      p.raw = raw;
      p.header = header_kind(raw);
      // a date the search was run on: a run record
      if (records != nullptr && (iequal(raw.substr(0, 9), "date run:") || p.header == run_note)) {
        if (const auto date = run_date(raw)) {
          records->push_back({span_of(source, raw), ast::Searched{*date}});
          if (date->month == 0) {
            sink.report(DiagCode::W306, span_of(source, raw),
                        fmt::format("the day and the month of this date could be read either way round: the run record "
                                    "keeps its year, `searched {}`",
                                    date->year));
          }
        }
      }
      p.text = raw;
      lines.push_back(p);
    }
  }
  // Numbered or not: from the lines that start with a number. Their numbers must run up from
  // 1 (or down to 1, newest first), and they must be at least half of the lines; otherwise a
  // leading number is a word of the search (`5 alpha reductase[tiab]`).
  std::size_t searches = 0;
  std::vector<std::size_t> numbered_at;
  bool all_hash = true;
  for (const auto& p : lines) searches += p.header.empty() ? 1U : 0U;
  const auto forms = searches > 1 || layout.single_line_numbered ? layout.numbers : Numbers::hash;
  std::vector<std::uint64_t> numbers;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::size_t length = 0;
    if (!lines[i].header.empty()) continue;
    if (const auto n = own_number(lines[i].raw, forms, length)) {
      numbered_at.push_back(i);
      numbers.push_back(*n);
      all_hash = all_hash && (lines[i].raw.front() == '#' || forms == Numbers::letter_s);
    }
  }
  const bool up = std::adjacent_find(numbers.begin(), numbers.end(), std::greater_equal<>()) == numbers.end();
  const bool down =
      numbers.size() > 1 && std::adjacent_find(numbers.begin(), numbers.end(), std::less_equal<>()) == numbers.end();
  // EBSCOhost's `S1` cannot open a search, so its rows are numbered however many lines of
  // printed columns stand between them.
  const bool numbered = !numbers.empty() && (up || down) &&
                        (2 * numbers.size() >= searches || forms == Numbers::letter_s) &&
                        ((up ? numbers.front() : numbers.back()) == 1 || all_hash);
  // What stands above the first numbered line of a numbered history is its title and header.
  std::size_t first = 0;
  if (numbered) {
    first = numbered_at.front();
    if (first > 0) {
      const auto block = cover(span_of(source, lines.front().raw), span_of(source, lines[first - 1].raw));
      if (first == 1) {
        const auto kind =
            lines.front().header.empty() ? std::string_view("a title above the history") : lines.front().header;
        sink.report(DiagCode::W306, block,
                    fmt::format("`{}` is {}, not a search: skipped", fold_space(lines.front().raw), kind));
      } else {
        sink.report(
            DiagCode::W306, block,
            fmt::format("the {} lines from `{}` to `{}` stand above line {} of the history: the export's "
                        "title and header, not searches: skipped",
                        first, fold_space(lines.front().raw), fold_space(lines[first - 1].raw), numbers.front()));
      }
    }
  }
  // Counts between each numbered line's number and its search, one of them plainly a count, are a
  // column of the history's table.
  std::size_t leading = 0;
  std::size_t plain = 0;
  for (const auto i : numbered ? numbered_at : std::vector<std::size_t>{}) {
    std::size_t length = 0;
    own_number(lines[i].raw, forms, length);
    const auto text = trimmed(lines[i].raw.substr(length));
    leading += leading_count(text) > 0 ? 1U : 0U;
    plain += plainly_count(text) ? 1U : 0U;
  }
  const bool count_column = leading > 1 && leading == numbered_at.size() && plain > 0;
  struct Logical {
    std::size_t first, last;  // physical lines
    std::optional<std::uint64_t> number;
  };
  std::vector<Logical> logical;
  for (std::size_t i = first; i < lines.size(); ++i) {
    auto& p = lines[i];
    if (!p.header.empty()) {
      sink.report(DiagCode::W306, span_of(source, p.raw),
                  fmt::format("`{}` is {}, not a search: skipped", fold_space(p.raw), p.header));
      continue;
    }
    std::size_t length = 0;
    if (numbered) {
      if (auto n = own_number(p.raw, forms, length)) {
        p.number = n;
        p.text = trimmed(p.raw.substr(length));
      }
    }
    const auto own = p.number ? p.number : (logical.empty() ? std::nullopt : logical.back().number);
    take_run_data(p, layout, numbered ? own : std::nullopt);
    if (p.number) take_leading_count(p, count_column);
    if (!logical.empty() && !p.number && !p.text.empty()) {
      const auto& above = lines[logical.back().last];
      const auto why = continues(p, joined(lines[logical.back().first], above), layout);
      if (!why.empty() && above.skipped.empty() && !above.hits) {
        const auto word = p.text.substr(0, std::max<std::size_t>(1, p.text.find_first_of(" \t")));
        sink.report(DiagCode::W308, span_of(source, word),
                    fmt::format("{}: it is read as the rest of the search above, printed over several lines (a line "
                                "break read as a space)",
                                why));
        logical.back().last = i;
        continue;
      }
    }
    logical.push_back({i, i, p.number});
  }
  std::vector<HistoryLine> out;
  for (const auto& l : logical) {
    const auto& head = lines[l.first];
    const auto& tail = lines[l.last];
    for (const auto& s : tail.skipped) sink.report(DiagCode::W306, span_of(source, s.text), s.message);
    HistoryLine h;
    h.number = l.number;
    h.hits = tail.hits;
    auto text = joined(head, tail);
    h.offset = offset_in(source, text);
    // Ovid's note on what it searched, `[mp=...]`, runs to the end of the line.
    if (const auto note = layout.notes == Notes::ovid ? text.find("[mp=") : std::string_view::npos;
        note != std::string_view::npos) {
      h.note = text.substr(note);
      text = trimmed(text.substr(0, note));
      if (!h.hits) h.hits = parenthesised_count(text);  // `(120) [mp=title]`
    }
    h.text = text;
    out.push_back(h);
  }
  if (numbered && down) {
    std::reverse(out.begin(), out.end());
    sink.report(DiagCode::W312, span_of(source, lines[numbered_at.front()].raw),
                fmt::format("this history is printed newest first (line {} down to line 1): its lines are read from "
                            "line 1 up",
                            numbers.front()));
  }
  return out;
}

namespace {

// The two ends of a range of lines, `#2-#3` or `#2-3` (EBSCOhost's `S2-S3` with `mark` `S`, in
// either case), or nullopt.
std::optional<std::pair<std::string_view, std::string_view>> range_ends(std::string_view word, char mark) {
  const auto marks = [&](char c) { return ascii_lower(c) == ascii_lower(mark); };
  if (word.size() < 4 || !marks(word.front())) return std::nullopt;
  const auto dash = word.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  const auto from = word.substr(1, dash - 1);
  auto to = word.substr(dash + 1);
  if (!to.empty() && marks(to.front())) to.remove_prefix(1);
  if (from.empty() || to.empty() || !all_digits(from) || !all_digits(to)) return std::nullopt;
  return std::pair{from, to};
}

}  // namespace

bool names_lines(std::string_view word) {
  return (word.size() > 1 && word.front() == '#' && all_digits(word.substr(1))) || names_range(word, '#');
}

bool names_range(std::string_view word, char mark) {
  return range_ends(word, mark).has_value();
}

std::string line_name(std::uint64_t number) {
  return fmt::format(FMT_COMPILE("l{}"), number);
}

std::optional<ast::Node> History::reference(std::uint64_t number, Span where, std::string_view written,
                                            DiagnosticSink& sink) const {
  if (unread_.count(number) > 0) return std::nullopt;
  const auto it = read_.find(number);
  if (it == read_.end()) {
    sink.report(DiagCode::E301, where, fmt::format("{} is not one of the lines above", written));
    return std::nullopt;
  }
  return ast::Node{where, false, ast::LineRef{line_name(number), static_cast<int>(it->second)}};
}

std::optional<ast::Node> History::lines(std::string_view word, Span where, std::string_view database,
                                        DiagnosticSink& sink, char mark) const {
  constexpr std::uint64_t most = 1'000'000'000;
  const auto ends = range_ends(word, mark);
  if (!ends) return reference(read_digits(word.substr(1), most), where, word, sink);
  const auto first = std::min(read_digits(ends->first, most), read_digits(ends->second, most));
  const auto last = std::max(read_digits(ends->first, most), read_digits(ends->second, most));
  std::string lines = fmt::format("{}{}", mark, first);
  for (auto n = first + 1; n <= last; ++n) {
    if (last - first > 5 && n == first + 2) {
      lines += " OR ...";
      n = last - 1;
      continue;
    }
    lines += fmt::format(" OR {}{}", mark, n);
  }
  sink.report(DiagCode::E301, where,
              fmt::format("cannot read `{}`: {}'s help documents no range of lines, so what it runs is not known; "
                          "write the lines out, as `{}`",
                          word, database, lines));
  return std::nullopt;
}

}  // namespace searchc::import
