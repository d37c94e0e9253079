// The sources of Epistemonikos's rules, as data: each rule searchc relies on in writing for it, the page it
// comes from (cited in docs/databases.md under "Epistemonikos (`epistemonikos`)") and the month it was read, or
// unverified. Each is keyed to the codes of the rewrites it governs; the appendix lists the
// unverified ones a search relied on, and tests/sources_test.cpp checks the URLs against the doc.
#pragma once

#include <array>

#include "compiler/lower.hpp"

namespace searchc::epistemonikos {

inline constexpr std::string_view syntax_version = "Epistemonikos website, as documented 2026-12";

inline constexpr std::array sources = {
    SyntaxSource{.what = "`title:(...)`, `abstract:(...)`, AND, OR, phrases and `*` (an information specialist's "
                         "notes on the live site)",
                 .url = "https://github.com/knh11545/openrefine4searching",
                 .read = "2026-12",
                 .codes = "W101 W106"},
    SyntaxSource{.what = "NOT and proximity: none documented, so NOT is left out and NEAR searched as AND",
                 .url = "https://github.com/knh11545/openrefine4searching",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W107 W109"},
};

}  // namespace searchc::epistemonikos
