// Ovid MEDLINE's field codes and its encodings of limits, both ways (databases/ovid/syntax.hpp).
#include "databases/ovid/syntax.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <vector>

#include "databases/dates.hpp"

namespace searchc::ovid {
namespace {

// Calls `add` with each search `body` joins by OR (or with `body` itself); false as soon as
// `add` refuses one.
template <typename Add>
bool each_ored(const ast::Node& body, const Add& add) {
  if (const auto* b = std::get_if<ast::Bool>(&body.kind); b != nullptr && b->op == ast::BoolOp::or_) {
    return std::all_of(b->operands.begin(), b->operands.end(), add);
  }
  return add(body);
}

}  // namespace

std::span<const FieldCode> field_codes() {
  static constexpr std::array<FieldCode, 17> table = {{
      {{"ti"}, FieldSet{Field::title}, "", true},
      {{"ab"}, FieldSet{Field::abstract}, "", true},
      // the language's keywords, author keywords and indexing terms: Ovid MEDLINE's keyword heading
      // words and the words of the subject headings (docs/databases.md, "Ovid MEDLINE"); either
      // keyword field alone holds the author keywords only, so keywords find more
      {{"kf,hw", "kw,hw"}, FieldSet{Field::keywords}, "", true},
      {{"kf"},
       FieldSet{Field::keywords},
       "`.kf.` (keyword heading words: the author keywords) is read as keywords, which the language takes to hold "
       "the indexing terms (`.hw.`) too",
       false,
       Effect::broader},
      {{"kw"},
       FieldSet{Field::keywords},
       "`.kw.` (keyword heading: the author keywords) is read as keywords, which the language takes to hold the "
       "indexing terms (`.hw.`) too",
       false,
       Effect::broader},
      {{"tw"},
       FieldSet{Field::title, Field::abstract, Field::keywords},
       "`.tw.` (text word) is read as title, abstract and keywords, the widest reading of Ovid's field",
       false},
      // Ovid's default fields, read as all text with a warning by the reader (default_fields_reading)
      {{"mp"}, FieldSet{}, "", false},
      // All Fields ("All Fields (af)", Ovid's database guides: docs/databases.md)
      {{"af"}, FieldSet{}, "", false},
      {{"au", "fa"}, FieldSet{Field::author}, "", true},
      {{"pa"}, FieldSet{Field::author}, "`.pa.` (primary author) is read as any author", false, Effect::broader},
      {{"ir"},
       FieldSet{},
       "`.ir.` (investigator) is searched in all text: other databases may not hold these names with the authors",
       false},
      {{"jw", "nj", "so"}, FieldSet{Field::source}, "", true},
      {{"jn"}, FieldSet{Field::source}, "`.jn.` (journal name) is read as the source field", false},
      {{"pt"}, FieldSet{Field::publication_type}, "", true},
      {{"la", "lg"}, FieldSet{Field::language}, "", true},
      {{"sh"},
       FieldSet{Field::keywords},
       "`.sh.` (the subject heading field) is read as keywords beside other fields; alone it is the heading `X/`",
       false},
      {{"hw"},
       FieldSet{Field::keywords},
       "`.hw.` (heading words) is read as keywords, the field that holds indexing terms",
       false},
  }};
  return table;
}

std::string entry_date_limit(const ast::Limit& limit) {
  const auto from = first_day(*limit.from);
  const auto to = last_day(*limit.to);
  return fmt::format("{}={:04}{:02}{:02}-{:04}{:02}{:02}", entry_date_code, from.year, from.month, from.day, to.year,
                     to.month, to.day);
}

std::optional<ast::Limit> read_entry_dates(const ast::Node& body, Span where, bool* untruncated) {
  bool whole = false;  // a year or month read without its `$`
  struct Days {
    std::chrono::sys_days first, last;
    ast::Date from, to;
  };
  std::vector<Days> ranges;
  const auto add = [&](const ast::Node& n) {
    const auto* t = std::get_if<ast::Term>(&n.kind);
    if (t == nullptr) return false;
    std::string_view digits = t->text;
    const bool truncated = !digits.empty() && digits.back() == '*';
    if (truncated) digits.remove_suffix(1);
    if (!all_digits(digits) || (digits.size() != 4 && digits.size() != 6 && digits.size() != 8)) return false;
    if (!truncated && digits.size() != 8) {
      if (untruncated == nullptr || !*untruncated) return false;
      whole = true;
    }
    const auto number = [&](std::size_t at, std::size_t count) {
      return static_cast<int>(read_digits(digits.substr(at, count), 9999));
    };
    const int y = number(0, 4);
    const int m = digits.size() >= 6 ? number(4, 2) : 0;
    const int d = digits.size() == 8 ? number(6, 2) : 0;
    using namespace std::chrono;
    const year_month first_month{year{y}, month{static_cast<unsigned>(m == 0 ? 1 : m)}};
    const year_month last_month{year{y}, month{static_cast<unsigned>(m == 0 ? 12 : m)}};
    const year_month_day first{first_month / day{static_cast<unsigned>(d == 0 ? 1 : d)}};
    const year_month_day final_day = d == 0 ? year_month_day{last_month / std::chrono::last} : first;
    if (!first.ok() || !final_day.ok()) return false;
    ranges.push_back({sys_days{first}, sys_days{final_day}, {y, m, d}, {y, m, d}});
    return true;
  };
  if (!each_ored(body, add)) return std::nullopt;
  std::sort(ranges.begin(), ranges.end(), [](const Days& a, const Days& b) { return a.first < b.first; });
  for (std::size_t i = 1; i < ranges.size(); ++i) {
    if (ranges[i].first != ranges[i - 1].last + std::chrono::days{1}) return std::nullopt;
  }
  if (whole) *untruncated = false;
  return date_limit(ast::LimitKind::entry_date, ranges.front().from, ranges.back().to, where);
}

std::optional<ast::Limit> read_years(const ast::Node& body, Span where) {
  std::vector<int> years;
  const auto add = [&](const ast::Node& n) {
    const auto* t = std::get_if<ast::Term>(&n.kind);
    if (t == nullptr || t->text.size() != 4 || !all_digits(t->text)) return false;
    years.push_back(static_cast<int>(read_digits(t->text, 9999)));
    return true;
  };
  if (!each_ored(body, add)) return std::nullopt;
  std::sort(years.begin(), years.end());
  for (std::size_t i = 1; i < years.size(); ++i) {
    if (years[i] != years[i - 1] + 1) return std::nullopt;
  }
  return date_limit(ast::LimitKind::publication_year, ast::Date{years.front(), 0, 0}, ast::Date{years.back(), 0, 0},
                    where);
}

std::string year_limit(const ast::Limit& limit) {
  return limit.to ? fmt::format("yr=\"{} - {}\"", limit.from->year, limit.to->year)
                  : fmt::format("yr=\"{} - Current\"", limit.from->year);
}

std::optional<ast::Limit> read_year_limit(std::string_view text, Span where) {
  if (!iequal(text.substr(0, 3), "yr=")) return std::nullopt;
  auto range = text.substr(3);
  if (range.size() >= 2 && range.front() == '"' && range.back() == '"') {
    range = range.substr(1, range.size() - 2);
  } else if (range.find('"') != std::string_view::npos) {
    return std::nullopt;
  }
  const auto dash = range.find('-');
  const auto from = fold_space(range.substr(0, dash));
  const auto to = dash == std::string_view::npos ? from : fold_space(range.substr(dash + 1));
  if (!all_digits(from) || from.size() != 4) return std::nullopt;
  std::optional<ast::Date> last;
  if (all_digits(to) && to.size() == 4) {
    last = ast::Date{static_cast<int>(read_digits(to, 9999)), 0, 0};
  } else if (lower(to) != "current") {
    return std::nullopt;
  }
  return date_limit(ast::LimitKind::publication_year, ast::Date{static_cast<int>(read_digits(from, 9999)), 0, 0}, last,
                    where);
}

std::optional<ast::Limit> read_entry_date_limit(std::string_view text, Span where) {
  if (!iequal(text.substr(0, 3), "ed=")) return std::nullopt;
  const auto dates = read_digit_dates(text.substr(3));
  if (!dates) return std::nullopt;
  const auto [from, to] = coarsest(*dates);
  return date_limit(ast::LimitKind::entry_date, from, to, where);
}

}  // namespace searchc::ovid
