// The layout of a pasted search history, for every importer: export headers, titles and rules
// skipped, numbered or not decided from all the lines, run data (hit counts, times, columns)
// taken off the end of a line, and a search printed over several lines read as one
// (docs/import.md, "The layout of a pasted history").
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "compiler/resolve.hpp"
#include "databases/import.hpp"
#include "mesh/vocabulary.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

struct Case {
  const char* syntax;
  const char* input;
  const char* strategy;            // what it imports to, as `searchc import` prints it, after the first line
  std::vector<std::string> codes;  // "W306 1:1", in position order
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.syntax << ": " << c.input;
}

class Layout : public testing::TestWithParam<Case> {};

TEST_P(Layout, Reads) {
  const auto& c = GetParam();
  const SourceFile source("t.txt", c.input);
  DiagnosticSink sink;
  auto imported = test::import_resolved(c.syntax, source, sink);
  EXPECT_EQ(test::positioned_codes(sink, source), c.codes) << render_all(sink, source);
  auto text = import::format(imported);
  text = text.substr(text.find('\n') + 1);  // after `// Imported from ...`
  EXPECT_EQ(text, c.strategy);
}

using V = std::vector<std::string>;

INSTANTIATE_TEST_SUITE_P(
    Headers, Layout,
    testing::Values(
        // A1: a title above a numbered history is no line of it, and line numbers stay numbers.
        Case{"ovid", "Search Strategy:\n1 asthma.ti,ab.\n2 wheez*.ti,ab.\n3 1 or 2\n",
             "l1 = asthma[ti,ab]\nl2 = wheez*[ti,ab]\nl3 = #l1 OR #l2\n", V{"W306 1:1"}},
        Case{"ovid", "Ovid MEDLINE\n1 asthma.ti,ab.\n2 wheez*.ti,ab.\n3 1 or 2\n",
             "l1 = asthma[ti,ab]\nl2 = wheez*[ti,ab]\nl3 = #l1 OR #l2\n", V{"W306 1:1"}},
        Case{"ovid", "MEDLINE search\n\n1 asthma.ti,ab.\n2 1\n", "l1 = asthma[ti,ab]\nl2 = #l1\n", V{"W306 1:1"}},
        // Ovid's own export: its header once, the footer at its line, the counts kept.
        Case{"ovid",
             "Database: Embase <1974 to 2021 March 01>\nSearch Strategy:\n-----------------\n1     exp asthma/ "
             "(125489)\n2     asthma*.ti,ab. (150000)\n3     1 or 2 (180000)\n\n***************************\n",
             "l1 = mesh(\"asthma\")\nl2 = asthma*[ti,ab]\nl3 = #l1 OR #l2\n\ndatabase ovid {\n  hits #l1 125489\n  "
             "hits #l2 150000\n  hits #l3 180000\n}\n",
             V{"W306 1:1", "W306 8:1"}},
        // A14: the Search Manager's header, `Last Saved:` included; the last line is kept.
        Case{"central",
             "Search Name:\t\nLast Saved:\t26/03/2020 10:17:50\nComment:\t\n\nID\tSearch\tHits\n#1\tMeSH descriptor: "
             "[Asthma] explode all trees\t1234\n#2\twheez*:ti,ab,kw\t567\n#3\t#1 or #2\t1700\n",
             "l1 = mesh(\"Asthma\")\nl2 = wheez*[ti,ab,kw]\nl3 = #l1 OR #l2\n\ndatabase central {\n  hits #l1 1234\n  "
             "hits "
             "#l2 567\n  hits #l3 1700\n}\n",
             V{"W306 1:1"}},
        // A21: an unnumbered line that starts with "id" and holds "search" is a search.
        Case{"central", "asthma:ti,ab,kw\nidiopathic:ti AND research:ti\n",
             "l1 = asthma[ti,ab,kw]\nl2 = idiopathic[ti] AND research[ti]\n", V{"W001 1:1"}},
        // The header row of a table without a number in the history is skipped where it stands.
        Case{"central", "ID\tSearch\tHits\nasthma:ti,ab,kw\t12\n",
             "l1 = asthma[ti,ab,kw]\n\ndatabase central {\n  hits #l1 12\n}\n", V{"W306 1:1"}},
        // Notes above an unnumbered history are no lines of it: line 3 is still `3 1 or 2`'s line 3.
        Case{"ovid",
             "[inception to May 2010; 423 hits]\nSearched via Ovid EBM Reviews\n[mp=ti, ab]\nasthma.mp.\nwheez*.mp.\n1 "
             "or 2\n",
             "l1 = asthma\nl2 = wheez*\nl3 = #l1 OR #l2\n", V{"W306 1:1", "W306 2:1", "W306 3:1", "W303 4:7"}},
        // Search dates as run records; a date that reads either way round keeps its year.
        Case{"central", "Search run on 11 November 2019\n#1 heart:ti\n",
             "l1 = heart[ti]\n\ndatabase central {\n  searched 2019-11-11\n}\n", V{"W306 1:1"}},
        Case{"central", "Search Name:\tx\nDate Run:\t26/03/2020 10:17:50\n#1 heart:ti\n",
             "l1 = heart[ti]\n\ndatabase central {\n  searched 2020-03-26\n}\n", V{"W306 1:1"}},
        Case{"central", "Date Run:\t11/06/2021 10:12:03\n#1 heart:ti\n",
             "l1 = heart[ti]\n\ndatabase central {\n  searched 2021\n}\n", V{"W306 1:1", "W306 1:1"}},
        // A history printed on one line: each `#N` that counts on after a search starts a line.
        Case{"central", "#1 heart:ti #2 lung:ti #3 #1 or #2 #4 #3 and #1\n",
             "l1 = heart[ti]\nl2 = lung[ti]\nl3 = #l1 OR #l2\nl4 = #l3 AND #l1\n",
             V{"W313 1:13", "W313 1:24", "W313 1:36"}},
        // A page that runs the number into the search: `#14MeSH descriptor: ...`.
        Case{"central", "#1 heart:ti\n#2MeSH descriptor: [Asthma] explode all trees\n#3 #1 or #2\n",
             "l1 = heart[ti]\nl2 = mesh(\"Asthma\")\nl3 = #l1 OR #l2\n", V{}},
        // C: PubMed's legacy history table, newest first, with its Time column.
        Case{"pubmed",
             "Search\tQuery\tItems found\tTime\n#3\t(#1 OR #2)\t1234\t03:15:22\n#2\twheez*[tiab]\t567\t03:14:10\n#1\t"
             "asthma[tiab]\t890\t03:13:55\n",
             "l1 = asthma[ti,ab]\nl2 = wheez*[ti,ab]\nl3 = #l1 OR #l2\n\ndatabase pubmed {\n  hits #l1 890\n  hits #l2 "
             "567\n  hits #l3 1234\n}\n",
             V{"W306 1:1", "W312 2:1", "W306 2:20", "W306 3:21", "W306 4:21"}}));

