// The sources of PubMed's rules, as data: each rule searchc relies on in writing for it, the page it
// comes from (cited in docs/databases.md under "PubMed (`pubmed`)") and the month it was read, or
// unverified. Each is keyed to the codes of the rewrites it governs; the appendix lists the
// unverified ones a search relied on, and tests/sources_test.cpp checks the URLs against the doc.
#pragma once

#include <array>

#include "compiler/lower.hpp"

namespace searchc::pubmed {

inline constexpr std::string_view syntax_version =
    "PubMed, with the wildcard rules of June 2024, as documented 2026-12";

inline constexpr std::array sources = {
    SyntaxSource{.what = "`[tiab]` holds the author keywords too; `[tw]` and `[ot]` for keywords; no abstract tag",
                 .url = "https://pubmed.ncbi.nlm.nih.gov/help/#search-tags",
                 .read = "2026-12",
                 .codes = "W101 E202"},
    SyntaxSource{.what = "proximity `\"a b\"[tiab:~N]` in title and abstract, N the words between",
                 .url = "https://www.nlm.nih.gov/pubs/techbull/nd22/nd22_pubmed_proximity_search_available.html",
                 .read = "2026-12",
                 .codes = "W107 W114 W161"},
    SyntaxSource{.what = "four characters before the first wildcard",
                 .url = "https://nlm.nih.gov/pubs/techbull/mj24/mj24_pubmed_wildcard.html",
                 .read = "2026-12",
                 .codes = "W108 W180 E204"},
    SyntaxSource{.what = "the four characters counted in each word of a phrase, not from its start",
                 .url = "https://nlm.nih.gov/pubs/techbull/mj24/mj24_pubmed_wildcard.html",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "E204"},
    SyntaxSource{.what = "truncation inside a proximity search is not run (third-party tools and tests only)",
                 .url = "https://info.hsls.pitt.edu/updatereport/2023/january-2023/pubmed-proximity-search/",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W107"},
    SyntaxSource{.what = "a qualifier on an exploded heading explodes with it",
                 .url = "https://www.nlm.nih.gov/bsd/disted/meshtutorial/searchingpubmedusingmeshtags/02.html",
                 .read = "2026-12",
                 .codes = "W160"},
};

}  // namespace searchc::pubmed
