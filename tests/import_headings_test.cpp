// Headings as older strategies wrote them: on import, a heading of an older MeSH is carried as
// written (W309), one written loosely is read as the heading it names (W310), and a publication
// type written as a heading is read as one (W350). In a strategy written in the language the
// same headings stay errors (E127, tests/resolve_test.cpp).
#include <gtest/gtest.h>

#include "compiler/format.hpp"
#include "compiler/resolve.hpp"
#include "databases/database.hpp"
#include "databases/import.hpp"
#include "driver/pipeline.hpp"
#include "mesh/image.hpp"
#include "mesh/vocabulary.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

struct Case {
  const char* syntax;
  const char* source;    // the strategy in the database's syntax
  const char* language;  // the last line, as the language writes it
  std::vector<std::string> codes = {};
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.syntax << ": " << c.source;
}

// Imported as `searchc import` and `compile --from` do.
driver::Analysis import_text(const Case& c) {
  return driver::analyze(SourceFile("t.txt", c.source), c.syntax);
}

class OldHeadings : public testing::TestWithParam<Case> {};

TEST_P(OldHeadings, Import) {
  const auto& c = GetParam();
  const auto analysis = import_text(c);
  EXPECT_EQ(test::codes(analysis.diagnostics), c.codes) << render_all(analysis.diagnostics, analysis.source);
  ASSERT_FALSE(analysis.strategy.lines.empty());
  EXPECT_EQ(format_expression(analysis.strategy.lines.back().query), c.language);
}

using V = std::vector<std::string>;

INSTANTIATE_TEST_SUITE_P(
    Table, OldHeadings,
    testing::Values(
        // MeSH's own names, in any case: no warning
        Case{"ovid", "depression/", "mesh(\"depression\", noexp)"},
        // commas, hyphens, typed or curly quotation marks: read as the heading (W310)
        Case{"ovid", "Catheterization Central Venous/", "mesh(\"Catheterization, Central Venous\", noexp)", V{"W310"}},
        Case{"ovid", "exp Substance-Related-Disorders/", "mesh(\"Substance-Related Disorders\")", V{"W310"}},
        Case{"ovid", "Chorionic Villi-Sampling/", "mesh(\"Chorionic Villi Sampling\", noexp)", V{"W310"}},
        Case{"ovid", "Respiration artificial/", "mesh(\"Respiration, Artificial\", noexp)", V{"W310"}},
        Case{"ovid", "\u2018Depression\u2019/", "mesh(\"Depression\", noexp)", V{"W310"}},
        // a PDF's hyphen, U+2010, for MeSH's `-`
        Case{"central", "MeSH descriptor: [Glaucoma, Open\u2010Angle] explode all trees",
             "mesh(\"Glaucoma, Open-Angle\")", V{"W310"}},
        // an inverted heading without its comma, or in natural order
        Case{"ovid", "lens crystalline/", "mesh(\"Lens, Crystalline\", noexp)", V{"W310"}},
        Case{"ovid", "experimental arthritis/", "mesh(\"Arthritis, Experimental\", noexp)", V{"W310"}},
        // an entry term written loosely: read as its heading
        Case{"ovid", "Kidney Failure Acute/", "mesh(\"Acute Kidney Injury\", noexp)", V{"W310"}},
        // headings MeSH 2024 lacks: carried as written (W309)
        Case{"ovid", "\"Aged to 80 and Over\"/", "mesh(\"Aged to 80 and Over\", noexp, as-written)", V{"W309"}},
        Case{"ovid", "exp Randomized Controlled Trials/", "mesh(\"Randomized Controlled Trials\", as-written)",
             V{"W309"}},
        Case{"ovid", "intervention studies/", "mesh(\"intervention studies\", noexp, as-written)", V{"W309"}},
        Case{"pubmed", "\"Clinical Trials\"[mh]", "mesh(\"Clinical Trials\", as-written)", V{"W309"}},
        Case{"central", "MeSH descriptor: [Randomized Controlled Trials] explode all trees",
             "mesh(\"Randomized Controlled Trials\", as-written)", V{"W309"}},
        // publication types written as headings (W350), in each syntax; not the `as Topic` subjects
        Case{"ovid", "randomized controlled trial/", "\"Randomized Controlled Trial\"[pt]", V{"W350"}},
        Case{"ovid", "exp clinical trial/", "\"Clinical Trial\"[pt]", V{"W350"}},
        Case{"ovid", "meta analysis/", "\"Meta-Analysis\"[pt]", V{"W310", "W350"}},
        Case{"ovid", "exp Randomized Controlled Trials as Topic/", "mesh(\"Randomized Controlled Trials as Topic\")"},
        Case{"pubmed", "\"Randomized Controlled Trial\"[mh]", "\"Randomized Controlled Trial\"[pt]", V{"W350"}},
        Case{"central", "MeSH descriptor: [Randomized Controlled Trial] this term only",
             "\"Randomized Controlled Trial\"[pt]", V{"W350"}},
        // with a qualifier or as major topic it stays a heading
        Case{"ovid", "*randomized controlled trial/", "mesh(\"randomized controlled trial\", noexp, major)"},
        Case{"ovid", "1 exp Heart Failure/\n2 Kidney Failure Acute/\n3 randomized controlled trials/\n4 or/1-3",
             "#l1 OR #l2 OR #l3", V{"W310", "W309"}}));

