// The sources of CENTRAL's rules, as data: each rule searchc relies on in writing for it, the page it
// comes from (cited in docs/databases.md under "Cochrane Library, CENTRAL") and the month it was read, or
// unverified. Each is keyed to the codes of the rewrites it governs; the appendix lists the
// unverified ones a search relied on, and tests/sources_test.cpp checks the URLs against the doc.
#pragma once

#include <array>

#include "compiler/lower.hpp"

namespace searchc::central {

inline constexpr std::string_view syntax_version = "Cochrane Library Search Manager, as documented 2026-12";

inline constexpr std::array sources = {
    SyntaxSource{.what = "NEXT is adjacent in order; NEAR/n within n words in either order",
                 .url = "http://handbook-5-1.cochrane.org/chapter_6/6_4_8_proximity_operators_near_next_and_adj.htm",
                 .read = "2026-12"},
    SyntaxSource{.what = "how NEAR/n counts (words between, or within): NEAR is written with n unchanged, exact or "
                         "one word wider",
                 .url = "https://researchguides.uic.edu/searchstrategies/proximityoperators",
                 .read = "2026-12",
                 .verified = false,
                 .when = SyntaxSource::When::near},
    SyntaxSource{.what = "`*` anywhere in a word; no wildcards inside quotation marks",
                 .url = "https://apu.libguides.com/cochranelibrary/search",
                 .read = "2026-12",
                 .codes = "E204"},
    SyntaxSource{.what = "whether `?` stands for exactly one character (this guide) or for one or none (the guide "
                         "above): `tumo?r` is written as it is, and may also find `tumor`",
                 .url = "https://guides.library.ulster.ac.uk/c.php?g=632096&p=4745794",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W108"},
    SyntaxSource{.what = "a major-topic search: none documented, so `major` is dropped",
                 .url = "https://www.cochranelibrary.com/search-manager-help",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W103"},
    SyntaxSource{.what = "`(Word variations have been searched)` marks stemming turned on, the line's `variations`",
                 .url = "https://www.cochranelibrary.com/search-manager-help",
                 .read = "2026-12",
                 .codes = "N002"},
};

}  // namespace searchc::central
