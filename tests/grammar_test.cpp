// The grammar: what it reads into which tree, and where it refuses what.
#include <gtest/gtest.h>

#include <tao/pegtl/contrib/analyze.hpp>

#include "grammar/parser.hpp"
#include "grammar/rules.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

TEST(Grammar, HasNoLoopsWithoutProgress) {
  EXPECT_EQ(tao::pegtl::analyze<grammar::file>(1), 0U);
}

struct Accept {
  const char* source;
  const char* tree;  // ast::dump of the first line
};

class GrammarAccepts : public testing::TestWithParam<Accept> {};

TEST_P(GrammarAccepts, BuildsTree) {
  const auto& c = GetParam();
  SourceFile source("t.search", c.source);
  DiagnosticSink sink;
  const auto strategy = parse(source, sink);
  ASSERT_FALSE(sink.has_errors()) << render_all(sink, source);
  ASSERT_FALSE(strategy.lines.empty());
  EXPECT_EQ(ast::dump(strategy.lines.front()), c.tree);
}

INSTANTIATE_TEST_SUITE_P(
    Table, GrammarAccepts,
    testing::Values(
        Accept{"a = heart", "a = (term heart)"}, Accept{"a = heart OR cardiac", "a = (or (term heart) (term cardiac))"},
        Accept{"a = heart or cardiac Or coronary", "a = (or (term heart) (term cardiac) (term coronary))"},
        Accept{"a = heart AND attack", "a = (and (term heart) (term attack))"},
        Accept{"a = heart NOT attack", "a = (not (term heart) (term attack))"},
        Accept{"a = (heart OR cardiac) AND attack", "a = (and (or (term heart) (term cardiac)) (term attack))"},
        Accept{"a = \"heart attack\"", "a = (phrase \"heart attack\")"},
        Accept{"a = \"heart   attack\"", "a = (phrase \"heart attack\")"},
        Accept{"a = transplant* OR wom?n", "a = (or (term transplant*) (term wom?n))"},
        Accept{"a = stem NEXT cell*", "a = (next (term stem) (term cell*))"},
        Accept{"a = bone NEXT marrow NEXT graft*", "a = (next (term bone) (term marrow) (term graft*))"},
        Accept{"a = bone near/2 marrow", "a = (near/2 (term bone) (term marrow))"},
        Accept{"a = (bone NEXT marrow) NEAR/2 transplant*",
               "a = (near/2 (next (term bone) (term marrow)) (term transplant*))"},
        Accept{"a = (multiple OR disseminated) NEXT sclerosis",
               "a = (next (or (term multiple) (term disseminated)) (term sclerosis))"},
        Accept{"a = heart[ti,ab]", "a = (fields ti,ab (term heart))"},
        Accept{"a = heart [ti]", "a = (fields ti (term heart))"},
        Accept{"a = (heart OR cardiac)[ti,ab,kw]", "a = (fields ti,ab,kw (or (term heart) (term cardiac)))"},
        Accept{"a = mesh(\"Multiple Sclerosis\")", "a = (mesh \"Multiple Sclerosis\")"},
        Accept{"a = MeSH( \"Stem Cell Transplantation\" , noexp )", "a = (mesh \"Stem Cell Transplantation\" noexp)"},
        Accept{"a = mesh(\"Multiple Sclerosis\", /DT, /\"drug therapy\", major)",
               "a = (mesh \"Multiple Sclerosis\" /DT /drug therapy major)"},
        Accept{"a = mesh(/RT)", "a = (mesh /RT)"}, Accept{"a = meshes", "a = (term meshes)"},
        Accept{"a = x limit study-type interventional", "a = (term x) (limit study-type interventional)"},
        Accept{"a = x role condition limit status all", "a = (term x) (limit status all) (role condition)"},
        Accept{"a = x limit registered from 2020-06 role intervention",
               "a = (term x) (limit registered 2020-06..) (role intervention)"},
        Accept{"a = x variations", "a = (term x) (variations)"},
        Accept{"a = x limit year 2014 to 2021 variations role condition",
               "a = (term x) (limit year 2014..2021) (role condition) (variations)"},
        Accept{"a = variations OR x", "a = (or (term variations) (term x))"},
        Accept{"a = native OR role OR search", "a = (or (term native) (term role) (term search))"},
        Accept{"a = Native( \"multiple sclerosis\" )", "a = (native \"multiple sclerosis\")"},
        Accept{"a = native(\"x y\")[condition]", "a = (fields condition (native \"x y\"))"},
        Accept{"a = nearby OR nothing OR android", "a = (or (term nearby) (term nothing) (term android))"},
        Accept{"a = x\nb = #a OR y", "a = (term x)"}, Accept{"a = heart // a comment\n", "a = (term heart)"},
        Accept{"a = heart//comment", "a = (term heart)"}, Accept{"a = HIV/AIDS", "a = (term HIV/AIDS)"},
        Accept{"a = Crohn's OR Sjögren", "a = (or (term Crohn's) (term Sjögren))"},
        Accept{"a = (heart OR\n  cardiac)", "a = (or (term heart) (term cardiac))"},
        Accept{"a = (heart\n\n   // why cardiac\n   OR cardiac)", "a = (or (term heart) (term cardiac))"},
        Accept{"a = ((heart))", "a = (term heart)"},
        Accept{"a = heart limit year 2014 to 2021", "a = (term heart) (limit year 2014..2021)"},
        Accept{"a = heart limit year from 2014", "a = (term heart) (limit year 2014..)"},
        Accept{"a = heart limit cochrane-date to 2021-07", "a = (term heart) (limit cochrane-date ..2021-07)"},
        Accept{"a = heart limit entry-date 1800 to 2020-02-29", "a = (term heart) (limit entry-date 1800..2020-02-29)"},
        Accept{"\xEF\xBB\xBF"
               "a = heart",
               "a = (term heart)"},
        Accept{"a = heart\r\nb = #a\r\n", "a = (term heart)"}, Accept{"strategy \"T\"\na = heart", "a = (term heart)"},
        Accept{"a = limit", "a = (term limit)"}));

