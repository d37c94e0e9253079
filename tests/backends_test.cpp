// ClinicalTrials.gov, WHO ICTRP, INAHTA and Epistemonikos: one row per construct, with the exact
// text each database is given and the codes of what it could not express.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "databases/database.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

struct Case {
  const char* target;
  const char* source;
  const char* expected;  // the output text
  std::vector<std::string> codes = {};
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.target << ": " << c.source;
}

class Backends : public testing::TestWithParam<Case> {};

TEST_P(Backends, Emit) {
  const auto& c = GetParam();
  auto analysis = test::analyze_text(c.source);
  ASSERT_FALSE(analysis.diagnostics.has_errors()) << render_all(analysis.diagnostics, analysis.source);
  DiagnosticSink sink;
  const auto output = compile(analysis.strategy, *find_database(c.target), EmitOptions{}, sink);
  EXPECT_EQ(output.text, c.expected) << render_all(sink, analysis.source);
  EXPECT_EQ(test::codes(sink), c.codes) << render_all(sink, analysis.source);
}

using V = std::vector<std::string>;

INSTANTIATE_TEST_SUITE_P(
    ClinicalTrialsGov, Backends,
    testing::Values(
        Case{"ctgov", "a = heart OR cardiac",
             "Other terms: heart OR cardiac\n"
             "Expert search: heart OR cardiac\n"
             "Website: https://clinicaltrials.gov/search?term=heart%20OR%20cardiac\n"
             "API: https://clinicaltrials.gov/api/v2/studies?query.term=heart%20OR%20cardiac&countTotal=true&"
             "pageSize=1000\n"},
        Case{
            "ctgov", "c = \"multiple sclerosis\" role condition\ni = \"stem cell\" role intervention\nr = #c AND #i",
            "Condition or disease: \"multiple sclerosis\"\n"
            "Intervention/treatment: \"stem cell\"\n"
            "Expert search: AREA[ConditionSearch](\"multiple sclerosis\") AND AREA[InterventionSearch](\"stem cell\")\n"
            "Website: https://clinicaltrials.gov/search?cond=%22multiple%20sclerosis%22&intr=%22stem%20cell%22\n"
            "API: https://clinicaltrials.gov/api/v2/studies?query.cond=%22multiple%20sclerosis%22&query.intr="
            "%22stem%20cell%22&countTotal=true&pageSize=1000\n"},
        // The role decides the field: title and abstract scopes inside it give way.
        Case{"ctgov", "c = (ms OR \"multiple sclerosis\")[ti,ab] role condition\nr = #c AND aspirin",
             "Condition or disease: ms OR \"multiple sclerosis\"\n"
             "Other terms: aspirin\n"
             "Expert search: AREA[ConditionSearch](ms OR \"multiple sclerosis\") AND aspirin\n"
             "Website: https://clinicaltrials.gov/search?cond=ms%20OR%20%22multiple%20sclerosis%22&term=aspirin\n"
             "API: https://clinicaltrials.gov/api/v2/studies?query.cond=ms%20OR%20%22multiple%20sclerosis%22&"
             "query.term=aspirin&countTotal=true&pageSize=1000\n",
             V{"W113"}},
        Case{"ctgov", "a = heart[ti] NOT (mouse OR mice)",
             "Other terms: AREA[TitleSearch](heart) AND NOT (mouse OR mice)\n"
             "Expert search: AREA[TitleSearch](heart) AND NOT (mouse OR mice)\n"
             "Website: https://clinicaltrials.gov/search?term=AREA%5BTitleSearch%5D%28heart%29%20AND%20NOT%20%28mouse"
             "%20OR%20mice%29\n"
             "API: https://clinicaltrials.gov/api/v2/studies?query.term=AREA%5BTitleSearch%5D%28heart%29%20AND%20NOT"
             "%20%28mouse%20OR%20mice%29&countTotal=true&pageSize=1000\n"},
        Case{"ctgov", "a = (multiple OR disseminated) NEXT sclerosis",
             "Other terms: \"multiple sclerosis\" OR \"disseminated sclerosis\"\n"
             "Expert search: \"multiple sclerosis\" OR \"disseminated sclerosis\"\n"
             "Website: https://clinicaltrials.gov/search?term=%22multiple%20sclerosis%22%20OR%20%22disseminated%20"
             "sclerosis%22\n"
             "API: https://clinicaltrials.gov/api/v2/studies?query.term=%22multiple%20sclerosis%22%20OR%20%22"
             "disseminated%20sclerosis%22&countTotal=true&pageSize=1000\n"},
        // No truncation: the words `transplant*` stands for (W180), not the stem alone.
        Case{"ctgov", "a = bone NEAR/3 transplant*",
             "Other terms: bone AND (transplant OR transplantation OR transplantations OR transplanted OR "
             "transplanting OR transplants)\n"
             "Expert search: bone AND (transplant OR transplantation OR transplantations OR transplanted OR "
             "transplanting OR transplants)\n"
             "Website: https://clinicaltrials.gov/search?term=bone%20AND%20%28transplant%20OR%20transplantation%20OR%20"
             "transplantations%20OR%20transplanted%20OR%20transplanting%20OR%20transplants%29\n"
             "API: https://clinicaltrials.gov/api/v2/studies?query.term=bone%20AND%20%28transplant%20OR%20"
             "transplantation%20OR%20transplantations%20OR%20transplanted%20OR%20transplanting%20OR%20transplants%29&"
             "countTotal=true&pageSize=1000\n",
             V{"W107", "W180"}},
        Case{"ctgov", "a = mesh(\"Transplantation, Autologous\", /DT)",
             "Other terms: \"Transplantation, Autologous\" OR \"Autologous Transplantation\"\n"
             "Expert search: \"Transplantation, Autologous\" OR \"Autologous Transplantation\"\n"
             "Website: https://clinicaltrials.gov/search?term=%22Transplantation%2C%20Autologous%22%20OR%20%22"
             "Autologous%20Transplantation%22\n"
             "API: https://clinicaltrials.gov/api/v2/studies?query.term=%22Transplantation%2C%20Autologous%22%20OR%20"
             "%22Autologous%20Transplantation%22&countTotal=true&pageSize=1000\n",
             V{"W106"}},
        // An operator word of Essie, searched as a word.
        Case{"ctgov", "a = missing[intervention]",
             "Intervention/treatment: \\missing\n"
             "Expert search: AREA[InterventionSearch](\\missing)\n"
             "Website: https://clinicaltrials.gov/search?intr=%5Cmissing\n"
             "API: https://clinicaltrials.gov/api/v2/studies?query.intr=%5Cmissing&countTotal=true&pageSize=1000\n"},
        Case{
            "ctgov",
            "a = x[condition] limit study-type interventional limit status recruiting limit registered 2014 to 2021-06",
            "Condition or disease: x\n"
            "Study type: Interventional studies (clinical trials)\n"
            "Recruitment status: Recruiting\n"
            "First posted: 2014-01-01 to 2021-06-30\n"
            "Expert search: AREA[ConditionSearch](x) AND AREA[StudyType]INTERVENTIONAL AND "
            "AREA[OverallStatus]RECRUITING AND AREA[StudyFirstPostDate]RANGE[2014-01-01,2021-06-30]\n"
            "Website: https://clinicaltrials.gov/search?cond=x&aggFilters=studyType%3Aint%2Cstatus%3Arec&firstPost="
            "2014-01-01_2021-06-30\n"
            "API: https://clinicaltrials.gov/api/v2/studies?query.cond=x&filter.advanced=AREA%5BStudyType%5D"
            "INTERVENTIONAL%20AND%20AREA%5BOverallStatus%5DRECRUITING%20AND%20AREA%5BStudyFirstPostDate%5DRANGE"
            "%5B2014-01-01%2C2021-06-30%5D&filter.overallStatus=RECRUITING&countTotal=true&pageSize=1000\n"},
        Case{"ctgov", "a = x limit year 2014 to 2021",
             "Other terms: x\nExpert search: x\nWebsite: https://clinicaltrials.gov/search?term=x\n"
             "API: https://clinicaltrials.gov/api/v2/studies?query.term=x&countTotal=true&pageSize=1000\n",
             V{"W105"}},
        Case{"ctgov", "a = x limit registered from 2020",
             "Other terms: x\nFirst posted: 2020-01-01 to any date\n"
             "Expert search: x AND AREA[StudyFirstPostDate]RANGE[2020-01-01,MAX]\n"
             "Website: https://clinicaltrials.gov/search?term=x&firstPost=2020-01-01_\n"
             "API: https://clinicaltrials.gov/api/v2/studies?query.term=x&filter.advanced=AREA%5BStudyFirstPostDate"
             "%5DRANGE%5B2020-01-01%2CMAX%5D&countTotal=true&pageSize=1000\n"},
        Case{"ctgov", "a = x\ndatabase ctgov {\n  search \"Mine\" = native(\"x y\")[condition]\n}",
             "Mine\nCondition or disease: x y\nExpert search: AREA[ConditionSearch](x y)\n"
             "Website: https://clinicaltrials.gov/search?cond=x%20y\n"
             "API: https://clinicaltrials.gov/api/v2/studies?query.cond=x%20y&countTotal=true&pageSize=1000\n"}));

