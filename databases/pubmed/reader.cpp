// The PubMed importer. The syntax is databases/pubmed/syntax.hpp's, with its sources in
// docs/databases.md ("PubMed (`pubmed`)").
//
// A query or a history of `#1 ...` lines, read by the bracket-tag reader (databases/tagged_reader.hpp).
// PubMed evaluates operators from left to right, which it documents, so `a OR b AND c` is read
// exactly as `(a OR b) AND c`. `"a b"[tiab:~2]` is the words within two words between them,
// the language's NEAR/3; a year range ANDed onto a line becomes the line's limit.
#include "databases/pubmed/pubmed.hpp"

#include "databases/pubmed/syntax.hpp"
#include "databases/tagged_reader.hpp"

namespace searchc::pubmed {
namespace {

using namespace import;

const TaggedSyntax syntax{
    .from = "PubMed",
    .fields = field_tags(),
    .headings = heading_tags,
    .no_explode = no_explode,
    .subheadings = subheading,
    .heading_qualifiers = true,
    .near_distance = &near_distance,
    .group_tags = false,
    .left_to_right = true,
    .dates = publication_date,
    .trailing_limit = &read_date_filter,
};

}  // namespace

Imported read(const SourceFile& source, DiagnosticSink& sink) {
  return read_tagged(syntax, source, sink);
}

}  // namespace searchc::pubmed
