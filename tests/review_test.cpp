// `searchc review`: each check of review/ on a strategy that should fire it and on one that
// should not, with the finding's position.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "driver/render.hpp"
#include "review/review.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

struct Row {
  std::string_view name;
  std::string_view strategy;
  std::vector<std::string> expected;  // "R301 1:5", the review's own findings in position order
  std::string_view message_part;      // a part of the first finding's message, when given
};

// The review's own findings ("R" codes), "R301 1:5", in position order.
std::vector<std::string> review_codes(const review::Review& review, const SourceFile& source) {
  std::vector<std::string> out;
  for (const auto& d : review.findings) {
    const auto name = code_name(d.code);
    if (name.front() != 'R') continue;
    const auto at = source.locate(d.span.begin);
    out.push_back(fmt::format("{} {}:{}", name, at.line, at.column));
  }
  return out;
}

const std::vector<Row> rows = {
    // element 3: subject headings
    {"EntryTermsTheFreeTextLacks",
     R"(mi = mesh("Myocardial Infarction") OR (heart NEXT attack*)[ti,ab])",
     {"R301 1:6"},
     "does not find"},
    {"EntryTermsAllFound",
     R"(ms = mesh("Multiple Sclerosis") OR ("multiple sclerosis" OR "disseminated sclerosis" OR MS)[ti,ab])",
     {},
     ""},
    {"InvertedNameReadInNaturalOrder",
     R"(a = mesh("Transplantation, Autologous", noexp) OR ((autologous NEXT transplant*) OR autotransplant* OR autograft*)[ti,ab])",
     {},
     ""},
    {"HeadingAlone", R"(ms = mesh("Multiple Sclerosis"))", {"R301 1:6"}, "by its heading alone"},
    {"FreeTextIsAHeading", R"(ms = ("multiple sclerosis" OR demyelinat*)[ti,ab])", {"R302 1:7"}, "is a MeSH heading"},
    {"FreeTextIsAnEntryTerm",
     R"(ms = ("disseminated sclerosis" OR demyelinat*)[ti,ab])",
     {"R302 1:7"},
     "entry term of MeSH's `Multiple Sclerosis`"},
    {"FreeTextBesideTheHeading",
     R"(ms = mesh("Multiple Sclerosis") OR "disseminated sclerosis"[ti,ab] OR MS[ti,ab])",
     {"R301 1:6"},
     ""},
    {"UnexplodedWithNarrower",
     R"(sct = mesh("Stem Cell Transplantation", noexp) OR (stem NEXT cell*)[ti,ab])",
     {"R303 1:7"},
     "3 of its narrower headings"},
    {"UnexplodedWithItsNarrowerBeside",
     R"(sct = mesh("Stem Cell Transplantation", noexp) OR mesh("Hematopoietic Stem Cell Transplantation") OR mesh("Cord Blood Stem Cell Transplantation") OR mesh("Mesenchymal Stem Cell Transplantation") OR (stem NEXT cell*)[ti,ab])",
     {},
     ""},
    // element 4: text words
    {"BritishSpellingOnly", "a = tumour[ti,ab] OR neoplasm*[ti,ab]", {"R401 1:5"}, "also spelled `tumor`"},
    {"AmericanSpellingOnly", "a = hematopoietic[ti,ab]", {"R401 1:5"}, "also spelled `haematopoietic`"},
    {"BothSpellings", "a = (tumour OR tumor)[ti,ab]", {}, ""},
    {"OneWordIsNoHeadingsName", "a = (pain OR ache*)[ti,ab]", {}, ""},
    {"WildcardFindsBoth", "a = tumo*r[ti,ab]", {}, ""},
    {"StemOfVeryManyWords", "a = rat*", {"R402 1:5"}, "stands for"},
    {"StemOfFewWords", "a = transplant*", {}, ""},
    {"FoundByTheStemBeside", "a = transplant* OR transplanted", {"R403 1:20"}, "`transplanted` finds nothing"},
    {"PhraseFoundByTheStemBeside", R"(a = "marrow transplant" OR transplant*)", {"R403 1:5"}, ""},
    // the later of two alike is the one to leave out
    {"TheSameWordTwice", "a = wheezing OR bronchospas* OR wheezing", {"R403 1:33"}, ""},
    // element 2: operators
    {"NotDropsRecords", "a = wheez* NOT child*", {"R201 1:16"}, "NOT drops"},
    {"NotOfAnimals", R"(a = wheez* NOT mesh("Animals"))", {"R201 1:16"}, ""},
    {"NotOfAnimalsAlone", R"(a = wheez* NOT (mesh("Animals") NOT mesh("Humans")))", {}, ""},
    {"NotOfAnEarlierCombination",
     "a = wheez*\nb = child*\nfirst = #a AND #b\nwider = #a AND (#b OR adolescen*)\nnew = #wider NOT #first",
     {},
     ""},
    {"HyphenatedWithoutTheClosedForm", "a = follow-up[ti,ab]", {"R404 1:5"}, "also written `followup`"},
    {"SpacedWithoutTheClosedForm", R"(a = "follow up"[ti,ab])", {"R404 1:5"}, "also written `followup`"},
    {"ClosedWithoutTheSpacedForm", "a = followup[ti,ab]", {"R404 1:5"}, "also written `follow up` or `follow-up`"},
    {"PhrasalCompoundClosed", "a = caregiver*[ti,ab] OR dropout[ti,ab]", {"R404 1:26"}, "`drop out` or `drop-out`"},
    {"HyphenatedAndClosedForms", "a = (follow-up OR followup)[ti,ab]", {}, ""},
    {"ClosedFormByWildcard", "a = (follow-up OR followup*)[ti,ab]", {}, ""},
    {"BothFormsInsideAProximity", R"(a = (improve* NEAR/5 (followup OR "follow up"))[ti,ab])", {}, ""},
    {"ThreePartsClosedWhole", "a = (immuno-histo-chemistry OR immunohistochemistry)[ti,ab]", {}, ""},
    {"ShortPartsAreNotClosed", R"(a = "ai chi"[ti,ab])", {}, ""},
    {"ClosedWordOfTwoWordsIsNoCompound", "a = ultrasound[ti,ab]", {}, ""},
    {"OneLetterIsNoWord", R"(a = "patte d"[ti,ab])", {}, ""},
    // element 3: a qualifier attached where the whole heading or a floating one would find more
    {"QualifierAttached",
     R"(ms = mesh("Multiple Sclerosis", /DT) OR ("multiple sclerosis" OR "disseminated sclerosis" OR MS)[ti,ab])",
     {"R304 1:6"},
     "attached /DT to it"},
    {"QualifiersAttached",
     R"(ms = mesh("Multiple Sclerosis", /DT, /"therapy") OR ("multiple sclerosis" OR "disseminated sclerosis" OR MS)[ti,ab])",
     {"R304 1:6"},
     "attached /DT, /TH to it"},
    {"QualifiedBesideTheWholeHeading",
     R"(ms = mesh("Multiple Sclerosis", /DT) OR mesh("Multiple Sclerosis") OR ("multiple sclerosis" OR "disseminated sclerosis" OR MS)[ti,ab])",
     {},
     ""},
    {"FloatingQualifier", R"(a = (wheeze OR asthma)[ti,ab] AND mesh(/DT))", {}, ""},
    // element 2: a concept ANDed twice, lines the result never reaches, a proximity too wide
    {"ConceptAndedTwice",
     "a = wheez*\nb = child*\nc = #a AND #b AND #a",
     {"R202 3:19"},
     "`#a` is ANDed into this search twice"},
    {"ConceptAndedTwiceThroughALine",
     "a = wheez*\nb = child*\nfirst = #a AND #b\nc = #first AND #a",
     {"R202 4:16"},
     "`#a` is ANDed into this search twice, once through `#first`"},
    {"SameTermsAndedTwice",
     "a = wheeze OR asthma\nb = child*\nc = #a AND #b AND (asthma OR wheeze)",
     {"R202 3:19"},
     "searches what `#a` searches"},
    {"EachConceptAndedOnce", "a = wheez*\nb = child*\nfirst = #a AND #b\nc = #first AND adolescen*", {}, ""},
    {"LineTheResultNeverReaches",
     "a = wheez*\nb = #a OR asthma\nc = child*",
     {"R203 2:1"},
     "the result uses neither `b` nor the line only it uses: `#a`"},
    {"LineANoteExplains",
     "a = wheez*\nb = #a OR asthma\nc = child*\ndatabase central {\n searched 2021-06-11\n hits 5\n note \"#a and #b "
     "counted the records on wheeze alone.\"\n}",
     {},
     ""},
    // a line no later line uses, and that uses none, is the check's W001 alone
    {"UnusedLineUsingNone", "a = wheez*\nb = child*", {}, ""},
    {"LineTheResultReaches", "a = wheez*\nb = #a OR asthma\nc = #b AND child*", {}, ""},
    {"ProximityWiderThanOvid",
     "a = (pain NEAR/100 relief)[ti,ab]",
     {"R204 1:5"},
     "wider than Ovid MEDLINE, Embase (Ovid) and APA PsycInfo (Ovid) can search"},
    {"ProximityOvidRuns", "a = (pain NEAR/99 relief)[ti,ab]", {}, ""},
    {"ProximityWideWhereOvidIsNotSearched",
     "a = (pain NEAR/100 relief)[ti,ab]\ndatabase central {\n searched 2021-06-11\n hits 5\n}",
     {},
     ""},
    // element 6: limits
    {"LimitWithoutReason",
     "a = wheez* limit year 2010 to 2020\ndatabase central {\n searched 2021-06-11\n hits 5\n}",
     {"R601 1:12"},
     "no note says why"},
    {"LimitWithItsReason",
     "a = wheez* limit year 2010 to 2020\ndatabase central {\n searched 2021-06-11\n hits 5\n note \"Limited to 2010 "
     "on: "
     "the drug was licensed then.\"\n}",
     {},
     ""},
    {"LimitPastTheSearch",
     "a = wheez* limit year 2010 to 2030\ndatabase central {\n searched 2021-06-11\n hits 5\n note \"Limited to 2010 "
     "on.\"\n}",
     {"R602 1:12"},
     "after the search of central on 2021-06-11"},
    {"LimitOfEveryStatus",
     "a = wheez*\ndatabase ictrp {\n searched 2021-06-11\n hits 5\n search = wheez* limit status all\n}",
     {},
     ""},
    {"FilterWithoutItsSource",
     "t = wheez*\nrct = (randomi?ed OR placebo)[ti,ab] role filter\nr = #t AND #rct",
     {"R603 2:43"},
     "`rct` is marked as a search filter, but does not say which filter it is"},
    {"FilterWithItsSource",
     "t = wheez*\nrct = (randomi?ed OR placebo)[ti,ab] role filter \"Cochrane HSSS 2008, sensitivity-maximising\"\n"
     "r = #t AND #rct",
     {},
     ""},
    {"FilterWithAnEmptySource",
     "t = wheez*\nrct = (randomi?ed OR placebo)[ti,ab] role filter \" \"\nr = #t AND #rct",
     {"R603 2:43"},
     ""},
    {"TrialFilterNotMarked",
     "t = wheez*\nrct = \"randomized controlled trial\"[pt] OR (randomi?ed OR placebo)[ab] OR mesh(/DT)\n"
     "r = #t AND #rct",
     {"R604 2:1"},
     "randomized controlled trial`, `randomi?ed`, `placebo` and `/DT`"},
    {"TrialFilterNotMarkedOverLines",
     "f1 = \"controlled clinical trial\"[pt]\nf2 = randomly[ab]\nf3 = (double NEXT blind*)[ti,ab]\n"
     "f4 = #f1 OR #f2 OR #f3\nf5 = mesh(\"Animals\") NOT mesh(\"Humans\")\nf6 = #f4 NOT #f5\nt = wheez*\n"
     "r = #t AND #f6",
     {"R201 5:26", "R604 6:1", "R201 6:14"},  // through the left side of NOT; R201 asks of each NOT
     ""},
    {"TrialFilterMarkedOnALineItUses",
     "f1 = \"controlled clinical trial\"[pt]\nf2 = randomly[ab]\nf3 = (double NEXT blind*)[ti,ab]\n"
     "f4 = #f1 OR #f2 OR #f3 role filter \"Cochrane HSSS 1994, phase 1\"\nf5 = mesh(\"Animals\") NOT "
     "mesh(\"Humans\")\nf6 = #f4 NOT #f5\nt = wheez*\nr = #t AND #f6",
     {"R201 5:26", "R201 6:14"},
     ""},
    // two marks are a topic's words as often as a filter's
    {"TopicWithTwoMarksOfAFilter", "t = (placebo OR randomi?ed)[ti]\nu = wheez*\nr = #t AND #u", {}, ""},
};

