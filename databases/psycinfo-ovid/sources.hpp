// The sources of APA PsycInfo on Ovid's own rules, as data (cited in docs/databases.md under "APA
// PsycInfo on Ovid (`psycinfo-ovid`)"); the rules of Ovid's syntax are Ovid MEDLINE's
// (databases/ovid/sources.hpp: `adjN` up to 99, `#`), all verified, and are not repeated here.
#pragma once

#include <array>

#include "compiler/lower.hpp"

namespace searchc::psycinfo_ovid {

inline constexpr std::string_view syntax_version = "APA PsycInfo on Ovid, Ovid syntax as documented 2026-12";

inline constexpr std::array sources = {
    SyntaxSource{.what = "APA Thesaurus headings in `.sh.`, their words in `.hw.` (heading word)",
                 .url = "https://uxcaucustips.blogspot.com/2025/11/tip-60-controlled-vocabulary-field.html",
                 .read = "2026-12"},
    SyntaxSource{
        .what = "key concepts (keywords, identifiers) in `.id.`",
        .url = "https://blog.apapubs.org/2017/01/19/psycinfo-expert-tip-searching-by-keyword-index-term-and-more/",
        .read = "2026-12",
        .verified = false},
    SyntaxSource{.what = "APA Thesaurus headings on Ovid: `exp X/` exploded, `*X/` major",
                 .url = "https://ospguides.ovid.com/OSPguides/psycdb.htm",
                 .read = "2026-12",
                 .verified = false},
};

}  // namespace searchc::psycinfo_ovid
