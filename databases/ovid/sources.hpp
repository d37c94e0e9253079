// The sources of Ovid MEDLINE's rules, as data: each rule searchc relies on in writing for it, the page it
// comes from (cited in docs/databases.md under "Ovid MEDLINE (`ovid`)") and the month it was read, or
// unverified. Each is keyed to the codes of the rewrites it governs; the appendix lists the
// unverified ones a search relied on, and tests/sources_test.cpp checks the URLs against the doc.
#pragma once

#include <array>

#include "compiler/lower.hpp"

namespace searchc::ovid {

inline constexpr std::string_view syntax_version = "Ovid MEDLINE, Ovid syntax as documented 2026-12";

inline constexpr std::array sources = {
    SyntaxSource{.what = "`adjN` takes N up to 99; NEAR/100 and wider is searched as AND",
                 .url = "https://libguides.sdu.dk/OVID-English/adj",
                 .read = "2026-12",
                 .codes = "W107"},
    SyntaxSource{.what = "`#` is the wildcard for one required character, so a literal `#` cannot be searched",
                 .url = "http://zatoka.icm.edu.pl/OVIDWEB/ovidweb.cgi?HC=syntax",
                 .read = "2026-12",
                 .codes = "E204"},
    SyntaxSource{
        .what = "floating subheadings searched one by one, `dt.fs. or th.fs.`",
        .url = "http://www.york.ac.uk/inst/crd/SysRev/!SSL!/WebHelp/Appendix_4_Searching_for_adverse_effects.htm",
        .read = "2026-12"},
    SyntaxSource{.what = "keywords are `.kf.` (author keywords) and `.hw.` (heading words)",
                 .url = "https://guides.library.unisa.edu.au/SystematicReviews/Keywords",
                 .read = "2026-12"},
    SyntaxSource{.what = "`.hw.` as the label of heading words in today's field guide",
                 .url = "http://zatoka.icm.edu.pl/OVIDWEB/fldguide/medline.htm",
                 .read = "2026-12",
                 .verified = false},
};

}  // namespace searchc::ovid