class Review : public testing::TestWithParam<Row> {};

TEST_P(Review, Finds) {
  const auto& row = GetParam();
  const auto analysis = test::analyze_text(std::string(row.strategy));
  ASSERT_FALSE(analysis.diagnostics.has_errors()) << test::codes(analysis.diagnostics).front();
  const auto found = driver::review(analysis);
  EXPECT_EQ(review_codes(found, analysis.source), row.expected);
  if (!row.message_part.empty()) {
    const auto first = std::find_if(found.findings.begin(), found.findings.end(),
                                    [](const Diagnostic& d) { return code_name(d.code).front() == 'R'; });
    ASSERT_NE(first, found.findings.end());
    EXPECT_NE(first->message.find(row.message_part), std::string::npos) << first->message;
  }
}

INSTANTIATE_TEST_SUITE_P(Checks, Review, testing::ValuesIn(rows),
                         [](const testing::TestParamInfo<Row>& row_info) { return std::string(row_info.param.name); });

TEST(Review, StrategyWithErrorsIsReviewedNoFurther) {
  const auto analysis = test::analyze_text("a = rat* OR #nowhere");
  ASSERT_TRUE(analysis.diagnostics.has_errors());
  const auto found = driver::review(analysis);
  EXPECT_TRUE(review_codes(found, analysis.source).empty());
  EXPECT_FALSE(found.findings.empty());  // the errors themselves
}

