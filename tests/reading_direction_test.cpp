// Readings whose direction depends on where they stand (databases/reader.hpp, say_directed): a
// field searched in all text, or an ordered proximity read in either order, finds more in a
// result and fewer after NOT, where a wider search removes more (a field of codes searched as
// words the other way round). The direction is the line's, known once every line is read, and
// each row states the sentence said at the reading's place, for each reader that has one.
#include <gtest/gtest.h>

#include "query_cases.hpp"

namespace searchc {
namespace {

class ReadingDirection : public testing::TestWithParam<test::ReadingRow> {};

TEST_P(ReadingDirection, SaysItsDirection) {
  test::expect_reading(GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Readers, ReadingDirection,
    testing::Values(
        // EBSCOhost's `Wn` and Embase.com's `NEXT/n`: in the order typed over more than the next word
        test::ReadingRow{"cinahl", "S1 TI (pain W2 relief)", "W304", "1:13",
                         "read as NEAR/3, in either order, which finds more records"},
        test::ReadingRow{"cinahl", "S1 TI heart NOT TI (pain W2 relief)", "W304", "1:26",
                         "which finds fewer records: it stands after NOT"},
        test::ReadingRow{"cinahl", "S1 TI (pain W2 relief)\nS2 TI heart NOT S1", "W304", "1:13",
                         "which finds fewer records: it stands after NOT"},
        test::ReadingRow{"embase", "#1 (pain NEXT/3 relief):ti", "W304", "1:10",
                         "read as NEAR/3, in either order, which finds more records"},
        test::ReadingRow{"embase", "#1 heart:ti NOT (pain NEXT/3 relief):ti", "W304", "1:23",
                         "which finds fewer records: it stands after NOT"},
        // a field with no counterpart, searched in all text: words find more, codes fewer ...
        test::ReadingRow{"ovid", "1 heart.ot.", "W303", "1:8", "is searched in all text, which finds more records"},
        test::ReadingRow{"ovid", "1 12345.ui.", "W303", "1:8",
                         "where they are seldom found, which finds fewer records"},
        // ... and the other way round after NOT, in the line or through a line that uses it
        test::ReadingRow{"ovid", "1 heart.ti. not lung.ot.", "W303", "1:21",
                         "which finds fewer records: it stands after NOT"},
        test::ReadingRow{"ovid", "1 12345.ui.\n2 heart.ti. not 1", "W303", "1:8",
                         "which finds more records: it stands after NOT, where a narrower search removes fewer"},
        test::ReadingRow{"ovid", "1 12345.ui.\n2 heart.ti. not 1\n3 1 or 2", "W303", "1:8",
                         "which finds fewer records, and more where its line stands after NOT"},
        test::ReadingRow{"embase", "#1 heart:ti NOT 123:do", "W303", "1:17",
                         "which finds more records: it stands after NOT"},
        test::ReadingRow{"wos", "TI=heart NOT PMID=(12345)", "W303", "1:14",
                         "which finds more records: it stands after NOT"},
        test::ReadingRow{"scopus", "TITLE(heart) AND NOT DOI(10.1000/182)", "W303", "1:22",
                         "which finds more records: it stands after NOT"},
        // EBSCOhost's `TX` reads full texts too, which the language's all text does not
        test::ReadingRow{"cinahl", "S1 TX heart", "W303", "1:4", "read as `[all]`, which finds fewer records"},
        test::ReadingRow{"cinahl", "S1 TI lung NOT TX heart", "W303", "1:16",
                         "which finds more records: it stands after NOT"},
        // a field table's reading that goes one way (FieldCode::effect)
        test::ReadingRow{"cinahl", "S1 MW falls", "W303", "1:4",
                         "read as keywords, which hold author keywords "
                         "too, which finds more records"},
        test::ReadingRow{"cinahl", "S1 TI lung NOT MW falls", "W303", "1:16",
                         "which finds fewer records: it stands after NOT"},
        test::ReadingRow{"cinahl", "S1 JN lancet", "W303", "1:4",
                         "volume, issue and pages too, which finds more records"},
        test::ReadingRow{"psycinfo-ebsco", "S1 TI lung NOT KW falls", "W303", "1:16",
                         "which finds fewer records: it stands after NOT"},
        test::ReadingRow{"cinahl", "S1 TI lung NOT AN 12345", "W303", "1:16",
                         "which finds more records: it stands after NOT"},
        test::ReadingRow{"ovid", "1 heart.ti. not smith.pa.", "W303", "1:22",
                         "which finds fewer records: it stands after NOT"},
        // a field of author keywords only, read as keywords, which hold the indexing terms too
        test::ReadingRow{"ovid", "1 asthma.ti,ab,kf.", "W303", "1:9",
                         "`.kf.` (keyword heading words: the author keywords) is read as keywords, which the language "
                         "takes to hold the indexing terms (`.hw.`) too, which finds more records"},
        test::ReadingRow{"ovid", "1 lung.ti. not asthma.kf.", "W303", "1:22",
                         "which finds fewer records: it stands after NOT"},
        test::ReadingRow{"ovid", "1 asthma.kw.", "W303", "1:9", "`.kw.` (keyword heading: the author keywords)"},
        test::ReadingRow{"embase-ovid", "1 wheez*.ti,ab,kw.", "W303", "1:9", "too, which finds more records"},
        test::ReadingRow{"embase-ovid", "1 wheez*.kf.", "W303", "1:9", "too, which finds more records"},
        test::ReadingRow{"psycinfo-ovid", "1 anxiety.ti. not worry.ti,ab,id.", "W303", "1:24",
                         "which finds fewer records: it stands after NOT"},
        test::ReadingRow{"wos", "AK=(asthma)", "W303", "1:1", "too, which finds more records"},
        test::ReadingRow{"wos", "TS=(lung) NOT KP=(asthma)", "W303", "1:15",
                         "which finds fewer records: it stands after NOT"},
        test::ReadingRow{"embase", "#1 heart:ti NOT asthma:kw", "W303", "1:17",
                         "which finds fewer records: it stands after NOT"},
        // a wildcard inside Embase.com's quotation marks, which its wildcards page says finds nothing
        test::ReadingRow{"embase", "#1 'heart attack*':ti,ab", "W301", "1:4",
                         "read with its wildcard, as later guides say Embase.com runs it (unverified), which finds "
                         "more records"},
        test::ReadingRow{"embase", "#1 asthma NOT 'heart attack*'", "W301", "1:15",
                         "which finds fewer records: it stands after NOT"},
        // a stop word inside EBSCOhost's quotation marks, where it matches any word
        test::ReadingRow{"cinahl", "S1 \"heart or attack\"", "W316", "1:4",
                         "is read with `or` as typed, which finds fewer records"},
        test::ReadingRow{"psycinfo-ebsco", "S1 TI lung NOT \"heart and lung\"", "W316", "1:16",
                         "which finds more records: it stands after NOT"},
        // Ovid's default fields, `.mp.`, where no suffix is written, read as all text (issue 25)
        test::ReadingRow{"ovid", "1 heart", "W303", "1:3", "read as all text, which finds more records"},
        test::ReadingRow{"ovid", "1 heart.ti. not lung", "W303", "1:17",
                         "which finds fewer records: it stands after NOT"},
        test::ReadingRow{"embase-ovid", "1 heart.mp.", "W303", "1:8", "read as all text, which finds more records"},
        test::ReadingRow{"psycinfo-ovid", "1 lung\n2 heart.ti. not 1", "W303", "1:3",
                         "which finds fewer records: it stands after NOT"},
        test::ReadingRow{"pubmed", "heart[ti] NOT smith[1au]", "W303", "1:15",
                         "which finds fewer records: it stands after NOT"},
        test::ReadingRow{"pubmed", "heart[ti] NOT x[zz]", "W303", "1:15",
                         "which finds fewer records: it stands after NOT"},
        // Web of Science's SAME, read as AND
        test::ReadingRow{"wos", "TI=(pain SAME morphine)", "W430", "1:10", "read as AND, which finds more records"},
        test::ReadingRow{"wos", "TI=heart NOT TI=(pain SAME morphine)", "W430", "1:23",
                         "which finds fewer records: it stands after NOT"},
        // the Cochrane Library's NEXT/n, which it does not document
        test::ReadingRow{"central", "#1 (corneal NEXT/2 inlay*):ti", "W304", "1:13",
                         "read as NEAR/2, in either order, which finds more records"},
        test::ReadingRow{"central", "#1 eye:ti NOT (corneal NEXT/2 inlay*):ti", "W304", "1:24",
                         "which finds fewer records: it stands after NOT"},
        // Scopus's and ProQuest's
        test::ReadingRow{"scopus", "TITLE(pain PRE/2 relief)", "W304", "1:12",
                         "read as NEAR/3, in either order, which finds more"},
        test::ReadingRow{"scopus", "TITLE(heart) AND NOT TITLE(pain PRE/2 relief)", "W304", "1:33",
                         "which finds fewer records: it stands after NOT"},
        test::ReadingRow{"scopus", "#1 TITLE(pain PRE/2 relief)\n#2 TITLE(heart) AND NOT #1", "W304", "1:15",
                         "which finds fewer records: it stands after NOT"},
        test::ReadingRow{"scopus", "#1 TITLE(pain PRE/2 relief)\n#2 TITLE(heart) AND NOT #1\n#3 #1 OR #2", "W304",
                         "1:15", "which finds more records, and fewer where its line stands after NOT"},
        test::ReadingRow{"scopus", "DOI(10.1000/182)", "W303", "1:1",
                         "where they are seldom found, which finds fewer records"},
        test::ReadingRow{"scopus", "PMID(12345) OR ISSN(0028-0836)", "W303", "1:16",
                         "where they are seldom found, which finds fewer records"},
        test::ReadingRow{"scopus", "AFFIL(oslo)", "W303", "1:1", "which finds more records"},
        test::ReadingRow{"proquest", "TI(pain P/2 relief)", "W304", "1:9",
                         "read as NEAR/2, in either order, which finds more records"},
        test::ReadingRow{"proquest", "TI(heart) NOT TI(pain PRE/2 relief)", "W304", "1:23",
                         "which finds fewer records: it stands after NOT"},
        // limits and operators left out: more records, fewer after NOT, also for an option printed
        // in a column of its own
        test::ReadingRow{"ovid", "1 asthma.ti.\n2 limit 1 to english language\n3 wheeze.ti.\n4 3 not 2", "W302", "2:14",
                         "which finds fewer records: it stands after NOT"},
        test::ReadingRow{"ovid", "1 asthma.ti.\n2 wheeze.ab./freq=3\n3 1 not 2", "W302", "2:13",
                         "which finds fewer records: it stands after NOT"},
        test::ReadingRow{"cinahl", "S1\tTI cough\tLimiters - Peer Reviewed\nS2\tTI wheeze NOT S1", "W302", "1:24",
                         "which finds fewer records: it stands after NOT"},
        test::ReadingRow{"cinahl", "S1\tTI cough\tLimiters - Peer Reviewed", "W302", "1:24",
                         "which finds more records"},
        // truncation and exact phrases read wider: more records, fewer after NOT
        test::ReadingRow{"ovid", "1 heart.ti. not transplant$3.ti.", "W301", "1:17",
                         "which finds fewer records: it stands after NOT"},
        test::ReadingRow{"proquest", "TI(heart) NOT TI(transplant*)", "W301", "1:18",
                         "which finds fewer records: it stands after NOT"},
        test::ReadingRow{"scopus", "TITLE(x) AND NOT TITLE({heart attack})", "W440", "1:24",
                         "which finds fewer records: it stands after NOT"},
        test::ReadingRow{"scopus", "TITLE({heart attack})", "W440", "1:7",
                         "read as a phrase, which finds more records"},
        // ProQuest's undocumented counting, read as searchc writes it: perhaps fewer, more after NOT
        test::ReadingRow{"proquest", "TI(pain NEAR/3 relief)", "W315", "1:9", "which finds fewer records"},
        test::ReadingRow{"proquest", "TI(heart) NOT TI(pain NEAR/3 relief)", "W315", "1:23",
                         "which finds more records: it stands after NOT"},
        test::ReadingRow{"proquest", "DOI(10.1000/182)", "W303", "1:1",
                         "where they are seldom found, which finds fewer records"},
        test::ReadingRow{"proquest", "TI,ISSN(0028-0836)", "W303", "1:1",
                         "where they are seldom found, which finds fewer records"},
        test::ReadingRow{"proquest", "AF(london)", "W303", "1:1", "which finds more records"}));

}  // namespace
}  // namespace searchc
