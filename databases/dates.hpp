// Dates as the databases write them: the whole days a date range covers (`2014 to 2021` runs
// from 1 January 2014 to 31 December 2021, for databases whose date boxes take days), dates in
// digits, and the limits the readers make of them.
#pragma once

#include <optional>
#include <string_view>

#include "compiler/ast.hpp"

namespace searchc {

using ast::first_day;
using ast::last_day;

// `2010`, `201006`, `20100615`: a date written in digits, to the year, the month or the day it
// names; nullopt for another text or a day that is none (`20101301`).
std::optional<ast::Date> read_digit_date(std::string_view digits);

// `2014-2021`, `20100601-20201231`, `2014`: the dates from the first to the last, each as
// read_digit_date reads it, spaces around them allowed; nullopt where either is none or the first
// comes after the last.
struct DigitDates {
  ast::Date from;
  ast::Date to;
};
std::optional<DigitDates> read_digit_dates(std::string_view range);

// The same days named as coarsely as they can be: a range from the first of a month starts at
// that month, from 1 January at that year; one to the last day of a month ends at that month, to
// 31 December at that year (`20140101-20211231` is `2014` to `2021`, `20210801-20241231` is
// `2021-08` to `2024`). A writer that takes only days writes them back as they were.
ast::Date coarsest_first(ast::Date first);
ast::Date coarsest_last(ast::Date last);
DigitDates coarsest(DigitDates dates);

// The first day after the days `d` names (`>20131231`, `>2013`: 2014-01-01), and the last day
// before them (`<20220101`: 2021-12-31), for a bound that excludes its date.
ast::Date day_after(const ast::Date& d);
ast::Date day_before(const ast::Date& d);

// The limit of `kind` from `from` to `to`, either of them open, at `where`, as a reader reads it.
ast::Limit date_limit(ast::LimitKind kind, std::optional<ast::Date> from, std::optional<ast::Date> to, Span where);

}  // namespace searchc