TEST(Review, PrismaItemsOfAFileWithoutBlocks) {
  const auto analysis = test::analyze_text("a = asthma");
  const auto found = driver::review(analysis);
  ASSERT_EQ(found.prisma.size(), 16U);
  EXPECT_EQ(found.prisma[0].status, review::Status::missing);   // database name
  EXPECT_EQ(found.prisma[12].status, review::Status::missing);  // dates of searches
  EXPECT_EQ(found.prisma[7].status, review::Status::recorded);  // the strategy itself
  EXPECT_EQ(review::prisma_recorded(found), 2U);                // items 8 and 9 (no limit)
}

TEST(Review, PrismaItemsRecordedInPart) {
  const auto analysis = test::analyze_text(
      "a = asthma\ndatabase central {\n interface \"Cochrane Library\"\n searched 2021-06-11\n hits 5\n}\n"
      "database pubmed {\n searched 2021-06-11\n}");
  const auto found = driver::review(analysis);
  EXPECT_EQ(found.prisma[0].status, review::Status::partly);
  EXPECT_NE(found.prisma[0].detail.find("pubmed"), std::string::npos);
  EXPECT_EQ(found.prisma[12].status, review::Status::recorded);
  EXPECT_EQ(found.prisma[14].status, review::Status::partly);
}

