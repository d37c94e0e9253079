// The sources of Web of Science's rules, as data: each rule searchc relies on in writing for it,
// the page it comes from (cited in docs/databases.md under "Web of Science Core Collection
// (`wos`)") and the month it was read, or unverified. Each is keyed to the codes of the rewrites
// it governs; tests/sources_test.cpp checks the URLs against the doc.
#pragma once

#include <array>

#include "compiler/lower.hpp"

namespace searchc::wos {

inline constexpr std::string_view syntax_version =
    "Web of Science Core Collection, advanced search as documented 2026-12";

inline constexpr std::array sources = {
    SyntaxSource{.what = "`NEAR/x` finds the words with at most x words between them, so NEAR/n is written NEAR/n-1",
                 .url = "https://images.webofknowledge.com/data/WOKRS529MR9/help/CCC/hs_search_operators.html",
                 .read = "2026-12"},
    SyntaxSource{.what = "no AND inside NEAR: a NEAR holding AND, NOT, a field or a set is searched as AND",
                 .url = "http://images.webofknowledge.com/WOKRS59B4/help/WOS/hs_search_operators.html",
                 .read = "2026-12",
                 .codes = "W107"},
    SyntaxSource{.what = "unquoted words are ANDed, and operator words in a search are quoted",
                 .url = "https://webofscience.help.clarivate.com/Content/search-operators.html",
                 .read = "2026-12"},
    SyntaxSource{.what = "`*`, `?` and `$`; three characters before a wildcard in Topic and Title; `$` not in quotes",
                 .url = "https://images.webofknowledge.com/WOKRS58B4/help/WOK/hs_wildcards.html",
                 .read = "2026-12",
                 .codes = "E204"},
    SyntaxSource{.what = "`*` and `?` inside quoted phrases (inferred: the page forbids only `$` there)",
                 .url = "https://images.webofknowledge.com/WOKRS58B4/help/WOK/hs_wildcards.html",
                 .read = "2026-12",
                 .verified = false},
    SyntaxSource{.what = "AND before OR (`copper OR lead AND algae`); searchc writes full parentheses",
                 .url = "https://images.webofknowledge.com/WOKRS529AR7/help/TCT/ht_operators.html",
                 .read = "2026-12"},
    SyntaxSource{.what = "no thesaurus: a subject heading is searched as words",
                 .url = "https://images.webofknowledge.com/data/WOKRS529MR9/help/CCC/hs_topic.html",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W106"},
    SyntaxSource{.what = "field tags TS, TI, AB, AK, KP, AU, SO, LA, PY and ALL in advanced search, and the "
                         "other tags the reader reads in all text (AI, ED, GP, DO, CF, AD, OG, ..., SDG)",
                 .url = "https://webofscience.help.clarivate.com/Content/wos-core-collection/woscc-field-tags.htm",
                 .read = "2026-12",
                 .verified = false},
};

}  // namespace searchc::wos