struct Reject {
  const char* source;
  const char* expected;  // "E012 1:5" of the first diagnostic
};

class GrammarRejects : public testing::TestWithParam<Reject> {};

TEST_P(GrammarRejects, ReportsPosition) {
  const auto& c = GetParam();
  SourceFile source("t.search", c.source);
  DiagnosticSink sink;
  (void)parse(source, sink);
  const auto found = test::positioned_codes(sink, source);
  ASSERT_FALSE(found.empty()) << c.source;
  EXPECT_EQ(found.front(), c.expected) << render_all(sink, source);
}

INSTANTIATE_TEST_SUITE_P(
    Table, GrammarRejects,
    testing::Values(
        Reject{"", "E003 1:1"}, Reject{"// only a comment\n", "E003 1:1"}, Reject{"a = \xC3\x28", "E001 1:5"},
        Reject{"a = \xE2\x80\x9Cheart attack\xE2\x80\x9D", "E005 1:5"},
        Reject{"a = heart\xC2\xA0OR cardiac", "E006 1:10"}, Reject{"#1 heart", "E010 1:1"},
        Reject{"  a = heart", "E010 1:3"}, Reject{"a heart", "E011 1:3"}, Reject{"a =", "E012 1:4"},
        Reject{"a = heart OR", "E012 1:11"}, Reject{"a = heart OR AND x", "E012 1:14"},
        Reject{"a = (heart OR cardiac", "E013 1:5"}, Reject{"a = (heart OR\nb = x", "E013 1:5"},
        Reject{"a = heart)", "E014 1:10"}, Reject{"a = ()", "E015 1:5"}, Reject{"a = \"heart attack", "E016 1:5"},
        Reject{"a = \"\"", "E017 1:5"}, Reject{"a = heart attack", "E018 1:11"},
        Reject{"a = bone NEAR marrow", "E019 1:10"}, Reject{"a = bone NEAR/0 marrow", "E020 1:15"},
        Reject{"a = bone NEAR/-1 marrow", "E020 1:15"}, Reject{"a = bone NEAR/1000 marrow", "E020 1:15"},
        Reject{"a = heart[ti,]", "E022 1:14"}, Reject{"a = OR heart", "E023 1:5"},
        Reject{"a = mesh(Heart)", "E024 1:10"}, Reject{"a = x limit year 2014-13 to 2021", "E025 1:18"},
        Reject{"a = x limit year", "E026 1:17"}, Reject{"a = x limit year 1799 to 2021", "E025 1:18"},
        Reject{"a = x limit year 2014-00 to 2021", "E025 1:18"},
        Reject{"a = x limit entry-date 2021-02-29 to 2022", "E025 1:24"},
        Reject{"a = x limit entry-date 2021-06-00 to 2022", "E025 1:24"},
        Reject{"a = x limit entry-date 2021-04-31 to 2022", "E025 1:24"},
        Reject{"database central {\n  hitz 3\n}\na = x", "E027 2:3"}, Reject{"a = heart:ti", "E028 1:10"},
        Reject{"a = heart$", "E028 1:10"}, Reject{"ms-text = heart", "E029 1:1"},
        Reject{"a = x\nstrategy \"T\"", "E030 2:10"}, Reject{"database central {\n  hits 3\na = x", "E031 1:18"},
        Reject{"a = #3", "E105 1:5"}, Reject{"a = x role", "E026 1:11"}, Reject{"a = x role 3", "E026 1:12"},
        Reject{"a = native(x)", "E024 1:12"}, Reject{"a = native(\"x\"", "E024 1:15"},
        Reject{"a = native(\"  \")", "E024 1:12"}, Reject{"a = x\ndatabase ctgov {\n  accept wider\n}", "E027 3:10"},
        Reject{"a = x\ndatabase ctgov {\n  expand terms\n}", "E027 3:10"},
        Reject{"a = x\ndatabase ctgov {\n  search \"A\" #a\n}", "E027 3:14"},
        Reject{"a = x role condition role intervention", "E124 1:27"},
        Reject{"a = x variations variations", "E130 1:18"},
        Reject{"a = x\nrecords {\n  deduplicated many\n}", "E027 3:16"}, Reject{"a = x\nrecords x", "E027 2:9"},
        // the peer review: a date, then who made it and how
        Reject{"a = x\nrecords {\n  peer-review 2021-02-30 \"PRESS\"\n}", "E025 3:15"},
        Reject{"a = x\nrecords {\n  peer-review May 2021 \"PRESS\"\n}", "E025 3:15"},
        Reject{"a = x\nrecords {\n  peer-review 2021-05-30\n}", "E027 3:25"},
        Reject{"a = x\nrecords {\n  peer-review 2021-05-30 PRESS\n}", "E027 3:26"},
        Reject{"a = x\nrecords {\n  peer-review 2021-05-30 \" \"\n}", "E027 3:26"},
        Reject{"a = x role filter \"HSSS", "E016 1:19"},
        Reject{"a = x role filter \"HSSS\" role condition", "E124 1:31"}));

