// The INAHTA International HTA Database importer (database-syntax.md §4).
//
// A query or a history of `#1 ...` lines, read by the bracket-tag reader (databases/tagged_reader.hpp):
// tags after a word, a phrase or a parenthesised group (`(a OR b)[Title]`), `[mhe]` for an
// exploded heading and `[mh]` for the heading alone, and the year filter written after the
// query, `FROM 2014 TO 2021`. INAHTA does not document which operator applies first, so
// operators mixed without parentheses are refused (E302).
#include "databases/inahta/inahta.hpp"

#include <array>

#include "base/text.hpp"
#include "databases/history.hpp"
#include "databases/tagged_reader.hpp"

namespace searchc::inahta {
namespace {

using namespace import;

const std::array<FieldTag, 6> field_tags = {{
    {{"title", "ti"}, FieldSet{Field::title}, ""},
    {{"abs", "abstract", "ab"}, FieldSet{Field::abstract}, ""},
    {{"keywords", "keyword", "kw"}, FieldSet{Field::keywords}, ""},
    {{"author", "au"}, FieldSet{Field::author}, ""},
    {{"source", "so"}, FieldSet{Field::source}, ""},
    {{"language", "la"}, FieldSet{Field::language}, ""},
}};

constexpr std::array<HeadingTag, 2> heading_tags = {{
    {{"mhe"}, true, false},
    {{"mh"}, false, false},
}};

// ` FROM 2014 TO 2021` at the end of a line: its publication-year filter.
std::optional<ast::Limit> year_filter(std::string_view& line, Span where) {
  const auto l = lower(line);
  const auto from_at = l.rfind(" from ");
  if (from_at == std::string::npos) return std::nullopt;
  const auto words = split(std::string_view(l).substr(from_at + 6), ' ');
  if (words.size() != 3 || words[1] != "to" || words[0].size() != 4 || words[2].size() != 4 || !all_digits(words[0]) ||
      !all_digits(words[2])) {
    return std::nullopt;
  }
  ast::Limit limit;
  limit.key = "year";
  limit.kind = ast::LimitKind::publication_year;
  limit.span = where;
  limit.from = ast::Date{static_cast<int>(read_digits(words[0], 9999)), 0, 0};
  limit.to = ast::Date{static_cast<int>(read_digits(words[2], 9999)), 0, 0};
  line = line.substr(0, from_at);
  return limit;
}

const TaggedSyntax syntax{
    .from = "INAHTA",
    .fields = field_tags,
    .headings = heading_tags,
    .subheadings = false,
    .heading_qualifiers = true,
    .proximity = false,
    .group_tags = true,
    .left_to_right = false,
    .trailing_limit = &year_filter,
};

}  // namespace

Imported read(const SourceFile& source, DiagnosticSink& sink) {
  return read_tagged(syntax, source, sink);
}

}  // namespace searchc::inahta