INSTANTIATE_TEST_SUITE_P(
    Ictrp, Backends,
    testing::Values(
        // The standard search reads some fields only: words without a field find fewer (W190).
        Case{"ictrp", "a = heart OR cardiac", "Standard search: heart OR cardiac\n", V{"W190"}},
        Case{"ictrp", "c = \"multiple sclerosis\" role condition\ni = \"stem cell*\" role intervention\nr = #c AND #i",
             "Condition: \"multiple sclerosis\"\nWithout synonyms: no\nOperator: AND\nIntervention: \"stem cell*\"\n"
             "Without synonyms: no\nRecruitment status: ALL\n"},
        Case{"ictrp", "a = (heart OR cardiac)[ti,condition]",
             "Title: heart OR cardiac\nOperator: OR\nCondition: heart OR cardiac\nWithout synonyms: no\n"
             "Recruitment status: ALL\n"},
        Case{"ictrp",
             "a = x[condition] AND y[intervention] AND z[intervention] limit status recruiting limit registered "
             "2014 to 2021",
             "Condition: x\nWithout synonyms: no\nOperator: AND\nIntervention: y z\nWithout synonyms: no\n"
             "Recruitment status: Recruiting\n"
             "Date of registration: from 01/01/2014 to 31/12/2021\n"},
        // A field outside the form's boxes sends the whole search to the standard search.
        Case{"ictrp", "a = x[condition] AND y", "Standard search: x AND y\n", V{"W101", "W190"}},
        // a scope's group keeps its parentheses there, which WHO documents no order for
        Case{"ictrp", "a = stroke AND (heart OR cardiac)[ti]", "Standard search: stroke AND (heart OR cardiac)\n",
             V{"W190", "W101"}},
        Case{"ictrp", "a = x[condition] OR y[intervention] limit status recruiting",
             "Condition: x\nWithout synonyms: no\nOperator: OR\nIntervention: y\nWithout synonyms: no\n"
             "Recruitment status: Recruiting\n"},
        // The standard search drops the title scope after NOT, which removes more records.
        Case{"ictrp", "a = x[condition] AND (y NOT z[ti])", "", V{"W101", "W190", "E202"}},
        Case{"ictrp", "a = (stem NEXT cell*) OR wom?n", "Standard search: \"stem cell*\" OR wom*\n", V{"W190", "W108"}},
        Case{"ictrp", "a = x limit status recruiting limit registered 2014 to 2021", "Standard search: x\n",
             V{"W190", "W105", "W105"}},
        Case{"ictrp", "a = x NOT y", "Standard search: x NOT y\n", V{"W190", "W190"}},
        Case{"ictrp", "a = x NEAR/2 y", "Standard search: x AND y\n", V{"W190", "W107"}}));

