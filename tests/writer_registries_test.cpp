// ClinicalTrials.gov, WHO ICTRP, INAHTA and Epistemonikos, checked against each database's own
// documentation (docs/databases.md): one row per rule, with the exact text the database is
// given, the codes of what it could not express and, where the wording is the point, a part of
// the message that must appear (and one that must not).
#include <gtest/gtest.h>

#include "databases/database.hpp"
#include "mesh/image.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

struct Row {
  const char* target;
  const char* source;
  const char* expected;  // the output text
  std::vector<std::string> codes = {};
  const char* says = "";        // in some message
  const char* never_says = "";  // in no message
};

void PrintTo(const Row& r, std::ostream* os) {
  *os << r.target << ": " << r.source;
}

class Registries : public testing::TestWithParam<Row> {};

TEST_P(Registries, Write) {
  const auto& r = GetParam();
  auto analysis = test::analyze_text(r.source);
  ASSERT_FALSE(analysis.diagnostics.has_errors()) << render_all(analysis.diagnostics, analysis.source);
  DiagnosticSink sink;
  const auto output = compile(analysis.strategy, *find_database(r.target), EmitOptions{}, sink);
  const auto messages = render_all(sink, analysis.source);
  EXPECT_EQ(output.text, r.expected) << messages;
  EXPECT_EQ(test::codes(sink), r.codes) << messages;
  if (*r.says != '\0') {
    EXPECT_NE(messages.find(r.says), std::string::npos) << messages;
  }
  if (*r.never_says != '\0') {
    EXPECT_EQ(messages.find(r.never_says), std::string::npos) << messages;
  }
}

using V = std::vector<std::string>;

// Item 1: ICTRP's standard search looks in the title, primary sponsor, health conditions,
// interventions, countries of recruitment and trial IDs (WHO's search tips), never in an
// abstract. A scope it cannot keep is wider only when the standard search holds all its fields.
INSTANTIATE_TEST_SUITE_P(
    IctrpStandardSearchFields, Registries,
    testing::Values(
        // the abstract alone is not searched at all: narrower, an error unless accepted
        Row{"ictrp", "a = x[ab]", "", V{"E202"}, "and not in the abstract field, which finds fewer records"},
        Row{"ictrp", "a = x[ab]\ndatabase ictrp {\n  accept narrower\n}", "Standard search: x\n", V{"W111"}},
        // after NOT the same loss removes fewer records: wider
        Row{"ictrp", "a = y NOT x[ab]", "Standard search: y NOT x\n", V{"W190", "W101"}, "which finds more records"},
        // the title is searched, the abstract is not: neither wider nor narrower
        Row{"ictrp", "a = x[ti,ab]", "Standard search: x\n", V{"W101"},
            "standard search, in the title, primary sponsor, health conditions, interventions, countries of "
            "recruitment and trial IDs, and not in the abstract field",
            "finds more"},
        // a box's field dropped into the standard search: it holds that field, so it finds more
        Row{"ictrp", "a = x[condition] AND y", "Standard search: x AND y\n", V{"W101", "W190"},
            "is searched by ICTRP's standard search, in the title", "in all fields"}));

// Item 5: the advanced form's boxes take words as typed; each box's choice is AND, OR or AND
// NOT; the Condition and Intervention boxes' "without synonyms" choice is recorded.
INSTANTIATE_TEST_SUITE_P(
    IctrpAdvancedForm, Registries,
    testing::Values(Row{"ictrp",
                        "a = (multiple AND sclerosis)[condition] AND (stem AND cell AND transplantation)[intervention]",
                        "Condition: multiple sclerosis\nWithout synonyms: no\nOperator: AND\n"
                        "Intervention: stem cell transplantation\nWithout synonyms: no\nRecruitment status: ALL\n"},
                    Row{"ictrp", "a = x[condition] NOT y[intervention]",
                        "Condition: x\nWithout synonyms: no\nOperator: AND NOT\nIntervention: y\nWithout synonyms: no\n"
                        "Recruitment status: ALL\n"},
                    // Boolean syntax inside a box is kept where words as typed cannot say it
                    Row{"ictrp", "a = (heart OR cardiac)[ti,condition]",
                        "Title: heart OR cardiac\nOperator: OR\nCondition: heart OR cardiac\nWithout synonyms: no\n"
                        "Recruitment status: ALL\n"}));

