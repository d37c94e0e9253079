// Importing Ovid MEDLINE as Ovid ran it: its limit lists, its commands on a line's records
// (`remove duplicates`, `use <segment>`), its notes, its case-insensitive codes, dates and years
// as limits, proximity across field suffixes, combination lines and the slips Ovid tolerates.
// One row per form, and one per finding of ../shared/findings/import-misreadings/ovid_*.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "compiler/format.hpp"
#include "compiler/resolve.hpp"
#include "databases/import.hpp"
#include "mesh/vocabulary.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

using V = std::vector<std::string>;

struct Read {
  std::string last;                // the last line, its limits and its comment, as the language writes them
  std::vector<std::string> codes;  // every diagnostic, "W302 2:13", in position order
};

Read read_ovid(const std::string& text) {
  const SourceFile source("t.ovid", text);
  DiagnosticSink sink;
  auto imported = test::import_resolved("ovid", source, sink);
  Read out;
  out.codes = test::positioned_codes(sink, source);
  if (sink.has_errors() || imported.strategy.lines.empty()) return out;
  const auto& last = imported.strategy.lines.back();
  out.last = format_expression(last.query);
  for (const auto& limit : last.limits) out.last += " " + format_limit(limit);
  if (!imported.comments.back().empty()) out.last += "  // " + imported.comments.back();
  return out;
}

struct Case {
  const char* ovid;
  const char* language;  // the last line; empty when the import fails
  V codes;
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.ovid;
}

class OvidReads : public testing::TestWithParam<Case> {};

TEST_P(OvidReads, AsOvidRanIt) {
  const auto& c = GetParam();
  const auto read = read_ovid(c.ovid);
  EXPECT_EQ(read.last, c.language) << c.ovid;
  EXPECT_EQ(read.codes, c.codes) << c.ovid;
}