INSTANTIATE_TEST_SUITE_P(
    Numbers, Layout,
    testing::Values(
        // A20: numbers that do not run from 1 over most lines are words of the search.
        Case{"pubmed", "asthma[tiab]\n5 alpha reductase[tiab]\n",
             "l1 = asthma[ti,ab]\nl2 = \"5 alpha reductase\"[ti,ab]\n", V{"W001 1:1"}},
        Case{"central", "asthma:ti,ab,kw\n24 hour monitoring:ti,ab,kw\n",
             "l1 = asthma[ti,ab,kw]\nl2 = 24 AND hour AND monitoring[ti,ab,kw]\n", V{"W001 1:1"}},
        Case{"central", "24 hour monitoring:ti,ab,kw\n", "l1 = 24 AND hour AND monitoring[ti,ab,kw]\n", V{}},
        // An Ovid line of a numbered history that starts with a reference keeps it.
        Case{"ovid", "1 heart.ti.\n2 lung.ti.\n3 1 or 2\n", "l1 = heart[ti]\nl2 = lung[ti]\nl3 = #l1 OR #l2\n", V{}},
        Case{"ovid", "17 and 34", "", V{"E301 1:1"}}));

INSTANTIATE_TEST_SUITE_P(
    RunData, Layout,
    testing::Values(
        // A8: a count after a space, where no search goes on with a number.
        Case{"ovid", "1 exp Asthma/ 125489\n2 asthma.ti,ab. 150000\n3 1 or 2 180000\n",
             "l1 = mesh(\"Asthma\")\nl2 = asthma[ti,ab]\nl3 = #l1 OR #l2\n\ndatabase ovid {\n  hits #l1 125489\n  hits "
             "#l2 150000\n  hits #l3 180000\n}\n",
             V{"W306 1:15", "W306 2:17", "W306 3:10"}},
        // A trailing number that may be a reference or a word stays in the search.
        Case{"ovid", "1 heart.ti.\n2 lung.ti.\n3 1 or 2\n", "l1 = heart[ti]\nl2 = lung[ti]\nl3 = #l1 OR #l2\n", V{}},
        Case{"ovid", "1 heart.ti.\n2 lung.ti. 2012\n3 1 or 2\n",
             "l1 = heart[ti]\nl2 = lung[ti]\nl3 = #l1 OR #l2\n\ndatabase ovid {\n  hits #l2 2012\n}\n", V{"W306 2:12"}},
        Case{"ovid", "1 heart.ti.\n2 lung 2012\n3 1 or 2\n", "l1 = heart[ti]\nl2 = \"lung 2012\"\nl3 = #l1 OR #l2\n",
             V{"W307 2:3", "W303 2:3"}},
        Case{"ovid", "1 asthma.mp. [mp=title, abstract] (6685)\n",
             "l1 = asthma  // [mp=title, abstract]\n\ndatabase ovid {\n  hits #l1 6685\n}\n", V{"W303 1:9"}},
        Case{"ovid", "1\texp Asthma/\t125489\tAdvanced\tDisplay Results\n2\tasthma.ti,ab.\t150000\tAdvanced\n",
             "l1 = mesh(\"Asthma\")\nl2 = asthma[ti,ab]\n\ndatabase ovid {\n  hits #l1 125489\n  hits #l2 150000\n}\n",
             V{"W001 1:3", "W306 1:22", "W306 1:31", "W306 2:24"}},
        Case{"pubmed",
             "#1\tasthma[tiab]\t12,345\t09:12:34\n#2\twheez*[tiab]\t5,678\t09:12:50\n#3\t#1 OR #2\t15,000\t09:13:01\n",
             "l1 = asthma[ti,ab]\nl2 = wheez*[ti,ab]\nl3 = #l1 OR #l2\n\ndatabase pubmed {\n  hits #l1 12345\n  hits "
             "#l2 "
             "5678\n  hits #l3 15000\n}\n",
             V{"W306 1:24", "W306 2:23", "W306 3:20"}},
        Case{"pubmed", "#1 asthma[tiab] 12,345\n#2 wheez*[tiab] 5,678\n#3 #1 OR #2 15,000\n",
             "l1 = asthma[ti,ab]\nl2 = wheez*[ti,ab]\nl3 = #l1 OR #l2\n\ndatabase pubmed {\n  hits #l1 12345\n  hits "
             "#l2 "
             "5678\n  hits #l3 15000\n}\n",
             V{"W306 1:17", "W306 2:17", "W306 3:13"}},
        Case{"central",
             "#1 MeSH descriptor: [Asthma] explode all trees 1234\n#2 wheez*:ti,ab,kw 567\n#3 #1 or #2 1700\n",
             "l1 = mesh(\"Asthma\")\nl2 = wheez*[ti,ab,kw]\nl3 = #l1 OR #l2\n\ndatabase central {\n  hits #l1 1234\n  "
             "hits "
             "#l2 567\n  hits #l3 1700\n}\n",
             V{"W306 1:48", "W306 2:20", "W306 3:13"}},
        // A time and a count after a space: both run data.
        Case{"pubmed", "#1 asthma[tiab] 12,345 09:12:34\n",
             "l1 = asthma[ti,ab]\n\ndatabase pubmed {\n  hits #l1 12345\n}\n", V{"W306 1:17", "W306 1:24"}}));