// Item 7: TILT is an Essie operator word; aggFilters is percent-encoded, filters joined by
// commas (API v2: "comma- or pipe-separated list of pairs filter_id:space-separated list of
// option keys").
INSTANTIATE_TEST_SUITE_P(
    ClinicalTrialsGovDetails, Registries,
    testing::Values(
        Row{"ctgov", "a = tilt[intervention]",
            "Intervention/treatment: \\tilt\nExpert search: AREA[InterventionSearch](\\tilt)\n"
            "Website: https://clinicaltrials.gov/search?intr=%5Ctilt\n"
            "API: https://clinicaltrials.gov/api/v2/studies?query.intr=%5Ctilt&countTotal=true&pageSize=1000\n"},
        Row{"ctgov", "a = x limit study-type interventional limit status recruiting",
            "Other terms: x\nStudy type: Interventional studies (clinical trials)\nRecruitment status: Recruiting\n"
            "Expert search: x AND AREA[StudyType]INTERVENTIONAL AND AREA[OverallStatus]RECRUITING\n"
            "Website: https://clinicaltrials.gov/search?term=x&aggFilters=studyType%3Aint%2Cstatus%3Arec\n"
            "API: https://clinicaltrials.gov/api/v2/studies?query.term=x&filter.advanced=AREA%5BStudyType%5D"
            "INTERVENTIONAL%20AND%20AREA%5BOverallStatus%5DRECRUITING&filter.overallStatus=RECRUITING&"
            "countTotal=true&pageSize=1000\n"}));

// Item 6: the Epistemonikos link opens the search page with the query; it is not a re-run.
INSTANTIATE_TEST_SUITE_P(EpistemonikosLink, Registries,
                         testing::Values(Row{
                             "epistemonikos", "a = x limit year 2014 to 2021",
                             "Search: x\nPublication year: 2014 to 2021\n"
                             "Opens the search page with the query (check the query box, and set Publication year 2014 "
                             "to 2021 by hand): https://www.epistemonikos.org/en/search?q=x\n"}));

// Item 4: every known INAHTA tag follows a parenthesised OR group; AND is written between
// tagged groups, the same search.
INSTANTIATE_TEST_SUITE_P(
    InahtaTaggedGroups, Registries,
    testing::Values(Row{"inahta", "a = (heart OR cardiac)[ti,ab] AND attack[ti]",
                        "Search: ((heart OR cardiac)[Title] OR (heart OR cardiac)[abs]) AND (attack)[Title]\n"},
                    Row{"inahta", "a = (heart AND (attack OR infarct*))[ti]",
                        "Search: (heart)[Title] AND (attack OR infarct*)[Title]\n"},
                    Row{"inahta", "a = (cardiac OR (heart AND attack))[kw]",
                        "Search: (cardiac)[Keywords] OR ((heart)[Keywords] AND (attack)[Keywords])\n"},
                    Row{"inahta", "a = (heart NEAR/2 attack)[ti]", "Search: (heart)[Title] AND (attack)[Title]\n",
                        V{"W107"}}));

// Defect 2: AND or NOT inside a scope over several fields goes down to each word, in every
// registry and in INAHTA and Epistemonikos.
INSTANTIATE_TEST_SUITE_P(
    ScopeOverSeveralFields, Registries,
    testing::Values(
        Row{"inahta", "heart = (heart AND attack)[ti,ab]",
            "Search: ((heart)[Title] OR (heart)[abs]) AND ((attack)[Title] OR (attack)[abs])\n"},
        Row{"epistemonikos", "heart = (heart AND attack)[ti,ab]",
            "Search: (title:(heart) OR abstract:(heart)) AND (title:(attack) OR abstract:(attack))\n"
            "Opens the search page with the query (check the query box): https://www.epistemonikos.org/en/"
            "search?q=%28title%3A%28heart%29%20OR%20abstract%3A%28heart%29%29%20AND%20%28title%3A%28attack%29%20OR"
            "%20abstract%3A%28attack%29%29\n"},
        Row{"ictrp", "a = (\"multiple sclerosis\" AND \"stem cell\")[condition,intervention]",
            "Standard search: (\"multiple sclerosis\" OR \"multiple sclerosis\") AND (\"stem cell\" OR \"stem "
            "cell\")\n",
            V{"W101", "W101", "W101", "W101"}, "", "in all fields"}));

