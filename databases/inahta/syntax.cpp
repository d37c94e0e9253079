// INAHTA's field tags and its year filter, both ways (databases/inahta/syntax.hpp).
#include "databases/inahta/syntax.hpp"

#include <fmt/format.h>

#include "base/text.hpp"
#include "databases/dates.hpp"
#include "databases/history.hpp"

namespace searchc::inahta {

std::span<const FieldCode> field_tags() {
  static constexpr std::array<FieldCode, 6> table = {{
      {{"Title", "ti"}, FieldSet{Field::title}, "", true},
      {{"abs", "abstract", "ab"}, FieldSet{Field::abstract}, "", true},
      {{"Keywords", "keyword", "kw"}, FieldSet{Field::keywords}, "", true},
      {{"Author", "au"}, FieldSet{Field::author}, "", true},
      {{"Source", "so"}, FieldSet{Field::source}, "", true},
      {{"Language", "la"}, FieldSet{Field::language}, "", true},
  }};
  return table;
}

std::string year_filter(int from, int to) {
  return fmt::format("FROM {} TO {}", from, to);
}

std::optional<ast::Limit> read_year_filter(std::string_view& line, std::uint32_t, Span where, DiagnosticSink&) {
  const auto l = lower(line);
  const auto from_at = l.rfind(" from ");
  if (from_at == std::string::npos) return std::nullopt;
  const auto words = import::split(std::string_view(l).substr(from_at + 6), ' ');
  if (words.size() != 3 || words[1] != "to" || words[0].size() != 4 || words[2].size() != 4 || !all_digits(words[0]) ||
      !all_digits(words[2])) {
    return std::nullopt;
  }
  auto limit =
      date_limit(ast::LimitKind::publication_year, ast::Date{static_cast<int>(read_digits(words[0], 9999)), 0, 0},
                 ast::Date{static_cast<int>(read_digits(words[2], 9999)), 0, 0}, where);
  line = line.substr(0, from_at);
  return limit;
}

}  // namespace searchc::inahta
