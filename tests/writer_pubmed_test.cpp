// PubMed's writer and the rewrites it needs, one row per construct: the exact text PubMed is
// given and the codes of what it could not express (docs/databases.md, "PubMed").
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "databases/database.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

struct Case {
  const char* source;
  const char* expected;  // the output text, empty where an error stops it
  std::vector<std::string> codes = {};
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.source;
}

class PubMedWriter : public testing::TestWithParam<Case> {};

TEST_P(PubMedWriter, Writes) {
  const auto& c = GetParam();
  auto analysis = test::analyze_text(c.source);
  ASSERT_FALSE(analysis.diagnostics.has_errors()) << render_all(analysis.diagnostics, analysis.source);
  DiagnosticSink sink;
  const auto output = compile(analysis.strategy, *find_database("pubmed"), EmitOptions{}, sink);
  EXPECT_EQ(output.text, c.expected) << render_all(sink, analysis.source);
  EXPECT_EQ(test::codes(sink), c.codes) << render_all(sink, analysis.source);
}

using V = std::vector<std::string>;

// NEAR of OR-groups is one proximity search for each combination of the words, up to 32; past
// that the words are searched with AND, which finds more (W107), or after NOT is an error.
INSTANTIATE_TEST_SUITE_P(
    NearOfOrGroups, PubMedWriter,
    testing::Values(Case{"a = ((heart OR cardiac) NEAR/2 attack)[ti]",
                         "#1 (\"heart attack\"[ti:~1] OR \"cardiac attack\"[ti:~1])\n"},
                    Case{"a = ((a OR b OR c OR d OR e OR f) NEAR/2 (g OR h OR i OR j OR k OR l))[ti]",
                         "#1 ((a[ti] OR b[ti] OR c[ti] OR d[ti] OR e[ti] OR f[ti]) AND (g[ti] OR h[ti] OR i[ti] OR "
                         "j[ti] OR k[ti] OR l[ti]))\n",
                         V{"W107"}},
                    Case{"a = x NOT ((a OR b OR c OR d OR e OR f) NEAR/2 (g OR h OR i OR j OR k OR l))[ti]", "",
                         V{"E202"}}));

// Native text carries its scope's tags where PubMed takes a tag: after a word, a phrase or either
// in parentheses. Text of several words cannot carry one (E260).
INSTANTIATE_TEST_SUITE_P(
    NativeInAScope, PubMedWriter,
    testing::Values(Case{"a = heart\ndatabase pubmed {\n  a = native(\"heart\")[ti]\n}", "#1 heart[ti]\n"},
                    Case{"a = heart\ndatabase pubmed {\n  a = (native(\"cardiac\") OR native(\"(heart)\"))[ti]\n}",
                         "#1 (cardiac[ti] OR (heart)[ti])\n"},
                    Case{"a = heart\ndatabase pubmed {\n  a = native(\"myocardial infarction\")[ti]\n}", "",
                         V{"E260"}}));

// PubMed's proximity search holds single words, no phrase and no truncation: otherwise the
// words are searched with AND (W107); after NOT, as the phrase of the words in the order
// written, which finds some of the records NEAR finds (W161).
INSTANTIATE_TEST_SUITE_P(ProximityOperands, PubMedWriter,
                         testing::Values(Case{"a = (bone NEAR/2 marrow)[ti]", "#1 \"bone marrow\"[ti:~1]\n"},
                                         Case{"a = ((bone NEXT marrow) NEAR/2 transplant*)[ti]",
                                              "#1 (\"bone marrow\"[ti] AND transplant*[ti])\n", V{"W107"}},
                                         Case{"a = (\"bone marrow\" NEAR/2 \"stem cell\")[ti]",
                                              "#1 (\"bone marrow\"[ti] AND \"stem cell\"[ti])\n", V{"W107"}},
                                         Case{"a = (stem NEAR/2 cell*)[ti]", "#1 (stem[ti] AND cell*[ti])\n",
                                              V{"W107"}},
                                         Case{"a = x NOT ((bone NEXT marrow) NEAR/2 transplant*)[ti]",
                                              "#1 x NOT \"bone marrow transplant*\"[ti]\n", V{"W161"}}));

// A scope with NEAR over fields where PubMed has no proximity: only the proximity search is
// split, and the words beside it keep every field of the scope, after NOT too.
INSTANTIATE_TEST_SUITE_P(
    ProximitySplit, PubMedWriter,
    testing::Values(Case{"a = x NOT (autologous OR (bone NEAR/2 marrow))[ti,kw]",
                         "#1 x NOT ((autologous[ti] OR autologous[ot]) OR \"bone marrow\"[ti:~1])\n",
                         V{"W101", "W101", "W114"}},
                    Case{"a = x NOT (autologous AND (bone NEAR/2 marrow))[ti,ab,kw]",
                         "#1 x NOT (autologous[tiab] AND \"bone marrow\"[tiab:~1])\n", V{"W101", "W101"}}));

