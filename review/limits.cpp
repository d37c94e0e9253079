// PRESS element 6, limits and filters: each limit's reason (PRISMA-S item 9), and date limits
// that reach past the day of the search, which a re-run would then find more within.
#include <fmt/format.h>

#include <algorithm>

#include "base/text.hpp"
#include "compiler/resolve.hpp"
#include "databases/database.hpp"
#include "review/checks.hpp"

namespace searchc::review {
namespace {

// The notes that may give a limit of a line in `database`'s block (null: the strategy's own
// lines, run in every block) its reason: the block's or every block's notes and changes, and
// the `records` block's notes.
std::vector<std::string_view> notes_for(const ast::Strategy& strategy, const ast::Database* database) {
  std::vector<std::string_view> out;
  for (const auto& block : strategy.databases) {
    if (database != nullptr && &block != database) continue;
    for (const auto& entry : block.entries) {
      if (const auto* n = std::get_if<ast::Note>(&entry.kind)) out.push_back(n->text);
      if (const auto* c = std::get_if<ast::Change>(&entry.kind)) out.push_back(c->text);
    }
  }
  for (const auto& records : strategy.records) {
    for (const auto& entry : records.entries) {
      if (const auto* n = std::get_if<ast::Note>(&entry.kind)) out.push_back(n->text);
    }
  }
  return out;
}

bool contains(std::string_view text, std::string_view part) {
  return lower(text).find(part) != std::string::npos;
}

// Whether a note says why the limit is there: it speaks of limiting or restricting, or names a
// year the limit gives.
bool gives_reason(std::string_view note, const ast::Limit& limit) {
  if (contains(note, "limit") || contains(note, "restrict")) return true;
  for (const auto& end : {limit.from, limit.to}) {
    if (end && contains(note, fmt::format("{}", end->year))) return true;
  }
  return contains(note, lower(limit.value.empty() ? limit.key : limit.value));
}

bool dated(ast::LimitKind kind) {
  switch (kind) {
    case ast::LimitKind::publication_year:
    case ast::LimitKind::cochrane_date:
    case ast::LimitKind::entry_date:
    case ast::LimitKind::registered:
      return true;
    case ast::LimitKind::unknown:
    case ast::LimitKind::study_type:
    case ast::LimitKind::status:
      return false;
  }
  return false;
}

// The last day a date of a limit's end covers: `2021` to 2021-12-31, `2021-07` to 2021-07-31.
ast::Date last_day(ast::Date date) {
  if (date.month == 0) date.month = 12;
  if (date.day == 0) date.day = ast::days_in_month(date.year, date.month);
  return date;
}

bool before(const ast::Date& a, const ast::Date& b) {
  return std::tie(a.year, a.month, a.day) < std::tie(b.year, b.month, b.day);
}

// The day of the search in `block`, its last `change` if any: a limit running past it finds,
// when the search is run again, records the appendix's search could not.
std::optional<ast::Date> last_searched(const ast::Database& block) {
  std::optional<ast::Date> out;
  for (const auto& entry : block.entries) {
    std::optional<ast::Date> date;
    if (const auto* s = std::get_if<ast::Searched>(&entry.kind)) date = s->date;
    if (const auto* c = std::get_if<ast::Change>(&entry.kind)) date = c->date;
    if (date && (!out || before(*out, *date))) out = date;
  }
  return out;
}

bool has_searches(const ast::Database& block) {
  return std::any_of(block.entries.begin(), block.entries.end(),
                     [](const ast::Entry& e) { return std::holds_alternative<ast::Search>(e.kind); });
}

void past_the_search(const ast::Strategy& strategy, const ast::Limit& limit, const ast::Database* database,
                     DiagnosticSink& sink) {
  if (!dated(limit.kind) || !limit.to) return;
  const auto end = last_day(*limit.to);
  for (const auto& block : strategy.databases) {
    // a line of the strategy runs in the blocks that do not search by hand; a block's search in its block
    if (database != nullptr ? &block != database : has_searches(block)) continue;
    const auto searched = last_searched(block);
    if (!searched || !before(last_day(*searched), end)) continue;
    auto& d = sink.report(DiagCode::R602, limit.span,
                          fmt::format("the limit runs to {}, after the search of {} on {}: run again, it finds "
                                      "records the search of that day could not",
                                      ast::format_date(*limit.to), block.id, ast::format_date(*searched)));
    d.notes.push_back(
        fmt::format("where the database's limit takes a month or a day, end it no later than {}; "
                    "otherwise a note can say that a search run again finds more",
                    ast::format_date(*searched)));
    return;
  }
}

}  // namespace

void check_limits(const ast::Strategy& strategy, DiagnosticSink& sink) {
  for (const auto& [line, database] : reviewed_lines(strategy)) {
    const auto notes = notes_for(strategy, database);
    for (const auto& limit : line->limits) {
      // `limit status all` keeps every record: it restricts nothing
      if (limit.kind == ast::LimitKind::status && iequal(limit.value, "all")) continue;
      if (std::none_of(notes.begin(), notes.end(), [&](std::string_view n) { return gives_reason(n, limit); })) {
        auto& d = sink.report(DiagCode::R601, limit.span,
                              fmt::format("no note says why the search is limited ({})", describe_limit(limit)));
        d.notes.push_back(
            fmt::format("PRISMA-S item 9 asks for each limit's reason: say it in the block, `note \"Limited to ... "
                        "because ...\"`"));
      }
      past_the_search(strategy, limit, database, sink);
    }
  }
}

}  // namespace searchc::review
