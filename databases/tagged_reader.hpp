// The reader of syntaxes that write a field tag in brackets after what it scopes: PubMed
// (`heart[tiab]`, `"heart attack"[mh]`) and INAHTA (`(heart OR cardiac)[Title]`, `Heart[mhe]`).
// Each syntax is a table of its tags and a few switches; the reading itself is shared.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

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
  // PubMed documents AND, OR and NOT in capitals (NLM) and reads them in any case: an operator
  // not in capitals is read with a warning (W307), and before a tag it is one of the words
  // (`wit and humor[mh]`). Elsewhere operators are read in any case without one.
  bool capital_operators = false;
  // The tags of a date, which belongs at the end of a line as its limit: refused inside a search.
  std::span<const Names> dates = {};
  // The labels the interface prints before a line's search (`Search:`), skipped with W306;
  // matched as written, followed by a space.
  Names labels = {};
  // The label of a line that holds only a limit, which is the line's above (INAHTA's `Year
  // filter: FROM 2014 TO 2021`, as searchc's INAHTA writer prints it).
  std::string_view limit_label = {};
  // The tags of a filter (`systematic[sb]`) and the words that are one (`hasabstract`), which
  // the language cannot say: ANDed onto a search, a filter is left out (W302, finds more).
  Names filter_tags = {};
  Names filter_words = {};
  // Untagged words go through the database's term mapping (PubMed's Automatic Term Mapping),
  // which the language cannot say: they are read as words, with a warning once a line.
  bool term_mapping = false;
  // `?` is a wildcard; where it is not (PubMed), it is read as the space the database reads.
  bool question_wildcard = true;
  // The subheading tag searches the subheadings under it too, unless `:noexp` (PubMed).
  bool subheadings_explode = false;
  // Takes the limit written at the end of `line`, which starts at `offset` (`AND 2014:2021[dp]`,
  // `FROM 2014 TO 2021`), off `line`, or leaves it as it is; reports what it reads inexactly. An
  // error it reports refuses the line (the line is not read).
  std::optional<ast::Limit> (*trailing_limit)(std::string_view& line, std::uint32_t offset, Span where,
                                              DiagnosticSink& sink) = nullptr;
  // Takes the text the interface prints after a line's search (PubMed's `Filters: Humans` and
  // `Sort by: Most Recent`) off `line`, which starts at `offset`: reports it, adds the limits it
  // holds to `limits` and what the language cannot say to `comments`.
  void (*interface_text)(std::string_view& line, std::uint32_t offset, std::vector<ast::Limit>& limits,
                         std::vector<std::string>& comments, DiagnosticSink& sink) = nullptr;
};

Imported read_tagged(const TaggedSyntax& syntax, const SourceFile& source, DiagnosticSink& sink);

}  // namespace searchc::import
