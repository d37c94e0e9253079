// Forms that published appendices print and that the database ran, imported as the database
// read them, each with the warning at its place (docs/import.md gives each reading's source).
// Every row failed before its reading was added: the database ran the text, and searchc refused
// it (E111, E114, E301).
#include <gtest/gtest.h>

#include <sstream>

#include "databases/import.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

struct Row {
  const char* syntax;  // the database syntax the history is written in
  const char* text;    // the history as the appendix prints it
  const char* line;    // one line of the imported strategy, as the language writes it
  std::vector<std::string> codes;
};

void PrintTo(const Row& r, std::ostream* os) {
  *os << r.syntax << ": " << r.text;
}

// Whether `expected` is one whole line of `text`.
bool holds_line(const std::string& text, const std::string& expected) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line == expected) return true;
  }
  return false;
}

class ImportFidelity : public testing::TestWithParam<Row> {};

TEST_P(ImportFidelity, ReadAsTheDatabaseRanIt) {
  const auto& row = GetParam();
  DiagnosticSink sink;
  const SourceFile source("t.txt", row.text);
  const auto imported = test::import_resolved(row.syntax, source, sink);
  EXPECT_EQ(test::codes(sink), row.codes) << render_all(sink, source);
  ASSERT_FALSE(sink.has_errors()) << render_all(sink, source);
  const auto text = import::format(imported);
  EXPECT_TRUE(holds_line(text, row.line)) << text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, ImportFidelity,
    testing::Values(
        // CENTRAL: words typed side by side inside a NEAR operand (central-appendices 008, 009).
        // The Library ANDs them and documents no reading inside NEAR: each word near the other
        // side, the wider reading (W304), after the W307 that says the words are ANDed.
        Row{"central",
            "#1 (Mattress* or blanket*) near (warm water or Electric)",
            "l1 = (((Mattress* OR blanket*) NEAR/6 warm) AND ((Mattress* OR blanket*) NEAR/6 water)) OR "
            "((Mattress* OR blanket*) NEAR/6 Electric)",
            {"W304", "W307"}},
        Row{"central",
            "#1 blanket* near/3 (warm water)",
            "l1 = (blanket* NEAR/3 warm) AND (blanket* NEAR/3 water)",
            {"W304"}},
        Row{"central",
            "#1 (hot air) near/2 (warm water)",
            "l1 = ((hot NEAR/2 warm) AND (hot NEAR/2 water)) AND ((air NEAR/2 warm) AND (air NEAR/2 water))",
            {"W304", "W304", "W304"}},
        Row{"central",
            "#1 (blanket* near (warm water)):ti,ab",
            "l1 = ((blanket* NEAR/6 warm) AND (blanket* NEAR/6 water))[ti,ab]",
            {"W304"}},
        // CENTRAL: a two-character stem the Library ran (central-appendices 013): carried (W330)
        Row{"central", "#1 5 FU*", "l1 = 5 AND FU*", {"W330"}},
        // CENTRAL: a bare number is a word to the Library, which names lines as `#5`: said (W307)
        Row{"central",
            "#1 a\n#2 b\n#3 c\n#4 d\n#5 #1 or #2 or #3 or #4\n#6 #5 and 5 FU*",
            "l6 = #l5 AND 5 AND FU*",
            {"W307", "W330"}},
        // Ovid: a two-letter stem Ovid ran (CD005426's `iv$`): carried (W330)
        Row{"ovid", "1 (intravenous$ or iv$).tw.", "l1 = (intravenous* OR iv*)[ti,ab,kw]", {"W330", "W303"}},
        // Ovid: the appendix's note below the searches (CD005055), the last line's comment (W302)
        Row{"ovid",
            "#1 asthma.ti.\n#2 wheeze.ti.\n#3 1 or 2\n+ RCT filter terms.",
            "l3 = #l1 OR #l2  // note: + RCT filter terms.",
            {"W302"}}));

// What `searchc import` writes checks as the language: `imported from` carries a short stem
// that the database ran (W330). Without the statement the stem is the language's error (E114).
TEST(ImportFidelity, ImportedStrategyChecksAsWritten) {
  DiagnosticSink sink;
  const SourceFile source("t.txt", "#1 (iv* OR FU*):ti,ab\n#2 heart:ti\n#3 #1 AND #2\n");
  const auto text = import::format(test::import_resolved("central", source, sink));
  ASSERT_TRUE(text.starts_with("imported from central  // Cochrane CENTRAL\n")) << text;
  const auto analysis = test::analyze_text(text);
  EXPECT_EQ(test::codes(analysis.diagnostics), (std::vector<std::string>{"W330", "W330"}))
      << render_all(analysis.diagnostics, analysis.source);
  auto plain = text;
  plain.erase(0, plain.find('\n') + 1);
  const auto refused = test::analyze_text(plain);
  EXPECT_EQ(test::codes(refused.diagnostics), (std::vector<std::string>{"E114", "E114"}));
}

}  // namespace
}  // namespace searchc
