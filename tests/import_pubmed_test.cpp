// Importing PubMed and INAHTA as the database ran the search: the interface's text around a
// search, lowercase operators, filters, dates, term mapping and subheadings (docs/import.md,
// "PubMed" and "INAHTA"). Each input of ../shared/findings/import-misreadings/ written in one of
// the two syntaxes has a row here, named after its file.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compiler/format.hpp"
#include "compiler/resolve.hpp"
#include "databases/database.hpp"
#include "databases/import.hpp"
#include "mesh/vocabulary.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

struct Row {
  const char* syntax;
  const char* input;
  const char* imported;            // import::format's lines, without its first line; empty: refused
  std::vector<std::string> codes;  // "W307 1:17", in position order
};

void PrintTo(const Row& r, std::ostream* os) {
  *os << r.input;
}

struct Read {
  std::string text;
  std::vector<std::string> codes;
  bool errors = false;
};

Read read(std::string_view syntax, const std::string& input) {
  const SourceFile source("t.txt", input);
  DiagnosticSink sink;
  auto imported = test::import_resolved(syntax, source, sink);
  Read out;
  out.errors = sink.has_errors();
  out.codes = test::positioned_codes(sink, source);
  if (!out.errors) {
    out.text = import::format(imported);
    out.text.erase(0, out.text.find('\n') + 1);  // "// Imported from PubMed."
  }
  return out;
}

class TaggedImport : public testing::TestWithParam<Row> {};

TEST_P(TaggedImport, ReadsAsTheDatabaseRan) {
  const auto& row = GetParam();
  const auto got = read(row.syntax, row.input);
  EXPECT_EQ(got.codes, row.codes) << row.input;
  EXPECT_EQ(got.text, row.imported) << row.input;
}

using V = std::vector<std::string>;

