// Google Scholar's writer and the rewrites it needs, one row per construct: the exact query
// written for its search box and the codes of what it could not express (docs/databases.md,
// "Google Scholar (`gscholar`)").
#include <fmt/format.h>
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

struct Compiled {
  driver::Analysis analysis;
  DiagnosticSink sink;
  Output output;
};

Compiled compiled(const char* source) {
  Compiled c{test::analyze_text(source), {}, {}};
  c.output = compile(c.analysis.strategy, *find_database("gscholar"), EmitOptions{}, c.sink);
  return c;
}

class GscholarWriter : public testing::TestWithParam<Case> {};

TEST_P(GscholarWriter, Writes) {
  const auto& c = GetParam();
  const auto out = compiled(c.source);
  ASSERT_FALSE(out.analysis.diagnostics.has_errors()) << render_all(out.analysis.diagnostics, out.analysis.source);
  const std::string query = out.output.searches.empty() ? "" : out.output.searches.back().fields.front().value;
  EXPECT_EQ(query, c.query) << render_all(out.sink, out.analysis.source);
  EXPECT_EQ(test::codes(out.sink), c.codes) << render_all(out.sink, out.analysis.source);
}

// `intitle:`, `author:` and `source:` before each word or phrase of a scope; abstracts and
// keywords, which Google Scholar has no field for, searched without one, which finds more (W101).
INSTANTIATE_TEST_SUITE_P(
    Fields, GscholarWriter,
    testing::Values(Case{"a = heart", "heart"}, Case{"a = (heart OR cardiac)[ti]", "intitle:heart OR intitle:cardiac"},
                    Case{"a = (heart OR \"cardiac arrest\")[ti,ab]", "heart OR \"cardiac arrest\"", V{"W101"}},
                    Case{"a = heart[kw]", "heart", V{"W101"}},
                    Case{"a = \"d knuth\"[au] AND nature[so]", "author:\"d knuth\" source:nature"}));

// Words ANDed side by side, OR, parentheses around nested groups (W461: none documented), and
// words Google Scholar would read as operators or marks quoted.
INSTANTIATE_TEST_SUITE_P(
    Words, GscholarWriter,
    testing::Values(Case{"a = heart AND attack", "heart attack"},
                    Case{"a = heart AND (attack OR infarction)", "heart (attack OR infarction)", V{"W461"}},
                    Case{"a = (heart AND attack) OR infarction", "(heart attack) OR infarction", V{"W461"}},
                    Case{"a = (heart OR cardiac)[ti] AND attack", "(intitle:heart OR intitle:cardiac) attack",
                         V{"W461"}},
                    Case{"a = (\"or\" OR \"-x\" OR \"a:b\" OR \"a|b\")", "\"or\" OR \"-x\" OR \"a:b\" OR \"a|b\""}));

// `-` before each excluded word or phrase, where the NOT excludes from the whole search; any
// other NOT is searched as its first operand, which finds more (W109); a wider search of the
// excluded words removes more (E202).
INSTANTIATE_TEST_SUITE_P(
    Not, GscholarWriter,
    testing::Values(
        Case{"a = heart NOT (rat OR \"case report\")", "heart -rat -\"case report\""},
        Case{"a = (heart OR cardiac) NOT rat[ti]", "(heart OR cardiac) -intitle:rat", V{"W461"}},
        Case{"a = x AND (heart NOT rat)", "x heart -rat"}, Case{"a = heart NOT (rat AND mouse)", "heart", V{"W109"}},
        Case{"a = (heart OR cardiac) NOT (rat AND mouse)", "heart OR cardiac", V{"W109"}},
        Case{"a = x AND ((heart OR cardiac) NOT (rat AND mouse))", "x (heart OR cardiac)", V{"W109", "W461"}},
        Case{"a = x OR (heart NOT rat)", "x OR heart", V{"W109"}}, Case{"a = a1\nb = heart NOT #a", "heart -a1"},
        Case{"a = rat AND mouse\nb = heart NOT #a", "heart", V{"W109"}},
        // after NOT, searching the abstract's word in all text removes more
        Case{"a = heart NOT rat[ab]", "", V{"E202"}}));

