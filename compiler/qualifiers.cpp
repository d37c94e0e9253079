// The qualifier table, read once from the TSV text compiled into the program.
#include "compiler/qualifiers.hpp"

#include <stdexcept>
#include <vector>

#include "compiler/text.hpp"

namespace searchc::mesh {

extern const std::string_view qualifiers_tsv;

namespace {

std::vector<QualifierInfo> load() {
  std::vector<QualifierInfo> table;
  std::string_view rest = qualifiers_tsv;
  bool header = true;
  while (!rest.empty()) {
    const auto eol = rest.find('\n');
    const auto line = rest.substr(0, eol);
    rest.remove_prefix(eol == std::string_view::npos ? rest.size() : eol + 1);
    if (line.empty()) continue;
    if (header) {
      header = false;
      continue;
    }
    const auto tab1 = line.find('\t');
    const auto tab2 = line.find('\t', tab1 + 1);
    if (tab1 == std::string_view::npos || tab2 == std::string_view::npos) {
      throw std::logic_error("data/mesh/qualifiers.tsv: a row without three columns");
    }
    table.push_back({line.substr(0, tab1), line.substr(tab1 + 1, tab2 - tab1 - 1), line.substr(tab2 + 1)});
  }
  return table;
}

}  // namespace

std::span<const QualifierInfo> qualifiers() {
  static const std::vector<QualifierInfo> table = load();
  return table;
}

namespace {

// NLM names qualifiers with `&` ("statistics & numerical data"); PubMed and people write "and".
std::string with_ampersand(std::string_view name) {
  std::string out(name);
  for (auto at = out.find(" and "); at != std::string::npos; at = out.find(" and ", at + 3)) out.replace(at, 5, " & ");
  return out;
}

}  // namespace

std::optional<QualifierInfo> find_qualifier(std::string_view written) {
  const auto name = with_ampersand(lower(written));
  for (const auto& q : qualifiers()) {
    if (iequal(q.abbreviation, written) || iequal(q.name, written) || iequal(q.name, name)) return q;
  }
  return std::nullopt;
}

}  // namespace searchc::mesh
