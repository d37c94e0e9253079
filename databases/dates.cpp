// Dates as the databases write them (databases/dates.hpp).
#include "databases/dates.hpp"

#include <chrono>
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

ast::Date coarsest_first(ast::Date first) {
  if (first.day == 1) first.day = 0;
  if (first.day == 0 && first.month == 1) first.month = 0;
  return first;
}

ast::Date coarsest_last(ast::Date last) {
  if (last.month != 0 && last.day == ast::days_in_month(last.year, last.month)) last.day = 0;
  if (last.day == 0 && last.month == 12) last.month = 0;
  return last;
}

DigitDates coarsest(DigitDates dates) {
  return {coarsest_first(dates.from), coarsest_last(dates.to)};
}

namespace {

std::chrono::sys_days days_of(const ast::Date& d) {
  using namespace std::chrono;
  return sys_days{year{d.year} / month{static_cast<unsigned>(d.month)} / day{static_cast<unsigned>(d.day)}};
}

ast::Date date_of(std::chrono::sys_days days) {
  const std::chrono::year_month_day ymd{days};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

}  // namespace

ast::Date day_after(const ast::Date& d) {
  return date_of(days_of(last_day(d)) + std::chrono::days{1});
}

ast::Date day_before(const ast::Date& d) {
  return date_of(days_of(first_day(d)) - std::chrono::days{1});
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
