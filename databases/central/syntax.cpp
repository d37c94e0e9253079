// CENTRAL's field labels and the export's limit suffixes, both ways (databases/central/syntax.hpp).
#include "databases/central/syntax.hpp"

#include <fmt/compile.h>
#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "base/text.hpp"
#include "databases/history.hpp"

namespace searchc::central {
namespace {

constexpr std::array<std::string_view, 12> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// `Jan 2014`, and for a date without its month the first or last month of its year.
std::string month_year(const ast::Date& date, bool end) {
  const int month = date.month != 0 ? date.month : (end ? 12 : 1);
  return fmt::format("{} {}", months.at(static_cast<std::size_t>(month - 1)), date.year);
}

// `Jan 2014` (any word that starts with a month's three letters) or `2014`.
std::optional<ast::Date> read_month_year(std::string_view text) {
  const auto words = import::split(text, ' ');
  if (words.size() == 1 && all_digits(words[0])) {
    return ast::Date{static_cast<int>(read_digits(words[0], 9999)), 0, 0};
  }
  if (words.size() != 2 || !all_digits(words[1])) return std::nullopt;
  const auto month =
      std::find_if(months.begin(), months.end(), [&](std::string_view m) { return iequal(m, words[0].substr(0, 3)); });
  if (month == months.end()) return std::nullopt;
  return ast::Date{static_cast<int>(read_digits(words[1], 9999)), static_cast<int>(month - months.begin()) + 1, 0};
}

}  // namespace

std::span<const FieldCode> field_labels() {
  static constexpr std::array<FieldCode, 7> table = {{
      {{"ti"}, FieldSet{Field::title}, "", true},
      {{"ab"}, FieldSet{Field::abstract}, "", true},
      {{"kw"}, FieldSet{Field::keywords}, "", true},
      {{"au"}, FieldSet{Field::author}, "", true},
      {{"so"}, FieldSet{Field::source}, "", true},
      {{"pt"}, FieldSet{Field::publication_type}, "", true},
      // read as the language's `la`; the writer searches the language in all text (W101)
      {{"la"}, FieldSet{Field::language}, "", false},
  }};
  return table;
}

bool is_operator_word(std::string_view word) {
  return std::any_of(operator_words.begin(), operator_words.end(), [&](std::string_view o) { return iequal(o, word); });
}

void append_limit(const ast::Limit& limit, std::string& out) {
  switch (limit.kind) {
    case ast::LimitKind::cochrane_date:
      fmt::format_to(std::back_inserter(out), " with Cochrane Library publication date Between {} and {}",
                     month_year(*limit.from, false), month_year(*limit.to, true));
      return;
    case ast::LimitKind::publication_year:
      fmt::format_to(std::back_inserter(out), FMT_COMPILE(" with Publication Year from {} to {}, in Trials"),
                     limit.from->year, limit.to->year);
      return;
    case ast::LimitKind::entry_date:  // run as the Cochrane Library's date
    case ast::LimitKind::registered:
    case ast::LimitKind::study_type:
    case ast::LimitKind::status:
    case ast::LimitKind::unknown:
      break;  // not in CENTRAL's capabilities: lowered away
  }
}

std::optional<ast::Limit> read_limit(std::string_view& line, Span where, std::string& comment) {
  const auto l = lower(line);
  const auto at = l.rfind(" with ");  // the suffix ends the line; the search may hold "with"
  if (at == std::string::npos) return std::nullopt;
  const auto rest = std::string_view(l).substr(at + 6);
  ast::Limit limit;
  limit.span = where;
  std::string_view from;
  std::string_view to;
  const std::string_view original = line.substr(at + 6);
  if (rest.rfind("cochrane library publication date between ", 0) == 0) {
    limit.key = "cochrane-date";
    limit.kind = ast::LimitKind::cochrane_date;
    const auto range = original.substr(std::string_view("cochrane library publication date between ").size());
    const auto sep = lower(range).find(" and ");
    if (sep == std::string::npos) return std::nullopt;
    from = range.substr(0, sep);
    to = range.substr(sep + 5);
  } else if (rest.rfind("publication year from ", 0) == 0) {
    limit.key = "year";
    limit.kind = ast::LimitKind::publication_year;
    auto range = original.substr(std::string_view("publication year from ").size());
    if (const auto comma = range.find(','); comma != std::string_view::npos) {
      comment = fmt::format("results tab: {}", fold_space(range.substr(comma + 1)));
      range = range.substr(0, comma);
    }
    const auto sep = lower(range).find(" to ");
    if (sep == std::string::npos) return std::nullopt;
    from = range.substr(0, sep);
    to = range.substr(sep + 4);
  } else {
    return std::nullopt;
  }
  limit.from = read_month_year(fold_space(from));
  limit.to = read_month_year(fold_space(to));
  if (!limit.from || !limit.to) return std::nullopt;
  line = line.substr(0, at);
  return limit;
}

}  // namespace searchc::central