INSTANTIATE_TEST_SUITE_P(
    Inahta, Backends,
    testing::Values(
        Case{"inahta", "a = heart OR cardiac", "Search: heart OR cardiac\n"},
        Case{"inahta", "a = mesh(\"Heart\") OR mesh(\"Heart Diseases\", noexp)",
             "Search: \"Heart\"[mhe] OR \"Heart Diseases\"[mh]\n"},
        // Title and abstract: one group per field, parenthesised inside AND.
        Case{"inahta", "a = (heart OR cardiac)[ti,ab] AND attack[ti]",
             "Search: ((heart OR cardiac)[Title] OR (heart OR cardiac)[abs]) AND (attack)[Title]\n"},
        Case{"inahta", "a = mesh(\"Heart\") OR (heart OR cardiac)[ti,ab,kw]",
             "Search: \"Heart\"[mhe] OR (heart OR cardiac)[Title] OR (heart OR cardiac)[abs] OR (heart OR "
             "cardiac)[Keywords]\n"},
        Case{"inahta", "a = mesh(\"Heart\", /DT, major)", "Search: \"Heart\"[mhe]\n", V{"W112", "W103"}},
        Case{"inahta", "a = mesh(/RT)", "Search: \"radiotherapy\"\n", V{"W106"}},
        Case{"inahta", "a = \"stem cell\" OR \"stem cell*\"", "Search: \"stem cell\" OR (stem AND cell*)\n", V{"W107"}},
        // A phrase's `or`, searched as a word of its own, is quoted so as not to be read as OR.
        Case{"inahta", "a = \"heart or lung*\"", "Search: heart AND \"or\" AND lung*\n", V{"W107"}},
        Case{"inahta", "a = x NOT y", "Search: x\n", V{"W109"}}, Case{"inahta", "a = x[pt]", "Search: x\n", V{"W101"}},
        Case{"inahta", "a = x limit year 2014 to 2021", "Search: x\nYear filter: FROM 2014 TO 2021\n"},
        // Another kind of date: its years are rounded as part of W110, not widened on their own.
        Case{"inahta", "a = x limit cochrane-date 2014-01 to 2021-07", "Search: x\nYear filter: FROM 2014 TO 2021\n",
             V{"W110"}},
        // The limit of a line reached through AND alone applies to the whole search, exactly.
        Case{"inahta", "a = x limit year 2014 to 2021\nb = #a AND y",
             "Search: x AND y\nYear filter: FROM 2014 TO 2021\n"},
        Case{"inahta", "a = x limit year 2014 to 2021\nb = #a OR y", "Search: x OR y\n", V{"W105"}},
        // `expand headings`: the heading or its name and entry terms (no permuted forms, no lab
        // codes, no remark in parentheses) as free text; a heading written as an entry term runs
        // under its own name.
        Case{"inahta", "a = mesh(\"Disseminated Sclerosis\", noexp)\ndatabase inahta {\n  expand headings\n}",
             "Search: \"Multiple Sclerosis\"[mh] OR \"Multiple Sclerosis\" OR \"Disseminated Sclerosis\" OR \"MS\"\n",
             V{"W115"}},
        Case{"inahta",
             "a = mesh(\"Transplantation, Autologous\", noexp) AND x\ndatabase inahta {\n  expand headings\n}",
             "Search: (\"Transplantation, Autologous\"[mh] OR \"Transplantation, Autologous\" OR \"Autologous "
             "Transplantation\" OR \"Autotransplantation\" OR \"Autografting\") AND x\n",
             V{"W115"}}));