// Red-team round 2, finding 1: a count between a line's number and its search, as Web of
// Science's history table prints the Results column, is the line's hit count in every reader.
INSTANTIATE_TEST_SUITE_P(
    CountsBeforeSearch, Layout,
    testing::Values(
        Case{"wos",
             "Set\tResults\tSearch\n# 1\t9,999\tTS=(heart OR cardiac)\n# 2\t5,678\tTS=(attack* OR arrest)\n# "
             "3\t1,234\t#2 AND #1\n",
             "l1 = (heart OR cardiac)[ti,ab,kw]\nl2 = (attack* OR arrest)[ti,ab,kw]\nl3 = #l2 AND #l1\n\ndatabase wos "
             "{\n  hits #l1 9999\n  hits #l2 5678\n  hits #l3 1234\n}\n",
             V{"W306 1:1", "W306 2:5", "W306 3:5", "W306 4:5"}},
        // space-separated: a count without separators is one where every line has one there
        // and one of them has separators
        Case{"wos", "#1 9,999 TS=(heart)\n#2 12 TS=(attack)\n#3 5 #2 AND #1\n",
             "l1 = heart[ti,ab,kw]\nl2 = attack[ti,ab,kw]\nl3 = #l2 AND #l1\n\ndatabase wos {\n  hits #l1 9999\n  "
             "hits #l2 12\n  hits #l3 5\n}\n",
             V{"W306 1:4", "W306 2:4", "W306 3:4"}},
        // numbers opening every line, none of them plainly a count, or before an operator: words
        Case{"embase", "#1 0 AND 22228 AND 42\n#2 8 AND j\n#3 1,234 AND x\n",
             "l1 = 0 AND 22228 AND 42\nl2 = 8 AND j\nl3 = \"1,234\" AND x\n", V{"W001 1:4", "W001 2:4"}},
        Case{"scopus", "#1\t9,999\tTITLE-ABS-KEY(heart)\n#2\t5,678\tTITLE-ABS-KEY(attack)\n#3\t1,234\t#2 AND #1\n",
             "l1 = heart[ti,ab,kw]\nl2 = attack[ti,ab,kw]\nl3 = #l2 AND #l1\n\ndatabase scopus {\n  hits #l1 9999\n  "
             "hits #l2 5678\n  hits #l3 1234\n}\n",
             V{"W306 1:4", "W306 2:4", "W306 3:4"}},
        Case{"central", "#1\t9,999\theart:ti\n#2\t5,678\tattack:ti\n#3\t1,234\t#2 AND #1\n",
             "l1 = heart[ti]\nl2 = attack[ti]\nl3 = #l2 AND #l1\n\ndatabase central {\n  hits #l1 9999\n  hits #l2 "
             "5678\n  hits #l3 1234\n}\n",
             V{"W306 1:4", "W306 2:4", "W306 3:4"}},
        Case{"pubmed", "#1\t9,999\theart[ti]\n#2\t5,678\tattack[ti]\n#3\t1,234\t#2 AND #1\n",
             "l1 = heart[ti]\nl2 = attack[ti]\nl3 = #l2 AND #l1\n\ndatabase pubmed {\n  hits #l1 9999\n  hits #l2 "
             "5678\n  hits #l3 1234\n}\n",
             V{"W306 1:4", "W306 2:4", "W306 3:4"}},
        // a search that is only a number keeps it, the count after it
        Case{"ovid", "1\texp Asthma/\t125489\n2\t1\t125489\n",
             "l1 = mesh(\"Asthma\")\nl2 = #l1\n\ndatabase ovid {\n  hits #l1 125489\n  hits #l2 125489\n}\n", V{}},
        // a number without separators where not every line has one is a word of the search
        Case{"pubmed", "#1 5 alpha reductase[tiab]\n#2 wheez*[tiab]\n",
             "l1 = \"5 alpha reductase\"[ti,ab]\nl2 = wheez*[ti,ab]\n", V{"W001 1:4"}}));

