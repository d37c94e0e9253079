// The sources of ClinicalTrials.gov's rules, as data: each rule searchc relies on in writing for it, the page it
// comes from (cited in docs/databases.md under "ClinicalTrials.gov (`ctgov`)") and the month it was read, or
// unverified. Each is keyed to the codes of the rewrites it governs; the appendix lists the
// unverified ones a search relied on, and tests/sources_test.cpp checks the URLs against the doc.
#pragma once

#include <array>

#include "compiler/lower.hpp"

namespace searchc::ctgov {

inline constexpr std::string_view syntax_version =
    "ClinicalTrials.gov modernised site and API v2, as documented 2026-12";

inline constexpr std::array sources = {
    SyntaxSource{.what = "Essie's operators (NOT unary, no proximity, no truncation) and its operator words",
                 .url = "https://clinicaltrials.gov/find-studies/constructing-complex-search-queries",
                 .read = "2026-12",
                 .codes = "W107 W108 W180 E204"},
    SyntaxSource{.what = "Essie adds plurals, possessives and spelling variants to a word, and no other endings",
                 .url = "https://clinicaltrials.gov/find-studies/constructing-complex-search-queries",
                 .read = "2026-12",
                 .codes = "W116"},
    SyntaxSource{.what = "aggFilters: filters joined by commas, a filter's values by spaces (API v2)",
                 .url = "https://clinicaltrials.gov/data-api/api",
                 .read = "2026-12"},
    SyntaxSource{.what = "the website's /search page reads aggFilters as the API does",
                 .url = "https://clinicaltrials.gov/data-api/api",
                 .read = "2026-12",
                 .verified = false},
};

}  // namespace searchc::ctgov
