// Embase and APA PsycInfo on Ovid: Ovid's syntax and writer, with each database's own field
// codes, thesaurus and limits (docs/databases.md, "Embase on Ovid" and "APA PsycInfo on Ovid").
// Ovid MEDLINE's rows are in writer_ovid_test.cpp and import_test.cpp; its goldens stay as
// they were. Each is read by Ovid's importer with its own field codes and thesaurus.
#include <gtest/gtest.h>

#include "compiler/format.hpp"
#include "databases/database.hpp"
#include "databases/import.hpp"
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

INSTANTIATE_TEST_SUITE_P(
    Rows, OvidVariants,
    testing::Values(
        // Ovid's own syntax, the same on every database: adjN is the language's NEAR/N (up to N -
        // 1 words between), adj is NEXT, `$` and `#`, operator words and numbers quoted.
        Case{embase, "a = (heart NEAR/3 attack) OR (stem NEXT cell*)",
             "1 ((heart adj3 attack) or (stem adj cell$)).af.\n"},
        Case{psycinfo, "a = (heart NEAR/3 attack) OR wom?n", "1 ((heart adj3 attack) or wom#n).af.\n"},
        Case{embase, "a = \"and\" OR \"2019\"", "1 (\"and\" or \"2019\").af.\n"},
        // Embase's fields: author keywords `.kf.` (since September 2021) and the Emtree heading
        // words `.hw.` are the language's keywords.
        Case{embase, "a = (heart OR cardiac)[ti,ab,kw]", "1 (heart or cardiac).ti,ab,kf,hw.\n"},
        Case{embase, "a = heart[ti] OR smith[au]", "1 heart.ti. or smith.au.\n"},
        // PsycInfo's: key concepts `.id.` and the APA heading words `.hw.`.
        Case{psycinfo, "a = (heart OR cardiac)[ti,ab,kw]", "1 (heart or cardiac).ti,ab,id,hw.\n"},
        Case{psycinfo, "a = anxiety[ab]", "1 anxiety.ab.\n"},
        // A field neither has a code for here is searched in all text, which finds more: All Fields, `.af.`.
        Case{embase, "a = lancet[so]", "1 lancet.af.\n", V{"W101"}},
        Case{psycinfo, "a = english[la]", "1 english.af.\n", V{"W101"}},
        // History: `or/1-3` and a year limit as a line of its own.
        Case{embase, "a = x\nb = y\nc = z\nd = #a OR #b OR #c limit year 2014 to 2021",
             "1 x.af.\n2 y.af.\n3 z.af.\n4 or/1-3\n5 limit 4 to yr=\"2014 - 2021\"\n"},
        // No entry-date search is written for either (Ovid MEDLINE's `.ed.` is not theirs).
        Case{psycinfo, "a = x limit entry-date 2021-08 to 2024-12", "1 x.af.\n", V{"W105"}},
        // What Ovid cannot run, named for the database it is written for.
        Case{embase, "a = C# OR x", "", V{"E204"}, "Embase (Ovid) cannot search `C#`"},
        Case{psycinfo, "a = (heart NEAR/100 attack)[ti]", "1 (heart and attack).ti.\n", V{"W107"},
             "APA PsycInfo (Ovid)'s adjN goes up to adj99"},
        Case{embase, "a = x NOT (heart NEAR/100 attack)", "", V{"E202"}}));

// A block names a database whose id has a hyphen, as the messages advise (`database
// psycinfo-ovid { ... }`): `expand headings` there searches MeSH's entry terms as words.
TEST(OvidVariants, BlockNamesAHyphenatedId) {
  auto analysis =
      test::analyze_text("a = mesh(\"Multiple Sclerosis\")\ndatabase psycinfo-ovid {\n  expand headings\n}\n");
  ASSERT_FALSE(analysis.diagnostics.has_errors()) << render_all(analysis.diagnostics, analysis.source);
  DiagnosticSink sink;
  const auto output = compile(analysis.strategy, *find_database(psycinfo), EmitOptions{}, sink);
  EXPECT_EQ(output.text, "1 (\"Multiple Sclerosis\" or \"Disseminated Sclerosis\" or \"MS\").af.\n");
  EXPECT_EQ(test::codes(sink), V{"W106"});
}

struct Read {
  const char* database;
  const char* history;   // as Ovid shows it
  const char* language;  // the last line, as the language writes it
  V codes = {};
};

void PrintTo(const Read& c, std::ostream* os) {
  *os << c.database << ": " << c.history;
}

class OvidVariantsImport : public testing::TestWithParam<Read> {};

TEST_P(OvidVariantsImport, Reads) {
  const auto& c = GetParam();
  DiagnosticSink sink;
  const auto imported = import::read(c.database, SourceFile("t.txt", c.history), sink);
  EXPECT_EQ(test::codes(sink), c.codes) << render_all(sink, SourceFile("t.txt", c.history));
  if (sink.has_errors()) return;
  ASSERT_FALSE(imported.strategy.lines.empty());
  EXPECT_EQ(format_expression(imported.strategy.lines.back().query), c.language);
  EXPECT_EQ(imported.from, find_database(c.database)->capabilities.name);
}

INSTANTIATE_TEST_SUITE_P(Rows, OvidVariantsImport,
                         testing::Values(
                             // Headings are the database's thesaurus: Emtree on Embase, the APA Thesaurus on PsycInfo.
                             Read{embase, "1 exp multiple sclerosis/\n2 *stem cell transplantation/",
                                  "emtree(\"stem cell transplantation\", "
                                  "noexp, major)"},
                             Read{psycinfo, "exp Anxiety/", "apa(\"Anxiety\")"},
                             Read{psycinfo, "anxiety.sh.", "apa(\"anxiety\", noexp)"},
                             // Their field codes: `.kf,hw.` and `.id,hw.` are the language's keywords.
                             Read{embase, "(heart adj3 attack).ti,ab,kf,hw.", "(heart NEAR/3 attack)[ti,ab,kw]"},
                             Read{psycinfo, "(heart or cardiac).ti,ab,id,hw.", "(heart OR cardiac)[ti,ab,kw]"},
                             // MEDLINE's field codes they lack are read in all text, with a warning.
                             Read{psycinfo, "heart.kf.", "heart", V{"W303"}},
                             // A subheading: the language qualifies MeSH headings alone, so the heading is read with
                             // any subheading, which finds more records; a floating subheading cannot be said at all.
                             Read{embase, "exp multiple sclerosis/dt", "emtree(\"multiple sclerosis\")", V{"W303"}},
                             Read{embase, "dt.fs.", "", V{"E301"}}, Read{embase, "th.xs.", "", V{"E301"}},
                             // The history: numbers, `or/1-2` and limits, as MEDLINE's.
                             Read{embase, "1 a.ti.\n2 b.ti.\n3 or/1-2\n4 limit 3 to yr=\"2014 - 2021\"", "#l3"}));

}  // namespace
}  // namespace searchc