INSTANTIATE_TEST_SUITE_P(
    Findings, TaggedImport,
    testing::Values(
        // pubmed_legacy_search_prefix: legacy PubMed's `Search ` before each query is its label
        // lines combined as Ovid does: PubMed searches the numbers as words
        Row{"pubmed", "#1 asthma[tiab]\n#2 wheez*[tiab]\n#3 1 OR 2 OR 7",
            "l1 = asthma[ti,ab]\nl2 = wheez*[ti,ab]\nl3 = 1 OR 2 OR 7\n",
            V{"W001 1:4", "W001 2:4", "W307 3:4", "W307 3:9"}},
        Row{"pubmed", "#1 Search asthma[tiab]\n#2 Search wheez*[tiab]\n#3 Search #1 OR #2",
            "l1 = asthma[ti,ab]\nl2 = wheez*[ti,ab]\nl3 = #l1 OR #l2\n", V{"W306 1:4", "W306 2:4", "W306 3:4"}},
        // pubmed_legacy_search_prefix_group
        Row{"pubmed", "#1 Search (asthma[tiab] OR wheez*[tiab])", "l1 = asthma[ti,ab] OR wheez*[ti,ab]\n",
            V{"W306 1:4"}},
        // pubmed_legacy_filters_suffix: the filters are left out, each said where it stands
        Row{"pubmed", "#1 Search asthma[tiab] Filters: Humans; English",
            "l1 = asthma[ti,ab]  // Filters: Humans; English\n", V{"W306 1:4", "W302 1:33", "W302 1:41"}},
        // pubmed_search_colon_filters: the filter's dates are the line's limit
        Row{"pubmed", "#1 Search: asthma[tiab] Filters: Humans, English, from 2010 - 2020",
            "l1 = asthma[ti,ab] limit year 2010 to 2020  // Filters: Humans, English, from 2010 - 2020\n",
            V{"W306 1:4", "W302 1:34", "W302 1:42"}},
        // pubmed_search_colon_sort_by: the sort order changes nothing
        Row{"pubmed", "#1 Search: (asthma[tiab]) AND (child*[tiab]) Sort by: Most Recent",
            "l1 = asthma[ti,ab] AND child*[ti,ab]\n", V{"W306 1:4", "W306 1:46"}},
        // pubmed_lowercase_or: NLM documents operators in capitals, but PubMed reads them in lower
        // case too (NNLM 2007): read as the operator, with a warning at each
        Row{"pubmed", "#1 asthma or wheeze", "l1 = asthma OR wheeze\n", V{"W340 1:4", "W307 1:11"}},
        // pubmed_lowercase_and
        Row{"pubmed", "#1 asthma[tiab] and child*[tiab]", "l1 = asthma[ti,ab] AND child*[ti,ab]\n", V{"W307 1:17"}},
        // pubmed_wit_and_humor_mh: a lowercase `and` before a tag is part of the heading
        // `Wit and Humor` is a publication type in MeSH 2024 (the topic is `Wit and Humor as Topic`)
        Row{"pubmed", "#1 wit and humor[mh]", "l1 = \"Wit and Humor\"[pt]\n", V{"W350 1:4", "W307 1:8"}},
        // pubmed_dp_day_precision_dropped: month and day are kept
        Row{"pubmed", "#1 asthma[tiab] AND 2015/06/15:2016/03/01[dp]",
            "l1 = asthma[ti,ab] limit year 2015-06-15 to 2016-03-01\n", V{}},
        // pubmed_untagged_atm: said once a line
        Row{"pubmed", "#1 heart attack", "l1 = heart AND attack\n", V{"W340 1:4"}},
        // pubmed_hasabstract: a filter, not a word
        Row{"pubmed", "#1 asthma[tiab] AND hasabstract", "l1 = asthma[ti,ab]  // hasabstract\n", V{"W302 1:21"}},
        // pubmed_sh_noexp: the subheading alone, exactly
        Row{"pubmed", "#1 therapy[sh:noexp]", "l1 = mesh(/therapy)\n", V{}},
        // pubmed_sh_exploded_to_ovid_fs: PubMed searched the subheadings under `therapy` too
        Row{"pubmed", "#1 therapy[sh]\n#2 \"Asthma/therapy\"[mh]\n#3 #1 OR #2",
            "l1 = mesh(/therapy)\nl2 = mesh(\"Asthma\", /therapy)\nl3 = #l1 OR #l2\n", V{"W341 1:4", "W341 2:4"}},
        // pubmed_ref_then_words: a reference is a search of its own, ANDed with the words beside it
        Row{"pubmed", "#1 asthma[tiab]\n#2 #1 asthma[tiab]", "l1 = asthma[ti,ab]\nl2 = #l1 AND asthma[ti,ab]\n",
            V{"W307 2:4"}},
        // pubmed_question_mark: PubMed has no `?` wildcard
        Row{"pubmed", "#1 wom?n[tiab]", "l1 = \"wom n\"[ti,ab]\n", V{"W308 1:4"}},
        // pubmed_date_publication_search_details: a date filter as Search Details writes it
        Row{"pubmed", "#1 asthma[tiab] AND (\"2010/01/01\"[Date - Publication] : \"2020/12/31\"[Date - Publication])",
            "l1 = asthma[ti,ab] limit year 2010-01-01 to 2020-12-31\n", V{}},
        // pubmed_crdt_range: the create date as the entry date, the nearest limit
        Row{"pubmed", "#1 asthma[tiab] AND 2020/01/01:2020/12/31[crdt]",
            "l1 = asthma[ti,ab] limit entry-date 2020-01-01 to 2020-12-31\n", V{"W303 1:21"}},
        // pubmed_lang_tag
        Row{"pubmed", "#1 asthma[tiab] AND english[lang]", "l1 = asthma[ti,ab] AND english[la]\n", V{}},
        // pubmed_filter_tag, pubmed_systematic_sb, pubmed_medline_sb, pubmed_free_full_text_sb: left
        // out, which finds more, and never ANDed as words
        Row{"pubmed", "#1 asthma[tiab] AND randomizedcontrolledtrial[Filter]",
            "l1 = asthma[ti,ab]  // randomizedcontrolledtrial[Filter]\n", V{"W302 1:21"}},
        Row{"pubmed", "#1 asthma[tiab] AND systematic[sb]", "l1 = asthma[ti,ab]  // systematic[sb]\n", V{"W302 1:21"}},
        Row{"pubmed", "#1 asthma[tiab] AND medline[sb]", "l1 = asthma[ti,ab]  // medline[sb]\n", V{"W302 1:21"}},
        Row{"pubmed", "#1 asthma[tiab] AND free full text[sb]", "l1 = asthma[ti,ab]  // free full text[sb]\n",
            V{"W302 1:21"}},
        // inahta_own_output_roundtrip: searchc's own INAHTA output reads back
        Row{"inahta",
            "Search: (\"Multiple Sclerosis\"[mhe] OR (\"multiple sclerosis\" OR MS)[Title]) AND (stem AND "
            "cell*)[Title]\nYear filter: FROM 2014 TO 2021",
            "l1 = (mesh(\"Multiple Sclerosis\") OR (\"multiple sclerosis\" OR MS)[ti]) AND (stem AND cell*)[ti] limit "
            "year 2014 to 2021\n",
            V{"W306 1:1"}},
        // inahta_year_filter_line
        Row{"inahta", "#1 asthma[Title]\nYear filter: FROM 2014 TO 2021", "l1 = asthma[ti] limit year 2014 to 2021\n",
            V{}}));

