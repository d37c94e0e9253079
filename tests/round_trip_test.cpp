// Each database that searchc reads, through its own syntax and back: random strategies written
// for the database and read again mean what its writer was given. The writer is given the
// lowered tree, which is the strategy with exactly the reported rewrites applied, so the round
// trip loses nothing beyond what the warnings say.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "databases/database.hpp"
#include "driver/pipeline.hpp"
#include "meaning.hpp"
#include "random_strategy.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

class RoundTrip : public testing::TestWithParam<std::string_view> {};

TEST_P(RoundTrip, WrittenAndReadBackMeansWhatWasWritten) {
  const auto id = GetParam();
  const auto& database = *find_database(id);
  std::mt19937 random(11);
  for (int i = 0; i < 300; ++i) {
    const auto text = test::random_strategy(random);
    const auto analysis = test::analyze_text(text);
    ASSERT_FALSE(analysis.diagnostics.has_errors()) << text;
    DiagnosticSink sink;
    const auto lowered = lower_for(analysis.strategy, database, sink);
    if (sink.has_errors()) continue;  // the database cannot run it at all: there is nothing to read back
    const auto written = search_box(compile(analysis.strategy, database, EmitOptions{}, sink));
    const auto read = driver::analyze(SourceFile("written", written), id);
    ASSERT_FALSE(read.diagnostics.has_errors()) << text << "--- written:\n"
                                                << written << render_all(read.diagnostics, read.source);
    EXPECT_EQ(test::meaning(read.strategy), test::meaning(lowered)) << text << "--- written:\n" << written;
    // Without a reported rewrite, what is read back is the strategy itself.
    if (sink.count(Severity::warning) == 0) {
      EXPECT_EQ(test::meaning(read.strategy), test::meaning(analysis.strategy)) << text << "--- written:\n" << written;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(EveryReader, RoundTrip, testing::ValuesIn(import::syntaxes()),
                         [](const testing::TestParamInfo<std::string_view>& p) { return std::string(p.param); });

}  // namespace
}  // namespace searchc
