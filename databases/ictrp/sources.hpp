// The sources of WHO ICTRP's rules, as data: each rule searchc relies on in writing for it, the page it
// comes from (cited in docs/databases.md under "WHO ICTRP (`ictrp`)") and the month it was read, or
// unverified. Each is keyed to the codes of the rewrites it governs; the appendix lists the
// unverified ones a search relied on, and tests/sources_test.cpp checks the URLs against the doc.
#pragma once

#include <array>

#include "compiler/lower.hpp"

namespace searchc::ictrp {

inline constexpr std::string_view syntax_version = "WHO ICTRP Search Portal, as documented 2026-12";

inline constexpr std::array sources = {
    SyntaxSource{.what = "the standard search's fields: title, primary sponsor, conditions, interventions, countries, "
                         "main and secondary IDs",
                 .url = "https://www.who.int/tools/clinical-trials-registry-platform/the-ictrp-search-portal/"
                        "search-tips",
                 .read = "2026-12",
                 .codes = "W101 W106 W107 W190 E202"},
    SyntaxSource{.what = "truncation at the end of a word, three characters first, also in phrases",
                 .url = "https://www.who.int/tools/clinical-trials-registry-platform/the-ictrp-search-portal/"
                        "search-tips",
                 .read = "2026-12",
                 .codes = "W108 E204"},
    SyntaxSource{.what = "the advanced form's boxes accept the standard search's Boolean syntax",
                 .url = "https://www.who.int/tools/clinical-trials-registry-platform/the-ictrp-search-portal/"
                        "search-tips",
                 .read = "2026-12",
                 .verified = false},
};

}  // namespace searchc::ictrp