// Finding 2: a history numbered by bare numbers (`1<TAB>`, `1.`) in every reader, under its
// table's header row.
INSTANTIATE_TEST_SUITE_P(
    BareNumbers, Layout,
    testing::Values(
        Case{"wos", "1\tTS=(a)\t1,234\n2\tTS=(b)\t2,345\n3\t#1 AND #2\t12\n",
             "l1 = a[ti,ab,kw]\nl2 = b[ti,ab,kw]\nl3 = #l1 AND #l2\n\ndatabase wos {\n  hits #l1 1234\n  hits #l2 "
             "2345\n  hits #l3 12\n}\n",
             V{}},
        Case{"wos", "1. TS=(a)\n2. TS=(b)\n3. #1 AND #2\n", "l1 = a[ti,ab,kw]\nl2 = b[ti,ab,kw]\nl3 = #l1 AND #l2\n",
             V{}},
        Case{"scopus", "1\tTITLE-ABS-KEY(a)\t1,234\n2\tTITLE-ABS-KEY(b)\t2,345\n3\t#1 AND #2\t12\n",
             "l1 = a[ti,ab,kw]\nl2 = b[ti,ab,kw]\nl3 = #l1 AND #l2\n\ndatabase scopus {\n  hits #l1 1234\n  hits "
             "#l2 2345\n  hits #l3 12\n}\n",
             V{}},
        Case{"embase", "1. heart:ti\n2. lung:ti\n3. #1 AND #2\n", "l1 = heart[ti]\nl2 = lung[ti]\nl3 = #l1 AND #l2\n",
             V{}},
        Case{"embase", "No.\tQuery\tResults\n1\theart:ti\t12\n2\tlung:ti\t3\n3\t#1 AND #2\t1\n",
             "l1 = heart[ti]\nl2 = lung[ti]\nl3 = #l1 AND #l2\n\ndatabase embase {\n  hits #l1 12\n  hits #l2 3\n  "
             "hits #l3 1\n}\n",
             V{"W306 1:1"}},
        Case{"lilacs", "1. ti:heart\n2. ti:lung\n3. #1 AND #2\n", "l1 = heart[ti]\nl2 = lung[ti]\nl3 = #l1 AND #l2\n",
             V{}}));