// Item 10 follows the lines marked `role filter` and their sources; item 14 the `records` block's
// `peer-review`.
TEST(Review, PrismaFiltersAndPeerReview) {
  const auto none = driver::review(test::analyze_text("a = asthma"));
  EXPECT_EQ(none.prisma[9].status, review::Status::missing);
  EXPECT_EQ(none.prisma[13].status, review::Status::missing);
  const auto some = driver::review(test::analyze_text(
      "t = asthma\nf = placebo[ti] role filter \"Cochrane HSSS 2008\"\ng = trial[ti] role filter\n"
      "r = #t AND #f AND #g\nrecords {\n  peer-review 2021-05-30 \"PRESS 2015, by a second librarian\"\n}"));
  EXPECT_EQ(some.prisma[9].status, review::Status::partly);
  EXPECT_NE(some.prisma[9].detail.find("`g`"), std::string::npos) << some.prisma[9].detail;
  EXPECT_EQ(some.prisma[13].status, review::Status::recorded);
  EXPECT_NE(some.prisma[13].detail.find("2021-05-30"), std::string::npos) << some.prisma[13].detail;
  const auto cited =
      driver::review(test::analyze_text("t = asthma\nf = placebo[ti] role filter \"HSSS\"\nr = #t AND #f"));
  EXPECT_EQ(cited.prisma[9].status, review::Status::recorded);
}

// Every text of the file on the page is escaped: the page shows it, and runs none of it.
TEST(Review, HtmlEscapesTheFile) {
  const auto analysis = test::analyze_text(R"(a = "<b>&" OR rat*)");
  const auto page = review::render_html(driver::review(analysis), analysis.source);
  EXPECT_EQ(page.find("<b>"), std::string::npos);
  EXPECT_NE(page.find("&quot;&lt;b&gt;&amp;&quot; OR <mark>rat*</mark>"), std::string::npos) << page;
  EXPECT_NE(page.find("<code>rat*</code>"), std::string::npos);  // the message's code spans
}

// The reference example and tests/review/'s strategies, in each format.
TEST(Review, Golden) {
  const auto golden = test::source_dir() / "tests/golden/review";
  for (const auto* file :
       {"examples/ms-stem-cell.search", "tests/review/press-slips.search", "tests/review/filters.search"}) {
    const auto path = test::source_dir() / file;
    const auto name = path.filename().string();
    const auto analysis = driver::analyze(SourceFile(name, test::read_file(path)));
    const auto found = driver::review(analysis);
    const auto stem = path.stem().string();
    test::expect_golden(golden / (stem + ".txt"), review::render_text(found, analysis.source));
    test::expect_golden(golden / (stem + ".md"), review::render_markdown(found, analysis.source));
    test::expect_golden(golden / (stem + ".html"), review::render_html(found, analysis.source));
    test::expect_golden(golden / (stem + ".json"), driver::render_review_json(found, analysis.source));
  }
}

}  // namespace
}  // namespace searchc
