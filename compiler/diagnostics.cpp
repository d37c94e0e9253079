// Diagnostic registry lookups, collection, and clang-style rendering with a caret.
#include "compiler/diagnostics.hpp"

#include <fmt/color.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <numeric>

#include "base/edit_distance.hpp"
#include "base/text.hpp"
#include "base/utf8.hpp"

namespace searchc {
namespace {

struct CodeInfo {
  std::string_view name;
  Severity severity;
  std::string_view summary;
};

constexpr std::array code_table = {
#define SEARCHC_DIAG(code, severity, summary) CodeInfo{#code, Severity::severity, summary},
#include "compiler/diagnostics.def"
#undef SEARCHC_DIAG
};

const CodeInfo& info(DiagCode code) {
  return code_table.at(static_cast<std::size_t>(code));
}

fmt::text_style severity_style(Severity severity) {
  switch (severity) {
    case Severity::error:
      return fmt::emphasis::bold | fmt::fg(fmt::terminal_color::bright_red);
    case Severity::warning:
      return fmt::emphasis::bold | fmt::fg(fmt::terminal_color::bright_yellow);
    case Severity::note:
      return fmt::emphasis::bold | fmt::fg(fmt::terminal_color::bright_cyan);
  }
  return {};
}

// What a source line looks like on a terminal: tabs become one space and bytes that would
// disturb the terminal become U+FFFD, so that every code point is one column wide and the
// caret lines up with the column numbers in the header.
std::string display_line(std::string_view line) {
  std::string out;
  for (std::size_t pos = 0; pos < line.size();) {
    const auto ch = decode_utf8(line, pos);
    if (!ch.valid || (ch.code_point < 0x20 && ch.code_point != '\t') || ch.code_point == 0x7F) {
      out += "\xEF\xBF\xBD";
    } else if (ch.code_point == '\t') {
      out += ' ';
    } else {
      out.append(line.substr(pos, ch.length));
    }
    pos += ch.length;
  }
  return out;
}

constexpr std::size_t max_snippet_width = 120;
constexpr std::size_t snippet_context = 40;

// The code points [first, last) of a UTF-8 string.
std::string code_point_slice(std::string_view text, std::size_t first, std::size_t last) {
  std::size_t index = 0;
  std::size_t begin = text.size();
  std::size_t end = text.size();
  for (std::size_t pos = 0; pos < text.size(); pos += decode_utf8(text, pos).length, ++index) {
    if (index == first) begin = pos;
    if (index == last) {
      end = pos;
      break;
    }
  }
  return std::string(text.substr(begin, end - begin));
}

class Renderer {
 public:
  Renderer(const SourceFile& source, const RenderOptions& options, std::string& out)
      : source_(source), options_(options), out_(out) {}

  template <typename... Args>
  void styled(fmt::text_style style, fmt::format_string<Args...> format, Args&&... args) {
    auto text = fmt::format(format, std::forward<Args>(args)...);
    out_ += options_.color ? fmt::format(style, "{}", text) : text;
  }

  // The numbered source line holding span.begin, with a marker under the span.
  void snippet(Span span, char marker, std::string_view label, std::size_t gutter) {
    const auto& text = source_.text();
    const auto begin = std::min<std::size_t>(span.begin, text.size());
    const auto where = source_.locate(static_cast<std::uint32_t>(begin));
    const auto line = source_.line_text(where.line);
    const auto line_start = static_cast<std::size_t>(line.data() - text.data());
    const auto line_end = line_start + line.size();
    const auto end = std::clamp<std::size_t>(span.end, begin, line_end);
    const auto width = std::max<std::size_t>(1, count_code_points(std::string_view(text).substr(begin, end - begin)));
    const auto blue = fmt::emphasis::bold | fmt::fg(fmt::terminal_color::bright_blue);

    // Long lines are shown as a window around the span, so that a megabyte-long line does not
    // flood the terminal.
    auto shown = display_line(line);
    std::size_t column = where.column;
    std::size_t marked = width;
    const auto total = count_code_points(shown);
    if (total > max_snippet_width) {
      const std::size_t first = column - 1 > snippet_context ? column - 1 - snippet_context : 0;
      const std::size_t last = std::min(total, first + max_snippet_width);
      std::string window = first > 0 ? "\u2026" : "";
      window += code_point_slice(shown, first, last);
      if (last < total) window += "\u2026";
      shown = std::move(window);
      column = column - first + (first > 0 ? 1 : 0);
      marked = std::max<std::size_t>(1, std::min(marked, last + 1 - (where.column)));
    }

    styled(blue, "{:>{}} | ", where.line, gutter);
    out_ += shown;
    out_ += '\n';
    styled(blue, "{:>{}} | ", "", gutter);
    std::string underline(column - 1, ' ');
    underline += marker;
    underline.append(marked - 1, marker == '^' ? '~' : marker);
    const auto style = marker == '^' ? severity_style(severity_) : blue;
    styled(style, "{}", underline);
    if (!label.empty()) styled(style, " {}", label);
    out_ += '\n';
  }