// `[tiab]` holds the author keywords too: `[ti,ab]` finds more (W101), and after NOT fewer (E202).
INSTANTIATE_TEST_SUITE_P(TitleAbstract, PubMedWriter,
                         testing::Values(Case{"a = rat[ti,ab]", "#1 rat[tiab]\n", V{"W101"}},
                                         Case{"a = rat[ab]", "#1 rat[tiab]\n", V{"W101", "W101"}},
                                         Case{"a = x NOT rat[ti,ab]", "", V{"E202"}}));

// PubMed explodes a qualifier with an exploded heading (W160); `[mh:noexp]` turns both off and
// `[sh:noexp]` searches a floating qualifier alone.
INSTANTIATE_TEST_SUITE_P(
    Qualifiers, PubMedWriter,
    testing::Values(Case{"a = mesh(\"Multiple Sclerosis\", /TH)", "#1 \"Multiple Sclerosis/therapy\"[mh]\n", V{"W160"}},
                    Case{"a = mesh(\"Multiple Sclerosis\", noexp, /TH)",
                         "#1 \"Multiple Sclerosis/therapy\"[mh:noexp]\n"},
                    Case{"a = mesh(/TH)", "#1 \"therapy\"[sh:noexp]\n"},
                    Case{"a = mesh(\"Multiple Sclerosis\") NOT mesh(\"Multiple Sclerosis\", /TH)", "", V{"E202"}}));

// The language's keywords (author keywords and indexing terms): PubMed's text words, which
// finds more (W101); after NOT its author keywords, `[ot]`, or `[tiab]`, which holds them.
INSTANTIATE_TEST_SUITE_P(
    Keywords, PubMedWriter,
    testing::Values(Case{"a = \"multiple sclerosis\"[kw]", "#1 \"multiple sclerosis\"[tw]\n", V{"W101"}},
                    Case{"a = rat[ti,ab,kw]", "#1 rat[tw]\n", V{"W101"}},
                    Case{"a = x NOT \"multiple sclerosis\"[kw]", "#1 x NOT \"multiple sclerosis\"[ot]\n", V{"W101"}},
                    Case{"a = x NOT ms[ti,ab,kw]", "#1 x NOT ms[tiab]\n", V{"W101"}},
                    Case{"a = x NOT ms[ti,kw]", "#1 x NOT (ms[ti] OR ms[ot])\n", V{"W101"}},
                    Case{"a = ((bone NEXT marrow) NEAR/2 transplant*)[ti,ab,kw]",
                         "#1 (\"bone marrow\"[tw] AND transplant*[tw])\n", V{"W101", "W107"}},
                    Case{"a = x NOT (bone NEAR/2 marrow)[ti,ab,kw]", "#1 x NOT \"bone marrow\"[tiab:~1]\n",
                         V{"W101"}}));

// `(w0 OR ... w29) NEAR/3 (...) NEAR/3 (...) NEAR/3 (...)`: 810,000 combinations, once written
// out as a line of 35 MB.
std::string near_of_or_groups(int groups, int words) {
  std::vector<std::string> each;
  for (int g = 0; g < groups; ++g) {
    std::vector<std::string> alternatives;
    for (int w = 0; w < words; ++w) alternatives.push_back(fmt::format("w{}x{}", g, w));
    each.push_back(fmt::format("({})", fmt::join(alternatives, " OR ")));
  }
  return fmt::format("x = ({})[ti,ab]\n", fmt::join(each, " NEAR/3 "));
}

TEST(PubMedWriterBounds, NearOfLargeOrGroupsIsSmallAndQuick) {
  for (const auto& [groups, words] : {std::pair{4, 30}, std::pair{5, 20}}) {
    const auto started = std::chrono::steady_clock::now();
    auto analysis = test::analyze_text(near_of_or_groups(groups, words));
    ASSERT_FALSE(analysis.diagnostics.has_errors());
    DiagnosticSink sink;
    const auto output = compile(analysis.strategy, *find_database("pubmed"), EmitOptions{}, sink);
    EXPECT_LT(output.text.size(), 10'000U);
    EXPECT_EQ(test::codes(sink), (V{"W101", "W107"}));
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(2));
  }
}

// A line that stands for more than 100,000 searches is not written (E203), as for the
// databases without a search history.
TEST(PubMedWriterBounds, LineOfTooManySearchesIsRefused) {
  std::vector<std::string> words;
  for (int w = 0; w < 50'001; ++w) words.push_back(fmt::format("w{}", w));
  auto analysis = test::analyze_text(fmt::format("x = ({})[ti,au]\n", fmt::join(words, " OR ")));
  ASSERT_FALSE(analysis.diagnostics.has_errors());
  DiagnosticSink sink;
  const auto output = compile(analysis.strategy, *find_database("pubmed"), EmitOptions{}, sink);
  EXPECT_EQ(output.text, "");
  EXPECT_EQ(test::codes(sink), V{"E203"});
}

}  // namespace
}  // namespace searchc
