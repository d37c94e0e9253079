// The two rewrites EBSCOhost needs that change what is found, made by the lowering so that the
// lowered tree is what the writer writes and the reader reads back (docs/databases.md, "CINAHL
// Complete (EBSCOhost)"): a `?` ending a word, which EBSCOhost drops, searched as `*`
// (Capabilities::word_final_single_wildcard, W108, finds more); an exploded APA heading, which
// APA PsycInfo on EBSCOhost explodes only from its Thesaurus page, searched alone
// (Capabilities::heading_explode, W410, finds fewer, the database's own narrowing). Each row
// states the lowered tree, as `searchc check --dump lowered` prints it, and each diagnostic with
// its direction on the result.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "compiler/format.hpp"
#include "databases/database.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

using V = std::vector<std::string>;

struct Row {
  const char* database;
  const char* source;
  const char* lowered;  // the lowered lines, one a line
  V diagnostics = {};   // "CODE direction", in order
};

void PrintTo(const Row& r, std::ostream* os) {
  *os << r.database << ": " << r.source;
}

class EbscoLowering : public testing::TestWithParam<Row> {};

TEST_P(EbscoLowering, Lowered) {
  const auto& r = GetParam();
  auto analysis = test::analyze_text(r.source);
  ASSERT_FALSE(analysis.diagnostics.has_errors()) << render_all(analysis.diagnostics, analysis.source);
  DiagnosticSink sink;
  const auto lowered = lower_for(analysis.strategy, *find_database(r.database), sink);
  std::string text;
  for (const auto& line : lowered.lines) text += fmt::format("{} = {}\n", line.name, format_expression(line.query));
  EXPECT_EQ(text, r.lowered) << render_all(sink, analysis.source);
  V said;
  for (const auto& d : sink.sorted())
    said.push_back(fmt::format("{} {}", code_name(d.code), direction_name(d.direction)));
  EXPECT_EQ(said, r.diagnostics) << render_all(sink, analysis.source);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, EbscoLowering,
    testing::Values(
        // (W101 everywhere: all text is `TX`, which reads full texts too, databases/ebsco/writer.cpp)
        // EBSCOhost drops a `?` ending a word: `colo?` is searched as `colo*`, which finds more,
        // in a word, in each word of a phrase and in a proximity search ...
        Row{"cinahl", "a = colo? OR x", "a = colo* OR x\n", V{"W101 wider", "W108 wider"}},
        Row{"cinahl", "a = \"colo? tea\"", "a = \"colo* tea\"\n", V{"W101 wider", "W108 wider"}},
        Row{"cinahl", "a = behavio?? NEAR/3 pain", "a = behavio* NEAR/3 pain\n", V{"W101 wider", "W108 wider"}},
        // ... a `?` inside a word stands for one character there, and `#` is the writer's concern
        Row{"cinahl", "a = wom?n", "a = wom?n\n", V{"W101 wider"}},
        // ... and after NOT removes more: narrower (accepted here, so W111)
        Row{"cinahl", "a = x NOT colo?\ndatabase cinahl {\n  accept narrower\n}", "a = x NOT colo*\n",
            V{"W101 wider", "W101 narrower", "W111 narrower"}},
        // An exploded APA heading is searched alone in APA PsycInfo: narrower, a warning ...
        Row{"psycinfo-ebsco", "a = apa(\"Anxiety\")", "a = apa(\"Anxiety\", noexp)\n", V{"W410 narrower"}},
        Row{"psycinfo-ebsco", "a = apa(\"Anxiety\", major)", "a = apa(\"Anxiety\", noexp, major)\n",
            V{"W410 narrower"}},
        // ... after NOT, it removes fewer: the result finds more
        Row{"psycinfo-ebsco", "a = x NOT apa(\"Anxiety\")", "a = x NOT apa(\"Anxiety\", noexp)\n",
            V{"W101 wider", "W410 wider"}},
        Row{"psycinfo-ebsco", "a = apa(\"Anxiety\", noexp)", "a = apa(\"Anxiety\", noexp)\n"},
        // CINAHL explodes in the search itself: `(MH "X+")`
        Row{"cinahl", "a = cinahl(\"Anxiety\")", "a = cinahl(\"Anxiety\")\n"}));

// A line used both in the result and after NOT is lowered once when its two forms are the same;
// the narrowing of its positive uses is said too, not only the widening after NOT.
TEST(EbscoLowering, LineUsedBothWaysSaysBoth) {
  auto analysis = test::analyze_text("a = apa(\"Anxiety\")\nb = x NOT #a\nc = #a OR #b");
  ASSERT_FALSE(analysis.diagnostics.has_errors());
  DiagnosticSink sink;
  lower_for(analysis.strategy, *find_database("psycinfo-ebsco"), sink);
  V said;
  for (const auto& d : sink.sorted())
    said.push_back(fmt::format("{} {}", code_name(d.code), direction_name(d.direction)));
  std::sort(said.begin(), said.end());
  EXPECT_EQ(said, (V{"W101 wider", "W410 narrower", "W410 wider"})) << render_all(sink, analysis.source);
}

}  // namespace
}  // namespace searchc
