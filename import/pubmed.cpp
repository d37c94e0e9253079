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
    {"tiab|title/abstract", FieldSet{Field::title, Field::abstract}, ""},
    {"ti|title", FieldSet{Field::title}, ""},
    {"ab|abstract", FieldSet{Field::abstract}, ""},
    {"tw|text word", FieldSet{},
     "`[tw]` (text word: title, abstract, MeSH terms, other terms and more) is searched in all text, which finds more "
     "records"},
    {"ot|other term", FieldSet{Field::keywords}, ""},
    {"au|author|fau|full author name", FieldSet{Field::author}, ""},
    {"1au|first author name|lastau|last author name", FieldSet{Field::author},
     "a first or last author tag is read as any author, which finds more records"},
    {"cn|corporate author|ir|investigator|fir|full investigator name", FieldSet{},
     "a corporate author or investigator tag is searched in all text: other databases may not hold these names "
     "with the authors"},
    {"ta|journal", FieldSet{Field::source}, ""},
    {"pt|publication type", FieldSet{Field::publication_type}, ""},
    {"la|language", FieldSet{Field::language}, ""},
    {"all|all fields", FieldSet{}, ""},
}};


constexpr std::array<HeadingTag, 2> heading_tags = {{
    {"mh|mesh|mesh terms", true, false},
    {"majr|mesh major topic", true, true},
}};

// ` AND 2014:2021[dp]` or ` AND 2014/01/01:2021/12/31[dp]` at the end of a line: its limit.
std::optional<ast::Limit> year_range(std::string_view& line, Span where) {
  const auto l = lower(line);
  const auto and_at = l.rfind(" and ");
  if (and_at == std::string::npos) return std::nullopt;
  auto rest = fold_space(l.substr(and_at + 5));
  for (const std::string_view tag : {"[dp]", "[pdat]", "[publication date]"}) {
    if (rest.size() > tag.size() && rest.substr(rest.size() - tag.size()) == tag) {
      rest = rest.substr(0, rest.size() - tag.size());
      const auto colon = rest.find(':');
      if (colon == std::string::npos) return std::nullopt;
      const auto year = [](std::string_view s) -> std::optional<int> {
        const auto y = s.substr(0, 4);
        if (!all_digits(y)) return std::nullopt;
        return static_cast<int>(read_digits(y, 9999));
      };
      const auto from = year(rest.substr(0, colon));
      const auto to = year(rest.substr(colon + 1));
      if (!from || !to) return std::nullopt;
      ast::Limit limit;
      limit.key = "year";
      limit.kind = ast::LimitKind::publication_year;
      limit.span = where;
      limit.from = ast::Date{*from, 0, 0};
      if (*to < 3000) limit.to = ast::Date{*to, 0, 0};
      line = line.substr(0, and_at);
      return limit;
    }
  }
  return std::nullopt;
}

const TaggedSyntax syntax{
    .from = "PubMed",
    .fields = field_tags,
    .headings = heading_tags,
    .subheadings = true,
    .proximity = true,
    .group_tags = false,
    .left_to_right = true,
    .trailing_limit = &year_range,
};

}  // namespace

Imported pubmed(const SourceFile& source, DiagnosticSink& sink) { return read_tagged(syntax, source, sink); }

}  // namespace searchc::import
