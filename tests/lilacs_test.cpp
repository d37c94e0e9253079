// LILACS's writer and the rewrites it needs, one row per construct: the exact query written for
// the Virtual Health Library's portal and the codes of what it could not express
// (docs/databases.md, "LILACS (BVS portal) (`lilacs`)").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "databases/database.hpp"
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

}  // namespace
}  // namespace searchc
