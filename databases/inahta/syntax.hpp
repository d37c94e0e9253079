// The INAHTA International HTA Database's syntax, written once: its writer (writer.cpp) writes
// it and its reader (reader.cpp, through the bracket-tag reader) reads it (docs/databases.md,
// "INAHTA International HTA Database (`inahta`)").
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "compiler/ast.hpp"
#include "compiler/diagnostics.hpp"
#include "databases/syntax.hpp"

namespace searchc::inahta {

// The field tags after a word, a phrase or a parenthesised group: `(heart OR cardiac)[Title]`.
// One field a tag: a scope over several is one group per field.
std::span<const FieldCode> field_tags();

// `"Heart"[mhe]`, the heading exploded, and `"Heart"[mh]`, the heading alone.
inline constexpr std::array<HeadingTag, 2> heading_tags = {{
    {{"mhe"}, true, false},
    {{"mh"}, false, false},
}};

// PubMed's tags of the publication date, which INAHTA does not have: a search copied from
// PubMed may hold them, and they are refused rather than searched in all text.
inline constexpr std::array<Names, 1> pubmed_dates = {{{"dp", "pdat", "publication date"}}};

// The publication-year filter, as the search history shows it after the query: `FROM 2014 TO 2021`.
std::string year_filter(int from, int to);
// The filter at the end of `line`, ` FROM 2014 TO 2021`, taken off it; nullopt, and `line` as
// it was, when it ends in none. The filter's words in another form (`FROM 2014`, `FROM 2014 TO`),
// which no INAHTA search shows, are refused at them (E301), which refuses the line.
std::optional<ast::Limit> read_year_filter(std::string_view& line, std::uint32_t offset, Span where,
                                           DiagnosticSink& sink);

}  // namespace searchc::inahta