INSTANTIATE_TEST_SUITE_P(
    Forms, TaggedImport,
    testing::Values(
        // a word `Search` that starts a search is the search's when nothing follows it
        Row{"pubmed", "#1 Search[tiab]", "l1 = Search[ti,ab]\n", V{}},
        // ORed, a filter cannot be left out: refused where it stands
        Row{"pubmed", "#1 asthma[tiab] OR systematic[sb]", "", V{"E301 1:20"}},
        Row{"pubmed", "#1 hasabstract", "", V{"E301 1:4"}},
        // a filter first is left out with its AND
        Row{"pubmed", "#1 hasabstract AND asthma[tiab]", "l1 = asthma[ti,ab]  // hasabstract\n", V{"W302 1:4"}},
        // lowercase operators at each place
        Row{"pubmed", "#1 a[ti] or b[ti] not c[ti]", "l1 = (a[ti] OR b[ti]) NOT c[ti]\n", V{"W307 1:10", "W307 1:19"}},
        Row{"pubmed", "#1 asthma or wheeze[tiab]", "l1 = \"asthma or wheeze\"[ti,ab]\n", V{"W307 1:11"}},
        // a truncated untagged word is not mapped
        Row{"pubmed", "#1 asthma*", "l1 = asthma*\n", V{}},
        // a date elsewhere than at the end is refused, the create date too
        Row{"pubmed", "#1 2020:2021[crdt] AND asthma[tiab]", "", V{"E301 1:4"}},
        Row{"pubmed", "#1 asthma[tiab] AND (\"2010\"[dp] : \"2020\"[edat])", "", V{"E301 1:22"}},
        Row{"pubmed", "#1 asthma[tiab] Filters: in the last 5 years",
            "l1 = asthma[ti,ab]  // Filters: in the last 5 years\n", V{"W302 1:26"}},
        Row{"pubmed", "#1 asthma[tiab] Filters: from 2010/1/1 - 2020/6/30",
            "l1 = asthma[ti,ab] limit year 2010-01-01 to 2020-06-30  // Filters: from 2010/1/1 - 2020/6/30\n", V{}},
        Row{"pubmed", "#1 therapy[sh:exp]", "", V{"E301 1:4"}},
        // `:noexp` on a heading with its subheading keeps both alone: exact
        Row{"pubmed", "#1 \"Asthma/therapy\"[mh:noexp]", "l1 = mesh(\"Asthma\", /therapy, noexp)\n", V{}},
        // filters and the sort order together, the sort order last
        Row{"pubmed", "#1 asthma[tiab] Filters: Humans Sort by: Most Recent",
            "l1 = asthma[ti,ab]  // Filters: Humans\n", V{"W302 1:26", "W306 1:33"}},
        // INAHTA takes no legacy `Search ` label without its colon: the word is searched
        Row{"inahta", "Search (heart)[Title]", "l1 = Search AND heart[ti]\n", V{}},
        // an identifier searched as a word finds other records, and the warning says so
        Row{"pubmed", "#1 12345[pmid]", "l1 = 12345\n", V{"W303 1:4"}},
        // a year filter line with no search above it is no search
        Row{"inahta", "Year filter: FROM 2014 TO 2021", "", V{"E301 1:1"}},
        // the year filter's words in a form no INAHTA search shows: refused at them, not searched
        // as the words `FROM AND 2014` (red-team finding d32_4)
        Row{"inahta", "Search: (heart)[Title]\nYear filter: FROM 2014", "", V{"W306 1:1", "E301 2:14"}},
        Row{"inahta", "#1 (heart)[Title] FROM 2014", "", V{"E301 1:19"}},
        Row{"inahta", "#1 (heart)[Title]\nYear filter: FROM 2014 TO 2021x", "", V{"E301 2:14"}},
        // a single date is PubMed's too (User Guide, "Search by date"): from that date to that date
        // (red-team finding d8_9)
        Row{"pubmed", "#1 heart[tiab] AND 2014[dp]", "l1 = heart[ti,ab] limit year 2014 to 2014\n", V{}},
        Row{"pubmed", "#1 heart[tiab] AND 2014/06[dp]", "l1 = heart[ti,ab] limit year 2014-06 to 2014-06\n", V{}},
        Row{"pubmed", "#1 heart[tiab] AND \"2014/06/15\"[edat]",
            "l1 = heart[ti,ab] limit entry-date 2014-06-15 to 2014-06-15\n", V{}},
        // a date that is none is refused as a date, at the date (d8_5, d8_4, d34_5), and a range
        // that ends before it starts at the range (d8_8)
        Row{"pubmed", "#1 heart[tiab] AND 2014/13:2021[dp]", "", V{"E025 1:20"}},
        Row{"pubmed", "#1 heart[tiab] AND 2014/13[dp]", "", V{"E025 1:20"}},
        Row{"pubmed", "#1 heart[tiab] AND 2014/02/30:2021[dp]", "", V{"E025 1:20"}},
        Row{"pubmed", "#1 heart[tiab] AND 2014/06:2021/02/30[dp]", "", V{"E025 1:20"}},
        Row{"pubmed", "#1 heart[tiab] AND 2021:2014[dp]", "", V{"E116 1:20"}}));

