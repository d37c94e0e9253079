// A strategy's source text, and byte spans into it with line/column lookup for rendering.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace searchc {

// A half-open byte range [begin, end) into a SourceFile's text.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  friend bool operator==(const Span&, const Span&) = default;
};

// Joins two spans into the smallest span covering both. Inline: every node a reader builds
// covers its parts.
inline Span cover(Span a, Span b) {
  return {a.begin < b.begin ? a.begin : b.begin, a.end > b.end ? a.end : b.end};
}

// 1-based line, and 1-based column counted in Unicode code points (tabs count as one).
struct Location {
  std::size_t line = 1;
  std::size_t column = 1;
};

class SourceFile {
 public:
  SourceFile(std::string name, std::string text);

  const std::string& name() const { return name_; }
  const std::string& text() const { return text_; }
  std::string_view slice(Span span) const;

  Location locate(std::uint32_t offset) const;
  // The text of the 1-based line, without its line break.
  std::string_view line_text(std::size_t line) const;
  std::size_t line_count() const { return line_starts_.size(); }

 private:
  std::string name_;
  std::string text_;
  std::vector<std::uint32_t> line_starts_;
};

}  // namespace searchc
