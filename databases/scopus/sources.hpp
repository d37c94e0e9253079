// The sources of Scopus's rules, as data: each rule searchc relies on in writing for it, the page
// it comes from (cited in docs/databases.md under "Scopus (`scopus`)") and the month it was read,
// or unverified. Each is keyed to the codes of the rewrites it governs.
#pragma once

#include <array>

#include "compiler/lower.hpp"

namespace searchc::scopus {

inline constexpr std::string_view syntax_version = "Scopus, advanced search as documented 2026-12";

inline constexpr std::array sources = {
    SyntaxSource{.what = "`W/n` and `PRE/n` take n as the most words between, 0 to 255; NEAR/n is written W/n-1",
                 .url = "http://help.scopus.com/robo/projects/schelp/h_bscssrchFASTprox.htm",
                 .read = "2026-12"},
    SyntaxSource{.what = "proximity only between terms or phrases, not AND, OR or AND NOT; one operator and one n "
                         "in a chain; a NEAR that cannot be written so is searched as AND",
                 .url = "http://help.scopus.com/robo/projects/schelp/h_bscssrchFASTprox.htm",
                 .read = "2026-12",
                 .codes = "W107"},
    SyntaxSource{.what = "a truncated phrase is written with PRE/0, right whether or not a loose phrase takes "
                         "wildcards",
                 .url = "https://libguides.lib.umanitoba.ca/scopus/phrases",
                 .read = "2026-12"},
    SyntaxSource{.what = "OR before W/n and PRE/n before AND before AND NOT; searchc writes full parentheses",
                 .url = "https://kub.ku.dk/biblioteker/frederiksberg/vejledninger/scopus",
                 .read = "2026-12"},
    SyntaxSource{.what = "words and loose phrases searched with their plurals and spelling variants",
                 .url = "http://help.scopus.com/robo/projects/schelp/h_srchtips.htm",
                 .read = "2026-12",
                 .codes = "W116"},
    SyntaxSource{.what = "field functions TITLE-ABS-KEY, TITLE-ABS, TITLE, ABS, KEY, AUTH, SRCTITLE, LANGUAGE, ALL "
                         "and PUBYEAR; AND NOT at the end of a search",
                 .url = "https://schema.elsevier.com/dtds/document/bkapi/search/SCOPUSSearchTips.htm",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W101"},
    SyntaxSource{.what = "no thesaurus to search by heading: index terms mix MeSH and Emtree, unexploded; a "
                         "subject heading is searched as words",
                 .url = "https://schema.elsevier.com/dtds/document/bkapi/search/SCOPUSSearchTips.htm",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W106"},
    SyntaxSource{.what = "no date of addition to the Cochrane Library; its dates of loading into Scopus are "
                         "another database's: a cochrane-date limit is run as PUBYEAR",
                 .url = "https://elsevier.libguides.com/Scopus/topical-search",
                 .read = "2026-12",
                 .codes = "W110"},
};

}  // namespace searchc::scopus
