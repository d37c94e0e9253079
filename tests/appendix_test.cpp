// The search appendix: golden files of every example in each format, and what it does with
// run records that are missing.
#include <gtest/gtest.h>

#include "appendix/appendix.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

namespace fs = std::filesystem;

// The examples, and the strategies of tests/appendix whose run records are incomplete.
TEST(Appendix, GoldenForEveryExample) {
  std::size_t examples = 0;
  std::vector<fs::path> paths;
  for (const auto* dir : {"examples", "tests/appendix"}) {
    for (const auto& entry : fs::directory_iterator(test::source_dir() / dir)) {
      if (entry.path().extension() == ".search") paths.push_back(entry.path());
    }
  }
  for (const auto& path : paths) {
    const auto name = fs::relative(path, test::source_dir()).string();
    const auto analysis = driver::analyze(SourceFile(name, test::read_file(path)));
    ASSERT_FALSE(analysis.diagnostics.has_errors());
    DiagnosticSink sink;
    const auto a = appendix::build(analysis.strategy, analysis.source, sink);
    const auto golden = test::source_dir() / "tests/golden/appendix" / path.stem();
    test::expect_golden(fs::path(golden).replace_extension(".md"), appendix::to_markdown(a));
    test::expect_golden(fs::path(golden).replace_extension(".html"), appendix::to_html(a));
    test::expect_golden(fs::path(golden).replace_extension(".json"), appendix::to_json(a));
    test::expect_golden(fs::path(golden).replace_extension(".stderr"), render_all(sink, analysis.source));
    ++examples;
  }
  EXPECT_GE(examples, 4U);
}

// The reference review's appendix: every database with its interface, date and records, the
// CENTRAL lines with the change, and the totals.
TEST(Appendix, ReproducesTheReferenceCase) {
  const auto path = test::source_dir() / "examples/ms-stem-cell.search";
  const auto analysis = driver::analyze(SourceFile("ms-stem-cell.search", test::read_file(path)));
  DiagnosticSink sink;
  const auto a = appendix::build(analysis.strategy, analysis.source, sink);
  EXPECT_TRUE(sink.empty()) << render_all(sink, analysis.source);
  ASSERT_EQ(a.sections.size(), 5U);
  EXPECT_EQ(a.totals.identified, 424U);
  EXPECT_EQ(a.totals.deduplicated, 346U);
  EXPECT_EQ(a.totals.other_sources, 1U);
  const auto md = appendix::to_markdown(a);
  for (const auto* text :
       {"| Cochrane CENTRAL | Cochrane Library (Wiley), CENTRAL | 2021-06-11 | 230, and 20 more",
        "| ClinicalTrials.gov | ClinicalTrials.gov | 2021-06-11 | 55 |",
        "| WHO ICTRP | WHO International Clinical Trials Registry Platform (ICTRP) | 2021-07-02 | 34 |",
        "| INAHTA | International HTA Database (INAHTA) | 2021-06-02 | 6 |",
        "| Epistemonikos | Epistemonikos | 2021-06-02 | 79 |", "Records identified in the databases: 424.",
        "Records after removing duplicates: 346.", "#1 MeSH descriptor: [Multiple Sclerosis] explode all trees",
        "#16 #15 NOT #11", "Changed 2021-06-22", "Year filter: FROM 2014 TO 2021"}) {
    EXPECT_NE(md.find(text), std::string::npos) << text;
  }
}

TEST(Appendix, MissingRunRecordsAreShownAndReported) {
  auto analysis = test::analyze_text(
      "a = x\ndatabase central {\n  note \"run by a colleague\"\n}\n"
      "database inahta {\n  interface \"INAHTA\"\n  searched 2021-06-02\n  hits 6\n}\n");
  DiagnosticSink sink;
  const auto a = appendix::build(analysis.strategy, analysis.source, sink);
  EXPECT_EQ(test::positioned_codes(sink, analysis.source), std::vector<std::string>{"W003 2:10"});
  EXPECT_FALSE(a.totals.identified);  // never a partial sum
  const auto md = appendix::to_markdown(a);
  EXPECT_NE(md.find("| Cochrane CENTRAL | not recorded | not recorded | not recorded |"), std::string::npos) << md;
  EXPECT_NE(md.find("Records identified in the databases: not recorded."), std::string::npos);
  EXPECT_NE(appendix::to_json(a).find("\"searched\": null"), std::string::npos);
}

TEST(Appendix, WithoutBlocksListsEveryDatabase) {
  auto analysis = test::analyze_text("a = x NEAR/2 y\n");
  DiagnosticSink sink;
  const auto a = appendix::build(analysis.strategy, analysis.source, sink);
  EXPECT_EQ(test::codes(sink), std::vector<std::string>{"W004"});
  EXPECT_EQ(a.sections.size(), databases().size());
  EXPECT_EQ(a.sections[1].translation.front().code, "W107");
}

// PRISMA-S item 14: the peer review and its date where the file records one, and nothing where
// it does not.
TEST(Appendix, PeerReviewWhereRecorded) {
  auto reviewed =
      test::analyze_text("a = x\nrecords {\n  peer-review 2021-05-30 \"PRESS 2015, by a second librarian\"\n}\n");
  DiagnosticSink sink;
  const auto a = appendix::build(reviewed.strategy, reviewed.source, sink);
  const auto* sentence = "The search strategy was peer-reviewed on 2021-05-30: PRESS 2015, by a second librarian.";
  EXPECT_NE(appendix::to_markdown(a).find(sentence), std::string::npos);
  EXPECT_NE(appendix::to_html(a).find(std::string("<p>") + sentence + "</p>"), std::string::npos);
  EXPECT_NE(appendix::to_json(a).find("\"peer_review\": {\n    \"date\": \"2021-05-30\",\n    \"text\": \"PRESS 2015, "
                                      "by a second librarian\"\n  }"),
            std::string::npos)
      << appendix::to_json(a);

  auto unreviewed = test::analyze_text("a = x\n");
  const auto b = appendix::build(unreviewed.strategy, unreviewed.source, sink);
  EXPECT_EQ(appendix::to_markdown(b).find("was peer-reviewed on"), std::string::npos);
  EXPECT_EQ(appendix::to_html(b).find("was peer-reviewed on"), std::string::npos);
  EXPECT_NE(appendix::to_json(b).find("\"peer_review\": null"), std::string::npos);
}

TEST(Appendix, EscapesUserText) {
  auto analysis = test::analyze_text(
      "a = x\ndatabase central {\n  interface \"<b>Wiley</b> | *CENTRAL*\"\n"
      "  searched 2021-06-11\n  hits 3\n}\n");
  DiagnosticSink sink;
  const auto a = appendix::build(analysis.strategy, analysis.source, sink);
  EXPECT_NE(appendix::to_markdown(a).find("\\<b\\>Wiley\\</b\\> \\| \\*CENTRAL\\*"), std::string::npos);
  EXPECT_NE(appendix::to_html(a).find("&lt;b&gt;Wiley&lt;/b&gt; | *CENTRAL*"), std::string::npos);
}

}  // namespace
}  // namespace searchc