// The strategy `input` imports to, written back in the same syntax.
std::string written_back(std::string_view syntax, const std::string& input) {
  DiagnosticSink sink;
  auto imported = test::import_resolved(syntax, SourceFile("t.txt", input), sink);
  const auto written = compile(imported.strategy, *find_database(syntax), EmitOptions{}, sink);
  EXPECT_FALSE(sink.has_errors()) << input;
  return written.text;
}

// What searchc writes for INAHTA imports back to the same strategy: a fixed point.
TEST(InahtaImport, OwnOutputIsAFixedPoint) {
  const std::string input =
      "Search: (\"Multiple Sclerosis\"[mhe] OR (MS)[Title]) AND (stem)[Title] AND (cell*)[Title]\n"
      "Year filter: FROM 2014 TO 2021";
  const auto once = written_back("inahta", input);
  EXPECT_EQ(read("inahta", once).text, read("inahta", input).text) << once;
  EXPECT_EQ(written_back("inahta", once), once);
}

// PubMed's `[dp]` keeps month and day both ways: written back, the range is the same.
TEST(PubMedImport, PublicationDatesKeepTheDay) {
  const auto written = written_back("pubmed", "#1 asthma[tiab] AND 2015/06/15:2016/03/01[dp]");
  EXPECT_NE(written.find("2015/06/15:2016/03/01[dp]"), std::string::npos) << written;
}

}  // namespace
}  // namespace searchc
