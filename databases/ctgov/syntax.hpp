// ClinicalTrials.gov's syntax, Essie, as its writer (writer.cpp) writes it (docs/databases.md,
// "ClinicalTrials.gov (`ctgov`)").
#pragma once

#include <array>
#include <span>
#include <string_view>

#include "databases/syntax.hpp"

namespace searchc::ctgov {

// The search areas of the fields, `AREA[ConditionSearch](...)`: one field an area.
inline std::span<const FieldCode> areas() {
  static constexpr std::array<FieldCode, 3> table = {{
      {{"ConditionSearch"}, FieldSet{Field::condition}, "", true},
      {{"InterventionSearch"}, FieldSet{Field::intervention}, "", true},
      {{"TitleSearch"}, FieldSet{Field::title}, "", true},
  }};
  return table;
}

// Essie's operator words; a search term spelled like one is escaped with a backslash, `\missing`.
// TILT is the scoring operator (`TILT[StudyFirstPostDate]"heart attack"`), listed with the others
// on ClinicalTrials.gov's "Constructing Complex Search Queries" page.
inline constexpr std::array<std::string_view, 12> operator_words = {
    "AND", "OR", "NOT", "MISSING", "RANGE", "ALL", "DISTANCE", "AREA", "SEARCH", "EXPANSION", "COVERAGE", "TILT"};

}  // namespace searchc::ctgov
