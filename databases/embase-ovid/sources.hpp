// The sources of Embase on Ovid's own rules, as data (cited in docs/databases.md under "Embase on
// Ovid (`embase-ovid`)"); the rules of Ovid's syntax are Ovid MEDLINE's (databases/ovid/sources.hpp:
// `adjN` up to 99, `#`), all verified, and are not repeated here.
#pragma once

#include <array>

#include "compiler/lower.hpp"

namespace searchc::embase_ovid {

inline constexpr std::string_view syntax_version = "Embase on Ovid, Ovid syntax as documented 2026-12";

inline constexpr std::array sources = {
    SyntaxSource{
        .what = "author keywords are `.kf.` since September 2021; `.tw.` is title, abstract and drug trade name",
        .url = "https://guides.library.unisa.edu.au/SystematicReviews/Keywords",
        .read = "2026-12"},
    SyntaxSource{
        .what = "`.hw.` (heading word) holds the Emtree terms and the candidate terms; `.dq.` candidate term words",
        .url = "https://uxcaucustips.blogspot.com/2023/09/tip-43-embase-ovid-candidate-terms.html",
        .read = "2026-12"},
    SyntaxSource{.what = "Emtree headings on Ovid: `exp X/` exploded, `*X/` major (focus)",
                 .url = "https://sign.ac.uk/using-our-guidelines/methodology/search-filters",
                 .read = "2026-12",
                 .verified = false},
};

}  // namespace searchc::embase_ovid
