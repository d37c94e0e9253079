// PubMed's field tags and its date limits, both ways (databases/pubmed/syntax.hpp).
#include "databases/pubmed/syntax.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "base/text.hpp"

namespace searchc::pubmed {

std::span<const FieldCode> field_tags() {
  static constexpr std::array<FieldCode, 12> table = {{
      {{"tiab", "title/abstract"}, FieldSet{Field::title, Field::abstract}, "", true},
      {{"ti", "title"}, FieldSet{Field::title}, "", true},
      {{"ab", "abstract"}, FieldSet{Field::abstract}, "", false},
      {{"tw", "text word"},
       FieldSet{},
       "`[tw]` (text word: title, abstract, MeSH terms, other terms and more) is searched in all text, which finds "
       "more records",
       false},
      {{"ot", "other term"}, FieldSet{Field::keywords}, "", true},
      {{"au", "author", "fau", "full author name"}, FieldSet{Field::author}, "", true},
      {{"1au", "first author name", "lastau", "last author name"},
       FieldSet{Field::author},
       "a first or last author tag is read as any author, which finds more records",
       false},
      {{"cn", "corporate author", "ir", "investigator", "fir", "full investigator name"},
       FieldSet{},
       "a corporate author or investigator tag is searched in all text: other databases may not hold these names "
       "with the authors",
       false},
      {{"ta", "journal"}, FieldSet{Field::source}, "", true},
      {{"pt", "publication type"}, FieldSet{Field::publication_type}, "", true},
      {{"la", "language"}, FieldSet{Field::language}, "", true},
      {{"all", "all fields"}, FieldSet{}, "", false},
  }};
  return table;
}

std::string date_filter(const ast::Limit& limit) {
  if (limit.kind != ast::LimitKind::entry_date) {
    return fmt::format("{}:{}[{}]", limit.from->year, limit.to ? limit.to->year : open_end, publication_date.front());
  }
  const auto date = [](const std::optional<ast::Date>& d) {
    if (!d) return fmt::format("{}", open_end);
    if (d->month == 0) return fmt::format("{}", d->year);
    if (d->day == 0) return fmt::format("{}/{:02}", d->year, d->month);
    return fmt::format("{}/{:02}/{:02}", d->year, d->month, d->day);
  };
  return fmt::format("{}:{}[{}]", date(limit.from), date(limit.to), entry_date.front());
}

namespace {

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

}  // namespace

// Read from the end of the line, so that a line without a limit costs a few bytes.
std::optional<ast::Limit> read_date_filter(std::string_view& line, Span where) {
  auto end = line.size();
  while (end > 0 && folded_spaces.contains(line[end - 1])) --end;
  if (end == 0 || line[end - 1] != ']') return std::nullopt;
  const auto open = line.rfind('[', end - 1);
  if (open == std::string_view::npos) return std::nullopt;
  // the tag folded within its brackets, `[Publication  Date]` as `[publication date]`
  const auto bracketed = lower_folded(line.substr(open, end - open));
  const auto tag = std::string_view(bracketed).substr(1, bracketed.size() - 2);
  ast::Limit limit;
  if (named(publication_date, tag)) {
    limit.kind = ast::LimitKind::publication_year;
  } else if (named(entry_date, tag)) {
    limit.kind = ast::LimitKind::entry_date;
  } else {
    return std::nullopt;
  }
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
  limit.key = limit.kind == ast::LimitKind::entry_date ? "entry-date" : "year";
  if (limit.kind == ast::LimitKind::publication_year) *from = {from->year, 0, 0}, *to = {to->year, 0, 0};
  limit.span = where;
  limit.from = from;
  if (to->year < open_end) limit.to = to;
  line = line.substr(0, and_end - 4);
  return limit;
}

}  // namespace searchc::pubmed
