// The sources of Embase.com's rules, as data: each rule searchc relies on in writing for it, the
// page it comes from (cited in docs/databases.md under "Embase (Elsevier, Embase.com)") and the
// month it was read, or unverified. Each is keyed to the codes of the rewrites it governs; the
// appendix lists the unverified ones a search relied on, and tests/sources_test.cpp checks the
// URLs against the doc.
#pragma once

#include <array>

#include "compiler/lower.hpp"

namespace searchc::embase {

inline constexpr std::string_view syntax_version = "Embase.com, Elsevier's syntax as documented 2026-12";

inline constexpr std::array sources = {
    SyntaxSource{.what = "NEAR/n is within n words in either order (NEAR/5: at most 4 words between; NEAR/1: next "
                         "to each other), NEXT/n the same in order; unquoted words are ANDed",
                 .url = "http://embase.com/info/helpfiles/search-hints/boolean-operators",
                 .read = "2026-12"},
    SyntaxSource{.what = "no operator precedes another: parentheses first, then left to right",
                 .url = "https://www.elsevier.support/embase/answer/"
                        "can-i-use-boolean-operators-wildcards-and-proximity-operators-in-embase",
                 .read = "2026-12"},
    SyntaxSource{.what = "`*` any characters, inside a word too; `?` exactly one character; wildcards are disabled "
                         "inside quoted phrases",
                 .url = "http://www.embase.com/info/helpfiles/search-hints/wildcards",
                 .read = "2026-12",
                 .codes = "W108 E204"},
    SyntaxSource{.what = "Emtree headings as `'x'/exp` (exploded), `'x'/de` (alone), `/mj` (major focus)",
                 .url = "https://library.bath.ac.uk/embase/emtree-search",
                 .read = "2026-12",
                 .verified = false},
    SyntaxSource{.what = "field codes `:kw` (author keywords), `:au`, `:it`, `:la`, `:jt`, and the limit "
                         "`[1990-2020]/py`",
                 .url = "https://www.elsevier.support/embase/answer/"
                        "can-i-use-boolean-operators-wildcards-and-proximity-operators-in-embase",
                 .read = "2026-12",
                 .verified = false},
};

}  // namespace searchc::embase
