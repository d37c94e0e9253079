// Embase and APA PsycInfo on Ovid: Ovid's syntax and writer, with each database's own field
// codes, thesaurus and limits (docs/databases.md, "Embase on Ovid" and "APA PsycInfo on Ovid").
// Ovid MEDLINE's rows are in writer_ovid_test.cpp; its goldens stay as they were.
#include <gtest/gtest.h>

#include "databases/database.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

using V = std::vector<std::string>;

struct Case {
  const char* database;
  const char* source;
  const char* expected;  // the output text
  V codes = {};
  const char* message = "";  // a part of the first diagnostic's message, where it matters
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.database << ": " << c.source;
}

class OvidVariants : public testing::TestWithParam<Case> {};

TEST_P(OvidVariants, Written) {
  const auto& c = GetParam();
  auto analysis = test::analyze_text(c.source);
  ASSERT_FALSE(analysis.diagnostics.has_errors()) << render_all(analysis.diagnostics, analysis.source);
  const auto* database = find_database(c.database);
  ASSERT_NE(database, nullptr);
  DiagnosticSink sink;
  const auto output = compile(analysis.strategy, *database, EmitOptions{}, sink);
  EXPECT_EQ(output.text, c.expected) << render_all(sink, analysis.source);
  EXPECT_EQ(test::codes(sink), c.codes) << render_all(sink, analysis.source);
  if (*c.message != '\0') {
    EXPECT_NE(render_all(sink, analysis.source).find(c.message), std::string::npos)
        << render_all(sink, analysis.source);
  }
}

constexpr const char* embase = "embase-ovid";
constexpr const char* psycinfo = "psycinfo-ovid";

INSTANTIATE_TEST_SUITE_P(Rows, OvidVariants,
                         testing::Values(
                             // Ovid's own syntax, the same on every database: adjN is the language's NEAR/N (up to N -
                             // 1 words between), adj is NEXT, `$` and `#`, operator words and numbers quoted.
                             Case{embase, "a = (heart NEAR/3 attack) OR (stem NEXT cell*)",
                                  "1 (heart adj3 attack) or (stem adj cell$)\n"},
                             Case{psycinfo, "a = (heart NEAR/3 attack) OR wom?n", "1 (heart adj3 attack) or wom#n\n"},
                             Case{embase, "a = \"and\" OR \"2019\"", "1 \"and\" or \"2019\"\n"},
                             // Embase's fields: author keywords `.kf.` (since September 2021) and the Emtree heading
                             // words `.hw.` are the language's keywords.
                             Case{embase, "a = (heart OR cardiac)[ti,ab,kw]", "1 (heart or cardiac).ti,ab,kf,hw.\n"},
                             Case{embase, "a = heart[ti] OR smith[au]", "1 heart.ti. or smith.au.\n"},
                             // PsycInfo's: key concepts `.id.` and the APA heading words `.hw.`.
                             Case{psycinfo, "a = (heart OR cardiac)[ti,ab,kw]", "1 (heart or cardiac).ti,ab,id,hw.\n"},
                             Case{psycinfo, "a = anxiety[ab]", "1 anxiety.ab.\n"},
                             // A field neither has a code for here is searched in all text, which finds more.
                             Case{embase, "a = lancet[so]", "1 lancet\n", V{"W101"}},
                             Case{psycinfo, "a = english[la]", "1 english\n", V{"W101"}},
                             // History: `or/1-3` and a year limit as a line of its own.
                             Case{embase, "a = x\nb = y\nc = z\nd = #a OR #b OR #c limit year 2014 to 2021",
                                  "1 x\n2 y\n3 z\n4 or/1-3\n5 limit 4 to yr=\"2014 - 2021\"\n"},
                             // No entry-date search is written for either (Ovid MEDLINE's `.ed.` is not theirs).
                             Case{psycinfo, "a = x limit entry-date 2021-08 to 2024-12", "1 x\n", V{"W105"}},
                             // What Ovid cannot run, named for the database it is written for.
                             Case{embase, "a = C# OR x", "", V{"E204"}, "Embase (Ovid) cannot search `C#`"},
                             Case{psycinfo, "a = (heart NEAR/100 attack)[ti]", "1 (heart and attack).ti.\n", V{"W107"},
                                  "APA PsycInfo (Ovid)'s adjN goes up to adj99"},
                             Case{embase, "a = x NOT (heart NEAR/100 attack)", "", V{"E202"}}));

}  // namespace
}  // namespace searchc