// The messages name the heading read, the nearest current headings, and what the reading does.
TEST(OldHeadings, Messages) {
  const auto text = [](const char* syntax, const char* source) {
    const auto analysis = driver::analyze(SourceFile("t.txt", source), syntax);
    return render_all(analysis.diagnostics, analysis.source);
  };
  const auto loose = text("ovid", "Respiration artificial/");
  EXPECT_NE(loose.find("`Respiration artificial` is written unlike the heading `Respiration, Artificial` of MeSH "
                       "2024: it is read as that heading"),
            std::string::npos)
      << loose;
  const auto entry = text("ovid", "Kidney Failure Acute/");
  EXPECT_NE(entry.find("`Acute Kidney Injury` (by its entry term `Kidney Failure, Acute`)"), std::string::npos)
      << entry;
  const auto old = text("ovid", "exp Randomized Controlled Trials/");
  EXPECT_NE(old.find("`Randomized Controlled Trials` is not a heading of MeSH 2024: it is searched as written"),
            std::string::npos)
      << old;
  EXPECT_NE(old.find("the nearest current headings are `Randomized Controlled Trials as Topic`, "
                     "`Randomized Controlled Trial`"),
            std::string::npos)
      << old;
  const auto aged = text("ovid", "\"Aged to 80 and Over\"/");
  EXPECT_NE(aged.find("the nearest current heading is `Aged, 80 and over`"), std::string::npos) << aged;
  const auto pt = text("ovid", "exp clinical trial/");
  EXPECT_NE(pt.find("it is read as the publication type `\"Clinical Trial\"[pt]`"), std::string::npos) << pt;
}

// Each old or loose heading is reported where it stands, not once per file.
TEST(OldHeadings, ReportedAtEachPosition) {
  const auto analysis =
      driver::analyze(SourceFile("t.txt",
                                 "1 lens crystalline/\n2 lens crystalline/\n3 \"Aged to 80 and Over\"/\n"
                                 "4 \"Aged to 80 and Over\"/\n5 or/1-4\n"),
                      "ovid");
  EXPECT_EQ(test::positioned_codes(analysis.diagnostics, analysis.source),
            (V{"W310 1:3", "W310 2:3", "W309 3:3", "W309 4:3"}));
}

// The strategy an import prints reads back as it ran: a heading carried as written says
// `as-written`, and checks with W309 where it stands rather than failing with E127.
TEST(OldHeadings, ImportedStrategyReadsBack) {
  const auto imported = driver::analyze(
      SourceFile("t.txt", "1 exp Stem Cell Transplants/\n2 \"Aged to 80 and Over\"/\n3 1 or 2\n"), "ovid");
  ASSERT_FALSE(imported.diagnostics.has_errors()) << render_all(imported.diagnostics, imported.source);
  const auto printed = format_strategy(imported.strategy, imported.source);
  EXPECT_NE(printed.find("mesh(\"Stem Cell Transplants\", as-written)"), std::string::npos) << printed;
  const auto reread = test::analyze_text(printed);
  EXPECT_EQ(test::codes(reread.diagnostics), (V{"W309", "W309"})) << render_all(reread.diagnostics, reread.source);
  EXPECT_EQ(format_strategy(reread.strategy, reread.source), printed);
}

