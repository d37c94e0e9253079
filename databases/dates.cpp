// Dates as the databases write them (databases/dates.hpp).
#include "databases/dates.hpp"

#include <tuple>

#include "base/text.hpp"
#include "compiler/resolve.hpp"

namespace searchc {

std::optional<ast::Date> read_digit_date(std::string_view digits) {
  if (!all_digits(digits) || (digits.size() != 4 && digits.size() != 6 && digits.size() != 8)) return std::nullopt;
  const auto number = [&](std::size_t at) { return static_cast<int>(read_digits(digits.substr(at, 2), 99)); };
  const ast::Date date{static_cast<int>(read_digits(digits.substr(0, 4), 9999)), digits.size() >= 6 ? number(4) : 0,
                       digits.size() == 8 ? number(6) : 0};
  if (digits.size() >= 6 && (date.month < 1 || date.month > 12)) return std::nullopt;
  if (digits.size() == 8 && (date.day < 1 || date.day > ast::days_in_month(date.year, date.month))) return std::nullopt;
  return date;
}

std::optional<DigitDates> read_digit_dates(std::string_view range) {
  const auto dash = range.find('-');
  const auto from = read_digit_date(fold_space(range.substr(0, dash)));
  const auto to = read_digit_date(fold_space(dash == std::string_view::npos ? range : range.substr(dash + 1)));
  if (!from || !to || std::tie(from->year, from->month, from->day) > std::tie(to->year, to->month, to->day)) {
    return std::nullopt;
  }
  return DigitDates{*from, *to};
}

ast::Limit date_limit(ast::LimitKind kind, std::optional<ast::Date> from, std::optional<ast::Date> to, Span where) {
  ast::Limit limit;
  limit.key = std::string(limit_name(kind));
  limit.kind = kind;
  limit.span = where;
  limit.from = from;
  limit.to = to;
  return limit;
}

}  // namespace searchc
