// The limits every reader of a strategy keeps, in the language or in a database's syntax, so
// that any input's cost is bounded; each is reported with its own code.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "compiler/diagnostics.hpp"
#include "compiler/source.hpp"

namespace searchc {

// A strategy takes about 45 bytes of memory for each byte of input, so these bound a run to
// well under a gigabyte; real strategies stay below 100 KB and a thousand lines.
inline constexpr std::size_t max_source_bytes = std::size_t{16} * 1024 * 1024;  // E004
inline constexpr std::size_t max_source_lines = 200'000;                        // E033
inline constexpr std::size_t max_term_bytes = 1000;                             // E032
// Parenthesis nesting deeper than this is refused (E021); real strategies stay below ten, and
// the bound keeps every recursive reader and pass within the stack.
inline constexpr std::size_t max_group_depth = 100;
// Longer chains of NOT or of proximity operators without parentheses are refused outright,
// which keeps every tree shallow enough for recursive passes (E110 in the language, E301 when
// importing).
inline constexpr std::size_t max_unparenthesised_chain = 16;

// Reports the first byte that is not acceptable (E001, E002), or an input too large (E004) or
// of too many lines (E033); true when there is none.
bool check_encoding(const SourceFile& source, DiagnosticSink& sink);

// Reports the first `(` nested deeper than max_group_depth outside quotation marks (E021), for
// the readers of database syntaxes; the language's parser counts its groups itself. True when
// there is none.
bool check_nesting(const SourceFile& source, DiagnosticSink& sink);

// Reports the first control character (a backspace, a carriage return inside a line), which no
// database's search can hold (E028), for the readers of database syntaxes; the language's
// grammar refuses them itself. True when there is none.
bool check_control_characters(const SourceFile& source, DiagnosticSink& sink);

// What `check_database_input` found: a text it refused (reported), or one it passed, told as
// plain ASCII or not, so that the import need not pass over the text again to know.
enum class DatabaseInput : std::uint8_t { refused, ascii, not_ascii };

// The three checks above, in that order, for the readers of database syntaxes. Most searches
// are ASCII with no control character but tabs and line breaks, and no more `(` than the
// nesting limit: such a text is passed in one pass over its bytes.
DatabaseInput check_database_input(const SourceFile& source, DiagnosticSink& sink);

// Reports a term or phrase longer than max_term_bytes (E032), whose text spans `span`; `what`
// names it ("term", "phrase"). True when it is short enough.
bool check_term_length(std::size_t bytes, Span span, std::string_view what, DiagnosticSink& sink);

}  // namespace searchc
