// The sources of Google Scholar's rules, as data: each rule searchc relies on in writing for it,
// the page it comes from (cited in docs/databases.md under "Google Scholar (`gscholar`)") and the
// month it was read, or unverified. Google's own help page
// (https://scholar.google.com/intl/en/scholar/help.html) could not be read for this table: every
// rule here is from a library's or a tool's published page, so none is marked verified.
#pragma once

#include <array>

#include "compiler/lower.hpp"

namespace searchc::gscholar {

inline constexpr std::string_view syntax_version = "Google Scholar search box, as documented by libraries 2026-12";

inline constexpr std::array sources = {
    SyntaxSource{.what = "a query is read up to 256 characters, operators and spaces included",
                 .url = "https://liblog.port.ac.uk/blog/2021/12/26809/",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W460"},
    SyntaxSource{.what = "words are searched as written, almost never with other forms: no truncation, and a "
                         "truncated word is searched as its stem",
                 .url = "https://liblog.port.ac.uk/blog/2021/12/26809/",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W108 W116"},
    SyntaxSource{.what = "words side by side are ANDed, `OR` (in capitals) joins alternatives, `-` before a word "
                         "or phrase excludes it, quotation marks make a phrase",
                 .url = "https://chs.libguides.com/googlescholar",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W109"},
    SyntaxSource{.what = "no parentheses documented: a query that groups its ORs in them relies on an "
                         "undocumented reading",
                 .url = "https://chs.libguides.com/googlescholar",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W461"},
    SyntaxSource{.what = "`intitle:`, `author:` and `source:` before a word or phrase; no field of abstracts or "
                         "keywords, the search without a field reads the full text where Google has it",
                 .url = "https://spubl.com.cn/en/blog/how-to-make-the-most-of-google-scholar",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W101"},
    SyntaxSource{.what = "no proximity operator and no thesaurus: NEAR is searched as AND, a heading as words",
                 .url = "https://liblog.port.ac.uk/blog/2021/12/26809/",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W106 W107"},
    SyntaxSource{.what = "years only, from and to, as the advanced search's `as_ylo` and `as_yhi`; no date of "
                         "addition to the Cochrane Library, run as the publication year",
                 .url = "https://libguides.iun.edu/c.php?g=625105&p=4423801",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W104 W110"},
};

}  // namespace searchc::gscholar
