// The PubMed importer (database-syntax.md §6, §7).
//
// A query or a history of `#1 ...` lines, read by the bracket-tag reader (databases/tagged_reader.hpp).
// PubMed evaluates operators from left to right, which it documents, so `a OR b AND c` is read
// exactly as `(a OR b) AND c`. `"a b"[tiab:~2]` is the words within two words between them,
// the language's NEAR/3; a year range ANDed onto a line becomes the line's limit.
#include "databases/pubmed/pubmed.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "base/text.hpp"
#include "databases/history.hpp"
#include "databases/tagged_reader.hpp"

namespace searchc::pubmed {
namespace {

using namespace import;

const std::array<FieldTag, 12> field_tags = {{
    {{"tiab", "title/abstract"}, FieldSet{Field::title, Field::abstract}, ""},
    {{"ti", "title"}, FieldSet{Field::title}, ""},
    {{"ab", "abstract"}, FieldSet{Field::abstract}, ""},
    {{"tw", "text word"},
     FieldSet{},
     "`[tw]` (text word: title, abstract, MeSH terms, other terms and more) is searched in all text, which finds more "
     "records"},
    {{"ot", "other term"}, FieldSet{Field::keywords}, ""},
    {{"au", "author", "fau", "full author name"}, FieldSet{Field::author}, ""},
    {{"1au", "first author name", "lastau", "last author name"},
     FieldSet{Field::author},
     "a first or last author tag is read as any author, which finds more records"},
    {{"cn", "corporate author", "ir", "investigator", "fir", "full investigator name"},
     FieldSet{},
     "a corporate author or investigator tag is searched in all text: other databases may not hold these names "
     "with the authors"},
    {{"ta", "journal"}, FieldSet{Field::source}, ""},
    {{"pt", "publication type"}, FieldSet{Field::publication_type}, ""},
    {{"la", "language"}, FieldSet{Field::language}, ""},
    {{"all", "all fields"}, FieldSet{}, ""},
}};

constexpr std::array<HeadingTag, 2> heading_tags = {{
    {{"mh", "mesh", "mesh terms"}, true, false},
    {{"majr", "mesh major topic"}, true, true},
}};

// `2014`, `2014/06` or `2014/06/30`.
std::optional<ast::Date> date(std::string_view s) {
  int values[3] = {0, 0, 0};
  for (std::size_t i = 0; i < 3; ++i) {
    const auto slash = std::min(s.find('/'), s.size());
    const auto part = s.substr(0, slash);
    if (!all_digits(part) || part.size() > 4 || (i == 0 && part.size() != 4)) return std::nullopt;
    values[i] = static_cast<int>(read_digits(part, 9999));
    if (slash == s.size()) {
      if (values[1] > 12 || values[2] > 31) return std::nullopt;
      return ast::Date{values[0], values[1], values[2]};
    }
    s.remove_prefix(slash + 1);
  }
  return std::nullopt;  // a fourth part
}

// ` AND 2014:2021[dp]` (or `2014/01/01:2021/12/31[dp]`, read by year) or ` AND
// 2012/11:2013[edat]` at the end of a line: its limit. An end in the year 3000 is open. Read
// from the end of the line, so that a line without one costs a few bytes.
std::optional<ast::Limit> date_range(std::string_view& line, Span where) {
  struct Tag {
    std::string_view tag;
    ast::LimitKind kind;
  };
  constexpr std::array<Tag, 5> tags = {{{"[dp]", ast::LimitKind::publication_year},
                                        {"[pdat]", ast::LimitKind::publication_year},
                                        {"[publication date]", ast::LimitKind::publication_year},
                                        {"[edat]", ast::LimitKind::entry_date},
                                        {"[entrez date]", ast::LimitKind::entry_date}}};
  auto end = line.size();
  while (end > 0 && folded_spaces.contains(line[end - 1])) --end;
  if (end == 0 || line[end - 1] != ']') return std::nullopt;
  const auto open = line.rfind('[', end - 1);
  if (open == std::string_view::npos) return std::nullopt;
  const auto tag = lower_folded(line.substr(open, end - open));
  const auto found = std::find_if(tags.begin(), tags.end(), [&](const Tag& t) { return t.tag == tag; });
  if (found == tags.end()) return std::nullopt;
  // the range runs back to a space, which ends ` AND ` in any case (a space on each side)
  auto start = open;
  while (start > 0 && !folded_spaces.contains(line[start - 1])) --start;
  auto and_end = start;
  while (and_end > 0 && folded_spaces.contains(line[and_end - 1])) --and_end;
  if (and_end < 4 || !iequal(line.substr(and_end - 4, 5), " and ")) return std::nullopt;
  const auto range = line.substr(start, open - start);
  const auto colon = range.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  auto from = date(range.substr(0, colon));
  auto to = date(range.substr(colon + 1));
  if (!from || !to) return std::nullopt;
  ast::Limit limit;
  limit.kind = found->kind;
  limit.key = limit.kind == ast::LimitKind::entry_date ? "entry-date" : "year";
  if (limit.kind == ast::LimitKind::publication_year) *from = {from->year, 0, 0}, *to = {to->year, 0, 0};
  limit.span = where;
  limit.from = from;
  if (to->year < 3000) limit.to = to;
  line = line.substr(0, and_end - 4);
  return limit;
}

const TaggedSyntax syntax{
    .from = "PubMed",
    .fields = field_tags,
    .headings = heading_tags,
    .subheadings = true,
    .heading_qualifiers = true,
    .proximity = true,
    .group_tags = false,
    .left_to_right = true,
    .trailing_limit = &date_range,
};

}  // namespace

Imported read(const SourceFile& source, DiagnosticSink& sink) {
  return read_tagged(syntax, source, sink);
}

}  // namespace searchc::pubmed
