// Line tables and code-point columns for SourceFile.
#include "compiler/source.hpp"

#include <algorithm>

#include "base/utf8.hpp"

namespace searchc {

SourceFile::SourceFile(std::string name, std::string text) : name_(std::move(name)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
  }
}

std::string_view SourceFile::slice(Span span) const {
  const auto size = text_.size();
  const auto begin = std::min<std::size_t>(span.begin, size);
  const auto end = std::clamp<std::size_t>(span.end, begin, size);
  return std::string_view(text_).substr(begin, end - begin);
}

Location SourceFile::locate(std::uint32_t offset) const {
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line = static_cast<std::size_t>(it - line_starts_.begin());
  const auto start = line_starts_[line - 1];
  const auto end = std::min<std::size_t>(offset, text_.size());
  return {line, count_code_points(std::string_view(text_).substr(start, end - start)) + 1};
}

std::string_view SourceFile::line_text(std::size_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  const std::size_t begin = line_starts_[line - 1];
  std::size_t end = line < line_starts_.size() ? line_starts_[line] - 1 : text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(begin, end - begin);
}

}  // namespace searchc
