// The sources of ProQuest's rules, as data: each rule searchc relies on in writing for it, the
// page it comes from (cited in docs/databases.md under "ProQuest (`proquest`)") and the month it
// was read, or unverified. Each is keyed to the codes of the rewrites it governs.
#pragma once

#include <array>

#include "compiler/lower.hpp"

namespace searchc::proquest {

inline constexpr std::string_view syntax_version = "ProQuest, command line search as documented 2026-12";

inline constexpr std::array sources = {
    SyntaxSource{.what = "how NEAR/n and PRE/n count (words between, or within): written with n unchanged, exact or "
                         "one word wider; NEXT over words without a wildcard is a quoted phrase",
                 .url = "https://researchguides.uic.edu/searchstrategies/proximityoperators",
                 .read = "2026-12",
                 .verified = false,
                 .when = SyntaxSource::When::near},
    SyntaxSource{.what = "OR before PRE/n before W/n before AND before AND NOT, read left to right; searchc writes "
                         "full parentheses",
                 .url = "http://proquest.umi.com/i-std/en/npc/precedence.htm",
                 .read = "2026-12"},
    SyntaxSource{.what = "unquoted words are ANDed; a quoted phrase is searched as a phrase; AND, OR and NOT are "
                         "operators in any case unless quoted",
                 .url = "https://proquest.libguides.com/trendspolicyhelp/syntax",
                 .read = "2026-12"},
    SyntaxSource{.what = "`*` truncates at the end or inside a word, replacing up to 5 characters; `?` one "
                         "character; `[*n]` up to n characters, 20 at most: `*` is written `[*20]`",
                 .url = "https://proquest.libguides.com/proquestplatform/tips",
                 .read = "2026-12",
                 .codes = "W450"},
    SyntaxSource{.what = "words outside quotation marks searched with their lemmas and spelling variants "
                         "(\"Variants searching\"), which quotation marks turn off",
                 .url = "https://proquest.libguides.com/proquestplatform/tips",
                 .read = "2026-12",
                 .codes = "W116"},
    SyntaxSource{.what = "field codes TI, AB, IF, AU, PUB, LA and NOFT (anywhere except full text), several joined "
                         "by commas, `TI,AB(x)`; no field of the language's publication types",
                 .url = "https://proquest.libguides.com/proquestplatform/tips",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W101"},
    SyntaxSource{.what = "MeSH headings as MESH.EXACT.EXPLODE(\"x\") and MESH.EXACT(\"x\"); no major-topic code "
                         "documented",
                 .url = "https://guides.library.unisa.edu.au/ScopingReviews/MedicalSubjectHeadings",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W103"},
    SyntaxSource{.what = "the publication date as PD(20140101-20211231), PD(>20131231), PD(<20220101); no date "
                         "of addition to the Cochrane Library: a cochrane-date limit is run as the publication date",
                 .url = "https://proquest.libguides.com/proquestplatform/tips",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W110"},
};

}  // namespace searchc::proquest