// Finding 3: a range of lines names no line any of these databases documents: refused where it
// stands, never searched as a word.
INSTANTIATE_TEST_SUITE_P(Ranges, Layout,
                         testing::Values(Case{"wos", "#1 TS=a\n#2 TS=b\n#3 TS=c\n#4 #1-#3\n#5 #1 OR #2-#3\n",
                                              "l1 = a[ti,ab,kw]\nl2 = b[ti,ab,kw]\nl3 = c[ti,ab,kw]\n",
                                              V{"E301 4:4", "E301 5:10"}},
                                         Case{"scopus", "#1 TITLE(a)\n#2 TITLE(b)\n#3 TITLE(c)\n#4 #1 OR #2-#3\n",
                                              "l1 = a[ti]\nl2 = b[ti]\nl3 = c[ti]\n", V{"E301 4:10"}},
                                         Case{"proquest", "1. TI(a)\n2. TI(b)\n3. TI(c)\n4. #1 OR #2-3\n",
                                              "l1 = a[ti]\nl2 = b[ti]\nl3 = c[ti]\n", V{"E301 4:10"}},
                                         Case{"pubmed", "#1 a[ti]\n#2 b[ti]\n#3 c[ti]\n#4 #1 OR #2-#3\n",
                                              "l1 = a[ti]\nl2 = b[ti]\nl3 = c[ti]\n", V{"E301 4:10"}},
                                         Case{"lilacs", "#1 ti:a\n#2 ti:b\n#3 ti:c\n#4 #1 OR #2-#3\n",
                                              "l1 = a[ti]\nl2 = b[ti]\nl3 = c[ti]\n", V{"E301 4:10"}},
                                         Case{"embase", "#1 a:ti\n#2 b:ti\n#3 c:ti\n#4 #1-#3\n#5 #1 OR #2-#3\n",
                                              "l1 = a[ti]\nl2 = b[ti]\nl3 = c[ti]\n", V{"E301 4:4", "E301 5:10"}},
                                         Case{"central", "#1 a:ti\n#2 b:ti\n#3 c:ti\n#4 #1 OR #2-#3\n",
                                              "l1 = a[ti]\nl2 = b[ti]\nl3 = c[ti]\n", V{"E301 4:10"}}));

