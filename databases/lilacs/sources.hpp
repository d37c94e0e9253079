// The sources of LILACS's rules, as data: each rule searchc relies on in writing for it, the page
// it comes from (cited in docs/databases.md under "LILACS (BVS portal) (`lilacs`)") and the month
// it was read, or unverified. Each is keyed to the codes of the rewrites it governs.
#pragma once

#include <array>

#include "compiler/lower.hpp"

namespace searchc::lilacs {

inline constexpr std::string_view syntax_version =
    "LILACS, Virtual Health Library portal (iAHx), as documented 2026-12";

inline constexpr std::array sources = {
    SyntaxSource{.what = "the search without a field reads the title, abstract and subject; field codes `ti:` and "
                         "`ta:`; quotation marks for a phrase; capitals and accents not considered",
                 .url = "https://lilacs.bvsalud.org/en/how-do-you-search-in-lilacs-database/",
                 .read = "2026-12",
                 .codes = "W101"},
    SyntaxSource{.what = "AND, OR and AND NOT in any case; `$` read as `*`; quoted phrases kept as typed, so no "
                         "wildcard inside them",
                 .url = "https://github.com/bireme/iahx-controller",
                 .read = "2026-12",
                 .codes = "W108"},
    SyntaxSource{.what = "field prefixes `ti:`, `au:`, `mh:` and `pt:` of the portal's search form; LILACS as the "
                         "filter `db:(\"LILACS\")`",
                 .url = "https://github.com/bireme/iahx-opac",
                 .read = "2026-12"},
    SyntaxSource{.what = "`ab:`, `tw:` (title, abstract and descriptors), `mj:` (major descriptor) and the year "
                         "range `year_cluster:[2014 TO 2021]` in the query itself",
                 .url = "https://github.com/bireme/iahx-opac",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W110"},
    SyntaxSource{.what = "no proximity operator: NEAR and NEXT over words are searched as AND or a phrase",
                 .url = "https://lilacs.bvsalud.org/en/how-do-you-search-in-lilacs-database/",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W107"},
    SyntaxSource{.what = "`mh:\"x\"` searches the DeCS descriptor x (MeSH's English name) alone: whether it takes "
                         "the narrower descriptors in is unverified, so it is taken not to",
                 .url = "https://lilacs.bvsalud.org/en/how-do-you-search-in-lilacs-database/",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W410 W112"},
};

}  // namespace searchc::lilacs