TEST(Grammar, RecordsBlockAndChangeHits) {
  SourceFile source(
      "t.search",
      "a = x\ndatabase central {\n  change 2021-06-22 \"added\" hits 20\n}\nrecords {\n  other-sources 1\n"
      "  deduplicated 346\n  note \"by hand\"\n  peer-review 2021-05-30 \"PRESS 2015, by a second librarian\"\n}\n");
  DiagnosticSink sink;
  const auto strategy = parse(source, sink);
  ASSERT_FALSE(sink.has_errors()) << render_all(sink, source);
  EXPECT_EQ(ast::dump(strategy),
            "a = (term x)\ndatabase central\n  change 2021-06-22 \"added\" hits 20\n"
            "records\n  other-sources 1\n  deduplicated 346\n  note \"by hand\"\n"
            "  peer-review 2021-05-30 \"PRESS 2015, by a second librarian\"\n");
}

// A role with a text: a filter's citation, which the line's span takes in.
TEST(Grammar, FilterRoleWithItsSource) {
  SourceFile source("t.search", "a = x\nrct = placebo[ti] role filter \"Cochrane HSSS 2008\" // cited\n");
  DiagnosticSink sink;
  const auto strategy = parse(source, sink);
  ASSERT_FALSE(sink.has_errors()) << render_all(sink, source);
  EXPECT_EQ(ast::dump(strategy.lines[1]), "rct = (fields ti (term placebo)) (role filter \"Cochrane HSSS 2008\")");
  EXPECT_EQ(source.slice(strategy.lines[1].span), "rct = placebo[ti] role filter \"Cochrane HSSS 2008\"");
  // The role is held out of line, and a copy of the line has a role of its own.
  auto copy = strategy.lines[1];
  copy.role->source = "changed";
  EXPECT_EQ(*strategy.lines[1].role->source, "Cochrane HSSS 2008");
  EXPECT_FALSE(strategy.lines[0].role);
  EXPECT_FALSE(ast::Line(strategy.lines[0]).role);
}

