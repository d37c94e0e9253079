// The whole days a date range covers: `2014 to 2021` runs from 1 January 2014 to 31 December
// 2021, for databases whose date boxes take days.
#pragma once

#include "compiler/ast.hpp"

namespace searchc {

inline bool leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

inline ast::Date first_day(const ast::Date& d) { return {d.year, d.month == 0 ? 1 : d.month, d.day == 0 ? 1 : d.day}; }

inline ast::Date last_day(const ast::Date& d) {
  const int month = d.month == 0 ? 12 : d.month;
  if (d.day != 0) return {d.year, month, d.day};
  constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const int last = month == 2 && leap_year(d.year) ? 29 : days[month - 1];
  return {d.year, month, last};
}

}  // namespace searchc
