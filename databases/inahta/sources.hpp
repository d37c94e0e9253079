// The sources of INAHTA's rules, as data: each rule searchc relies on in writing for it, the page it
// comes from (cited in docs/databases.md under "INAHTA International HTA Database (`inahta`)") and the month it was
// read, or unverified. Each is keyed to the codes of the rewrites it governs; the appendix lists the unverified ones a
// search relied on, and tests/sources_test.cpp checks the URLs against the doc.
#pragma once

#include <array>

#include "compiler/lower.hpp"

namespace searchc::inahta {

inline constexpr std::string_view syntax_version = "INAHTA database platform of 2020, as documented 2026-12";

inline constexpr std::array sources = {
    SyntaxSource{.what = "field tags after a parenthesised group, `[mh]` and `[mhe]`, the year filter (a published "
                         "search and the user guide's opening)",
                 .url = "https://database.inahta.org/guide",
                 .read = "2026-12"},
    SyntaxSource{.what = "no proximity (searched as AND), `*` only, no qualifiers or major topic",
                 .url = "https://github.com/IEBH/sra-polyglot",
                 .read = "2026-12",
                 .codes = "W103 W107 W108 W112"},
    SyntaxSource{.what = "NOT: none documented, so `a NOT b` is searched as `a`",
                 .url = "https://database.inahta.org/guide",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W109"},
    SyntaxSource{.what = "truncation inside phrases: NEXT with a wildcard is searched as AND",
                 .url = "https://database.inahta.org/guide",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W107"},
};

}  // namespace searchc::inahta
