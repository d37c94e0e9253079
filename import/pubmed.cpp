// The PubMed importer (database-syntax.md §6, §7).
//
// A query or a history of `#1 ...` lines, read by the bracket-tag reader (import/tagged.hpp).
// PubMed evaluates operators from left to right, which it documents, so `a OR b AND c` is read
// exactly as `(a OR b) AND c`. `"a b"[tiab:~2]` is the words within two words between them,
// the language's NEAR/3; a year range ANDed onto a line becomes the line's limit.
#include <fmt/format.h>

#include <array>

#include "compiler/text.hpp"
#include "import/lines.hpp"
#include "import/tagged.hpp"

namespace searchc::import {
namespace {

const std::array<FieldTag, 12> field_tags = {{
    {{"tiab", "title/abstract"}, FieldSet{Field::title, Field::abstract}, ""},
    {{"ti", "title"}, FieldSet{Field::title}, ""},
    {{"ab", "abstract"}, FieldSet{Field::abstract}, ""},
    {{"tw", "text word"}, FieldSet{},
     "`[tw]` (text word: title, abstract, MeSH terms, other terms and more) is searched in all text, which finds more "
     "records"},
    {{"ot", "other term"}, FieldSet{Field::keywords}, ""},
    {{"au", "author", "fau", "full author name"}, FieldSet{Field::author}, ""},
    {{"1au", "first author name", "lastau", "last author name"}, FieldSet{Field::author},
     "a first or last author tag is read as any author, which finds more records"},
    {{"cn", "corporate author", "ir", "investigator", "fir", "full investigator name"}, FieldSet{},
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
  const auto parts = split(s, '/');
  if (parts.empty() || parts.size() > 3 || parts[0].size() != 4) return std::nullopt;
  int values[3] = {0, 0, 0};
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (!all_digits(parts[i]) || parts[i].size() > 4) return std::nullopt;
    values[i] = static_cast<int>(read_digits(parts[i], 9999));
  }
  if (values[1] > 12 || values[2] > 31) return std::nullopt;
  return ast::Date{values[0], values[1], values[2]};
}

// ` AND 2014:2021[dp]` (or `2014/01/01:2021/12/31[dp]`, read by year) or ` AND
// 2012/11:2013[edat]` at the end of a line: its limit. An end in the year 3000 is open.
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
  // the last ` AND `, in any case, found without a lower-case copy of the line
  auto and_at = line.size();
  while (and_at-- > 0 && !iequal(line.substr(and_at, 5), " and ")) {
  }
  if (and_at == std::string_view::npos) return std::nullopt;
  auto rest = lower_folded(line.substr(and_at + 5));
  for (const auto& [tag, kind] : tags) {
    if (rest.size() <= tag.size() || rest.substr(rest.size() - tag.size()) != tag) continue;
    rest = rest.substr(0, rest.size() - tag.size());
    const auto colon = rest.find(':');
    if (colon == std::string::npos) return std::nullopt;
    auto from = date(rest.substr(0, colon));
    auto to = date(rest.substr(colon + 1));
    if (!from || !to) return std::nullopt;
    ast::Limit limit;
    limit.kind = kind;
    limit.key = kind == ast::LimitKind::entry_date ? "entry-date" : "year";
    if (kind == ast::LimitKind::publication_year) *from = {from->year, 0, 0}, *to = {to->year, 0, 0};
    limit.span = where;
    limit.from = from;
    if (to->year < 3000) limit.to = to;
    line = line.substr(0, and_at);
    return limit;
  }
  return std::nullopt;
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

Imported pubmed(const SourceFile& source, DiagnosticSink& sink) { return read_tagged(syntax, source, sink); }

}  // namespace searchc::import
