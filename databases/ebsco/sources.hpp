// The sources of the EBSCOhost databases' rules, as data: each rule searchc relies on in writing
// for CINAHL Complete or APA PsycInfo on EBSCOhost, the page it comes from (cited in
// docs/databases.md under "CINAHL Complete (EBSCOhost) (`cinahl`)" and "APA PsycInfo
// (EBSCOhost) (`psycinfo-ebsco`)"), the month it was read, or unverified; each keyed to the
// codes of the rewrites it governs. The syntax is shared, so most rules are shared.
#pragma once

#include <array>

#include "compiler/lower.hpp"

namespace searchc::ebsco {

inline constexpr std::string_view cinahl_syntax_version =
    "CINAHL Complete (EBSCOhost), EBSCOhost syntax as documented 2026-12";
inline constexpr std::string_view psycinfo_syntax_version =
    "APA PsycInfo (EBSCOhost), EBSCOhost syntax as documented 2026-12";

inline constexpr SyntaxSource wildcards_source{
    .what = "`?` one character, `#` one or none, `*` any; none opens a word; a `?` ending a word is dropped",
    .url = "https://help.ebsco.com/interfaces/EBSCO_Discovery_Service/EDS_User_Guide/Wildcard_Searches_in_EDS",
    .read = "2026-12",
    .codes = "W108 E204"};
inline constexpr SyntaxSource old_wildcards_source{
    .what = "EBSCOhost's own help: `?` one character, `*` truncation, neither the first character",
    .url = "http://bll.epnet.com/help/ehost/Wildcard_and_Truncation_Symbols.htm",
    .read = "2026-12",
    .codes = "W108 E204"};
inline constexpr SyntaxSource proximity_source{
    .what =
        "`Nn` and `Wn` count the words between: `N1` allows one word between (library guides; EBSCO's page not read)",
    .url = "https://libguides.sdu.dk/EBSCO-english/proximity",
    .read = "2026-12",
    .verified = false,
    .when = SyntaxSource::When::near};
inline constexpr SyntaxSource phrase_source{
    .what =
        "words typed without quotation marks are searched within five words (N5), so phrases are quoted; stop "
        "words, `or` among them, match any word even when quoted",
    .url = "https://help.ebsco.com/interfaces/EBSCO_Guides/EBSCO_Interfaces_User_Guide/How_are_phrases_searched",
    .read = "2026-12",
    .codes = "W414"};
inline constexpr SyntaxSource stop_words_source{
    .what =
        "the stop words of EBSCO's medical databases (and, of, the, for, or and others), as a copy of EBSCO's page "
        "lists them",
    .url =
        "https://help.ebsco.com/interfaces/CINAHL_MEDLINE_Databases/CINAHL_and_MEDLINE_FAQs/"
        "stop_words_in_EBSCOhost_medical_databases",
    .read = "2026-12",
    .verified = false,
    .codes = "W414"};
inline constexpr SyntaxSource stop_words_alone_source{
    .what =
        "a search of stop words alone finds nothing: \"A search query with stop words only (i.e. no other terms) "
        "yields no results\"",
    .url = "http://bll.epnet.com/help/ehost/Including_Phrases_in_Search.htm",
    .read = "2026-12",
    .codes = "W414"};
inline constexpr SyntaxSource fields_source{
    .what =
        "field codes `TI`, `AB`, `SU`, `AU`, `SO` before the search they scope; `TX`, all text, reads the full "
        "text of the articles that have it too (a library's list; EBSCO keeps no central list)",
    .url = "https://fc-library.atlassian.net/wiki/x/AwBVLw",
    .read = "2026-12",
    .verified = false,
    .codes = "W101"};
inline constexpr SyntaxSource date_source{
    .what = "a publication-year limit written as the search `DT 2014-2021` ANDed onto the line",
    .url = "http://bll.epnet.com/help/ehost/Limiters.htm",
    .read = "2026-12",
    .verified = false,
    .codes = "W104 E201"};

inline constexpr SyntaxSource precedence_source{
    .what =
        "AND applies before OR (EBSCO's help sheet on Boolean operators, as a library quotes it); the reader "
        "reads so, the writer parenthesises every group",
    .url = "https://libguides.shc.edu/c.php?g=537181&p=3675355",
    .read = "2026-12",
    .verified = false,
    .codes = "W307 E302"};

// The rules of the syntax, which both databases rely on.
inline constexpr std::array shared_sources = {
    wildcards_source,        old_wildcards_source, proximity_source, phrase_source,     stop_words_source,
    stop_words_alone_source, fields_source,        date_source,      precedence_source,
};

// The shared rules followed by `own`, a database's rules of its thesaurus.
template <std::size_t N>
constexpr std::array<SyntaxSource, shared_sources.size() + N> with_shared(const std::array<SyntaxSource, N>& own) {
  std::array<SyntaxSource, shared_sources.size() + N> all{};
  std::size_t i = 0;
  for (const auto& s : shared_sources) all[i++] = s;
  for (const auto& s : own) all[i++] = s;
  return all;
}

inline constexpr auto cinahl_sources = with_shared(std::array{
    SyntaxSource{.what = "a search without a field code reads the title, the abstract and the subject headings only, "
                         "so all text is written with `TX`",
                 .url = "https://help.ebsco.com/interfaces/CINAHL_MEDLINE_Databases/CINAHL/CINAHL_Databases_FAQs",
                 .read = "2026-12",
                 .codes = "W101"},
    SyntaxSource{.what = "CINAHL headings: `(MH \"X+\")` exploded, `(MH \"X\")` alone, `MM` a major concept",
                 .url = "https://uxcaucustips.blogspot.com/2023/11/tip-45-exploding-subject-terms-in-ebsco.html",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W103"},
});

inline constexpr auto psycinfo_sources = with_shared(std::array{
    SyntaxSource{.what = "PsycInfo's fields: `DE` subjects (exact heading), `MM` exact major heading, `SU` subjects",
                 .url = "https://wiu.libguides.com/c.php?g=295705&p=1968466",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W103"},
    SyntaxSource{.what = "EBSCO explodes APA Thesaurus terms only from the Thesaurus page, not with `+` in a search",
                 .url = "https://uxcaucustips.blogspot.com/2023/11/tip-45-exploding-subject-terms-in-ebsco.html",
                 .read = "2026-12",
                 .verified = false,
                 .codes = "W410"},
});

}  // namespace searchc::ebsco
