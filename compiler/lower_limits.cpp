// Limits: left out where a database lacks them, run as another date where it has one close to
// it, widened to the precision it takes, and refused where a range it cannot write is open.
#include "compiler/lower_context.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "compiler/format.hpp"
#include "compiler/resolve.hpp"

namespace searchc::lowering {
namespace {

bool restricts_nothing(const ast::Limit& limit) {
  return limit.kind == ast::LimitKind::status && limit.value == "all";
}

bool finer(const ast::Date& date, DatePrecision precision) {
  return (precision == DatePrecision::year && date.month != 0) || (precision == DatePrecision::month && date.day != 0);
}

void round(ast::Date& date, DatePrecision precision) {
  if (precision != DatePrecision::day) date.day = 0;
  if (precision == DatePrecision::year) date.month = 0;
}

// A date as a number that orders it, taken as its first day (`from`) or its last (`to`):
// 2015 is 2015-01-01 as a start and 2015-12-31 as an end.
int first_key(const ast::Date& d) {
  return d.year * 10000 + (d.month == 0 ? 1 : d.month) * 100 + (d.day == 0 ? 1 : d.day);
}
int last_key(const ast::Date& d) {
  return d.year * 10000 + (d.month == 0 ? 12 : d.month) * 100 + (d.day == 0 ? 31 : d.day);
}

// Narrows `into`'s range to the part it shares with `other`'s: a record within both ranges of
// one date is within their intersection, so the two limits are one.
void intersect(ast::Limit& into, const ast::Limit& other) {
  if (other.from && (!into.from || first_key(*other.from) > first_key(*into.from))) into.from = other.from;
  if (other.to && (!into.to || last_key(*other.to) < last_key(*into.to))) into.to = other.to;
}

bool dated(const ast::Limit& limit) {
  return limit.value.empty() && (limit.from || limit.to);
}

}  // namespace

std::vector<ast::Limit> Lowering::limits(const std::vector<ast::Limit>& in, bool negative) {
  Context c;
  c.negative = negative;
  std::vector<ast::Limit> out;
  for (auto limit : in) {
    const auto support = std::find_if(target_.limits.begin(), target_.limits.end(),
                                      [&](const LimitSupport& l) { return l.kind == limit.kind; });
    if (support == target_.limits.end()) {
      if (restricts_nothing(limit)) continue;
      approximate(DiagCode::W105, limit.span,
                  fmt::format("{} has no `{}` limit: `{}` is left out", target_.name, limit_name(limit.kind),
                              format_limit(limit)),
                  Effect::broader, c);
      continue;
    }
    const bool open = limit.value.empty() && (!limit.from || !limit.to);
    const auto ranges = support->open_ranges.value_or(target_.open_ranges);
    const bool writable = ranges == OpenRanges::any || (ranges == OpenRanges::to_present && limit.from.has_value());
    if (open && !writable) {
      if (auto* d = report_.error(
              DiagCode::E201, limit.span,
              fmt::format("{} needs {} of the `{}` range", target_.name,
                          ranges == OpenRanges::none ? "both ends" : "the start", limit_name(limit.kind)))) {
        d->notes.emplace_back("write the range as `2014 to 2021`");
      }
      continue;
    }
    if (support->runs_as != ast::LimitKind::unknown) {
      const auto written = format_limit(limit);
      // Another kind of date selects other records, neither more nor fewer, so rounding its range
      // to the database's precision is part of this one change rather than a widening: the
      // message gives the range run.
      bool rounded = false;
      for (auto* date : {&limit.from, &limit.to}) {
        if (!*date || !finer(**date, support->precision)) continue;
        round(**date, support->precision);
        rounded = true;
      }
      approximate(
          DiagCode::W110, limit.span,
          fmt::format("{} has no `{}` limit: `{}` is run as a `{}` limit over {}{}, which selects records "
                      "by another date",
                      target_.name, limit_name(limit.kind), written, limit_name(support->runs_as),
                      describe_range(limit),
                      rounded ? support->precision == DatePrecision::year ? " (whole years)" : " (whole months)" : ""),
          Effect::different, c);
      limit.kind = support->runs_as;
    }
    if (limit.from) widen(*limit.from, false, support->precision, limit.span, c);
    if (limit.to) widen(*limit.to, true, support->precision, limit.span, c);
    // Two date limits the database runs as one filter (`registered` and `entry-date` as
    // ClinicalTrials.gov's first-posted date, or two lines' year limits met in one search) are
    // one range, their intersection: the database's form has one pair of boxes and its link one
    // parameter, and two filters printed would let the link keep one of them.
    const auto same =
        std::find_if(out.begin(), out.end(), [&](const ast::Limit& l) { return l.kind == limit.kind && dated(l); });
    if (same != out.end() && dated(limit)) {
      intersect(*same, limit);
      if (same->from && same->to && first_key(*same->from) > last_key(*same->to)) {
        report_.error(DiagCode::E270, limit.span,
                      fmt::format("{} runs `{}` as a `{}` limit like another limit of the search, and the two "
                                  "ranges have no date in common: the search would find nothing",
                                  target_.name, format_limit(limit), limit_name(limit.kind)));
      }
      continue;
    }
    out.push_back(std::move(limit));
  }
  return out;
}

// Drops what is finer than the database's precision, and says so where that adds days: a range
// that starts on the first day of a month (a year) or ends on its last loses none.
void Lowering::widen(ast::Date& date, bool end, DatePrecision precision, Span span, const Context& c) {
  if (!finer(date, precision)) return;
  auto rounded = date;
  round(rounded, precision);
  const bool same_days =
      end ? ast::last_day(rounded) == ast::last_day(date) : ast::first_day(rounded) == ast::first_day(date);
  if (same_days) {
    date = rounded;
    return;
  }
  const std::string_view unit = precision == DatePrecision::year ? "year" : "month";
  approximate(
      DiagCode::W104, span,
      fmt::format("{} limits by {}: {} is widened to the whole {}", target_.name, unit, ast::format_date(date), unit),
      Effect::broader, c, {fmt::format("the search may find records from the rest of that {}", unit)});
  round(date, precision);
}

}  // namespace searchc::lowering
