// A line's `variations` (its words searched with their plurals, verb forms and spellings, as the
// Cochrane Library's "Search word variations" box searches them), compiled for each kind of
// database: the Library's switch named for the line (N002), or the variations a database does not
// search (W116), in the direction the line is used in, and only for the lines the result uses.
#include <gtest/gtest.h>

#include "databases/database.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

struct Case {
  const char* target;
  const char* source;
  // each diagnostic of the compile: code, direction, and a piece of its message
  std::vector<std::tuple<std::string, Direction, std::string>> expected;
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.target << ": " << c.source;
}

class Variations : public testing::TestWithParam<Case> {};

TEST_P(Variations, Reported) {
  const auto& c = GetParam();
  auto analysis = test::analyze_text(c.source);
  ASSERT_FALSE(analysis.diagnostics.has_errors()) << render_all(analysis.diagnostics, analysis.source);
  DiagnosticSink sink;
  compile(analysis.strategy, *find_database(c.target), EmitOptions{}, sink);
  const auto found = sink.sorted();
  ASSERT_EQ(found.size(), c.expected.size()) << render_all(sink, analysis.source);
  for (std::size_t i = 0; i < found.size(); ++i) {
    const auto& [code, direction, words] = c.expected[i];
    EXPECT_EQ(code_name(found[i].code), code) << found[i].message;
    EXPECT_EQ(found[i].direction, direction) << found[i].message;
    EXPECT_NE(found[i].message.find(words), std::string::npos) << found[i].message;
  }
}

constexpr auto none = Direction::none;
constexpr auto narrower = Direction::narrower;
constexpr auto wider = Direction::wider;

INSTANTIATE_TEST_SUITE_P(
    Table, Variations,
    testing::Values(
        // the Library runs them with its box ticked, which the written line cannot say
        Case{"central",
             "a = otovent[ti,ab,kw] variations",
             {{"N002", none, "run the search of `a` with the Search Manager's \"Search word variations\" box"}}},
        // a database that searches words as written finds fewer
        Case{"pubmed", "a = otovent[ti] variations", {{"W116", narrower, "PubMed searches them as written"}}},
        Case{"ovid",
             "a = otovent[ti,ab] variations",
             {{"W116", narrower, "the words of `a` are searched with their variations"}}},
        // one that adds some variations by itself says which
        Case{"ctgov",
             "a = otovent variations",
             {{"W116", narrower, "ClinicalTrials.gov adds only plurals, possessives and spelling variants"}}},
        // after NOT, fewer variations remove fewer records: the result finds more
        Case{"pubmed", "a = heart\nb = otovent variations\nc = #a NOT #b", {{"W116", wider, "removes fewer"}}},
        // used both ways, said both ways
        Case{"pubmed",
             "b = otovent variations\nc = #b NOT (x AND #b)",
             {{"W116", narrower, "finds fewer"}, {"W116", wider, "removes fewer"}}},
        // a line the result does not use is not searched, and a line without `variations` says nothing
        Case{"pubmed", "a = otovent variations\nb = heart", {}}, Case{"pubmed", "a = otovent\nb = #a OR heart", {}},
        // a line the database's block writes for it is the block's
        Case{"pubmed", "a = otovent variations\nb = #a OR heart\ndatabase pubmed {\n  a = otovent[ti]\n}", {}}));

}  // namespace
}  // namespace searchc