// Defect 10: two date limits that become one filter are one range, their intersection.
INSTANTIATE_TEST_SUITE_P(
    OneDateFilter, Registries,
    testing::Values(
        Row{"ctgov",
            "ms = \"multiple sclerosis\"[condition] limit registered 2010 to 2020 limit entry-date 2015-06 to 2022",
            "Condition or disease: \"multiple sclerosis\"\nFirst posted: 2015-06-01 to 2020-12-31\n"
            "Expert search: AREA[ConditionSearch](\"multiple sclerosis\") AND "
            "AREA[StudyFirstPostDate]RANGE[2015-06-01,2020-12-31]\n"
            "Website: https://clinicaltrials.gov/search?cond=%22multiple%20sclerosis%22&"
            "firstPost=2015-06-01_2020-12-31\n"
            "API: https://clinicaltrials.gov/api/v2/studies?query.cond=%22multiple%20sclerosis%22&filter.advanced="
            "AREA%5BStudyFirstPostDate%5DRANGE%5B2015-06-01%2C2020-12-31%5D&countTotal=true&pageSize=1000\n",
            V{"W110"}},
        Row{"ictrp", "ms = x[condition] limit registered 2010 to 2020 limit entry-date 2015-06 to 2022",
            "Condition: x\nWithout synonyms: no\nRecruitment status: ALL\n"
            "Date of registration: from 01/06/2015 to 31/12/2020\n",
            V{"W110"}},
        Row{"inahta",
            "ms = \"multiple sclerosis\"[ti,ab] limit year 2014 to 2021\nsct = \"stem cell*\"[ti,ab] limit "
            "cochrane-date 2015-03 to 2020-05\nres = #ms AND #sct",
            "Search: ((\"multiple sclerosis\")[Title] OR (\"multiple sclerosis\")[abs]) AND (((stem)[Title] AND "
            "(cell*)[Title]) OR ((stem)[abs] AND (cell*)[abs]))\nYear filter: FROM 2015 TO 2020\n",
            V{"W107", "W110"}},
        Row{"epistemonikos",
            "a = x limit year 2014 to 2021\nb = y limit cochrane-date 2015-03 to 2020-05\nc = #a AND #b",
            "Search: x AND y\nPublication year: 2015 to 2020\n"
            "Opens the search page with the query (check the query box, and set Publication year 2015 to 2020 by "
            "hand): https://www.epistemonikos.org/en/search?q=x%20AND%20y\n",
            V{"W110"}},
        // an entry-date limit run as the first-posted date keeps its days
        Row{"ctgov", "a = x limit entry-date 2021-08-15 to 2024-02-29",
            "Other terms: x\nFirst posted: 2021-08-15 to 2024-02-29\n"
            "Expert search: x AND AREA[StudyFirstPostDate]RANGE[2021-08-15,2024-02-29]\n"
            "Website: https://clinicaltrials.gov/search?term=x&firstPost=2021-08-15_2024-02-29\n"
            "API: https://clinicaltrials.gov/api/v2/studies?query.term=x&filter.advanced=AREA%5BStudyFirstPostDate%5D"
            "RANGE%5B2021-08-15%2C2024-02-29%5D&countTotal=true&pageSize=1000\n",
            V{"W110"}},
        // no date in common: the search would find nothing
        Row{"ctgov", "a = x limit registered 2010 to 2012 limit entry-date 2015 to 2016", "", V{"W110", "E270"}}));

// Defect 14: entry terms widen a heading; after NOT that removes more records.
INSTANTIATE_TEST_SUITE_P(
    ExpandedHeadingsUnderNot, Registries,
    testing::Values(Row{"ctgov",
                        "ms = mesh(\"Multiple Sclerosis\")\nan = mesh(\"Animals\", noexp)\nres = #ms NOT #an\n"
                        "database ctgov {\n  expand headings\n}",
                        "", V{"W106", "W106", "E202"}},
                    Row{"ictrp",
                        "ms = mesh(\"Multiple Sclerosis\")\nan = mesh(\"Animals\", noexp)\nres = #ms NOT #an\n"
                        "database ictrp {\n  expand headings\n}",
                        "", V{"W106", "W106", "E202"}}));

// Defect 15: inside a line's role, a referred line's own role gives way, as language.md says.
INSTANTIATE_TEST_SUITE_P(
    NestedRoles, Registries,
    testing::Values(Row{"ctgov",
                        "drug = aspirin role intervention\nms = (\"multiple sclerosis\" OR #drug) role condition",
                        "Condition or disease: \"multiple sclerosis\" OR aspirin\n"
                        "Expert search: AREA[ConditionSearch](\"multiple sclerosis\" OR aspirin)\n"
                        "Website: https://clinicaltrials.gov/search?cond=%22multiple%20sclerosis%22%20OR%20aspirin\n"
                        "API: https://clinicaltrials.gov/api/v2/studies?query.cond=%22multiple%20sclerosis%22%20OR%20"
                        "aspirin&countTotal=true&pageSize=1000\n",
                        V{"W113"}, "instead of in the intervention field of its own role"}));

// Defect 16: a heading is written in natural order only where it is an inversion.
TEST(Registries, NaturalOrderInvertsOnlyInversions) {
  EXPECT_EQ(mesh::image::natural_order("Transplantation, Autologous"), "Autologous Transplantation");
  EXPECT_EQ(mesh::image::natural_order("Leukemia, Myeloid, Acute"), "Acute Myeloid Leukemia");
  EXPECT_EQ(mesh::image::natural_order("Amino Acids, Peptides, and Proteins"), "Amino Acids, Peptides, and Proteins");
  EXPECT_EQ(mesh::image::natural_order("Aged, 80 and over"), "Aged, 80 and over");
  EXPECT_EQ(mesh::image::natural_order("Heart"), "Heart");
}

INSTANTIATE_TEST_SUITE_P(NaturalOrder, Registries,
                         testing::Values(Row{"ictrp",
                                             "a = mesh(\"Amino Acids, Peptides, and Proteins\") OR mesh(\"Aged, 80 "
                                             "and over\", noexp)",
                                             "Standard search: \"Amino Acids, Peptides, and Proteins\" OR \"Aged, 80 "
                                             "and over\"\n",
                                             V{"W106", "W106"}}));

}  // namespace
}  // namespace searchc
