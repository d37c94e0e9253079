// ProQuest's writer and the rewrites it needs, one row per construct: the exact text of its
// command line search and the codes of what it could not express (docs/databases.md, "ProQuest
// (`proquest`)").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "query_cases.hpp"

namespace searchc {
namespace {

using Case = test::WriterCase;
using V = std::vector<std::string>;

class ProquestWriter : public testing::TestWithParam<Case> {};

TEST_P(ProquestWriter, Writes) {
  test::expect_written("proquest", GetParam());
}

// No ProQuest page says how NEAR/n counts: n is written unchanged, exact if it counts within n
// words, one word wider if it counts the words between. NEXT over plain words is the phrase;
// otherwise PRE/1. An OR-group or a NEXT chain stays inside NEAR.
INSTANTIATE_TEST_SUITE_P(
    Proximity, ProquestWriter,
    testing::Values(
        Case{"a = (pain NEAR/3 morphine)[ti,ab]", "Search: TI,AB(pain NEAR/3 morphine)\n"},
        Case{"a = (pain NEXT relief)[ti]", "Search: TI(\"pain relief\")\n"},
        Case{"a = (pain NEXT relief*)[ti]", "Search: TI(pain PRE/1 relief[*20])\n", V{"W450"}},
        Case{"a = ((heart OR cardiac) NEAR/2 attack)[ti]", "Search: TI((heart OR cardiac) NEAR/2 attack)\n"},
        Case{"a = (\"bone marrow\" NEAR/3 transplant)[ab]", "Search: AB(\"bone marrow\" NEAR/3 transplant)\n"},
        // a truncated phrase is a PRE/1 chain, which NEAR takes
        Case{"a = (\"stem cell*\" NEAR/3 therapy)[ti]", "Search: TI((stem PRE/1 cell[*20]) NEAR/3 therapy)\n",
             V{"W450"}}));

// Field codes, several joined by commas; NOFT for a search without a field; NOT; operator words
// and marks of the syntax quoted; lines written out where they are used.
INSTANTIATE_TEST_SUITE_P(Query, ProquestWriter,
                         testing::Values(Case{"a = heart", "Search: NOFT(heart)\n"},
                                         Case{"a = (heart OR cardiac)[ti,ab]", "Search: TI,AB(heart OR cardiac)\n"},
                                         Case{"a = (heart OR cardiac)[ti,ab,kw]",
                                              "Search: TI,AB,IF(heart OR cardiac)\n"},
                                         Case{"a = (x[la] OR y[au] OR z[so])", "Search: LA(x) OR AU(y) OR PUB(z)\n"},
                                         Case{"a = heart[pt]", "Search: NOFT(heart)\n", V{"W101"}},
                                         Case{"a = heart[ti]\nb = #a NOT rat[ti]", "Search: TI(heart) NOT TI(rat)\n"},
                                         Case{"a = (\"and\" OR \"near/2\" OR \"pre\" OR \"n/3\")[ti]",
                                              "Search: TI(\"and\" OR \"near/2\" OR \"pre\" OR \"n/3\")\n"},
                                         Case{"a = heart[ti]\nb = cardiac[ab]\nc = #a OR #b\nd = #c AND attack[ti]",
                                              "Search: (TI(heart) OR AB(cardiac)) AND TI(attack)\n"}));

// Truncation: ProQuest's `*` finds at most 5 more characters, `[*20]` up to 20, the most it
// allows: every `*` is written `[*20]`, a narrowing only for longer endings, reported as the
// database's own (W450). `?` is one character, as in the language.
INSTANTIATE_TEST_SUITE_P(Truncation, ProquestWriter,
                         testing::Values(Case{"a = therap*[ti]", "Search: TI(therap[*20])\n", V{"W450"}},
                                         Case{"a = wom?n[ti]", "Search: TI(wom?n)\n"},
                                         Case{"a = x[ti] NOT therap*[ti]", "Search: TI(x) NOT TI(therap[*20])\n",
                                              V{"W450"}}));

// MeSH headings, exploded or not, written beside the field codes; a major-topic restriction
// has no documented code, so it is dropped (W103, finds more); qualifiers are dropped (W112).
INSTANTIATE_TEST_SUITE_P(
    Headings, ProquestWriter,
    testing::Values(Case{"a = mesh(\"Multiple Sclerosis\")", "Search: MESH.EXACT.EXPLODE(\"Multiple Sclerosis\")\n"},
                    Case{"a = mesh(\"Multiple Sclerosis\", noexp)", "Search: MESH.EXACT(\"Multiple Sclerosis\")\n"},
                    Case{"a = mesh(\"Multiple Sclerosis\") OR sclerosis[ti,ab]",
                         "Search: MESH.EXACT.EXPLODE(\"Multiple Sclerosis\") OR TI,AB(sclerosis)\n"},
                    Case{"a = mesh(\"Multiple Sclerosis\", major)",
                         "Search: MESH.EXACT.EXPLODE(\"Multiple Sclerosis\")\n", V{"W103"}}));

// The years as a PD clause, which limits a line written out inside another to that line alone.
INSTANTIATE_TEST_SUITE_P(
    Limits, ProquestWriter,
    testing::Values(
        Case{"a = heart[ti] limit year 2014 to 2021", "Search: TI(heart) AND PD(20140101-20211231)\n"},
        Case{"a = heart[ti] limit year from 2014", "Search: TI(heart) AND PD(>20131231)\n"},
        Case{"a = (heart OR cardiac)[ti] limit year to 2021", "Search: TI(heart OR cardiac) AND PD(<20220101)\n"},
        Case{"a = heart[ti] limit year 2014 to 2021\nb = x[ti] NOT #a",
             "Search: TI(x) NOT (TI(heart) AND PD(20140101-20211231))\n"},
        // to the day, as ProQuest's dates are written
        Case{"a = heart[ti] limit year 2014-06 to 2021-02", "Search: TI(heart) AND PD(20140601-20210228)\n"},
        Case{"a = heart[ti] limit year from 2014-06-15", "Search: TI(heart) AND PD(>20140614)\n"},
        Case{"a = heart[ti] limit year to 2020-02", "Search: TI(heart) AND PD(<20200301)\n"}));

// The reader: ProQuest's command line search as appendices print it, one query or numbered lines.
using Row = test::ReaderRow;

class ProquestImport : public testing::TestWithParam<Row> {};

TEST_P(ProquestImport, ReadsAsProquestRuns) {
  test::expect_read("proquest", GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Reads, ProquestImport,
    testing::Values(
        Row{"TI,AB(heart OR cardiac) AND TI(attack)", "l1 = (heart OR cardiac)[ti,ab] AND attack[ti]\n", V{}},
        Row{"ti,ab,if(heart)", "l1 = heart[ti,ab,kw]\n", V{}},
        Row{"NOFT(heart) AND LA(english)", "l1 = heart AND english[la]\n", V{}},
        Row{"1. TI(heart)\n2. AB(attack)\n3. #1 AND #2", "l1 = heart[ti]\nl2 = attack[ab]\nl3 = #l1 AND #l2\n", V{}},
        // NEAR/n and PRE/n with n unchanged, the writer's reading, which may find fewer if n
        // counts the words between (W315); PRE/0 is NEXT in either counting
        Row{"AB(pain NEAR/3 morphine)", "l1 = (pain NEAR/3 morphine)[ab]\n", V{"W315 1:9"}},
        Row{"AB(pain N/3 morphine)", "l1 = (pain NEAR/3 morphine)[ab]\n", V{"W315 1:9"}},
        Row{"TI(pain PRE/0 relief)", "l1 = (pain NEXT relief)[ti]\n", V{}},
        Row{"TI(pain P/1 relief*)", "l1 = (pain NEXT relief*)[ti]\n", V{"W315 1:9", "W301 1:13"}},
        // PRE/n for n over 1: the language has no order beyond NEXT, so NEAR/n, which finds more
        Row{"TI(pain P/2 relief)", "l1 = (pain NEAR/2 relief)[ti]\n", V{"W304 1:9", "W315 1:9"}},
        // and still run before NEAR/n, as written: a NEAR/2 (b PRE/2 c)
        Row{"TI(a NEAR/2 b PRE/2 c)", "l1 = (a NEAR/2 (b NEAR/2 c))[ti]\n", V{"W315 1:6", "W304 1:15", "W315 1:15"}},
        // the older W/n is NEAR/n, in either order
        Row{"TI(pain W/2 relief)", "l1 = (pain NEAR/2 relief)[ti]\n", V{"W315 1:9"}},
        Row{"TI(pain NEAR relief)", "", V{"E301 1:9"}},
        // OR before PRE/n before NEAR/n before AND before NOT, as ProQuest runs them
        Row{"TI(copper AND lead OR algae)", "l1 = (copper AND (lead OR algae))[ti]\n", V{"W307 1:11"}},
        Row{"TI(a NOT b AND c)", "l1 = (a NOT (b AND c))[ti]\n", V{}},
        Row{"TI(a AND NOT b)", "l1 = (a NOT b)[ti]\n", V{}},
        Row{"TI(heart attack)", "l1 = (heart AND attack)[ti]\n", V{}},
        Row{"TI(\"{heart attack}\")", "l1 = \"heart attack\"[ti]\n", V{}},
        // truncation: ProQuest's `*` (up to 5 characters) and `[*n]` read as `*`, which finds more
        Row{"TI(therap[*20])", "l1 = therap*[ti]\n", V{"W301 1:4"}},
        Row{"TI(therap*)", "l1 = therap*[ti]\n", V{"W301 1:4"}}, Row{"TI(wom?n)", "l1 = wom?n[ti]\n", V{}},
        Row{"SU(heart)", "l1 = heart[kw]\n", V{"W303 1:1"}}, Row{"AF(london)", "l1 = london\n", V{"W303 1:1"}},
        Row{"MESH.EXACT.EXPLODE(\"Multiple Sclerosis\") OR MESH.EXACT(\"Myelitis\")",
            "l1 = mesh(\"Multiple Sclerosis\") OR mesh(\"Myelitis\", noexp)\n", V{}},
        Row{"TI(heart) AND PD(20140101-20211231)", "l1 = heart[ti] limit year 2014 to 2021\n", V{}},
        Row{"TI(heart) AND PD(>20131231)", "l1 = heart[ti] limit year from 2014\n", V{}},
        // each date to the day, month or year written, `>` and `<` excluding it
        Row{"TI(heart) AND PD(20140301-20211231)", "l1 = heart[ti] limit year 2014-03 to 2021\n", V{}},
        Row{"TI(heart) AND PD(>20200101)", "l1 = heart[ti] limit year from 2020-01-02\n", V{}},
        Row{"TI(heart) AND PD(<2020)", "l1 = heart[ti] limit year to 2019\n", V{}},
        Row{"TI(heart) AND PD(201403-2021)", "l1 = heart[ti] limit year 2014-03 to 2021\n", V{}},
        Row{"TI(heart) AND PD(20141301)", "", V{"E301 1:15"}},
        Row{"TI(heart) AND PD(20210101-20140101)", "", V{"E301 1:15"}},
        Row{"TI(heart) AND DTYPE(article)", "", V{"E301 1:15"}}, Row{"S1 AND S2", "", V{"E301 1:8"}},
        // a history numbered as ProQuest's Recent searches number it, `S1`, cited as `S1`
        Row{"S1 TI(heart)\nS2 AB(\"s1 vertebra\")\nS3 S1 OR S2",
            "l1 = heart[ti]\nl2 = \"s1 vertebra\"[ab]\nl3 = #l1 OR #l2\n", V{}}));

}  // namespace
}  // namespace searchc
