// The input limits shared by the parser and the importers.
#include "compiler/limits.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#include "base/text.hpp"
#include "base/utf8.hpp"

namespace searchc {
namespace {

// The checks below pass over every byte of every import before anything else runs. They read
// eight bytes at a time, skipping those that hold nothing they look for: measured with
// bench/instructions, byte by byte they cost 3.6% more of a translation (docs/performance.md).

// The eight bytes at `pos`, which must be in the text, as one word.
std::uint64_t eight_bytes(std::string_view text, std::size_t pos) {
  std::uint64_t word = 0;
  std::memcpy(&word, text.data() + pos, sizeof word);
  return word;
}
constexpr std::uint64_t high_bits = 0x8080808080808080;
constexpr std::uint64_t ones = 0x0101010101010101;

// Bit tests on eight bytes at once, from "Bit Twiddling Hacks" (Sean Eron Anderson).
// Whether a byte of `word` is below `n`, for n up to 128: exact as a yes or no, though a byte
// above one that is below may be marked too.
bool any_below(std::uint64_t word, std::uint8_t n) {
  return ((word - ones * n) & ~word & high_bits) != 0;
}
// The high bit of each zero byte of `word`, and of no other: exact byte by byte, so that the
// bits may be counted or matched against another word's.
std::uint64_t zero_bytes(std::uint64_t word) {
  constexpr std::uint64_t low_bits = ~high_bits;
  return ~(((word & low_bits) + low_bits) | word | low_bits);
}

// The `(` in `text`, counted eight bytes at a time: the zero bytes once `(` is XORed out of each.
std::size_t count_opening_parentheses(std::string_view text) {
  std::size_t count = 0;
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    if (const auto found = zero_bytes(eight_bytes(text, i) ^ (ones * '(')); found != 0) {
      count += static_cast<std::size_t>(std::popcount(found));
    }
  }
  for (; i < text.size(); ++i) count += text[i] == '(' ? 1U : 0U;
  return count;
}

}  // namespace

bool check_encoding(const SourceFile& source, DiagnosticSink& sink) {
  const std::string_view text = source.text();
  if (text.size() > max_source_bytes) {
    sink.report(DiagCode::E004, {0, 0},
                fmt::format("the input is {} MB; searchc reads strategies up to {} MB", text.size() >> 20U,
                            max_source_bytes >> 20U));
    return false;
  }
  if (source.line_count() > max_source_lines) {
    sink.report(DiagCode::E033, {0, 0},
                fmt::format("the input has {} lines; searchc reads strategies of up to {} lines", source.line_count(),
                            max_source_lines))
        .notes.emplace_back("was another file given, such as a list of records?");
    return false;
  }
  for (std::size_t pos = 0; pos < text.size();) {
    // Most strategies are ASCII: a byte below 0x80 is a character of its own.
    if (pos + 8 <= text.size()) {
      const auto word = eight_bytes(text, pos);
      if ((word & high_bits) == 0 && !any_below(word, 1)) {
        pos += 8;
        continue;
      }
    }
    if (const auto byte = static_cast<unsigned char>(text[pos]); byte > 0 && byte < 0x80) {
      ++pos;
      continue;
    }
    const auto ch = decode_utf8(text, pos);
    const auto at = static_cast<std::uint32_t>(pos);
    if (!ch.valid) {
      auto& d = sink.report(DiagCode::E001, {at, at + 1},
                            fmt::format("byte 0x{:02X} is not valid UTF-8", static_cast<unsigned char>(text[pos])));
      d.notes.emplace_back("save the file as UTF-8; this often happens with files saved as Latin-1 or Windows-1252");
      return false;
    }
    if (ch.code_point == 0) {
      auto& d = sink.report(DiagCode::E002, {at, at + 1}, "the file contains a NUL byte");
      d.notes.emplace_back("a strategy is plain text; was a word-processor or UTF-16 file given?");
      return false;
    }
    pos += ch.length;
  }
  return true;
}

