// PubMed's field tags and its date limits, both ways (databases/pubmed/syntax.hpp).
#include "databases/pubmed/syntax.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "base/text.hpp"

namespace searchc::pubmed {

std::span<const FieldCode> field_tags() {
  static constexpr std::array<FieldCode, 13> table = {{
      // text words: the language's keywords (author keywords and indexing terms) with title and
      // abstract, first, so that a scope over all three is `[tw]`
      {{"tw", "text word", "text words"},
       FieldSet{Field::title, Field::abstract, Field::keywords},
       "`[tw]` (text words: title, abstract, author keywords, MeSH terms and subheadings, publication types, "
       "substance names and more) is read as title, abstract and keywords, which may find fewer records",
       true},
      {{"tiab", "title/abstract"}, FieldSet{Field::title, Field::abstract}, "", true},
      {{"ti", "title"}, FieldSet{Field::title}, "", true},
      {{"ab", "abstract"}, FieldSet{Field::abstract}, "", false},
      {{"ot", "other term"},
       FieldSet{Field::keywords},
       "`[ot]` (other terms: the authors' keywords) is read as keywords, which the language takes to hold the "
       "indexing terms too, so the translation may find more records",
       true},
      {{"au", "author", "fau", "full author name"}, FieldSet{Field::author}, "", true},
      {{"1au", "first author name", "lastau", "last author name"},
       FieldSet{Field::author},
       "a first or last author tag is read as any author",
       false,
       Effect::broader},
      {{"cn", "corporate author", "ir", "investigator", "fir", "full investigator name"},
       FieldSet{},
       "a corporate author or investigator tag is searched in all text: other databases may not hold these names "
       "with the authors",
       false},
      {{"ta", "journal"}, FieldSet{Field::source}, "", true},
      {{"pt", "publication type"}, FieldSet{Field::publication_type}, "", true},
      {{"la", "language", "lang"}, FieldSet{Field::language}, "", true},
      {{"all", "all fields"}, FieldSet{}, "", false},
      {{"pmid", "uid", "pmcid", "lid", "aid", "doi"},
       FieldSet{},
       "a record's identifier is searched as a word in all text, which finds the records that mention it: few or "
       "none of those PubMed found",
       false},
  }};
  return table;
}

std::string date_filter(const ast::Limit& limit) {
  const auto date = [](const std::optional<ast::Date>& d) {
    if (!d) return fmt::format("{}", open_end);
    if (d->month == 0) return fmt::format("{}", d->year);
    if (d->day == 0) return fmt::format("{}/{:02}", d->year, d->month);
    return fmt::format("{}/{:02}/{:02}", d->year, d->month, d->day);
  };
  const auto tag = limit.kind == ast::LimitKind::entry_date ? entry_date.front() : publication_date.front();
  return fmt::format("{}:{}[{}]", date(limit.from), date(limit.to), tag);
}

std::optional<ast::Date> read_date(std::string_view s) {
  int values[3] = {0, 0, 0};
  for (std::size_t i = 0; i < 3; ++i) {
    const auto slash = std::min(s.find('/'), s.size());
    const auto part = s.substr(0, slash);
    if (part.empty() || !all_digits(part) || part.size() > 4 || (i == 0 && part.size() != 4)) return std::nullopt;
    values[i] = static_cast<int>(read_digits(part, 9999));
    if (slash == s.size()) {
      if (values[1] > 12 || values[2] > 31) return std::nullopt;
      return ast::Date{values[0], values[1], values[2]};
    }
    s.remove_prefix(slash + 1);
  }
  return std::nullopt;  // a fourth part
}

namespace {

// `2014` or `"2010/01/01"[Date - Publication]`: the date, and the tag folded into `tag` (empty
// where there is none).
std::optional<ast::Date> tagged_date(std::string_view s, std::string& tag) {
  s = trimmed(s);
  tag.clear();
  if (s.ends_with(']')) {
    const auto open = s.rfind('[');
    if (open == std::string_view::npos) return std::nullopt;
    tag = lower_folded(s.substr(open + 1, s.size() - open - 2));
    s = trimmed(s.substr(0, open));
  }
  if (s.size() >= 2 && s.front() == '"' && s.back() == '"') s = s.substr(1, s.size() - 2);
  return read_date(s);
}

}  // namespace

// The range is what follows the line's last ` AND `, read from the end of the line, so that a
// line without a limit costs a few bytes.
std::optional<ast::Limit> read_date_filter(std::string_view& line, std::uint32_t offset, Span /*where*/,
                                           DiagnosticSink& sink) {
  auto text = line;
  while (!text.empty() && folded_spaces.contains(text.back())) text.remove_suffix(1);
  if (text.empty() || (text.back() != ']' && text.back() != ')')) return std::nullopt;
  // the last ` AND `, with a space on each side
  std::size_t and_at = std::string_view::npos;
  for (auto i = text.size() >= 4 ? text.size() - 4 : 0; i > 0; --i) {
    if (folded_spaces.contains(text[i - 1]) && iequal(text.substr(i, 3), "and") &&
        folded_spaces.contains(text[i + 3])) {
      and_at = i;
      break;
    }
  }
  if (and_at == std::string_view::npos) return std::nullopt;
  auto range = trimmed(text.substr(and_at + 3));
  const auto range_at = offset + static_cast<std::uint32_t>(range.data() - line.data());
  const Span range_span{range_at, range_at + static_cast<std::uint32_t>(range.size())};
  if (range.front() == '(') {
    if (range.back() != ')') return std::nullopt;
    range = range.substr(1, range.size() - 2);
  }
  // `2014:2021[dp]` or `"2010/01/01"[Date - Publication] : "2020/12/31"[Date - Publication]`;
  // a single date, `2014[dp]`, `2014/06/15[dp]`, is the range from that date to that date
  // (PubMed User Guide, "Search by date")
  const auto colon = range.find(':');
  std::string first_tag;
  std::string tag;
  auto from = tagged_date(range.substr(0, colon), colon == std::string_view::npos ? tag : first_tag);
  auto to = colon == std::string_view::npos ? from : tagged_date(range.substr(colon + 1), tag);
  if (tag.empty() || (!first_tag.empty() && first_tag != tag)) return std::nullopt;
  const bool limit_tag = named(publication_date, tag) || named(entry_date, tag) || named(create_date, tag);
  if (limit_tag && (!from || !to)) {
    // a date tag at the end of the line, on a text in PubMed's digits that names no date
    // (`2014/13:2021[dp]`): refused as a date, not as a date misplaced
    const auto digits = [](std::string_view s) {
      return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return is_ascii_digit(c) || c == '/'; });
    };
    const auto bare = [&](std::string_view s) {
      s = trimmed(s);
      if (s.ends_with(']')) s = trimmed(s.substr(0, s.rfind('[')));
      if (s.size() >= 2 && s.front() == '"' && s.back() == '"') s = s.substr(1, s.size() - 2);
      return s;
    };
    const auto first = bare(range.substr(0, colon));
    const auto last = colon == std::string_view::npos ? first : bare(range.substr(colon + 1));
    if (!digits(first) || !digits(last)) return std::nullopt;
    sink.report(DiagCode::E025, range_span,
                fmt::format("`{}` is not a date as PubMed writes one", !from ? first : last))
        .notes.emplace_back(
            "PubMed's dates are `2014`, `2014/06` and `2014/06/15`: a year of four digits, a month "
            "from 1 to 12, a day of that month");
    return std::nullopt;
  }
  if (!from || !to) return std::nullopt;
  ast::Limit limit;
  if (named(publication_date, tag)) {
    limit.kind = ast::LimitKind::publication_year;
  } else if (named(entry_date, tag)) {
    limit.kind = ast::LimitKind::entry_date;
  } else if (named(create_date, tag)) {
    limit.kind = ast::LimitKind::entry_date;
    sink.report(DiagCode::W303, range_span,
                "the create date is read as the entry date, the nearest limit the language has: for most records "
                "PubMed creates and enters them the same day, but a record added to PubMed later has a later entry "
                "date");
  } else {
    return std::nullopt;
  }
  limit.key = limit.kind == ast::LimitKind::entry_date ? "entry-date" : "year";
  limit.span = range_span;  // E025 and E116 on its dates are said there
  limit.from = from;
  if (to->year < open_end) limit.to = to;
  line = text.substr(0, and_at - 1);
  return limit;
}

}  // namespace searchc::pubmed
