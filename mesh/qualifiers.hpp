// MeSH qualifiers (subheadings), from the table bundled with the program (data/mesh/qualifiers.tsv).
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace searchc::mesh {

struct QualifierInfo {
  std::string_view ui;            // Q000188
  std::string_view name;          // drug therapy
  std::string_view abbreviation;  // DT
  bool withdrawn = false;         // in MeSH 2014, no longer in the bundled release
  std::string_view replaced_by;   // for a withdrawn one, the qualifier NLM named instead, if any: DG
};

// Every qualifier of the bundled MeSH release, in the table's order.
std::span<const QualifierInfo> qualifiers();

// By abbreviation ("DT", any case) or by name ("drug therapy", any case): a qualifier of the
// bundled release, or one of those withdrawn since MeSH 2014 (data/mesh/qualifiers-withdrawn.tsv).
std::optional<QualifierInfo> find_qualifier(std::string_view written);

}  // namespace searchc::mesh
