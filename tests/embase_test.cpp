// Embase.com's writer: each construct of the language and the exact text Embase.com is given
// (docs/databases.md, "Embase (Elsevier, Embase.com)").
#include <gtest/gtest.h>

#include "databases/database.hpp"
#include "databases/import.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

using V = std::vector<std::string>;

struct Case {
  const char* source;
  const char* expected;  // the output text
  V codes = {};
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.source;
}

class WriterEmbase : public testing::TestWithParam<Case> {};

TEST_P(WriterEmbase, Written) {
  const auto& c = GetParam();
  auto analysis = test::analyze_text(c.source);
  ASSERT_FALSE(analysis.diagnostics.has_errors()) << render_all(analysis.diagnostics, analysis.source);
  DiagnosticSink sink;
  const auto output = compile(analysis.strategy, *find_database("embase"), EmitOptions{}, sink);
  EXPECT_EQ(output.text, c.expected) << render_all(sink, analysis.source);
  EXPECT_EQ(test::codes(sink), c.codes) << render_all(sink, analysis.source);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, WriterEmbase,
    testing::Values(
        // Phrases in single quotation marks; unquoted words would be ANDed. A phrase holding a
        // single quotation mark is put in double ones.
        Case{"a = \"heart attack\" OR \"crohn's disease\"", "#1 'heart attack' OR \"crohn's disease\"\n"},
        // Fields after the word, the phrase or the group. `:kw` is the author keywords, not the
        // indexing terms the language's keywords also name: fewer records (W101), more after NOT.
        Case{"a = (heart OR \"heart attack\")[ti,ab,kw] AND lung[ti]",
             "#1 (heart OR 'heart attack'):ti,ab,kw AND lung:ti\n", V{"W101"}},
        Case{"a = x NOT y[kw]", "#1 x NOT y:kw\n", V{"W101"}},
        // Embase.com has no field of the language's publication types: `:it` is the item type
        Case{"a = smith[au] AND review[pt] AND english[la]", "#1 smith:au AND review AND english:la\n", V{"W101"}},
        // Embase.com reads operators left to right: every nested group is in parentheses.
        Case{"a = x OR (y AND z)", "#1 x OR (y AND z)\n"}, Case{"a = (x OR y) AND z", "#1 (x OR y) AND z\n"},
        Case{"a = x NOT (y OR z)", "#1 x NOT (y OR z)\n"},
        // NEAR/n counts as the language does (NEAR/5: at most four words between): n unchanged.
        Case{"a = symptom* NEAR/5 (headache* OR \"head ache\")", "#1 symptom* NEAR/5 (headache* OR 'head ache')\n"},
        Case{"a = (heart NEAR/1 attack)[ti,ab]", "#1 (heart NEAR/1 attack):ti,ab\n"},
        // NEXT: adjacent in order, NEXT/1.
        Case{"a = (stem NEXT cell*)[ti,ab]", "#1 (stem NEXT/1 cell*):ti,ab\n"},
        // Wildcards: `*` anywhere, `?` one character.
        Case{"a = wom?n OR sul*ur OR cat*", "#1 wom?n OR sul*ur OR cat*\n"},
        // Operator words and marks of the syntax are searched as themselves, quoted.
        Case{"a = \"near\" OR \"next\" OR \"or\"", "#1 'near' OR 'next' OR 'or'\n"},
        Case{"a = C# OR x", "#1 'C#' OR x\n"},
        // The history: `#n` refers to a search.
        Case{"a = x\nb = y\nc = #a OR #b", "#1 x\n#2 y\n#3 #1 OR #2\n"},
        // A year limit is ANDed onto its search, which comes first as one operand.
        Case{"a = x OR y limit year 1990 to 2020", "#1 (x OR y) AND [1990-2020]/py\n"},
        Case{"a = x\nb = #a limit year 1990 to 2020", "#1 x\n#2 #1 AND [1990-2020]/py\n"}));

// Embase.com's history read into the language: each form, the language's reading of it and the
// warnings where the text does not show the reading.
struct ImportCase {
  const char* history;
  const char* expected;  // the imported strategy as the language writes it, without comments
  V codes = {};
};

void PrintTo(const ImportCase& c, std::ostream* os) {
  *os << c.history;
}

class ImportEmbase : public testing::TestWithParam<ImportCase> {};

// The lines of `text` that are searches (`name = ...`), without the header and comments.
std::string searches(const std::string& text) {
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    const auto end = std::min(text.find('\n', at), text.size());
    const auto line = text.substr(at, end - at);
    if (line.find(" = ") != std::string::npos && line.rfind("//", 0) != 0) out += line + "\n";
    at = end + 1;
  }
  return out;
}

