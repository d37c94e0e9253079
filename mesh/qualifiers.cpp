// The qualifier table, read once from the TSV text compiled into the program.
#include "mesh/qualifiers.hpp"

#include <fmt/format.h>

#include <stdexcept>
#include <vector>

#include "base/text.hpp"

namespace searchc::mesh {

extern const std::string_view qualifiers_tsv;
extern const std::string_view withdrawn_qualifiers_tsv;

namespace {

// The rows after the header, split at tabs into `columns` fields each.
std::vector<std::vector<std::string_view>> rows(std::string_view tsv, std::size_t columns, std::string_view file) {
  std::vector<std::vector<std::string_view>> out;
  bool header = true;
  for (std::string_view rest = tsv; !rest.empty();) {
    const auto eol = rest.find('\n');
    const auto line = rest.substr(0, eol);
    rest.remove_prefix(eol == std::string_view::npos ? rest.size() : eol + 1);
    if (line.empty()) continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string_view> fields;
    for (std::string_view cell = line;;) {
      const auto tab = cell.find('\t');
      fields.push_back(cell.substr(0, tab));
      if (tab == std::string_view::npos) break;
      cell.remove_prefix(tab + 1);
    }
    if (fields.size() != columns) throw std::logic_error(fmt::format("{}: a row without {} columns", file, columns));
    out.push_back(std::move(fields));
  }
  return out;
}

std::vector<QualifierInfo> load_current() {
  std::vector<QualifierInfo> table;
  for (const auto& r : rows(qualifiers_tsv, 3, "data/mesh/qualifiers.tsv"))
    table.push_back({r[0], r[1], r[2], false, {}});
  return table;
}

std::vector<QualifierInfo> load_withdrawn() {
  std::vector<QualifierInfo> table;
  for (const auto& r : rows(withdrawn_qualifiers_tsv, 3, "data/mesh/qualifiers-withdrawn.tsv")) {
    table.push_back({"", r[0], r[1], true, r[2]});
  }
  return table;
}

const std::vector<QualifierInfo>& withdrawn() {
  static const std::vector<QualifierInfo> table = load_withdrawn();
  return table;
}

}  // namespace

std::span<const QualifierInfo> qualifiers() {
  static const std::vector<QualifierInfo> table = load_current();
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
  const auto matches = [&](const QualifierInfo& q) {
    return iequal(q.abbreviation, written) || iequal(q.name, written) || iequal(q.name, name);
  };
  for (const auto& q : qualifiers()) {
    if (matches(q)) return q;
  }
  for (const auto& q : withdrawn()) {
    if (matches(q)) return q;
  }
  return std::nullopt;
}

}  // namespace searchc::mesh
