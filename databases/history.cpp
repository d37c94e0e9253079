// Splitting a pasted search history into its lines.
#include "databases/history.hpp"

#include <fmt/compile.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>

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

std::vector<HistoryLine> history_lines(const SourceFile& source, Numbers numbers, Notes notes) {
  std::vector<HistoryLine> out;
  const std::string_view text = source.text();
  for (std::size_t l = 1; l <= source.line_count(); ++l) {
    HistoryLine h;
    auto line = source.line_text(l);
    h.offset = static_cast<std::uint32_t>(line.data() - text.data());
    const auto trim_front = [&](std::size_t n) {
      n = std::min(n, line.size());
      line.remove_prefix(n);
      h.offset += static_cast<std::uint32_t>(n);
    };
    trim_front(line.find_first_not_of(" \t"));
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
    if (line.empty()) continue;
    const std::size_t hash = line.front() == '#' ? 1 : 0;
    if (numbers == Numbers::bare_or_hash || (numbers == Numbers::hash && hash == 1)) {
      std::size_t digits = hash;
      while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
      if (digits > hash &&
          (digits == line.size() || line[digits] == ' ' || line[digits] == '.' || line[digits] == '\t')) {
        h.number = read_digits(line.substr(hash, digits - hash), 1'000'000);
        trim_front(digits + (digits < line.size() && line[digits] == '.' ? 1 : 0));  // `1.` as well as `1`
        trim_front(line.find_first_not_of(" \t"));
      }
    }
    // Ovid's note on what it searched, `[mp=...]`, runs to the end of the line.
    if (const auto note = notes == Notes::ovid ? line.find("[mp=") : std::string_view::npos;
        note != std::string_view::npos) {
      h.note = line.substr(note);
      line = line.substr(0, note);
      while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    }
    // An export's hit count: `(6685)` at the end, or the last tab-separated column.
    // (`find` runs through memchr; `rfind` steps back a byte at a time, so it runs only on a
    // line that has a tab.)
    const auto count_of = [](std::string_view s) -> std::optional<std::uint64_t> {
      std::string digits;
      for (const char c : s) {
        if (c != ',' && c != ' ') digits += c;
      }
      if (!all_digits(digits) || digits.size() > 15) return std::nullopt;
      return read_digits(digits, 1'000'000'000'000'000ULL);
    };
    if (const auto tab = line.find('\t') == std::string_view::npos ? std::string_view::npos : line.rfind('\t');
        tab != std::string_view::npos) {
      if (auto n = count_of(line.substr(tab + 1))) {
        h.hits = n;
        line = line.substr(0, tab);
      }
    } else if (line.size() > 2 && line.back() == ')') {
      const auto open = line.rfind('(');
      if (open != std::string_view::npos && open > 0 && line[open - 1] == ' ') {
        if (auto n = count_of(line.substr(open + 1, line.size() - open - 2))) {
          h.hits = n;
          line = line.substr(0, open);
        }
      }
    }
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    h.text = line;
    out.push_back(h);
  }
  return out;
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

}  // namespace searchc::import
