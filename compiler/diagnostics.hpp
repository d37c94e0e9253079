// Diagnostics: stable codes from diagnostics.def, a sink that collects them, and their rendering.
#pragma once

#include <cstdint>
#include <cstdio>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/source.hpp"

namespace searchc {

enum class Severity : std::uint8_t { error, warning, note };

enum class DiagCode : std::uint16_t {
#define SEARCHC_DIAG(code, severity, summary) code,
#include "compiler/diagnostics.def"
#undef SEARCHC_DIAG
};

std::string_view code_name(DiagCode code);          // "E012"
std::string_view severity_name(Severity severity);  // "error"
Severity default_severity(DiagCode code);
std::string_view code_summary(DiagCode code);
std::optional<DiagCode> parse_code(std::string_view name);
std::vector<DiagCode> all_codes();

// What a diagnostic says its rewrite does to the records the search finds, turned around under
// NOT already: `wider` finds more, `narrower` may find fewer, `different` neither (the database
// matches in its own way, and may both gain and lose records), `none` for a diagnostic that is
// no rewrite. Printed by `--format json`, so that the page and the appendix need not read it from
// the message.
enum class Direction : std::uint8_t { none, wider, narrower, different };

std::string_view direction_name(Direction direction);  // "narrower"

// A secondary position, e.g. where the unclosed `(` was opened.
struct Label {
  Span span;
  std::string text;
};

// One finding. `message` is lower case with no final period and names what was observed;
// `notes` carry explanations and suggestions ("write `(a OR b) AND c`").
struct Diagnostic {
  DiagCode code{};
  Severity severity = Severity::error;
  Span span;
  std::string message;
  std::vector<Label> labels;
  std::vector<std::string> notes;
  Direction direction = Direction::none;
};

// Collects diagnostics from every pass. Passes report and go on; callers decide whether to stop.
class DiagnosticSink {
 public:
  // Reports with the code's default severity.
  Diagnostic& report(DiagCode code, Span span, std::string message);
  bool has_errors() const;
  std::size_t count(Severity severity) const;
  bool empty() const { return diagnostics_.empty(); }
  // The diagnostics in the order they were reported.
  std::size_t size() const { return diagnostics_.size(); }
  const Diagnostic& at(std::size_t i) const { return diagnostics_.at(i); }
  // Stable-sorted by position, so output does not depend on the order passes ran in.
  std::vector<Diagnostic> sorted() const;
  // The diagnostics in sorted()'s order, not copied, for the renderers of a sink that may hold
  // hundreds of thousands. Valid until the sink changes.
  std::vector<const Diagnostic*> in_order() const;
  // The diagnostics of `sinks` in the order sorted() gives them appended into one sink: by
  // position, then in the order of the sinks, then of the reports. Not copied.
  static std::vector<const Diagnostic*> in_order(std::span<const DiagnosticSink* const> sinks);
  // Adds `other`'s diagnostics after these; moved in where the caller is done with them.
  void append(DiagnosticSink other);

 private:
  std::vector<Diagnostic> diagnostics_;
};

struct RenderOptions {
  bool color = false;
};

// `file:line:column: error[E012]: message`, the source line, and a caret under the span.
std::string render_human(const Diagnostic& diagnostic, const SourceFile& source, const RenderOptions& options = {});
std::string render_all(const DiagnosticSink& sink, const SourceFile& source, const RenderOptions& options = {});
// Writes render_human of each of `diagnostics` to `out` a piece at a time, so that a run with
// many diagnostics never holds all their text.
void write_all(std::FILE* out, std::span<const Diagnostic* const> diagnostics, const SourceFile& source,
               const RenderOptions& options = {});

// Closest candidate within a small edit distance, for "did you mean" notes.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace searchc