// `as-written` on a heading MeSH has changes nothing; given twice, it is an error.
TEST(OldHeadings, AsWrittenInTheLanguage) {
  const auto known = test::analyze_text("a = mesh(\"Multiple Sclerosis\", as-written)");
  EXPECT_EQ(test::codes(known.diagnostics), V{});
  const auto twice = test::analyze_text("a = mesh(\"Stem Cell Transplants\", as-written, as-written)");
  EXPECT_EQ(test::codes(twice.diagnostics), V{"E120"});
}

// In the language, the same headings are errors: the flag is the import's alone.
TEST(OldHeadings, LanguageRefuses) {
  const auto analysis = test::analyze_text(
      "a = mesh(\"Respiration artificial\") OR mesh(\"Randomized Controlled Trials\")\n"
      "b = mesh(\"Randomized Controlled Trial\")\nc = #a OR #b");
  EXPECT_EQ(test::codes(analysis.diagnostics), (V{"E127", "E127"}));
  const auto text = render_all(analysis.diagnostics, analysis.source);
  EXPECT_NE(text.find("did you mean `Randomized Controlled Trials as Topic`"), std::string::npos) << text;
  EXPECT_NE(text.find("write mesh(\"Randomized Controlled Trials\", as-written) to keep it as it ran (W309)"),
            std::string::npos)
      << text;
}

// A heading carried as written has no descriptor: every database writes it as it stands, and
// the lowering's explosion, `expand headings` and free-text readings use its label.
TEST(OldHeadings, CompileToEveryDatabase) {
  auto analysis = driver::analyze(
      SourceFile("t.txt", "1 exp Randomized Controlled Trials/\n2 intervention studies/\n3 or/1-2\n"), "ovid");
  ASSERT_FALSE(analysis.diagnostics.has_errors()) << render_all(analysis.diagnostics, analysis.source);
  std::vector<std::string_view> ids;
  for (const auto& db : databases()) ids.push_back(db.capabilities.id);
  const auto compiled = driver::compile_targets(analysis, ids, EmitOptions{});
  ASSERT_EQ(compiled.results.size(), ids.size());
  for (const auto& result : compiled.results) {
    EXPECT_FALSE(result.diagnostics.has_errors()) << result.id;
    EXPECT_NE(lower(result.output.text).find("randomized controlled trials"), std::string::npos) << result.id << "\n"
                                                                                                 << result.output.text;
  }
}

// Under `expand headings` a heading carried as written has no entry terms: it is searched as
// itself or its own words, with no explosion known to searchc and no N001.
TEST(OldHeadings, ExpandHeadings) {
  auto analysis = driver::analyze(SourceFile("t.txt", "1 exp Randomized Controlled Trials/\n"), "ovid");
  ASSERT_FALSE(analysis.diagnostics.has_errors());
  EXPECT_EQ(test::codes(analysis.diagnostics), (V{"W309"}));
  analysis.strategy.databases.push_back(ast::Database{"pubmed", {}, {}, {ast::Entry{{}, ast::ExpandHeadings{}}}});
  const auto compiled = driver::compile_targets(analysis, {"pubmed"}, EmitOptions{});
  EXPECT_EQ(compiled.results.front().output.text,
            "#1 \"Randomized Controlled Trials\"[mh] OR \"Randomized Controlled Trials\"\n");
}

// The loose form of a name, and the look-up by it.
TEST(OldHeadings, LooseNames) {
  EXPECT_EQ(mesh::image::loose_name("  Substance-Related-Disorders, "), "substance related disorders");
  EXPECT_EQ(mesh::image::loose_name("\u201CDepression\u201D"), "depression");
  EXPECT_EQ(mesh::image::loose_name("Sj\u00F6gren's"), "sj\u00F6gren s");
  const auto& vocabulary = mesh::Vocabulary::bundled();
  const auto found = vocabulary.lookup_loose("LENS CRYSTALLINE");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->heading.name(), "Lens, Crystalline");
  EXPECT_FALSE(vocabulary.lookup_loose("Aged to 80 and Over"));
  EXPECT_FALSE(vocabulary.lookup_loose(""));
  EXPECT_TRUE(vocabulary.lookup("Randomized Controlled Trial")->heading.publication_type());
  EXPECT_FALSE(vocabulary.lookup("Randomized Controlled Trials as Topic")->heading.publication_type());
  EXPECT_FALSE(vocabulary.lookup("Female")->heading.publication_type());
}

}  // namespace
}  // namespace searchc