INSTANTIATE_TEST_SUITE_P(
    Joins, Layout,
    testing::Values(
        // Item 7: a line that starts with an operator continues the search above.
        Case{"pubmed", "asthma[tiab]\nOR wheez*[tiab]\nAND child*[tiab]\n",
             "l1 = (asthma[ti,ab] OR wheez*[ti,ab]) AND child*[ti,ab]\n", V{"W308 2:1", "W308 3:1"}},
        // A numbered line starts a new search even where a `(` above is still open.
        Case{"pubmed", "#1 (asthma[tiab]\n#2 wheez*[tiab]\n", "l2 = wheez*[ti,ab]\n", V{"E301 1:4"}},
        // An unclosed parenthesis, and a line that ends with an operator, in a numbered history.
        Case{"ovid", "1 (asthma or\nwheez*).ti,ab.\n2 exp Asthma/ or\nexp Bronchitis/\n3 1 and 2\n",
             "l1 = (asthma OR wheez*)[ti,ab]\nl2 = mesh(\"Asthma\") OR mesh(\"Bronchitis\")\nl3 = #l1 AND #l2\n",
             V{"W308 2:1", "W308 4:1"}},
        Case{"central", "#1 (asthma or\n wheez*):ti,ab,kw\n#2 \"heart\nattack\"\n",
             "l1 = (asthma OR wheez*)[ti,ab,kw]\nl2 = \"heart attack\"\n", V{"W001 1:4", "W308 2:2", "W308 4:1"}}));

