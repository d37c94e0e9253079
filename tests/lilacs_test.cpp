// LILACS's writer and the rewrites it needs, one row per construct: the exact query written for
// the Virtual Health Library's portal and the codes of what it could not express
// (docs/databases.md, "LILACS (BVS portal) (`lilacs`)").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "databases/database.hpp"
#include "query_cases.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

using V = std::vector<std::string>;

struct Case {
  const char* source;
  const char* query;  // the query of the strategy's one search; empty where an error stops it
  V codes = {};
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.source;
}

class LilacsWriter : public testing::TestWithParam<Case> {};

TEST_P(LilacsWriter, Writes) {
  const auto& c = GetParam();
  auto analysis = test::analyze_text(c.source);
  ASSERT_FALSE(analysis.diagnostics.has_errors()) << render_all(analysis.diagnostics, analysis.source);
  DiagnosticSink sink;
  const auto output = compile(analysis.strategy, *find_database("lilacs"), EmitOptions{}, sink);
  const std::string query = output.searches.empty() ? "" : output.searches.back().fields.front().value;
  EXPECT_EQ(query, c.query) << render_all(sink, analysis.source);
  EXPECT_EQ(test::codes(sink), c.codes) << render_all(sink, analysis.source);
}

// Field prefixes before each group; no field, and title, abstract and keywords together, are
// `tw`, where the portal's search without a field looks: no field finds fewer there (W190),
// keywords alone more (W101).
INSTANTIATE_TEST_SUITE_P(Fields, LilacsWriter,
                         testing::Values(Case{"a = heart", "tw:(heart)", V{"W190"}},
                                         Case{"a = (heart OR cardiac)[ti,ab,kw]", "tw:(heart OR cardiac)"},
                                         Case{"a = (heart OR cardiac)[ti,ab]",
                                              "(ti:(heart OR cardiac) OR ab:(heart OR cardiac))"},
                                         // each word in either field, not both in the same one
                                         Case{"a = (heart AND attack*)[ti,ab]",
                                              "(ti:(heart) OR ab:(heart)) AND (ti:(attack$) OR ab:(attack$))"},
                                         // and in parentheses beside an OR, which the portal gives no order
                                         Case{"a = (heart AND attack*)[ti,ab] OR stroke[ti]",
                                              "((ti:(heart) OR ab:(heart)) AND (ti:(attack$) OR ab:(attack$))) OR "
                                              "ti:(stroke)"},
                                         Case{"a = heart[kw]", "tw:(heart)", V{"W101"}},
                                         Case{"a = (x[au] OR y[so] OR z[ti])", "au:(x) OR ta:(y) OR ti:(z)"},
                                         // publication types are filter codes, not words: `tw` holds no such field
                                         Case{"a = heart[ti]\nb = #a AND trial[pt]", "", V{"E202"}}));

// AND NOT, every group parenthesised, truncation as `$`, operator words and marks quoted.
INSTANTIATE_TEST_SUITE_P(Words, LilacsWriter,
                         testing::Values(Case{"a = heart[ti]\nb = #a NOT rat[ti]", "ti:(heart) AND NOT ti:(rat)"},
                                         Case{"a = ((heart OR cardiac) AND attack*)[ti]",
                                              "ti:((heart OR cardiac) AND attack$)"},
                                         Case{"a = \"heart attack\"[ti]", "ti:(\"heart attack\")"},
                                         Case{"a = (\"and\" OR \"to\" OR \"now\" OR \"a:b\" OR \"-x\")[ti]",
                                              "ti:(\"and\" OR \"to\" OR \"now\" OR \"a:b\" OR \"-x\")"},
                                         Case{"a = wom?n[ti]", "ti:(wom$)", V{"W108"}},
                                         Case{"a = \"stem cell*\"[ti]", "ti:(stem AND cell$)", V{"W107"}}));

// No proximity: NEXT over words is the phrase, NEAR is AND (W107); after NOT, NEXT over
// truncated words is the phrase of their stems (W161), which removes fewer.
INSTANTIATE_TEST_SUITE_P(Proximity, LilacsWriter,
                         testing::Values(Case{"a = (pain NEXT relief)[ti]", "ti:(\"pain relief\")"},
                                         Case{"a = (pain NEAR/3 relief)[ti]", "ti:(pain AND relief)", V{"W107"}},
                                         // after NOT, where AND would remove more, the stems' phrase
                                         Case{"a = x[ti] NOT (stem NEXT cell*)[ti]",
                                              "ti:(x) AND NOT ti:(\"stem cell\")", V{"W161"}},
                                         Case{"a = x[ti] NOT (stem NEXT c?ll)[ti]", "", V{"E202", "W180"}}));

// DeCS descriptors by MeSH's English names; major topic as `mj:`; qualifiers dropped (W112);
// an exploded heading searched alone (W410), `mh:`'s explosion being unverified.
INSTANTIATE_TEST_SUITE_P(
    Headings, LilacsWriter,
    testing::Values(Case{"a = mesh(\"Multiple Sclerosis\", noexp)", "mh:\"Multiple Sclerosis\""},
                    Case{"a = mesh(\"Multiple Sclerosis\", noexp, major)", "mj:\"Multiple Sclerosis\""},
                    Case{"a = mesh(\"Multiple Sclerosis\")", "mh:\"Multiple Sclerosis\"", V{"W410"}},
                    Case{"a = mesh(\"Multiple Sclerosis\", noexp) OR ms[ti]", "mh:\"Multiple Sclerosis\" OR ti:(ms)"},
                    Case{"a = mesh(\"Multiple Sclerosis\", /TH, noexp)", "mh:\"Multiple Sclerosis\"", V{"W112"}}));

