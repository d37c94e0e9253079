// Scopus's writer and the rewrites it needs, one row per construct: the exact text of its
// advanced search and the codes of what it could not express (docs/databases.md, "Scopus
// (`scopus`)").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "query_cases.hpp"

namespace searchc {
namespace {

using Case = test::WriterCase;
using V = std::vector<std::string>;

class ScopusWriter : public testing::TestWithParam<Case> {};

TEST_P(ScopusWriter, Writes) {
  test::expect_written("scopus", GetParam());
}

// W/n and PRE/n count the words between: the language's NEAR/n is W/(n - 1). An OR-group is one
// chain per combination, each parenthesised, as Scopus runs OR before W/n; NEXT over plain words
// is the loose phrase, and with a wildcard PRE/0; a truncated phrase or a nested NEAR of another
// distance inside NEAR is searched as AND (W107), or refused after NOT (E202).
INSTANTIATE_TEST_SUITE_P(
    Proximity, ScopusWriter,
    testing::Values(
        Case{"a = (pain NEAR/3 morphine)[ti,ab,kw]", "Search: TITLE-ABS-KEY(pain W/2 morphine)\n"},
        Case{"a = (pain NEAR/1 morphine)[ti]", "Search: TITLE(pain W/0 morphine)\n"},
        Case{"a = (pain NEXT relief*)[ti]", "Search: TITLE(pain PRE/0 relief*)\n"},
        Case{"a = (pain NEXT relief)[ti]", "Search: TITLE(\"pain relief\")\n"},
        Case{"a = ((heart OR cardiac) NEAR/2 attack)[ti]",
             "Search: TITLE(((heart W/1 attack) OR (cardiac W/1 attack)))\n"},
        Case{"a = ((multiple OR disseminated) NEXT sclerosis)[ti]",
             "Search: TITLE((\"multiple sclerosis\" OR \"disseminated sclerosis\"))\n"},
        Case{"a = (\"bone marrow\" NEAR/3 transplant*)[ti]", "Search: TITLE(\"bone marrow\" W/2 transplant*)\n"},
        Case{"a = ((pain NEAR/2 relief) NEAR/5 morphine)[ti]", "Search: TITLE((pain W/1 relief) AND morphine)\n",
             V{"W107"}},
        Case{"a = x[ti] NOT ((pain NEAR/2 relief) NEAR/5 morphine)[ti]", "", V{"E202"}},
        Case{"a = (\"stem cell*\" NEAR/3 therapy)[ti]", "Search: TITLE((stem PRE/0 cell*) AND therapy)\n", V{"W107"}},
        Case{"a = \"stem cell*\"[ti]", "Search: TITLE(stem PRE/0 cell*)\n"}));

// Field functions, AND NOT, operator words quoted, lines written out where they are used.
INSTANTIATE_TEST_SUITE_P(
    Query, ScopusWriter,
    testing::Values(
        Case{"a = heart", "Search: ALL(heart)\n"},
        Case{"a = (heart OR cardiac)[ti,ab]", "Search: TITLE-ABS(heart OR cardiac)\n"},
        Case{"a = (heart OR cardiac)[ti,ab,kw]", "Search: TITLE-ABS-KEY(heart OR cardiac)\n"},
        Case{"a = heart[ti,kw]", "Search: (TITLE(heart) OR KEY(heart))\n"},
        // a group that ANDs or NOTs in fields of several functions is written field by field
        // at each part, and parenthesised where it stands in an OR, which Scopus runs first
        Case{"a = (heart AND attack)[ti,kw] OR stroke[ti]",
             "Search: ((TITLE(heart) OR KEY(heart)) AND (TITLE(attack) OR KEY(attack))) OR TITLE(stroke)\n"},
        Case{"a = (x[la] OR y[au] OR z[so])", "Search: LANGUAGE(x) OR AUTH(y) OR SRCTITLE(z)\n"},
        Case{"a = heart[pt]", "Search: ALL(heart)\n", V{"W101"}},
        Case{"a = heart[ti]\nb = #a NOT rat[ti]", "Search: TITLE(heart) AND NOT TITLE(rat)\n"},
        Case{"a = (\"and\" OR \"w/2\" OR \"pre/3\")[ti]", "Search: TITLE(\"and\" OR \"w/2\" OR \"pre/3\")\n"},
        Case{"a = mesh(\"Multiple Sclerosis\")", "Search: ALL(\"Multiple Sclerosis\")\n", V{"W106"}}));

// The years as PUBYEAR clauses. Being clauses of the search, they limit a line written out inside
// another to that line alone, exactly, where the line stands after NOT or inside OR: Scopus has no
// search history, and leaving the limit out there would find fewer (E202) or more (W105).
INSTANTIATE_TEST_SUITE_P(
    Limits, ScopusWriter,
    testing::Values(
        Case{"a = heart[ti] limit year 2014 to 2021", "Search: TITLE(heart) AND PUBYEAR > 2013 AND PUBYEAR < 2022\n"},
        Case{"a = heart[ti] limit year from 2014", "Search: TITLE(heart) AND PUBYEAR > 2013\n"},
        Case{"a = (heart NOT rat)[ti,kw] limit year from 2014",
             "Search: ((TITLE(heart) OR KEY(heart)) AND NOT (TITLE(rat) OR KEY(rat))) AND PUBYEAR > 2013\n"},
        Case{"a = (heart OR cardiac)[ti] limit year to 2021", "Search: TITLE(heart OR cardiac) AND PUBYEAR < 2022\n"},
        Case{"a = heart[ti] limit year 2014 to 2021\nb = x[ti] NOT #a",
             "Search: TITLE(x) AND NOT (TITLE(heart) AND PUBYEAR > 2013 AND PUBYEAR < 2022)\n"},
        Case{"a = heart[ti] limit year 2014 to 2021\nb = #a OR x[ti]",
             "Search: (TITLE(heart) AND PUBYEAR > 2013 AND PUBYEAR < 2022) OR TITLE(x)\n"},
        Case{"a = heart[ti] limit year 2014 to 2021\nb = #a AND x[ti]",
             "Search: (TITLE(heart) AND TITLE(x)) AND PUBYEAR > 2013 AND PUBYEAR < 2022\n"},
        // the Cochrane Library's date: Scopus has no such date; its year, as elsewhere
        Case{"a = heart[ti] limit cochrane-date 2014-01 to 2021-07\nb = x[ti] NOT #a",
             "Search: TITLE(x) AND NOT (TITLE(heart) AND PUBYEAR > 2013 AND PUBYEAR < 2022)\n", V{"W110"}},
        // widened to years after NOT, a limit takes more records out: refused
        Case{"a = heart[ti] limit year 2014-01 to 2021-07\nb = x[ti] NOT #a", "", V{"E202"}},
        Case{"a = heart[ti] limit entry-date 2014 to 2021\nb = x[ti] NOT #a", "", V{"E202"}},
        Case{"a = heart[ti] limit entry-date 2014 to 2021\nb = x[ti] OR #a", "Search: TITLE(x) OR TITLE(heart)\n",
             V{"W105"}}));

// Native text in Scopus's block is written as typed: outside a field scope, bare.
INSTANTIATE_TEST_SUITE_P(Native, ScopusWriter,
                         testing::Values(Case{
                             "a = heart[ti]\ndatabase scopus {\n  search \"x\" = #a AND native(\"DOCTYPE(ar)\")\n}",
                             "x\nSearch: TITLE(heart) AND DOCTYPE(ar)\n"}));

// The reader: Scopus's advanced search as appendices print it, one query or numbered lines.
using Row = test::ReaderRow;

class ScopusImport : public testing::TestWithParam<Row> {};

TEST_P(ScopusImport, ReadsAsScopusRuns) {
  test::expect_read("scopus", GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Reads, ScopusImport,
    testing::Values(
        Row{"TITLE-ABS-KEY(heart OR cardiac) AND TITLE(attack)", "l1 = (heart OR cardiac)[ti,ab,kw] AND attack[ti]\n",
            V{}},
        Row{"#1 TITLE-ABS-KEY(heart OR cardiac) 1,234\n#2 TITLE(attack)\n#3 #1 AND #2",
            "l1 = (heart OR cardiac)[ti,ab,kw]\nl2 = attack[ti]\nl3 = #l1 AND #l2\n\ndatabase scopus {\n  hits #l1 "
            "1234\n}\n",
            V{"W306 1:36"}},
        // W/n and PRE/n: at most n words between, the language's NEAR/(n + 1); PRE in order
        Row{"TITLE-ABS-KEY(pain W/2 morphine)", "l1 = (pain NEAR/3 morphine)[ti,ab,kw]\n", V{}},
        Row{"TITLE(pain PRE/0 relief*)", "l1 = (pain NEXT relief*)[ti]\n", V{}},
        // PRE/n over 1: the language keeps the order only for NEXT, so in either order (W304)
        Row{"TITLE(pain PRE/2 relief)", "l1 = (pain NEAR/3 relief)[ti]\n", V{"W304 1:12"}},
        Row{"TITLE(a PRE/2 b PRE/2 c)", "l1 = (a NEAR/3 b NEAR/3 c)[ti]\n", V{"W304 1:9"}},  // once a file
        Row{"TITLE(bay PRE/6 ship* W/6 channel)", "", V{"E301 1:23"}},
        // OR before W/n before AND before AND NOT, as Scopus runs them
        Row{"TITLE(copper AND lead OR algae)", "l1 = (copper AND (lead OR algae))[ti]\n", V{"W307 1:14"}},
        Row{"TITLE(a AND NOT b AND c)", "l1 = (a NOT (b AND c))[ti]\n", V{}},
        Row{"TITLE(heart attack)", "l1 = (heart AND attack)[ti]\n", V{}},
        Row{"TITLE({heart attack})", "l1 = \"heart attack\"[ti]\n", V{"W440 1:7"}},
        Row{"AUTHKEY(heart)", "l1 = heart[kw]\n", V{"W303 1:1"}},
        Row{"ALL(heart) AND LANGUAGE(english)", "l1 = heart AND english[la]\n", V{}},
        Row{"TITLE(heart) AND PUBYEAR > 2013 AND PUBYEAR < 2022", "l1 = heart[ti] limit year 2014 to 2021\n", V{}},
        Row{"TITLE(heart) AND DOCTYPE(ar)", "", V{"E301 1:18"}}, Row{"TITLE(a NOT b)", "", V{"E301 1:9"}},
        // the fuzzer's replay: a quotation mark inside braces, which no phrase of the language holds
        Row{"TITLE({a \"b\" c})", "", V{"E301 1:7"}}));

}  // namespace
}  // namespace searchc