// Entries of a database block: hand-made searches, the acceptance of narrower ones and the
// expansion of headings.
TEST(Grammar, DatabaseBlockSearches) {
  SourceFile source("t.search",
                    "a = x\ndatabase ctgov {\n  search \"Advanced search\" = native(\"a b\")[condition] AND #a"
                    " limit study-type interventional\n  search = y\n  accept narrower\n  expand headings\n}\n");
  DiagnosticSink sink;
  const auto strategy = parse(source, sink);
  ASSERT_FALSE(sink.has_errors()) << render_all(sink, source);
  EXPECT_EQ(ast::dump(strategy),
            "a = (term x)\ndatabase ctgov\n"
            "  search \"Advanced search\"  = (and (fields condition (native \"a b\")) (ref a)) "
            "(limit study-type interventional)\n"
            "  search \"\"  = (term y)\n  accept narrower\n  expand headings\n");
}

TEST(GrammarRejects, NulByte) {
  SourceFile source("t.search", std::string("a = x\0y", 7));
  DiagnosticSink sink;
  (void)parse(source, sink);
  EXPECT_EQ(test::positioned_codes(sink, source), std::vector<std::string>{"E002 1:6"});
}

TEST(GrammarRejects, RecoversPerStatement) {
  SourceFile source("t.search", "a = (x\nb = y OR\nc = z\nd = \"q\ne = #c\n");
  DiagnosticSink sink;
  const auto strategy = parse(source, sink);
  EXPECT_EQ(test::positioned_codes(sink, source), (std::vector<std::string>{"E013 1:5", "E012 2:7", "E016 4:5"}));
  ASSERT_EQ(strategy.lines.size(), 2U);
  EXPECT_EQ(strategy.lines[0].name, "c");
  EXPECT_EQ(strategy.lines[1].name, "e");
}

TEST(GrammarRejects, DeepNestingIsBoundedAndLinear) {
  const std::size_t depth = 100'000;
  std::string text = "a = " + std::string(depth, '(') + "x" + std::string(depth, ')') + "\nb = #a\n";
  SourceFile source("t.search", text);
  DiagnosticSink sink;
  const auto strategy = parse(source, sink);
  EXPECT_EQ(test::codes(sink), std::vector<std::string>{"E021"});
  EXPECT_EQ(strategy.lines.size(), 1U);  // b still parses
}

TEST(GrammarRejects, LongTermIsReportedOnce) {
  SourceFile source("t.search", "a = " + std::string(1'000'000, 'x') + "\n");
  DiagnosticSink sink;
  (void)parse(source, sink);
  EXPECT_EQ(test::codes(sink), std::vector<std::string>{"E032"});
}

TEST(GrammarRejects, MixedOperatorsSuggestGrouping) {
  SourceFile source("t.search", "a = heart AND attack OR infarct*");
  DiagnosticSink sink;
  (void)parse(source, sink);
  const auto diagnostics = sink.sorted();
  ASSERT_EQ(diagnostics.size(), 1U);
  EXPECT_EQ(diagnostics[0].code, DiagCode::E110);
  ASSERT_EQ(diagnostics[0].notes.size(), 2U);
  EXPECT_EQ(diagnostics[0].notes[1], "for example: `(heart AND attack) OR infarct*`");
}

}  // namespace
}  // namespace searchc