INSTANTIATE_TEST_SUITE_P(
    Forms, OvidReads,
    testing::Values(
        // A2: the whole list of limits; the years are the line's limit, each other limit is
        // reported where it is written
        Case{"1 a.ti.\n2 limit 1 to (english language and yr=\"2000 - Current\")",
             "#l1 limit year from 2000  // Ovid: limit to english language", V{"W302 2:15"}},
        Case{"1 a.ti.\n2 limit 1 to (humans and yr=\"2010 - 2020\")",
             "#l1 limit year 2010 to 2020  // Ovid: limit to humans", V{"W302 2:15"}},
        Case{"1 a.ti.\n2 limit 1 to (english language and yr=\"2010-Current\" and humans)",
             "#l1 limit year from 2010  // Ovid: limit to english language and humans", V{"W302 2:15", "W302 2:58"}},
        Case{"1 a.ti.\n2 LIMIT 1 TO humans", "#l1  // Ovid: limit to humans", V{"W302 2:14"}},
        Case{"1 a.ti.\n2 limit 1 to english", "#l1  // Ovid: limit to english", V{"W302 2:14"}},
        Case{"1 a.ti.\n2 limit x to humans", "", V{"E301 2:3"}},
        Case{"1 a.ti.\n2 limit 1 to yr=2000-2010", "#l1 limit year 2000 to 2010", V{}},
        Case{"1 a.ti.\n2 limit 1 to yr=\"2012\"", "#l1 limit year 2012 to 2012", V{}},
        Case{"1 a.ti.\n2 limit 1 to (english and (humans or animals))",
             "#l1  // Ovid: limit to english and (humans or animals)", V{"W302 2:15", "W302 2:27"}},
        // A3, A4: Ovid's commands on a line's records
        Case{"1 a.ti.\n2 b.ti.\n3 1 or 2\n4 remove duplicates from 3", "#l3  // Ovid: remove duplicates from 3",
             V{"W302 4:3"}},
        Case{"1 a.ti.\n2 remove duplicates from 4", "", V{"E301 2:3"}},
        Case{"1 a.ti.\n2 1 use medall", "#l1  // Ovid: use medall", V{"W302 2:5"}},
        Case{"1 exp asthma/ use medall", "mesh(\"asthma\")  // Ovid: use medall", V{"W302 1:15"}},
        Case{"1 Asthma/dt use emez", "mesh(\"Asthma\", /dt, noexp)  // Ovid: use emez", V{"W302 1:13"}},
        // `use` inside words stays a word
        Case{"1 tobacco use disorder.ti.", "\"tobacco use disorder\"[ti]", V{"W307 1:3"}},
        Case{"1 (alcohol or drug) use disorder", "", V{"E301 1:21"}},
        // A16, C: codes in either case
        Case{"1 Asthma/DT", "mesh(\"Asthma\", /DT, noexp)", V{}}, Case{"1 exp Asthma/DT", "mesh(\"Asthma\", /DT)", V{}},
        Case{"1 asthma.TI,AB.", "asthma[ti,ab]", V{}},
        // keyword fields: `.kf,hw.` is the language's keywords; `.kf.` or `.kw.` alone, the author
        // keywords, read as them with W303 (finds more), so that writing back `.kf,hw.` is said
        Case{"1 asthma.ti,ab,kf,hw.", "asthma[ti,ab,kw]", V{}}, Case{"1 asthma.kw,hw.", "asthma[kw]", V{}},
        Case{"1 asthma.ti,ab,kf.", "asthma[ti,ab,kw]", V{"W303 1:9"}},
        Case{"1 exp lung diseases/\n2 asthma.ti,ab,kf.\n3 asthma.kw.\n4 1 not (2 or 3)", "#l1 NOT (#l2 OR #l3)",
             V{"W303 2:9", "W303 3:9"}},
        // A17: what follows a field suffix
        Case{"1 asthma.ti,ab. /freq=2", "asthma[ti,ab]  // Ovid: /freq=2", V{"W302 1:17"}},
        Case{"1 asthma.ab./freq=3", "asthma[ab]  // Ovid: /freq=3", V{"W302 1:13"}},
        Case{"1 asthma.ti,ab. wheeze", "", V{"E301 1:17"}},
        Case{"1 randomized controlled trial.pt. [publication type]",
             "\"randomized controlled trial\"[pt]  // [publication type]", V{"W307 1:3", "W302 1:35"}},
        // B: entry month, Entrez date and years as limits; the exploded floating qualifier
        Case{"1 heart.ti.\n2 (201901$ or 201902$).em.\n3 1 and 2", "#l1 limit entry-date 2019-01 to 2019-02", V{}},
        Case{"1 heart.ti.\n2 (2019$ or 2020$).ez.\n3 1 and 2", "#l1 limit entry-date 2019 to 2020", V{}},
        Case{"1 th.xs.", "mesh(/th)", V{"W303 1:3"}},
        Case{"1 \"drug therapy\".XS.", "mesh(/\"drug therapy\")", V{"W303 1:3"}},
        Case{"heart.ui.", "heart", V{"W303 1:6"}},
        // All Fields is all text, exactly
        Case{"1 heart.af.", "heart", V{}},
        // issue 25: a search without a suffix, or in `.mp.`, runs in Ovid's default fields, read as
        // all text (finds more); said once for the import in each direction (tests/reading_direction_test.cpp)
        Case{"1 heart", "heart", V{"W303 1:3"}}, Case{"1 heart.mp.", "heart", V{"W303 1:8"}},
        Case{"1 (heart or lung) and attack.ti.", "(heart OR lung) AND attack[ti]", V{"W303 1:4"}},
        Case{"1 a.ti. not (heart or lung).af.", "a[ti] NOT (heart OR lung)", V{}},
        Case{"1 a.mp.\n2 b.mp.\n3 c\n4 1 or 2 or 3", "#l1 OR #l2 OR #l3", V{"W303 1:4"}},
        Case{"1 heart\n2 a.ti. not lung\n3 1 or 2", "#l1 OR #l2", V{"W303 1:3", "W303 2:13"}},
        // a reading is reported in each line that has it, not once in the file
        Case{"1 a.tw.\n2 b.tw.\n3 1 or 2", "#l1 OR #l2", V{"W303 1:4", "W303 2:4"}},
        // a space inside a field suffix is a typo of the source
        Case{"1 (a or b). tw.", "", V{"E301 1:11"}},
        // a suffix of commas alone names no field (the fuzzer's corpus found it)
        Case{"1 (a or b).,", "", V{"E301 1:11"}},
        // item 1: a heading whose note says it is a publication type
        Case{"1 exp clinical trial/ [publication type]", "\"clinical trial\"[pt]", V{"W303 1:3"}},
        Case{"1 randomized controlled trial/ [pt]", "\"randomized controlled trial\"[pt]", V{"W303 1:3"}},
        // item 2: words side by side are a phrase, and the reading is shown
        Case{"1 glucose metabolism.ti,ab.", "\"glucose metabolism\"[ti,ab]", V{"W307 1:3"}},
        // item 3: mixed operators: the two readings are named
        Case{"1 a or b and c", "", V{"E302 1:8"}}, Case{"1 a or b or c and d", "", V{"E302 1:13"}},
        // item 4: field suffixes inside proximity operands
        Case{"1 ((head* or bed).tw. adj5 (elevat* or rais*).tw.)",
             "((head* OR bed) NEAR/5 (elevat* OR rais*))[ti,ab,kw]", V{"W303 1:18"}},
        Case{"1 ((pressure or glycem$).tw. adj3 blood$).tw.", "((pressure OR glycem*) NEAR/3 blood*)[ti,ab,kw]",
             V{"W303 1:25"}},
        Case{"1 ((pressure or glycem$).ti. adj3 blood$).tw.", "", V{"E301 1:4", "W303 1:42"}},
        Case{"1 ((head* or bed).ti. adj5 (elevat* or rais*).ab.)", "", V{"E301 1:4"}},
        // item 5: numbers with a field are terms
        Case{"1 heart.ti.\n2 (2012 or 2013 or 2014).ed.\n3 1 and 2", "#l1 limit entry-date 2012 to 2014",
             V{"W303 2:3"}},
        Case{"1 heart.ti.\n2 (1976 or 1977).yr.\n3 1 and 2", "#l1 limit year 1976 to 1977", V{}},
        Case{"1 heart.ti. and 1976.yr.", "heart[ti] limit year 1976 to 1976", V{}},
        Case{"1 heart.ti.\n2 (1976 or 1978).yr.\n3 1 and 2", "", V{"E301 2:17"}},
        // item 6: notes in square brackets
        Case{"1 \"Severity of Illness Index\"/ [not exploded]",
             "mesh(\"Severity of Illness Index\", noexp)  // [not exploded]", V{"W302 1:32"}},
        Case{"1 exp \"Ampulla of Vater\"/su [Surgery]", "mesh(\"Ampulla of Vater\", /su)  // [Surgery]",
             V{"W302 1:29"}},
        Case{"1 whiplash.mp. [cervical spine injury, cervical spine trauma]",
             "whiplash  // [cervical spine injury, cervical spine trauma]", V{"W303 1:11", "W302 1:16"}},
        Case{"1 heart.mp. [mp=title, abstract]", "heart  // [mp=title, abstract]", V{"W303 1:8"}},
        Case{"1 heart.mp. [not closed", "", V{"E301 1:13"}},
        // item 8: combination lines
        Case{"1 a.ti.\n2 b.ti.\n3 c.ti.\n4 OR 1-3", "#l1 OR #l2 OR #l3", V{"W308 4:3"}},
        Case{"1 a.ti.\n2 b.ti.\n3 or/1 - 2", "#l1 OR #l2", V{}},
        Case{"1 a.ti.\n2 b.ti.\n3 c.ti.\n4 c.ti.\n5  or/1,3-4", "#l1 OR #l3 OR #l4", V{"W001 2:3"}},
        Case{"1 a.ti.\n2 b.ti.\n3 c.ti.\n4 1 or 2 or 3", "#l1 OR #l2 OR #l3", V{}},
        // item 9: slips Ovid tolerates, and one it refuses
        Case{"1 dement*.", "dement*", V{"W303 1:3", "W308 1:10"}},
        Case{"1 (or jcd or cjd).ti.", "(jcd OR cjd)[ti]", V{"W308 1:4"}},
        Case{"1 a.ti.\n2 1 and (or (2011) or 2012).yr.", "#l1 limit year 2011 to 2012", V{"W308 2:10"}},
        Case{"1 jcd or or cjd", "jcd OR cjd", V{"W303 1:3", "W308 1:7"}}, Case{"1 (jcd or cjd", "", V{"E301 1:3"}}));

