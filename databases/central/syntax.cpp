// CENTRAL's field labels and the export's limit suffixes, both ways (databases/central/syntax.hpp).
#include "databases/central/syntax.hpp"

#include <fmt/compile.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
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
  static constexpr std::array<FieldCode, 8> table = {{
      {{"ti"}, FieldSet{Field::title}, "", true},
      {{"ab"}, FieldSet{Field::abstract}, "", true},
      {{"kw"}, FieldSet{Field::keywords}, "", true},
      {{"au"}, FieldSet{Field::author}, "", true},
      {{"so"}, FieldSet{Field::source}, "", true},
      {{"pt"}, FieldSet{Field::publication_type}, "", true},
      // read as the language's `la`; the writer searches the language in all text (W101)
      {{"la"}, FieldSet{Field::language}, "", false},
      {{register_keywords},
       FieldSet{Field::keywords},
       "`:KY` is the Cochrane Register of Studies' keyword field: read as the Library's `:kw`, which it is "
       "taken to be (unverified: the Register's help is not public)",
       false},
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

std::optional<ast::Limit> read_limit(std::string_view& line, std::uint32_t offset) {
  const auto l = lower(line);
  // The suffix's start, and where its range starts; the range is `from X to Y` or `Between X and Y`.
  struct Form {
    std::string_view start;  // as written, lower case, from the space before it
    ast::LimitKind kind;
  };
  constexpr std::array<Form, 5> forms = {{
      {" with cochrane library publication date ", ast::LimitKind::cochrane_date},
      {" with publication year ", ast::LimitKind::publication_year},
      {" publication year ", ast::LimitKind::publication_year},
      {", from ", ast::LimitKind::publication_year},
      {" from ", ast::LimitKind::publication_year},
  }};
  for (const auto& form : forms) {
    const auto at = l.rfind(form.start);  // the suffix ends the line; the search may hold "with"
    if (at == std::string::npos || at == 0) continue;
    auto range = std::string_view(l).substr(at + form.start.size());
    const bool between = range.rfind("between ", 0) == 0;
    if (between) range.remove_prefix(8);
    if (!between && form.kind == ast::LimitKind::cochrane_date) {
      if (range.rfind("from ", 0) != 0) continue;
      range.remove_prefix(5);
    } else if (!between && form.start.find("year") != std::string_view::npos) {
      if (range.rfind("from ", 0) != 0) continue;
      range.remove_prefix(5);
    }
    const auto sep = range.find(between ? " and " : " to ");
    if (sep == std::string_view::npos) continue;
    const auto from_at = line.size() - range.size();
    ast::Limit limit;
    limit.kind = form.kind;
    limit.key = form.kind == ast::LimitKind::cochrane_date ? "cochrane-date" : "year";
    limit.from = read_month_year(fold_space(line.substr(from_at, sep)));
    limit.to = read_month_year(fold_space(line.substr(from_at + sep + (between ? 5 : 4))));
    // the old interface's bare `from 2009 to 2013` takes years only, so that a search of words
    // ending in `from May to June` stays words
    const bool bare = form.start.find("from") != std::string_view::npos;
    if (!limit.from || !limit.to || (bare && (limit.from->month != 0 || limit.to->month != 0))) continue;
    const auto begin = at + (line[at] == ',' ? 0 : 1);
    limit.span = {offset + static_cast<std::uint32_t>(begin), offset + static_cast<std::uint32_t>(line.size())};
    line = line.substr(0, at);
    return limit;
  }
  return std::nullopt;
}

std::optional<std::string_view> register_mark(std::string_view text) {
  const auto ifind = [&](std::string_view what) {
    const auto at = std::search(text.begin(), text.end(), what.begin(), what.end(),
                                [](char a, char b) { return ascii_lower(a) == ascii_lower(b); });
    return at == text.end() ? std::string_view::npos : static_cast<std::size_t>(at - text.begin());
  };
  std::optional<std::string_view> first;
  const auto keep = [&](std::size_t at, std::size_t size) {
    if (!first || at < static_cast<std::size_t>(first->data() - text.data())) first = text.substr(at, size);
  };
  for (const auto set : register_sets) {
    const auto at = ifind(set);
    const auto end = at + set.size();
    const bool word = at != std::string_view::npos && (at == 0 || !is_ascii_letter(text[at - 1])) &&
                      (end == text.size() || !is_ascii_letter(text[end]));
    if (word) keep(at, set.size());
  }
  // a field list after a colon, `:TI,AB,KY`, naming the keyword field
  for (auto colon = text.find(':'); colon != std::string_view::npos; colon = text.find(':', colon + 1)) {
    auto end = colon + 1;
    while (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) != 0 || text[end] == ',')) ++end;
    for (const auto label : import::split(text.substr(colon + 1, end - colon - 1), ',')) {
      if (iequal(label, register_keywords)) {
        keep(colon, end - colon);
        return first;
      }
    }
  }
  return first;
}

std::optional<std::uint64_t> register_proximity(std::string_view word) {
  const auto w = lower(word);
  for (const std::string_view name : {"adj", "near"}) {
    if (w.rfind(name, 0) != 0) continue;
    const auto digits = std::string_view(w).substr(name.size());
    if (digits.empty() && name == "adj") return 1;
    if (!digits.empty() && all_digits(digits)) return read_digits(digits, 1'000'000);
  }
  return std::nullopt;
}

std::optional<std::string_view> foreign_operator(std::string_view word) {
  const auto w = lower(word);
  const auto number_after = [&](std::string_view prefix) {
    return w.size() > prefix.size() && w.rfind(prefix, 0) == 0 && all_digits(std::string_view(w).substr(prefix.size()));
  };
  if (w == "adj" || number_after("adj")) return "Ovid's adjacency operator";
  if (number_after("n") || number_after("w")) return "EBSCOhost's (CINAHL's) proximity operator";
  if (number_after("w/") || number_after("pre/")) return "Scopus's proximity operator";
  if (number_after("near")) return "the Cochrane Register of Studies' proximity operator";
  // Ovid's field suffix: `heart.ti,ab.`, `.tw.`
  if (w.size() > 3 && w.back() == '.') {
    const auto dot = w.rfind('.', w.size() - 2);
    const auto fields = std::string_view(w).substr(dot + 1, w.size() - dot - 2);
    if (dot != std::string::npos && fields.size() >= 2 &&
        std::all_of(fields.begin(), fields.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == ','; })) {
      return "Ovid's field suffix";
    }
  }
  return std::nullopt;
}

}  // namespace searchc::central