INSTANTIATE_TEST_SUITE_P(
    Epistemonikos, Backends,
    testing::Values(
        Case{"epistemonikos", "a = heart OR cardiac",
             "Search: heart OR cardiac\nOpens the search page with the query (check the query box): "
             "https://www.epistemonikos.org/en/search?q=heart%20OR%20cardiac\n"},
        // Title or abstract per concept, never one wrapper around the whole query.
        Case{"epistemonikos", "a = (heart OR cardiac)[ti,ab]\nb = attack[ti,ab]\nc = #a AND #b limit year 2014 to 2021",
             "Search: (title:(heart OR cardiac) OR abstract:(heart OR cardiac)) AND (title:(attack) OR "
             "abstract:(attack))\nPublication year: 2014 to 2021\n"
             "Opens the search page with the query (check the query box, and set Publication year 2014 to 2021 by "
             "hand): https://www.epistemonikos.org/en/search?q=%28title%3A%28heart%20OR%20cardiac%29%20OR%20"
             "abstract%3A%28heart%20OR%20cardiac%29%29%20AND%20%28title%3A%28attack%29%20OR%20abstract%3A%28attack"
             "%29%29\n"},
        Case{"epistemonikos", "a = (heart OR cardiac)[ti,ab,kw]",
             "Search: heart OR cardiac\nOpens the search page with the query (check the query box): "
             "https://www.epistemonikos.org/en/search?q=heart%20OR%20cardiac\n",
             V{"W101"}},
        Case{"epistemonikos", "a = mesh(\"Heart\")",
             "Search: \"Heart\"\nOpens the search page with the query (check the query box): "
             "https://www.epistemonikos.org/en/search?q=%22Heart%22\n",
             V{"W106"}},
        Case{"epistemonikos", "a = x NOT y",
             "Search: x\nOpens the search page with the query (check the query box): "
             "https://www.epistemonikos.org/en/search?q=x\n",
             V{"W109"}},
        Case{"epistemonikos", "a = mesh(\"Multiple Sclerosis\")\ndatabase epistemonikos {\n  expand headings\n}",
             "Search: \"Multiple Sclerosis\" OR \"Disseminated Sclerosis\" OR \"MS\"\nOpens the search page with the "
             "query (check the query box): "
             "https://www.epistemonikos.org/en/search?q=%22Multiple%20Sclerosis%22%20OR%20%22Disseminated%20"
             "Sclerosis%22%20OR%20%22MS%22\n",
             V{"W106"}}));