// Each finding of ../shared/findings/import-misreadings/ovid_* that is the reader's: what Ovid
// ran, as the language says it, with a warning wherever the language cannot say it exactly.
TEST(OvidReads, Findings) {
  const auto dir = test::source_dir() / "../shared/findings/import-misreadings";
  SEARCHC_NEED_SHARED(dir);
  const std::map<std::string, Read> expected = {
      {"ovid_limit_yr_and_english", {"#l1 limit year from 2000  // Ovid: limit to english language", V{"W302 2:15"}}},
      {"ovid_limit_humans_and_yr", {"#l1 limit year 2010 to 2020  // Ovid: limit to humans", V{"W302 2:15"}}},
      {"ovid_limit_three_limits",
       {"#l1 limit year from 2010  // Ovid: limit to english language and humans", V{"W302 2:15", "W302 2:58"}}},
      {"ovid_remove_duplicates", {"#l3  // Ovid: remove duplicates from 3", V{"W302 4:3"}}},
      {"ovid_remove_duplicates_then_limit", {"#l4  // Ovid: limit to english language", V{"W302 4:3", "W302 5:14"}}},
      {"ovid_use_medall", {"#l1  // Ovid: use medall", V{"W302 2:5"}}},
      {"ovid_use_emez", {"#l3  // Ovid: use emez", V{"W302 4:5"}}},
      {"ovid_uppercase_qualifier", {"mesh(\"Asthma\", /DT, noexp)", V{}}},
      {"ovid_freq", {"asthma[ti,ab]  // Ovid: /freq=2", V{"W302 1:17"}}},
      {"ovid_or_range_spaces", {"#l1 OR #l2", V{}}},
      {"ovid_note_after_field_suffix",
       {"\"randomized controlled trial\"[pt]  // [publication type]", V{"W307 1:3", "W302 1:35"}}},
      {"ovid_em_entry_month", {"#l1 limit entry-date 2019-01 to 2019-02", V{}}},
      {"ovid_ez_entrez_date", {"#l1 limit entry-date 2019 to 2020", V{}}},
      {"ovid_xs_exploded_subheading", {"#l1 AND #l2", V{"W303 2:3"}}},
  };
  for (const auto& [name, want] : expected) {
    const auto read = read_ovid(test::read_file(dir / (name + ".ovid.txt")));
    EXPECT_EQ(read.last, want.last) << name;
    EXPECT_EQ(read.codes, want.codes) << name;
  }
}

