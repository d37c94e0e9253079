// The INAHTA International HTA Database importer. The syntax is databases/inahta/syntax.hpp's,
// with its sources in docs/databases.md ("INAHTA International HTA Database (`inahta`)").
//
// A query or a history of `#1 ...` lines, read by the bracket-tag reader (databases/tagged_reader.hpp):
// tags after a word, a phrase or a parenthesised group (`(a OR b)[Title]`), `[mhe]` for an
// exploded heading and `[mh]` for the heading alone, and the year filter written after the
// query, `FROM 2014 TO 2021`. INAHTA does not document which operator applies first, so
// operators mixed without parentheses are refused (E302).
#include "databases/inahta/inahta.hpp"

#include "databases/inahta/syntax.hpp"
#include "databases/tagged_reader.hpp"

namespace searchc::inahta {
namespace {

using namespace import;

const TaggedSyntax syntax{
    .from = "INAHTA",
    .fields = field_tags(),
    .headings = heading_tags,
    .heading_qualifiers = true,
    .group_tags = true,
    .left_to_right = false,
    .dates = pubmed_dates,
    .labels = {"Search:"},
    .limit_label = "Year filter:",
    .trailing_limit = &read_year_filter,
};

}  // namespace

Imported read(const SourceFile& source, DiagnosticSink& sink) {
  return read_tagged(syntax, source, sink);
}

}  // namespace searchc::inahta
