// The PubMed importer. The syntax is databases/pubmed/syntax.hpp's, with its sources in
// docs/databases.md ("PubMed (`pubmed`)").
//
// A query or a history of `#1 ...` lines, read by the bracket-tag reader (databases/tagged_reader.hpp).
// PubMed evaluates operators from left to right, which it documents, so `a OR b AND c` is read
// exactly as `(a OR b) AND c`. `"a b"[tiab:~2]` is the words within two words between them,
// the language's NEAR/3; a year range ANDed onto a line becomes the line's limit.
#include "databases/pubmed/pubmed.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "base/text.hpp"

#include "databases/dates.hpp"
#include "databases/pubmed/syntax.hpp"
#include "databases/tagged_reader.hpp"

namespace searchc::pubmed {
namespace {

using namespace import;

// Where `label` starts in `line` after a space, or npos.
std::size_t label_at(std::string_view line, std::string_view label) {
  const auto at = line.find(label);
  return at != std::string_view::npos && at > 0 && folded_spaces.contains(line[at - 1]) ? at : std::string_view::npos;
}

// `from 2010 - 2020`, `from 2010/1/1 - 2020/12/31`: the publication dates of PubMed's date
// filter, as its `Filters:` text prints them.
std::optional<ast::Limit> filter_dates(std::string_view item, Span where) {
  if (!item.starts_with("from ")) return std::nullopt;
  const auto dash = item.find(" - ");
  if (dash == std::string_view::npos) return std::nullopt;
  auto from = read_date(trimmed(item.substr(5, dash - 5)));
  auto to = read_date(trimmed(item.substr(dash + 3)));
  if (!from || !to) return std::nullopt;
  return date_limit(ast::LimitKind::publication_year, from, to, where);
}

// What PubMed prints after a search (PubMed User Guide, "Filters" and "Sort by"; legacy PubMed's
// history `Filters: Humans; English`): the sort order changes nothing in what is found (W306);
// the filters' publication dates become the line's limit, and every other filter, which the
// language cannot say, is left out (W302 at each, finds more) and carried over as a comment.
void interface_text(std::string_view& line, std::uint32_t offset, std::vector<ast::Limit>& limits,
                    std::vector<std::string>& comments, DiagnosticSink& sink) {
  const auto span_of = [&](std::string_view part) {
    const auto at = offset + static_cast<std::uint32_t>(part.data() - line.data());
    return Span{at, at + static_cast<std::uint32_t>(part.size())};
  };
  if (const auto sort = label_at(line, "Sort by:"); sort != std::string_view::npos) {
    const auto text = trimmed(line.substr(sort));
    sink.report(DiagCode::W306, span_of(text),
                fmt::format("`{}` orders PubMed's results and changes nothing in what it finds: skipped", text));
    line = line.substr(0, sort);
  }
  const auto filters = label_at(line, "Filters:");
  if (filters == std::string_view::npos) return;
  const auto list = line.substr(filters + 8);
  for (std::size_t begin = 0; begin < list.size();) {
    const auto end = std::min(list.find_first_of(";,", begin), list.size());
    const auto item = trimmed(list.substr(begin, end - begin));
    begin = end + 1;
    if (item.empty()) continue;
    if (auto limit = filter_dates(item, span_of(item))) {
      limits.push_back(std::move(*limit));
      continue;
    }
    sink.report(DiagCode::W302, span_of(item),
                fmt::format("the filter `{}` that PubMed applied cannot be said in the language: it is left out and "
                            "carried over as a comment, so the search finds more records than PubMed found",
                            item));
  }
  comments.emplace_back(trimmed(line.substr(filters)));
  line = line.substr(0, filters);
}

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
    .capital_operators = true,
    .dates = date_tags,
    .labels = {"Search:", "Search"},
    .filter_tags = filter_tags,
    .filter_words = filter_words,
    .term_mapping = true,
    .question_wildcard = false,
    .subheadings_explode = true,
    .trailing_limit = &read_date_filter,
    .interface_text = &interface_text,
};

}  // namespace

Imported read(const SourceFile& source, DiagnosticSink& sink) {
  return read_tagged(syntax, source, sink);
}

}  // namespace searchc::pubmed
