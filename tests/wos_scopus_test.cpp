// Web of Science's writer and the rewrites it needs, one row per construct: the exact text its
// advanced search is given and the codes of what it could not express (docs/databases.md, "Web
// of Science Core Collection (`wos`)").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "query_cases.hpp"

namespace searchc {
namespace {

using Case = test::WriterCase;

class WosWriter : public testing::TestWithParam<Case> {};

TEST_P(WosWriter, Writes) {
  test::expect_written("wos", GetParam());
}

using V = std::vector<std::string>;

// NEAR/x counts the words between: the language's NEAR/n (n - 1 between) is NEAR/(n - 1);
// NEAR/1, next to each other in either order, is NEAR/0. NEXT is a phrase.
INSTANTIATE_TEST_SUITE_P(Proximity, WosWriter,
                         testing::Values(Case{"a = (pain NEAR/3 morphine)[ti]", "#1 TI=(pain NEAR/2 morphine)\n"},
                                         Case{"a = (pain NEAR/1 morphine)[ti]", "#1 TI=(pain NEAR/0 morphine)\n"},
                                         Case{"a = ((heart OR cardiac) NEAR/2 attack)[ti,ab,kw]",
                                              "#1 TS=((heart OR cardiac) NEAR/1 attack)\n"},
                                         Case{"a = ((bone NEXT marrow) NEAR/2 transplant*)[ti]",
                                              "#1 TI=(\"bone marrow\" NEAR/1 transplant*)\n"},
                                         Case{"a = (bone NEXT marrow)[ti]", "#1 TI=\"bone marrow\"\n"}));

// Nested NEAR stays, as Web of Science documents (`Germany NEAR/10 (monetary NEAR/0 union)`);
// AND inside NEAR is refused by the language itself (E111), as Web of Science refuses it.
INSTANTIATE_TEST_SUITE_P(NestedNear, WosWriter,
                         testing::Values(Case{"a = (germany NEAR/11 (monetary NEAR/1 union))[ti]",
                                              "#1 TI=(germany NEAR/10 (monetary NEAR/0 union))\n"}));

// A field tag before every search: All Fields without a field, Topic for title, abstract and
// keywords, and each other field by its own tag.
INSTANTIATE_TEST_SUITE_P(
    Fields, WosWriter,
    testing::Values(Case{"a = heart", "#1 ALL=heart\n"}, Case{"a = (heart OR cardiac)", "#1 ALL=(heart OR cardiac)\n"},
                    Case{"a = heart[ti,ab,kw]", "#1 TS=heart\n"},
                    Case{"a = (heart OR cardiac)[ti,ab]", "#1 (TI=(heart OR cardiac) OR AB=(heart OR cardiac))\n"},
                    // each word in any of the fields: written field by field where the group ANDs or NOTs
                    Case{"a = (heart AND attack*)[ti,ab]",
                         "#1 (TI=heart OR AB=heart) AND (TI=attack* OR AB=attack*)\n"},
                    Case{"a = (heart NOT (rat OR mouse))[ti,ab]",
                         "#1 (TI=heart OR AB=heart) NOT (TI=(rat OR mouse) OR AB=(rat OR mouse))\n"},
                    Case{"a = heart[kw]", "#1 (AK=heart OR KP=heart)\n"},
                    Case{"a = smith[au] AND heart[so]", "#1 AU=smith AND SO=heart\n"},
                    Case{"a = heart[ti] OR \"heart attack\"", "#1 TI=heart OR ALL=\"heart attack\"\n"},
                    Case{"a = review[pt]", "#1 ALL=review\n", V{"W101"}}));

// Sets are combined as `#1 AND #2`; nested groups are parenthesised, since Web of Science runs
// AND before OR.
INSTANTIATE_TEST_SUITE_P(History, WosWriter,
                         testing::Values(Case{"a = heart[ti]\nb = attack[ti]\nc = #a AND (#b OR stroke[ti])",
                                              "#1 TI=heart\n#2 TI=attack\n#3 #1 AND (#2 OR TI=stroke)\n"},
                                         Case{"a = heart[ti]\nb = #a NOT (rat OR mouse)[ti]",
                                              "#1 TI=heart\n#2 #1 NOT TI=(rat OR mouse)\n"}));

// Operator words are quoted; wildcards are Web of Science's own; a year limit is ANDed on.
INSTANTIATE_TEST_SUITE_P(
    WordsAndLimits, WosWriter,
    testing::Values(
        Case{"a = (\"near\" OR \"same\" OR \"and\")[ti]", "#1 TI=(\"near\" OR \"same\" OR \"and\")\n"},
        Case{"a = (wom?n OR transplant* OR \"stem cell*\")[ti]", "#1 TI=(wom?n OR transplant* OR \"stem cell*\")\n"},
        // three characters before a wildcard, in each word of a phrase too
        Case{"a = \"ca* screening\"[ti]", "", V{"E204"}},
        Case{"a = heart[ti] limit year 2014 to 2021", "#1 TI=heart AND PY=(2014-2021)\n"},
        Case{"a = (heart OR cardiac)[ti] limit year 2014 to 2021", "#1 TI=(heart OR cardiac) AND PY=(2014-2021)\n"},
        Case{"a = (heart NOT rat)[ti,ab] limit year 2014 to 2021",
             "#1 ((TI=heart OR AB=heart) NOT (TI=rat OR AB=rat)) AND PY=(2014-2021)\n"}));

// Importing Web of Science: its advanced search and its history, read as Web of Science runs
// them (docs/databases.md, "Web of Science Core Collection (`wos`)").
using Row = test::ReaderRow;

class WosImport : public testing::TestWithParam<Row> {};

TEST_P(WosImport, ReadsAsWebOfScienceRuns) {
  test::expect_read("wos", GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Reads, WosImport,
    testing::Values(Row{"#1 TS=(heart OR cardiac)\n#2 TI=attack\n#3 #1 AND #2",
                        "l1 = (heart OR cardiac)[ti,ab,kw]\nl2 = attack[ti]\nl3 = #l1 AND #l2\n", V{}},
                    // NEAR/x: at most x words between, the language's NEAR/(x + 1); bare NEAR is NEAR/15
                    Row{"TS=(pain NEAR/2 morphine)", "l1 = (pain NEAR/3 morphine)[ti,ab,kw]\n", V{}},
                    Row{"TS=(pain NEAR morphine)", "l1 = (pain NEAR/16 morphine)[ti,ab,kw]\n", V{}},
                    // a tab inside quotation marks separates the phrase's words as a space does
                    Row{"TI=\"heart\tattack\"", "l1 = \"heart attack\"[ti]\n", V{}},
                    Row{"TI=(pain SAME morphine)", "l1 = (pain AND morphine)[ti]\n", V{"W430 1:10"}},
                    // AND before OR; NOT among other operators is refused
                    Row{"TI=(copper OR lead AND algae)", "l1 = (copper OR (lead AND algae))[ti]\n", V{"W307 1:12"}},
                    Row{"TI=(a NOT b AND c)", "", V{"E302 1:7"}},
                    // words next to each other are ANDed; a tag takes the run of words after it
                    Row{"TS=heart attack", "l1 = (heart AND attack)[ti,ab,kw]\n", V{}},
                    // AK= or KP= alone: a part of the keywords, read as them (W303, finds more); the two
                    // ORed on one search, as the writer writes keywords, are the keywords exactly
                    Row{"ALL=heart OR AK=attack", "l1 = heart OR attack[kw]\n", V{"W303 1:14"}},
                    Row{"TS=(lung) NOT AK=(asthma)", "l1 = lung[ti,ab,kw] NOT asthma[kw]\n", V{"W303 1:15"}},
                    Row{"#1 (AK=heart OR KP=heart)\n#2 TI=x OR AK=(a OR b) OR KP=(a OR b)",
                        "l1 = heart[kw]\nl2 = x[ti] OR (a OR b)[kw]\n", V{"W001 1:4"}},
                    Row{"AK=heart OR KP=attack", "l1 = heart[kw] OR attack[kw]\n", V{"W303 1:1", "W303 1:13"}},
                    // words side by side beside NEAR: an implied AND, which Web of Science refuses
                    Row{"TS=(a NEAR/3 b c)", "", V{"E301 1:14"}},
                    Row{"TS=(heart attack NEAR/2 pain OR stroke)", "", V{"E301 1:5"}},
                    Row{"TS=(a NEAR/3 b) AND c", "l1 = (a NEAR/4 b)[ti,ab,kw] AND c\n", V{}},
                    Row{"#1 TI=heart AND PY=(2014-2021)", "l1 = heart[ti] limit year 2014 to 2021\n", V{}},
                    Row{"TS=colo$r", "l1 = (color OR colo?r)[ti,ab,kw]\n", V{}}, Row{"XX=heart", "", V{"E301 1:1"}},
                    // a documented tag the language has no field for: all text, more records for words,
                    // fewer for identifiers
                    Row{"AD=oslo AND TI=heart", "l1 = oslo AND heart[ti]\n", V{"W303 1:1"}},
                    Row{"PMID=12345", "l1 = 12345\n", V{"W303 1:1"}}));

}  // namespace
}  // namespace searchc
