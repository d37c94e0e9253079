// Headings of several thesauri: `mesh(...)`, `emtree(...)`, `cinahl(...)` and `apa(...)` read,
// written back, and given to each database as its own thesaurus's headings (docs/language.md,
// "Headings of other thesauri").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compiler/format.hpp"
#include "compiler/lower.hpp"
#include "databases/database.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

TEST(Thesauri, ReadAndWrittenBack) {
  const std::string text =
      "s1 = emtree(\"multiple sclerosis\", noexp, major) OR cinahl(\"Multiple Sclerosis\") OR apa(\"Multiple "
      "Sclerosis\")\n";
  auto analysis = test::analyze_text(text);
  ASSERT_FALSE(analysis.diagnostics.has_errors()) << render_all(analysis.diagnostics, analysis.source);
  EXPECT_EQ(format_expression(analysis.strategy.lines.at(0).query),
            "emtree(\"multiple sclerosis\", noexp, major) OR cinahl(\"Multiple Sclerosis\") OR apa(\"Multiple "
            "Sclerosis\")");
  // A licensed thesaurus is not bundled: its headings are not checked, even when MeSH lacks them.
  EXPECT_EQ(test::codes(analysis.diagnostics), std::vector<std::string>{});
}

TEST(Thesauri, MeshOptionsOnOtherThesauriAreErrors) {
  for (const auto* text :
       {"s1 = emtree(\"stroke\", /DT)\n", "s1 = cinahl(\"stroke\", as-written)\n", "s1 = apa(/TH)\n"}) {
    auto analysis = test::analyze_text(text);
    EXPECT_EQ(test::codes(analysis.diagnostics), std::vector<std::string>{"E128"}) << text;
  }
}

struct Case {
  const char* target;  // a database id, or "emtree": MEDLINE's capabilities with Emtree for MeSH
  const char* source;
  const char* lowered;  // the first line as the writer receives it
  std::vector<std::string> codes;
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.target << ": " << c.source;
}

class Given : public testing::TestWithParam<Case> {};

TEST_P(Given, AsItsOwnThesaurus) {
  const auto& c = GetParam();
  auto analysis = test::analyze_text(c.source);
  ASSERT_FALSE(analysis.diagnostics.has_errors()) << render_all(analysis.diagnostics, analysis.source);
  DiagnosticSink sink;
  const auto& medline = *find_database("ovid");
  auto target = std::string_view(c.target) == "emtree" ? medline.capabilities : find_database(c.target)->capabilities;
  if (std::string_view(c.target) == "emtree") {
    target.thesaurus = ast::Vocabulary::emtree;
    target.name = "Embase";
  }
  Approximations report(target.id, target.name, false, sink);
  const auto lowered = lower(analysis.strategy, target, report);
  EXPECT_EQ(format_expression(lowered.lines.at(0).query), c.lowered) << render_all(sink, analysis.source);
  EXPECT_EQ(test::codes(sink), c.codes) << render_all(sink, analysis.source);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, Given,
    testing::Values(
        // A concept with a heading of the database's thesaurus leaves the others' out, exactly.
        Case{"pubmed",
             "s1 = mesh(\"Multiple Sclerosis\") OR emtree(\"multiple sclerosis\") OR ms\n",
             "mesh(\"Multiple Sclerosis\") OR ms",
             {}},
        Case{"emtree",
             "s1 = mesh(\"Multiple Sclerosis\") OR emtree(\"multiple sclerosis\") OR ms\n",
             "emtree(\"multiple sclerosis\") OR ms",
             {}},
        // Without one, a heading of another thesaurus is searched by its name in the database's own.
        Case{"emtree",
             "s1 = mesh(\"Multiple Sclerosis\", major) OR ms\n",
             "emtree(\"Multiple Sclerosis\", major) OR ms",
             {"W170"}},
        // Into MeSH only where MeSH has the name, by its heading's name (here an entry term).
        Case{"pubmed",
             "s1 = emtree(\"disseminated sclerosis\") OR ms\n",
             "mesh(\"Multiple Sclerosis\") OR ms",
             {"W170"}},
        // Where MeSH lacks it, as words.
        Case{"pubmed", "s1 = emtree(\"acute brain syndromex\") OR ms\n", "\"acute brain syndromex\" OR ms", {"W106"}},
        // A database with no thesaurus searches every heading as its words.
        Case{"ctgov", "s1 = cinahl(\"Multiple Sclerosis\") OR ms\n", "\"Multiple Sclerosis\" OR ms", {"W106"}},
        // `expand headings` asks for MeSH's entry terms as free text where Emtree lacks MeSH.
        Case{"emtree",
             "s1 = mesh(\"Multiple Sclerosis\", noexp)\ndatabase ovid {\n  expand headings\n}\n",
             "\"Multiple Sclerosis\" OR \"Disseminated Sclerosis\" OR \"MS\"",
             {"W106"}}));

}  // namespace
}  // namespace searchc
