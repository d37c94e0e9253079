// A quoted phrase with a truncated word, for a database that runs NEXT but no wildcards inside
// quotation marks (CENTRAL): the lowering builds the NEXT chain straight from the phrase's words
// (compiler/lower_proximity.cpp, `Lowering::phrase`). These rows hold that reading, and the
// readings it must leave to `Lowering::phrases`, as they were before the chain was built there.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "databases/database.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

using Lowered = std::pair<std::string, std::vector<std::string>>;

// The lowered tree of `source` for `target` (ast::dump, without its final newline), then the codes
// of what was rewritten.
Lowered lowered(const char* target, const char* source) {
  auto analysis = test::analyze_text(source);
  EXPECT_FALSE(analysis.diagnostics.has_errors()) << render_all(analysis.diagnostics, analysis.source);
  DiagnosticSink sink;
  auto dump = ast::dump(lower_for(analysis.strategy, *find_database(target), sink));
  if (!dump.empty() && dump.back() == '\n') dump.pop_back();
  return {dump, test::codes(sink)};
}

TEST(PhraseChain, TruncatedPhraseIsItsWordsNextToEachOther) {
  // each word in a phrase's context: the short stem `ce*` is held in place by its neighbour
  EXPECT_EQ(lowered("central", "r = \"stem cell transplant*\"[ti,ab]"),
            Lowered("r = (fields ti,ab (next (term stem) (term cell) (term transplant*)))", {}));
  EXPECT_EQ(lowered("central", "r = \"stem ce*\""), Lowered("r = (next (term stem) (term ce*))", {}));
  // under NOT the chain is the same search
  EXPECT_EQ(lowered("central", "r = heart NOT \"stem cell*\""),
            Lowered("r = (not (term heart) (next (term stem) (term cell*)))", {}));
}

TEST(PhraseChain, OtherPhrasesAsBefore) {
  // a phrase of one word is the word; without wildcards a phrase stays a phrase
  EXPECT_EQ(lowered("central", "r = \"transplant*\""), Lowered("r = (term transplant*)", {}));
  EXPECT_EQ(lowered("central", "r = \"stem cell\""), Lowered("r = (phrase \"stem cell\")", {}));
  // a database that truncates inside phrases keeps the phrase
  EXPECT_EQ(lowered("pubmed", "r = \"stem cell transplant*\""), Lowered("r = (phrase \"stem cell transplant*\")", {}));
}

}  // namespace
}  // namespace searchc