  void render(const Diagnostic& d) {
    severity_ = d.severity;
    const auto where = source_.locate(d.span.begin);
    styled(fmt::emphasis::bold, "{}:{}:{}: ", source_.name(), where.line, where.column);
    styled(severity_style(d.severity), "{}[{}]", severity_name(d.severity), code_name(d.code));
    styled(fmt::emphasis::bold, ": {}", d.message);
    out_ += '\n';

    std::size_t widest_line = where.line;
    for (const auto& label : d.labels) {
      widest_line = std::max(widest_line, source_.locate(label.span.begin).line);
    }
    const auto gutter = std::max<std::size_t>(4, fmt::formatted_size("{}", widest_line));
    snippet(d.span, '^', "", gutter);
    for (const auto& label : d.labels) snippet(label.span, '-', label.text, gutter);
    for (const auto& note : d.notes) {
      styled(fmt::emphasis::bold, "{:>{}} = note: ", "", gutter);
      out_ += note;
      out_ += '\n';
    }
  }

 private:
  const SourceFile& source_;
  const RenderOptions& options_;
  std::string& out_;
  Severity severity_ = Severity::error;
};

}  // namespace

std::string_view code_name(DiagCode code) {
  return info(code).name;
}

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::note:
      return "note";
  }
  return "error";
}

Severity default_severity(DiagCode code) {
  return info(code).severity;
}
std::string_view code_summary(DiagCode code) {
  return info(code).summary;
}

std::string_view direction_name(Direction direction) {
  switch (direction) {
    case Direction::none:
      return "none";
    case Direction::wider:
      return "wider";
    case Direction::narrower:
      return "narrower";
    case Direction::different:
      return "different";
  }
  return "none";
}

std::optional<DiagCode> parse_code(std::string_view name) {
  for (std::size_t i = 0; i < code_table.size(); ++i) {
    if (code_table[i].name == name) return static_cast<DiagCode>(i);
  }
  return std::nullopt;
}

std::vector<DiagCode> all_codes() {
  std::vector<DiagCode> codes(code_table.size());
  for (std::size_t i = 0; i < codes.size(); ++i) codes[i] = static_cast<DiagCode>(i);
  return codes;
}

Diagnostic& DiagnosticSink::report(DiagCode code, Span span, std::string message) {
  return diagnostics_.emplace_back(Diagnostic{code, default_severity(code), span, std::move(message), {}, {}});
}

bool DiagnosticSink::has_errors() const {
  return count(Severity::error) > 0;
}

std::size_t DiagnosticSink::count(Severity severity) const {
  return static_cast<std::size_t>(
      std::count_if(diagnostics_.begin(), diagnostics_.end(), [&](const auto& d) { return d.severity == severity; }));
}

std::vector<Diagnostic> DiagnosticSink::sorted() const {
  std::vector<Diagnostic> out;
  out.reserve(diagnostics_.size());
  for (const auto* d : in_order()) out.push_back(*d);
  return out;
}

std::vector<const Diagnostic*> DiagnosticSink::in_order() const {
  const std::array<const DiagnosticSink*, 1> sinks{this};
  return in_order(sinks);
}

std::vector<const Diagnostic*> DiagnosticSink::in_order(std::span<const DiagnosticSink* const> sinks) {
  std::vector<const Diagnostic*> out;
  std::size_t size = 0;
  for (const auto* sink : sinks) size += sink->diagnostics_.size();
  out.reserve(size);
  for (const auto* sink : sinks) {
    for (const auto& d : sink->diagnostics_) out.push_back(&d);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Diagnostic* a, const Diagnostic* b) { return a->span.begin < b->span.begin; });
  return out;
}

void DiagnosticSink::append(DiagnosticSink other) {
  if (diagnostics_.empty()) {
    diagnostics_ = std::move(other.diagnostics_);
    return;
  }
  diagnostics_.insert(diagnostics_.end(), std::make_move_iterator(other.diagnostics_.begin()),
                      std::make_move_iterator(other.diagnostics_.end()));
}

std::string render_human(const Diagnostic& diagnostic, const SourceFile& source, const RenderOptions& options) {
  std::string out;
  Renderer(source, options, out).render(diagnostic);
  return out;
}

std::string render_all(const DiagnosticSink& sink, const SourceFile& source, const RenderOptions& options) {
  std::string out;
  Renderer renderer(source, options, out);
  for (const auto* d : sink.in_order()) renderer.render(*d);
  return out;
}

void write_all(std::FILE* out, std::span<const Diagnostic* const> diagnostics, const SourceFile& source,
               const RenderOptions& options) {
  constexpr std::size_t piece = 64 * 1024;
  std::string text;
  Renderer renderer(source, options, text);
  for (const auto* d : diagnostics) {
    renderer.render(*d);
    if (text.size() >= piece) {
      std::fwrite(text.data(), 1, text.size(), out);
      text.clear();
    }
  }
  std::fwrite(text.data(), 1, text.size(), out);
}

std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string_view>& candidates) {
  const std::size_t allowed = std::max<std::size_t>(1, word.size() / 3);
  std::optional<std::string> best;
  std::size_t best_distance = allowed + 1;
  for (const auto candidate : candidates) {
    const auto distance = edit_distance(word, candidate, allowed);
    if (distance < best_distance) {
      best_distance = distance;
      best = std::string(candidate);
    }
  }
  return best;
}

}  // namespace searchc