// No silent misreading: in the Ovid strategies of ../shared/corpora, no word or phrase that the
// import searches holds a mark of Ovid's syntax (a field suffix, an operator, a command, a note,
// a line number joined to words) unless a diagnostic at its place says how it was read.
TEST(OvidReads, NoSyntaxSearchedAsWordsUnsaid) {
  SEARCHC_NEED_SHARED(test::source_dir() / "../shared/corpora");
  const std::regex syntax_mark(
      R"((^|\s)(adj\d*|use|limit|remove|duplicates|exp|or/\S*|and/\S*|\d+)(\s|$)|\.[a-z]{2}\.|/freq=|\[|\])",
      std::regex::icase);
  std::size_t strategies = 0;
  // the strategies written in PubMed syntax are the PubMed importer's
  for (const auto& [name, syntax, code, text] : test::ovid_collections()) {
    if (syntax == "pubmed") continue;
    const SourceFile source(name, text);
    DiagnosticSink sink;
    const auto imported = import::read("ovid", source, sink);
    ++strategies;
    const auto diagnostics = sink.sorted();
    const auto said = [&](Span where) {
      return std::any_of(diagnostics.begin(), diagnostics.end(),
                         [&](const Diagnostic& d) { return d.span.begin <= where.begin && where.end <= d.span.end; });
    };
    for (const auto& line : imported.strategy.lines) {
      ast::any_node(line.query, [&](const ast::Node& n) {
        const auto* term = std::get_if<ast::Term>(&n.kind);
        const auto* phrase = std::get_if<ast::Phrase>(&n.kind);
        const std::string words = term != nullptr ? term->text : phrase != nullptr ? phrase->text : "";
        // what the source quotes is what Ovid searched
        if (words.empty() || text[n.span.begin] == '"' || !std::regex_search(words, syntax_mark)) return false;
        EXPECT_TRUE(said(n.span)) << name << ": `" << words << "` is searched as words, and nothing says so";
        return false;
      });
    }
  }
  EXPECT_GE(strategies, 60U);
}

}  // namespace
}  // namespace searchc