bool check_nesting(const SourceFile& source, DiagnosticSink& sink) {
  const std::string_view text = source.text();
  // A text with no more `(` than the limit cannot nest deeper than it, whatever its quotation
  // marks.
  if (count_opening_parentheses(text) <= max_group_depth) return true;
  std::size_t depth = 0;
  bool quoted = false;
  // What changes the nesting.
  static constexpr ByteSet marks("\"\n()");
  for (std::size_t i = 0; i < text.size(); ++i) {
    i = marks.find_in(text, i);
    if (i == std::string_view::npos) break;
    if (text[i] == '"') quoted = !quoted;
    if (text[i] == '\n') quoted = false;
    if (quoted) continue;
    if (text[i] == ')' && depth > 0) --depth;
    if (text[i] != '(' || ++depth <= max_group_depth) continue;
    const auto at = static_cast<std::uint32_t>(i);
    auto& d =
        sink.report(DiagCode::E021, {at, at + 1}, fmt::format("parentheses nested more than {} deep", max_group_depth));
    d.notes.emplace_back("split the search into several lines and combine them");
    return false;
  }
  return true;
}

bool check_control_characters(const SourceFile& source, DiagnosticSink& sink) {
  const std::string_view text = source.text();
  for (std::size_t i = 0; i < text.size(); ++i) {
    while (i + 8 <= text.size() && !any_below(eight_bytes(text, i), 0x20)) i += 8;
    if (i == text.size()) break;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 || c == '\t' || c == '\n' || (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) continue;
    if (c == '\r' && i + 1 == text.size()) continue;
    const auto at = static_cast<std::uint32_t>(i);
    sink.report(DiagCode::E028, {at, at + 1}, fmt::format("a control character (U+{:04X}) cannot stand in a search", c))
        .notes.emplace_back("remove it; it often comes from copying out of another program");
    return false;
  }
  return true;
}

namespace {

// Whether every byte of `text` is ASCII and none is a control character but a tab or a line
// break, told eight bytes at a time: a text that the checks of encoding and of control
// characters pass. False says only that they must look closer.
bool plainly_ascii(std::string_view text) {
  const auto plain_byte = [](char c) { return c >= 0x20 || c == '\t' || c == '\n'; };
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    const auto word = eight_bytes(text, i);
    if ((word & high_bits) != 0) return false;
    if (!any_below(word, 0x20)) continue;
    for (std::size_t j = i; j < i + 8; ++j) {
      if (!plain_byte(text[j])) return false;
    }
  }
  for (; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0x80U) != 0 || !plain_byte(text[i])) return false;
  }
  return true;
}

}  // namespace

DatabaseInput check_database_input(const SourceFile& source, DiagnosticSink& sink) {
  const std::string_view text = source.text();  // a view: the source may be 50 MB
  // no more `(` than the limit: the nesting check's own first test
  if (text.size() <= max_source_bytes && source.line_count() <= max_source_lines && plainly_ascii(text) &&
      count_opening_parentheses(text) <= max_group_depth) {
    return DatabaseInput::ascii;
  }
  if (!check_encoding(source, sink) || !check_control_characters(source, sink) || !check_nesting(source, sink)) {
    return DatabaseInput::refused;
  }
  return is_ascii(text) ? DatabaseInput::ascii : DatabaseInput::not_ascii;
}

bool check_term_length(std::size_t bytes, Span span, std::string_view what, DiagnosticSink& sink) {
  if (bytes <= max_term_bytes) return true;
  auto& d = sink.report(
      DiagCode::E032, {span.begin, std::min(span.end, span.begin + 20)},
      fmt::format("this {} is {} bytes long, more than the {} searchc accepts", what, bytes, max_term_bytes));
  d.notes.emplace_back("check for a missing space or quotation mark");
  return false;
}

}  // namespace searchc