// No truncation: a truncated word is its stem, as written, which finds fewer (W108); a wildcard
// inside a word is written out as the words it stands for (W180). No proximity: NEXT is a
// phrase, NEAR is AND (W107). No thesaurus: a heading is searched as its words (W106).
INSTANTIATE_TEST_SUITE_P(Rewrites, GscholarWriter,
                         testing::Values(Case{"a = transplant*", "transplant", V{"W108"}},
                                         Case{"a = \"stem cell*\"", "\"stem cell\"", V{"W108"}},
                                         Case{"a = pain NEXT relief", "\"pain relief\""},
                                         Case{"a = pain NEAR/3 relief", "pain relief", V{"W107"}},
                                         Case{"a = mesh(\"Multiple Sclerosis\", noexp)", "\"Multiple Sclerosis\"",
                                              V{"W106"}}));

// The years in the re-run link, not in the query.
INSTANTIATE_TEST_SUITE_P(Limits, GscholarWriter,
                         testing::Values(Case{"a = heart limit year 2014 to 2021", "heart"},
                                         Case{"a = heart limit cochrane-date 2014-01 to 2021-07", "heart", V{"W110"}}));

TEST(GscholarWriter, LinksTheQueryWithItsYears) {
  const auto closed = compiled("a = (heart OR \"cardiac arrest\")[ti] limit year 2014 to 2021");
  ASSERT_EQ(closed.output.links.size(), 1U);
  EXPECT_EQ(closed.output.links.front().url,
            "https://scholar.google.com/scholar?q=intitle%3Aheart%20OR%20intitle%3A%22cardiac%20arrest%22"
            "&as_ylo=2014&as_yhi=2021");
  EXPECT_EQ(closed.output.searches.front().fields.back().value, "2014 to 2021");
  const auto open = compiled("a = heart limit year from 2014");
  ASSERT_EQ(open.output.links.size(), 1U);
  EXPECT_EQ(open.output.links.front().url, "https://scholar.google.com/scholar?q=heart&as_ylo=2014");
}

// A query past 256 characters is written whole, with a warning at the word the limit falls in,
// how many characters too many, and what to do.
TEST(GscholarWriter, ReportsWhereTheLimitFallsWithoutCutting) {
  std::string source = "a = ";
  std::string expected;
  for (int i = 0; i < 30; ++i) {
    const auto word = "word" + std::string(1, static_cast<char>('a' + i % 26)) + std::to_string(1000 + i);
    source += (i > 0 ? " OR " : "") + word;
    expected += (i > 0 ? " OR " : "") + word;
  }
  ASSERT_GT(expected.size(), 256U);
  const auto out = compiled(source.c_str());
  EXPECT_EQ(out.output.searches.front().fields.front().value, expected);
  EXPECT_EQ(test::codes(out.sink), V{"W460"});
  const auto d = out.sink.sorted().front();
  // character 257 of the query is the space after the 20th word: the first word not searched is
  // the 21st, `wordu1020`, 20 * 13 characters in, after the source's `a = `
  EXPECT_EQ(d.span.begin, 4U + 20U * 13U);
  EXPECT_NE(d.message.find(fmt::format("this one has {}, {} too many", expected.size(), expected.size() - 256)),
            std::string::npos)
      << d.message;
  EXPECT_NE(d.message.find("`wordu1020`"), std::string::npos) << d.message;
  ASSERT_FALSE(d.notes.empty());
  EXPECT_NE(d.notes.front().find("at least 2 queries"), std::string::npos) << d.notes.front();
}

TEST(GscholarWriter, KeepsAQueryOfExactly256Characters) {
  std::string source = "a = " + std::string(256, 'x');
  const auto out = compiled(source.c_str());
  EXPECT_EQ(test::codes(out.sink), V{});
  source += "y";
  EXPECT_EQ(test::codes(compiled(source.c_str()).sink), V{"W460"});
}

}  // namespace
}  // namespace searchc