// The years as a clause of the query, also inside a line written out after NOT.
INSTANTIATE_TEST_SUITE_P(
    Limits, LilacsWriter,
    testing::Values(Case{"a = heart[ti] limit year 2014 to 2021", "ti:(heart) AND year_cluster:[2014 TO 2021]"},
                    Case{"a = heart[ti] limit year from 2014", "ti:(heart) AND year_cluster:[2014 TO *]"},
                    Case{"a = heart[ti] limit year 2014 to 2021\nb = x[ti] NOT #a",
                         "ti:(x) AND NOT (ti:(heart) AND year_cluster:[2014 TO 2021])"},
                    Case{"a = heart[ti] limit cochrane-date 2014-01 to 2021-07",
                         "ti:(heart) AND year_cluster:[2014 TO 2021]", V{"W110"}}));

// The re-run link: the portal's search page with the query and the LILACS filter, encoded.
TEST(LilacsWriter, LinksTheQueryFilteredToLilacs) {
  auto analysis = test::analyze_text("a = (heart OR \"cardiac arrest\")[ti]");
  DiagnosticSink sink;
  const auto output = compile(analysis.strategy, *find_database("lilacs"), EmitOptions{}, sink);
  ASSERT_EQ(output.links.size(), 1U);
  EXPECT_EQ(output.links.front().url,
            "https://pesquisa.bvsalud.org/portal/?q=ti%3A%28heart%20OR%20%22cardiac%20arrest%22%29"
            "&filter%5Bdb%5D%5B%5D=LILACS&lang=en");
}

// The reader: a query of the portal as appendices print it, one query or numbered lines.
using Row = test::ReaderRow;

class LilacsImport : public testing::TestWithParam<Row> {};

TEST_P(LilacsImport, ReadsAsThePortalRuns) {
  test::expect_read("lilacs", GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Reads, LilacsImport,
    testing::Values(
        // a prefix before a word, a phrase or a group; a word without one is searched in `tw`
        Row{"tw:(heart OR cardiac) AND ti:attack", "l1 = (heart OR cardiac)[ti,ab,kw] AND attack[ti]\n", V{}},
        Row{"infarto", "l1 = infarto[ti,ab,kw]\n", V{}},
        Row{"ab:\"heart attack\" or au:smith", "l1 = \"heart attack\"[ab] OR smith[au]\n", V{}},
        Row{"TA:(lancet) and not PT:(editorial)", "l1 = lancet[so] NOT editorial[pt]\n", V{}},
        Row{"la:es", "l1 = es[la]\n", V{}},
        // `$` is `*`, as the portal rewrites it; a wildcard in quotation marks is passed on as typed
        Row{"tw:(transplant$ OR wom?n)", "l1 = (transplant* OR wom?n)[ti,ab,kw]\n", V{}},
        Row{"tw:\"stem cell$\"", "", V{"E301 1:4"}},
        // DeCS descriptors by their English (MeSH) names, one or a group; `mj:` the major one
        Row{"mh:\"Multiple Sclerosis\" OR mj:(Myelitis OR \"Optic Neuritis\")",
            "l1 = mesh(\"Multiple Sclerosis\", noexp) OR (mesh(\"Myelitis\", noexp, major) OR mesh(\"Optic Neuritis\", "
            "noexp, major))\n",
            V{}},
        // a descriptor's Spanish or Portuguese name is no MeSH name
        Row{"mh:\"Esclerosis Múltiple\"", "", V{"E301 1:4"}}, Row{"sh:\"diagnosis\"", "", V{"E301 1:1"}},
        Row{"tw:malaria AND db:(\"LILACS\")", "", V{"E301 1:16"}}, Row{"NOT:x", "", V{"E301 1:1"}},
        // a NOT alone is left a word by the portal's rewriting
        Row{"malaria NOT dengue", "", V{"E301 1:9"}},
        // AND, OR and AND NOT mixed without parentheses: no order to rely on
        Row{"a AND b OR c", "", V{"E302 1:3"}},
        Row{"a AND NOT b AND NOT c", "l1 = (a[ti,ab,kw] NOT b[ti,ab,kw]) NOT c[ti,ab,kw]\n", V{}},
        Row{"tw:(heart attack)", "l1 = (heart AND attack)[ti,ab,kw]\n", V{"W307 1:11"}},
        // an identifier in all text; a prefix of no field the portal searches, and Solr syntax, refused
        Row{"id:mdl-20301234", "l1 = mdl-20301234\n", V{"W303 1:1"}}, Row{"cp:brasil", "", V{"E301 1:1"}},
        Row{"tw:x~2", "", V{"E301 1:4"}},
        Row{"tw:(dengue) AND year_cluster:[2014 TO 2021]", "l1 = dengue[ti,ab,kw] limit year 2014 to 2021\n", V{}},
        Row{"tw:(dengue) AND year_cluster:[2014 TO *]", "l1 = dengue[ti,ab,kw] limit year from 2014\n", V{}},
        Row{"tw:(dengue) AND year_cluster:[2014 - 2021]", "", V{"E301 1:17"}},
        Row{"#1 tw:(dengue)\n#2 mh:Dengue\n#3 #1 OR #2",
            "l1 = dengue[ti,ab,kw]\nl2 = mesh(\"Dengue\", noexp)\nl3 = #l1 OR #l2\n", V{}}));

}  // namespace
}  // namespace searchc