TEST_P(ImportEmbase, Read) {
  const auto& c = GetParam();
  DiagnosticSink sink;
  const auto imported = test::import_resolved("embase", SourceFile("t.txt", c.history), sink);
  EXPECT_EQ(searches(import::format(imported)), c.expected) << import::format(imported);
  EXPECT_EQ(test::codes(sink), c.codes) << render_all(sink, SourceFile("t.txt", c.history));
}

INSTANTIATE_TEST_SUITE_P(
    Rows, ImportEmbase,
    testing::Values(
        // Phrases in either quotation mark, fields, NEAR/n and NEXT/n with the language's count.
        ImportCase{"#1 'heart attack':ti,ab OR \"crohn's disease\"\n",
                   "l1 = \"heart attack\"[ti,ab] OR \"crohn's disease\"\n"},
        ImportCase{"#1 (symptom* NEAR/5 headache*):ti,ab,kw OR (stem NEXT/1 cell*)\n",
                   "l1 = (symptom* NEAR/5 headache*)[ti,ab,kw] OR (stem NEXT cell*)\n", V{"W303"}},
        // NEXT/2 and wider: in the order typed, which the language says only for adjacent words.
        ImportCase{"#1 stem NEXT/3 cell*\n", "l1 = stem NEAR/3 cell*\n", V{"W304"}},
        // References, the year limit, and the language limit as the language field (W303).
        ImportCase{"#1 x\n#2 #1 AND [1990-2020]/py\n#3 #2 AND [english]/lim\n",
                   "l1 = x\nl2 = #l1 limit year 1990 to 2020\nl3 = #l2 AND english[la]\n", V{"W303"}},
        // Left to right, one operator not before another: the reading the text does not show (W307).
        ImportCase{"#1 a OR b AND c\n", "l1 = (a OR b) AND c\n", V{"W307"}},
        ImportCase{"#1 heart failure\n", "l1 = heart AND failure\n", V{"W307"}},
        // Proximity beside AND, OR or NOT: no page says which applies first (E302).
        ImportCase{"#1 a NEAR/3 b OR c\n", "", V{"E302"}},
        // A quotation mark inside a word places no phrase: refused, not searched as a word holding it.
        ImportCase{"#1 1.\"heart attack\"\n", "", V{"E301"}},
        // A field code the language has no field for: all text, with a warning (W303).
        ImportCase{"#1 oslo:ff AND heart:ti\n", "l1 = oslo AND heart[ti]\n", V{"W303"}},
        // The item type, read as the publication type with what it holds said (W303).
        ImportCase{"#1 review:it AND heart:ti\n", "l1 = review[pt] AND heart[ti]\n", V{"W303"}},
        // `$`, not on Embase.com's wildcards page, read as one character or none (W303).
        ImportCase{"#1 colo$r\n", "l1 = color OR colo?r\n", V{"W303"}},
        // `:kw` holds the author keywords only: read as keywords, which find more (W303).
        ImportCase{"#1 asthma:kw\n", "l1 = asthma[kw]\n", V{"W303"}},
        // A wildcard in quotation marks, which the wildcards page says finds nothing: kept, said (W301).
        ImportCase{"#1 'heart attack*':ti,ab\n#2 asthma NOT 'heart attack*'\n",
                   "l1 = \"heart attack*\"[ti,ab]\nl2 = asthma NOT \"heart attack*\"\n", V{"W301", "W001", "W301"}},
        // The history table: a header, newest first, and the results column as run records.
        ImportCase{"No.\tQuery\tResults\n#2\t#1 AND y\t1,204\n#1\tx:ti\t35,112\n", "l1 = x[ti]\nl2 = #l1 AND y\n",
                   V{"W306", "W312"}}));

// The heading leaf, given a lowered tree directly: the lowering hands the writer only Emtree
// headings, without qualifiers.
std::string written_heading(std::string label, bool explode, bool major) {
  ast::Heading h;
  h.label = std::move(label);
  h.vocabulary = ast::Vocabulary::emtree;
  h.explode = explode;
  h.major = major;
  ast::Strategy lowered;
  ast::Line line;
  line.name = "a";
  line.query = ast::Node{{}, false, std::move(h)};
  lowered.lines.push_back(std::move(line));
  DiagnosticSink sink;
  Approximations report("embase", "Embase", false, sink);
  return find_database("embase")->write(lowered, EmitOptions{}, report).text;
}

TEST(WriterEmbaseHeadings, ExplodedAloneAndMajor) {
  EXPECT_EQ(written_heading("heart infarction", true, false), "#1 'heart infarction'/exp\n");
  EXPECT_EQ(written_heading("heart", false, false), "#1 'heart'/de\n");
  EXPECT_EQ(written_heading("stroke", true, true), "#1 'stroke'/exp/mj\n");
  EXPECT_EQ(written_heading("aspirin", false, true), "#1 'aspirin'/mj\n");
  EXPECT_EQ(written_heading("crohn's disease", true, false), "#1 \"crohn's disease\"/exp\n");
}

}  // namespace
}  // namespace searchc
