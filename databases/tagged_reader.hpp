// The reader of syntaxes that write a field tag in brackets after what it scopes: PubMed
// (`heart[tiab]`, `"heart attack"[mh]`) and INAHTA (`(heart OR cardiac)[Title]`, `Heart[mhe]`).
// Each syntax is a table of its tags and a few switches; the reading itself is shared.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "databases/import.hpp"
#include "databases/syntax.hpp"

namespace searchc::import {

// A syntax as the reader reads it: the tables of the database's syntax (databases/<id>/syntax.hpp)
// and a few switches. Tags are compared folded: `[MeSH  Terms]` is `mesh terms`.
struct TaggedSyntax {
  std::string_view from;  // "PubMed"
  std::span<const FieldCode> fields;
  std::span<const HeadingTag> headings;
  Names no_explode = {};   // the option of a heading's tag for the heading alone, `[mh:noexp]`; none where empty
  Names subheadings = {};  // the tag of a subheading of any heading, `drug therapy[sh]`; none where empty
  bool heading_qualifiers = false;  // `Heart/drug therapy[mh]`
  // `"a b"[tiab:~N]`, the words with at most N words between them, as the language's NEAR;
  // null where the syntax has no proximity.
  int (*near_distance)(std::uint64_t words_between) = nullptr;
  bool group_tags = false;  // `(a OR b)[Title]`
  // PubMed documents that it reads operators from left to right; where a syntax does not say,
  // operators mixed without parentheses are refused (E302).
  bool left_to_right = false;
  // The tags of a date, which belongs at the end of a line as its limit: refused inside a search.
  Names dates = {};
  // Takes the limit written at the end of a line (`AND 2014:2021[dp]`, `FROM 2014 TO 2021`)
  // off `line`, or leaves it as it is.
  std::optional<ast::Limit> (*trailing_limit)(std::string_view& line, Span where) = nullptr;
};

Imported read_tagged(const TaggedSyntax& syntax, const SourceFile& source, DiagnosticSink& sink);

}  // namespace searchc::import