INSTANTIATE_TEST_SUITE_P(
    OvidMedline, Backends,
    testing::Values(
        Case{"ovid", "a = heart OR cardiac", "1 (heart or cardiac).af.\n"},
        Case{"ovid",
             "a = mesh(\"Heart\")\nb = mesh(\"Heart\", noexp, major)\nc = mesh(\"Heart\", /DT, /TH)\n"
             "d = mesh(/RT)\ne = #a OR #b OR #c OR #d",
             "1 exp Heart/\n2 *Heart/\n3 exp Heart/dt,th\n4 rt.fs.\n5 or/1-4\n"},
        Case{"ovid", "a = mesh(\"Aged, 80 and over\", noexp)", "1 \"Aged, 80 and over\"/\n"},
        Case{"ovid", "a = ((bone NEXT marrow) NEAR/2 transplant*)[ti,ab,kw]",
             "1 ((bone adj marrow) adj2 transplant$).ti,ab,kf,hw.\n"},
        Case{"ovid", "a = wom?n[ti] OR \"heart attack\"[ab] OR \"stem cell*\"",
             "1 wom#n.ti. or \"heart attack\".ab. or (stem adj cell$).af.\n"},
        Case{"ovid", "a = x\nb = y\nc = #a OR #b\nd = #a AND #c", "1 x.af.\n2 y.af.\n3 1 or 2\n4 1 and 3\n"},
        Case{"ovid", "a = x\nb = y\nc = z\nd = #a OR #c OR #b", "1 x.af.\n2 y.af.\n3 z.af.\n4 1 or 3 or 2\n"},
        // A limit is a line of its own in Ovid; later lines refer to the limited search.
        Case{"ovid", "a = x limit year 2014 to 2021\nb = #a NOT y",
             "1 x.af.\n2 limit 1 to yr=\"2014 - 2021\"\n3 2 not y.af.\n"},
        Case{"ovid", "a = x limit cochrane-date 2014-01 to 2021-07", "1 x.af.\n2 limit 1 to yr=\"2014 - 2021\"\n",
             V{"W110"}},
        // a range that starts on a year's first day and ends on its last loses nothing to years
        Case{"ovid", "a = x limit year 2014-01 to 2021-12-31", "1 x.af.\n2 limit 1 to yr=\"2014 - 2021\"\n"},
        // entry dates to the day, as a published MEDLINE strategy ran them (sr-updates-alharbi CD000523)
        Case{"ovid", "a = x limit entry-date 2021-08 to 2024\nb = #a NOT y",
             "1 x.af.\n2 limit 1 to ed=20210801-20241231\n3 2 not y.af.\n"},
        Case{"ovid", "a = x limit entry-date 2020-02-03 to 2020-02", "1 x.af.\n2 limit 1 to ed=20200203-20200229\n"},
        Case{"ovid", "a = x[condition] OR *natal", "", V{"W101", "E204"}}));

INSTANTIATE_TEST_SUITE_P(
    PubMed, Backends,
    testing::Values(
        Case{"pubmed", "a = heart OR cardiac", "#1 heart OR cardiac\n"},
        // Field tags go on each word, never after a group; title and abstract are [tiab], which
        // holds the author keywords too, and keywords are text words, [tw] (W101).
        Case{"pubmed", "a = (heart OR \"cardiac arrest\")[ti,ab]", "#1 (heart[tiab] OR \"cardiac arrest\"[tiab])\n",
             V{"W101"}},
        Case{"pubmed", "a = heart[ti,kw]", "#1 heart[tw]\n", V{"W101"}},
        Case{"pubmed", "a = heart[ab]", "#1 heart[tiab]\n", V{"W101", "W101"}},
        Case{"pubmed", "a = ((bone NEXT marrow) NEAR/2 transplant*)[ti,ab]",
             "#1 (\"bone marrow\"[tiab] AND transplant*[tiab])\n", V{"W101", "W107"}},
        Case{"pubmed", "a = ((multiple OR disseminated) NEXT sclerosis)[ti]",
             "#1 (\"multiple sclerosis\"[ti] OR \"disseminated sclerosis\"[ti])\n"},
        Case{"pubmed", "a = heart NEAR/3 attack", "#1 heart AND attack\n", V{"W107"}},
        Case{"pubmed", "a = mesh(\"Heart\") OR mesh(\"Heart\", noexp, major) OR mesh(\"Heart\", /DT) OR mesh(/RT)",
             "#1 \"Heart\"[mh] OR \"Heart\"[majr:noexp] OR \"Heart/drug therapy\"[mh] OR \"radiotherapy\"[sh:noexp]\n",
             V{"W160"}},
        Case{"pubmed", "a = x\nb = #a NOT y limit year 2014 to 2021", "#1 x\n#2 (#1 NOT y) AND 2014:2021[dp]\n"},
        Case{"pubmed", "a = x limit year from 2014", "#1 x AND 2014:3000[dp]\n"},
        // A stem too short for PubMed stands for more words than searchc writes out: narrower.
        Case{"pubmed", "a = tra*", "", V{"E202"}}));

