// INAHTA's field tags and its year filter, both ways (databases/inahta/syntax.hpp).
#include "databases/inahta/syntax.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "base/text.hpp"
#include "databases/dates.hpp"
#include "databases/history.hpp"

namespace searchc::inahta {

std::span<const FieldCode> field_tags() {
  static constexpr std::array<FieldCode, 6> table = {{
      {{"Title", "ti"}, FieldSet{Field::title}, "", true},
      {{"abs", "abstract", "ab"}, FieldSet{Field::abstract}, "", true},
      {{"Keywords", "keyword", "kw"}, FieldSet{Field::keywords}, "", true},
      {{"Author", "au"}, FieldSet{Field::author}, "", true},
      {{"Source", "so"}, FieldSet{Field::source}, "", true},
      {{"Language", "la"}, FieldSet{Field::language}, "", true},
  }};
  return table;
}

std::string year_filter(int from, int to) {
  return fmt::format("FROM {} TO {}", from, to);
}

std::optional<ast::Limit> read_year_filter(std::string_view& line, std::uint32_t offset, Span where,
                                           DiagnosticSink& sink) {
  const auto l = lower(line);
  const auto from_at = l.rfind(" from ");
  if (from_at == std::string::npos) return std::nullopt;
  const auto words = import::split(std::string_view(l).substr(from_at + 6), ' ');
  const auto year = [](std::string_view w) { return w.size() == 4 && all_digits(w); };
  if (words.size() != 3 || words[1] != "to" || !year(words[0]) || !year(words[2])) {
    // `FROM 2014`, `FROM 2014 TO`, `FROM TO 2021`: the filter's words with a year, in a form
    // no INAHTA search shows, or anything after the filter's label, refused rather than searched
    // as the words `FROM AND 2014`
    const bool filter_words =
        !words.empty() && words.size() <= 3 && std::any_of(words.begin(), words.end(), year) &&
        std::all_of(words.begin(), words.end(), [&](std::string_view w) { return year(w) || w == "to"; });
    if (filter_words || l.starts_with("year filter:")) {
      const auto at = offset + static_cast<std::uint32_t>(from_at + 1);
      sink.report(DiagCode::E301, {at, offset + static_cast<std::uint32_t>(line.size())},
                  fmt::format("`{}` is INAHTA's year filter in a form searchc does not read, and as words it would "
                              "search them instead of limiting the search: the filter reads `FROM 2014 TO 2021`, "
                              "both years, as INAHTA's search history prints it",
                              line.substr(from_at + 1)));
    }
    return std::nullopt;
  }
  auto limit =
      date_limit(ast::LimitKind::publication_year, ast::Date{static_cast<int>(read_digits(words[0], 9999)), 0, 0},
                 ast::Date{static_cast<int>(read_digits(words[2], 9999)), 0, 0}, where);
  line = line.substr(0, from_at);
  return limit;
}

}  // namespace searchc::inahta
