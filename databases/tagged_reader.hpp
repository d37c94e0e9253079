// The reader of syntaxes that write a field tag in brackets after what it scopes: PubMed
// (`heart[tiab]`, `"heart attack"[mh]`) and INAHTA (`(heart OR cardiac)[Title]`, `Heart[mhe]`).
// Each syntax is a table of its tags and a few switches; the reading itself is shared.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string_view>

#include "compiler/fields.hpp"
#include "databases/import.hpp"

namespace searchc::import {

// A tag's names in a syntax, in lower case, the unused places left empty at the end:
// `{"tiab", "title/abstract"}`.
using TagNames = std::array<std::string_view, 6>;

struct FieldTag {
  TagNames names;
  FieldSet fields;        // empty: all fields
  std::string_view note;  // why the reading is not exact; empty when it is
};

struct HeadingTag {
  TagNames names;
  bool explode = true;
  bool major = false;
};

struct TaggedSyntax {
  std::string_view from;  // "PubMed"
  std::span<const FieldTag> fields;
  std::span<const HeadingTag> headings;
  bool subheadings = false;         // `drug therapy[sh]`, and `[mh:noexp]`
  bool heading_qualifiers = false;  // `Heart/drug therapy[mh]`
  bool proximity = false;           // `"a b"[tiab:~2]`
  bool group_tags = false;          // `(a OR b)[Title]`
  // PubMed documents that it reads operators from left to right; where a syntax does not say,
  // operators mixed without parentheses are refused (E302).
  bool left_to_right = false;
  // Takes the limit written at the end of a line (`AND 2014:2021[dp]`, `FROM 2014 TO 2021`)
  // off `line`, or leaves it as it is.
  std::optional<ast::Limit> (*trailing_limit)(std::string_view& line, Span where) = nullptr;
};

Imported read_tagged(const TaggedSyntax& syntax, const SourceFile& source, DiagnosticSink& sink);

}  // namespace searchc::import