// Under NOT, a wider search removes more: each database says so, as an error.
TEST(Backends, NarrowingUnderNotIsAnErrorUnlessAccepted) {
  const std::string strategy = "a = x NOT (y NEAR/2 z)\n";
  for (const auto* id : {"ctgov", "ictrp"}) {
    auto analysis = test::analyze_text(strategy);
    DiagnosticSink sink;
    const auto output = compile(analysis.strategy, *find_database(id), EmitOptions{}, sink);
    // ICTRP adds that its standard search reads some fields only (W190, for `x` and for `y`, `z`)
    const auto standard = [&](V codes) {
      if (std::string_view(id) == "ictrp") codes.insert(codes.begin(), {"W190", "W190"});
      return codes;
    };
    EXPECT_EQ(test::codes(sink), standard(V{"E202"})) << id;
    EXPECT_TRUE(output.text.empty()) << id;

    auto accepted = test::analyze_text(strategy + "database " + id + " {\n  accept narrower\n}\n");
    DiagnosticSink accepted_sink;
    const auto accepted_output = compile(accepted.strategy, *find_database(id), EmitOptions{}, accepted_sink);
    EXPECT_EQ(test::codes(accepted_sink), standard(V{"W111"})) << id;
    EXPECT_NE(accepted_output.text.find("NOT (y AND z)"), std::string::npos) << accepted_output.text;
  }
}

// Two NOTs make the inner search positive again: its widening widens the result.
TEST(Backends, DoubleNegationWidens) {
  auto analysis = test::analyze_text("a = x NOT (y NOT (z NEAR/2 w))\n");
  DiagnosticSink sink;
  (void)compile(analysis.strategy, *find_database("ictrp"), EmitOptions{}, sink);
  EXPECT_EQ(test::codes(sink), (V{"W190", "W190", "W107"}));
}

// Writing out lines that use each other many times is bounded, and says so.
TEST(Backends, WrittenOutSearchIsBounded) {
  std::string text = "a0 = x OR y\n";
  for (int i = 1; i < 30; ++i) text += fmt::format("a{} = #a{} AND #a{}\n", i, i - 1, i - 1);
  auto analysis = test::analyze_text(text);
  ASSERT_FALSE(analysis.diagnostics.has_errors());
  DiagnosticSink sink;
  (void)compile(analysis.strategy, *find_database("inahta"), EmitOptions{}, sink);
  EXPECT_EQ(test::codes(sink), V{"E203"});
}

// A search history's numbered lines are held once, in the text, and read back from it.
TEST(Backends, HistoryLinesAreReadOffTheText) {
  Output out;
  add_line(out, "#1", "heart");
  add_line(out, "S2", "S1 AND (lung OR \"chest wall\")");
  EXPECT_EQ(out.text, "#1 heart\nS2 S1 AND (lung OR \"chest wall\")\n");
  const auto lines = output_lines(out);
  ASSERT_EQ(lines.size(), 2U);
  EXPECT_EQ(lines[0].label, "#1");
  EXPECT_EQ(lines[0].text, "heart");
  EXPECT_EQ(lines[1].label, "S2");
  EXPECT_EQ(lines[1].text, "S1 AND (lung OR \"chest wall\")");
  // A database without a search history has searches, and its text is theirs.
  out.searches.push_back(Search{"", {{"Search", "heart"}}, {}});
  EXPECT_TRUE(output_lines(out).empty());
}

}  // namespace
}  // namespace searchc
