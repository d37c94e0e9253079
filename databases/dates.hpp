// The whole days a date range covers: `2014 to 2021` runs from 1 January 2014 to 31 December
// 2021, for databases whose date boxes take days.
#pragma once

#include "compiler/ast.hpp"

namespace searchc {

inline ast::Date first_day(const ast::Date& d) {
  return {d.year, d.month == 0 ? 1 : d.month, d.day == 0 ? 1 : d.day};
}

inline ast::Date last_day(const ast::Date& d) {
  const int month = d.month == 0 ? 12 : d.month;
  if (d.day != 0) return {d.year, month, d.day};
  return {d.year, month, ast::days_in_month(d.year, month)};
}

}  // namespace searchc