// The red team's inputs on the layout (../shared/findings/import-misreadings), each with the
// reading the database runs: the searches, their run records and where the layout is reported.
TEST(Layout, Findings) {
  const auto dir = test::source_dir() / "../shared/findings/import-misreadings";
  SEARCHC_NEED_SHARED(dir);
  struct Finding {
    const char* file;
    const char* strategy;  // after `// Imported from ...`
    std::vector<std::string> codes;
  };
  const std::string asthma_wheeze = "l1 = asthma[ti,ab]\nl2 = wheez*[ti,ab]\nl3 = #l1 OR #l2\n";
  const std::vector<Finding> findings = {
      {"ovid_header_line_before_history.ovid.txt", asthma_wheeze.c_str(), V{"W306 1:1"}},
      {"ovid_dbname_line_before_history.ovid.txt", asthma_wheeze.c_str(), V{"W306 1:1"}},
      {"ovid_full_export_header.ovid.txt",
       "l1 = mesh(\"asthma\")\nl2 = asthma*[ti,ab]\nl3 = #l1 OR #l2\n\ndatabase ovid {\n  hits #l1 125489\n  hits #l2 "
       "150000\n  hits #l3 180000\n}\n",
       V{"W306 1:1", "W306 8:1"}},
      {"ovid_history_table_columns.ovid.txt",
       "l1 = mesh(\"Asthma\")\nl2 = asthma[ti,ab]\nl3 = #l1 OR #l2\n\ndatabase ovid {\n  hits #l1 125489\n  hits #l2 "
       "150000\n  hits #l3 180000\n}\n",
       V{"W306 1:22", "W306 1:31", "W306 2:24", "W306 2:33", "W306 3:17", "W306 3:26"}},
      {"ovid_hits_space_separated.ovid.txt",
       "l1 = mesh(\"Asthma\")\nl2 = asthma[ti,ab]\nl3 = #l1 OR #l2\n\ndatabase ovid {\n  hits #l1 125489\n  hits #l2 "
       "150000\n  hits #l3 180000\n}\n",
       V{"W306 1:15", "W306 2:17", "W306 3:10"}},
      {"ovid_mp_note_swallows_hits.ovid.txt",
       "l1 = asthma  // [mp=title, abstract]\n\ndatabase ovid {\n  hits #l1 6685\n}\n", V{"W303 1:9"}},
      {"pubmed_history_results_time_columns.pubmed.txt",
       "l1 = asthma[ti,ab]\nl2 = wheez*[ti,ab]\nl3 = #l1 OR #l2\n\ndatabase pubmed {\n  hits #l1 12345\n  hits #l2 "
       "5678\n  hits #l3 15000\n}\n",
       V{"W306 1:24", "W306 2:23", "W306 3:20"}},
      {"pubmed_hits_space_separated.pubmed.txt",
       "l1 = asthma[ti,ab]\nl2 = wheez*[ti,ab]\nl3 = #l1 OR #l2\n\ndatabase pubmed {\n  hits #l1 12345\n  hits #l2 "
       "5678\n  hits #l3 15000\n}\n",
       V{"W306 1:17", "W306 2:17", "W306 3:13"}},
      {"pubmed_unnumbered_leading_number.pubmed.txt", "l1 = asthma[ti,ab]\nl2 = \"5 alpha reductase\"[ti,ab]\n",
       V{"W001 1:1"}},
      {"central_last_saved_header.central.txt",
       "l1 = mesh(\"Asthma\")\nl2 = wheez*[ti,ab,kw]\nl3 = #l1 OR #l2\n\ndatabase central {\n  hits #l1 1234\n  hits "
       "#l2 567\n  hits #l3 1700\n}\n",
       V{"W306 1:1"}},
      {"central_hits_space_separated.central.txt",
       "l1 = mesh(\"Asthma\")\nl2 = wheez*[ti,ab,kw]\nl3 = #l1 OR #l2\n\ndatabase central {\n  hits #l1 1234\n  hits "
       "#l2 567\n  hits #l3 1700\n}\n",
       V{"W306 1:48", "W306 2:20", "W306 3:13"}},
      {"central_unnumbered_leading_number.central.txt",
       "l1 = asthma[ti,ab,kw]\nl2 = 24 AND hour AND monitoring[ti,ab,kw]\n", V{"W001 1:1"}},
      {"central_unnumbered_id_search_skipped.central.txt",
       "l1 = asthma[ti,ab,kw]\nl2 = idiopathic[ti] AND research[ti]\n", V{"W001 1:1"}},
  };
  for (const auto& f : findings) {
    const std::string name = f.file;
    const auto syntax = name.substr(name.find('.') + 1, name.rfind('.') - name.find('.') - 1);
    const SourceFile source(name, test::read_file(dir / name));
    DiagnosticSink sink;
    auto imported = test::import_resolved(syntax, source, sink);
    EXPECT_EQ(test::positioned_codes(sink, source), f.codes) << render_all(sink, source);
    auto text = import::format(imported);
    EXPECT_EQ(text.substr(text.find('\n') + 1), f.strategy) << name;
  }
  // PubMed's legacy table, newest first: its lines read from line 1 up, each line named once,
  // the header row and the times skipped. (Its `Search` before each query is the query
  // reader's to drop.)
  const SourceFile table("table", test::read_file(dir / "pubmed_legacy_history_table.pubmed.txt"));
  DiagnosticSink sink;
  const auto imported = import::read("pubmed", table, sink);
  ASSERT_EQ(imported.strategy.lines.size(), 3U);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(imported.strategy.lines[i].name, "l" + std::to_string(i + 1));
  const auto codes = test::positioned_codes(sink, table);
  for (const auto* code : {"W306 1:1", "W312 2:1", "W306 2:27", "W306 3:28", "W306 4:28"}) {
    EXPECT_NE(std::find(codes.begin(), codes.end(), code), codes.end()) << code;
  }
  EXPECT_NE(import::format(imported).find("hits #l3 1234"), std::string::npos);
}

}  // namespace
}  // namespace searchc
