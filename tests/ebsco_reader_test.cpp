// Importing EBSCOhost's search history (CINAHL Complete and APA PsycInfo): each row is a search
// as EBSCOhost prints it and what it must be read as, with the codes of every reading that is
// not exact at their place. The rules and their sources are in docs/databases.md ("CINAHL
// Complete (EBSCOhost) (`cinahl`)"): `Nn` has at most n words between (the language's
// NEAR/(n + 1)), `#` is one character or none, a `?` ending a word is dropped, words side by side
// are searched within five words (N5) in the Boolean/Phrase mode, AND applies before OR.
#include <gtest/gtest.h>

#include "databases/database.hpp"
#include "databases/ebsco/ebsco.hpp"
#include "databases/ebsco/syntax.hpp"
#include "databases/import.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

using V = std::vector<std::string>;

struct Row {
  const char* syntax;
  const char* input;
  const char* imported;  // import::format's lines, without its first line; empty: refused
  V codes = {};          // "W307 1:17", in position order
};

void PrintTo(const Row& r, std::ostream* os) {
  *os << r.syntax << ": " << r.input;
}

class EbscoImport : public testing::TestWithParam<Row> {};

std::string imported_text(std::string_view syntax, const SourceFile& source, DiagnosticSink& sink) {
  auto imported = test::import_resolved(syntax, source, sink);
  if (sink.has_errors()) return "";
  auto text = import::format(imported);
  text.erase(0, text.find('\n') + 1);  // "imported from cinahl  // ..."
  return text;
}

TEST_P(EbscoImport, ReadsAsEbscohostRuns) {
  const auto& row = GetParam();
  const SourceFile source("t.txt", row.input);
  DiagnosticSink sink;
  const auto text = imported_text(row.syntax, source, sink);
  EXPECT_EQ(test::positioned_codes(sink, source), row.codes) << row.input;
  EXPECT_EQ(text, row.imported) << row.input;
}

INSTANTIATE_TEST_SUITE_P(
    Searches, EbscoImport,
    testing::Values(
        // The history: `S1 OR S2`.
        Row{"cinahl", "S1 heart\nS2 lung\nS3 S1 OR S2", "l1 = heart[ti,ab,kw]\nl2 = lung[ti,ab,kw]\nl3 = #l1 OR #l2\n",
            V{"W303 1:4", "W303 2:4"}},
        Row{"cinahl", "S1 heart\nS2 S3 OR S1", "", V{"W303 1:4", "E301 2:4"}},
        // Proximity: `Nn` and `Wn` have at most n words between: the language's NEAR/(n + 1).
        // Polyglot copies Ovid's adj3 into N3, one word looser.
        Row{"cinahl", "S1 heart N3 attack", "l1 = (heart NEAR/4 attack)[ti,ab,kw]\n", V{"W303 1:4"}},
        Row{"cinahl", "S1 heart N0 attack", "l1 = (heart NEAR/1 attack)[ti,ab,kw]\n", V{"W303 1:4"}},
        Row{"cinahl", "S1 heart W0 attack", "l1 = (heart NEXT attack)[ti,ab,kw]\n", V{"W303 1:4"}},
        Row{"cinahl", "S1 (bone W0 marrow) n1 transplant*", "l1 = ((bone NEXT marrow) NEAR/2 transplant*)[ti,ab,kw]\n",
            V{"W303 1:4"}},
        // in the order typed with words between: the language says it only in either order
        Row{"cinahl", "S1 heart W2 attack", "l1 = (heart NEAR/3 attack)[ti,ab,kw]\n", V{"W303 1:4", "W304 1:10"}},
        Row{"cinahl", "S1 heart N3 attack N5 x", "", V{"E301 1:20"}},
        // Words side by side: within five words, in either order (N5), in the default mode.
        Row{"cinahl", "S1 heart attack", "l1 = (heart NEAR/6 attack)[ti,ab,kw]\n", V{"W307 1:4", "W303 1:4"}},
        Row{"cinahl", "S1 heart attack OR stroke", "l1 = ((heart NEAR/6 attack) OR stroke)[ti,ab,kw]\n",
            V{"W307 1:4", "W303 1:4"}},
        Row{"cinahl", "S1 \"heart attack\" OR stroke", "l1 = (\"heart attack\" OR stroke)[ti,ab,kw]\n", V{"W303 1:4"}},
        // A stop word in quotation marks matches any word in its place: kept as typed, said (W316).
        Row{"cinahl", "S1 \"heart or attack\"", "l1 = \"heart or attack\"[ti,ab,kw]\n", V{"W303 1:4", "W316 1:4"}},
        Row{"psycinfo-ebsco", "S1 TI \"heart and lung\" OR TI lung", "l1 = \"heart and lung\"[ti] OR lung[ti]\n",
            V{"W316 1:7"}},
        // A stop word alone, quoted or not, is not searched at all: read as typed, said (W316)
        Row{"cinahl", "S1 TI heart OR TI of", "l1 = heart[ti] OR of[ti]\n", V{"W316 1:19"}},
        Row{"cinahl", "S1 TI \"of the\" OR TI heart", "l1 = \"of the\"[ti] OR heart[ti]\n", V{"W316 1:7"}},
        // a range of lines, which EBSCO's help does not document, is refused with the lines written out
        Row{"cinahl", "S1 TI heart\nS2 TI lung\nS3 S1-S2", "", V{"E301 3:4"}},
        Row{"psycinfo-ebsco", "S1 TI heart\nS2 TI lung\nS3 s1-2 OR x", "", V{"E301 3:4"}},
        Row{"cinahl", "S1 TI \"quality of life\" OR TI \"quality in life\"",
            "l1 = \"quality of life\"[ti] OR \"quality in life\"[ti]\n", V{"W316 1:7"}},
        // AND before OR (EBSCO's help); proximity first where mixed with AND or OR, the wider
        // reading; NOT mixed with others refused.
        Row{"cinahl", "S1 a OR b AND c", "l1 = (a OR (b AND c))[ti,ab,kw]\n", V{"W307 1:4", "W303 1:4"}},
        Row{"cinahl", "S1 a N2 b OR c", "l1 = ((a NEAR/3 b) OR c)[ti,ab,kw]\n", V{"W304 1:4", "W303 1:4"}},
        Row{"cinahl", "S1 a AND b NOT c", "", V{"E302 1:6"}},
        Row{"cinahl", "S1 (a AND b) NOT c NOT d", "l1 = (((a AND b) NOT c) NOT d)[ti,ab,kw]\n", V{"W303 1:4"}},
        // Fields: a code scopes the group, or the words typed side by side, after it. A search
        // without a code reads CINAHL's default fields (the title, the abstract, the subject
        // headings, EBSCO's CINAHL FAQ); no page read names APA PsycInfo's, so all text there.
        Row{"cinahl", "S1 heart AND TI lung", "l1 = heart[ti,ab,kw] AND lung[ti]\n", V{"W303 1:4"}},
        Row{"psycinfo-ebsco", "S1 heart AND TI lung", "l1 = heart AND lung[ti]\n", V{"W303 1:4"}},
        Row{"cinahl", "S1 TI (heart OR lung) OR AB heart", "l1 = (heart OR lung)[ti] OR heart[ab]\n"},
        Row{"cinahl", "S1 TI heart attack", "l1 = (heart NEAR/6 attack)[ti]\n", V{"W307 1:7"}},
        Row{"cinahl", "S1 TI heart N3 TI attack", "l1 = (heart NEAR/4 attack)[ti]\n"},
        Row{"cinahl", "S1 TI heart N3 AB attack", "", V{"E301 1:4"}},
        Row{"cinahl", "S1 SU falls OR TX falls OR KW falls", "l1 = falls[kw] OR falls[all] OR falls[kw]\n",
            V{"W303 1:16", "W303 1:28"}},
        Row{"cinahl", "S1 AN 123456", "l1 = 123456[all]\n", V{"W303 1:4"}},
        // a code is read in capitals only: `ti` and `an` are words
        Row{"cinahl", "S1 ti OR an", "l1 = (ti OR an)[ti,ab,kw]\n", V{"W303 1:4"}},
        // a code with nothing after it is a word
        Row{"cinahl", "S1 heart OR TI", "l1 = (heart OR TI)[ti,ab,kw]\n", V{"W303 1:4"}},
        // Headings: `+` explodes in CINAHL; MM is a major heading.
        Row{"cinahl", "S1 (MH \"Accidental Falls+\") OR (MH \"Aged\") OR (MM \"Fear+\")",
            "l1 = cinahl(\"Accidental Falls\") OR cinahl(\"Aged\", noexp) OR cinahl(\"Fear\", major)\n"},
        Row{"cinahl", "S1 MH falls+ OR (MH Accidental Falls)",
            "l1 = cinahl(\"falls\") OR cinahl(\"Accidental Falls\", noexp)\n"},
        Row{"cinahl", "S1 (MH \"Nurs*\")", "", V{"E301 1:5"}},
        // a subheading, which the language has not for CINAHL's headings: any subheading (W302)
        Row{"cinahl", "S1 (MH \"Asthma+/DT\")", "l1 = cinahl(\"Asthma\")\n", V{"W302 1:5"}},
        Row{"cinahl", "S1 (MH \"Pressure Ulcer/PC/NU\")", "l1 = cinahl(\"Pressure Ulcer\", noexp)\n", V{"W302 1:5"}},
        // PsycInfo: `DE` is its heading code, and `+` does not explode there.
        Row{"psycinfo-ebsco", "S1 DE \"Anxiety\" OR MM \"Fear\"",
            "l1 = apa(\"Anxiety\", noexp) OR apa(\"Fear\", noexp, major)\n"},
        Row{"psycinfo-ebsco", "S1 DE \"Anxiety+\"", "l1 = apa(\"Anxiety\", noexp)\n", V{"W412 1:4"}},
        Row{"psycinfo-ebsco", "S1 (MH \"Anxiety+\")", "l1 = apa(\"Anxiety\", noexp)\n", V{"W412 1:5", "W412 1:5"}},
        // Wildcards: `*` and `?` as the language's; `#` one character or none; a `?` ending a
        // word dropped, as EBSCOhost drops it; none may open a word.
        Row{"cinahl", "S1 transplant* OR wom?n OR \"stem cell*\"",
            "l1 = (transplant* OR wom?n OR \"stem cell*\")[ti,ab,kw]\n", V{"W303 1:4"}},
        Row{"cinahl", "S1 colo#r", "l1 = (color OR colo?r)[ti,ab,kw]\n", V{"W303 1:4"}},
        Row{"cinahl", "S1 colo? OR x", "l1 = (colo OR x)[ti,ab,kw]\n", V{"W307 1:4", "W303 1:4"}},
        Row{"cinahl", "S1 *plant", "", V{"E301 1:4"}},
        // Operator words and codes in quotation marks are words; `and`, a stop word, is not
        // searched (W316).
        Row{"cinahl", "S1 \"and\" OR \"n5\" OR \"S1\"", "l1 = (\"and\" OR \"n5\" OR \"S1\")[ti,ab,kw]\n",
            V{"W303 1:4", "W316 1:4"}},
        // A year limit ANDed onto a search is its limit.
        Row{"cinahl", "S1 heart\nS2 S1 AND DT 2014-2021", "l1 = heart[ti,ab,kw]\nl2 = #l1 limit year 2014 to 2021\n",
            V{"W303 1:4"}},
        // to the month or day as written: the language keeps them
        Row{"cinahl", "S1 heart AND DT 20140101-20210630", "l1 = heart[ti,ab,kw] limit year 2014 to 2021-06\n",
            V{"W303 1:4"}},
        Row{"cinahl", "S1 heart AND DT 201406", "l1 = heart[ti,ab,kw] limit year 2014-06 to 2014-06\n", V{"W303 1:4"}},
        Row{"cinahl", "S1 heart AND DT 20141301", "", V{"E301 1:14"}},
        Row{"cinahl", "S1 heart OR DT 2014", "", V{"E301 1:13"}}));

// The history as EBSCOhost's table and its printout show it: rows newest first, a header, the
// Search Options column, the Actions column and the counts, in tab or space columns.
INSTANTIATE_TEST_SUITE_P(
    Histories, EbscoImport,
    testing::Values(
        Row{"cinahl",
            "Search ID#\tSearch Terms\tSearch Options\tActions\n"
            "S2\tS1 AND TI nurs*\tSearch modes - Boolean/Phrase\tView Results (12)\tView Details\tEdit\n"
            "S1\t(MH \"Accidental Falls+\")\tSearch modes - Boolean/Phrase\tView Results (2,345)\tView Details\tEdit\n",
            "l1 = cinahl(\"Accidental Falls\")\nl2 = #l1 AND nurs*[ti]\n\ndatabase cinahl {\n  hits #l1 2345\n  "
            "hits #l2 12\n}\n",
            V{"W306 1:1", "W312 2:1", "W306 3:59"}},
        Row{"cinahl",
            "S1 (MH \"Accidental Falls+\") Search modes - Boolean/Phrase 2,345\n"
            "S2 S1 Limiters - Published Date: 20100101-20201231; English Language; Peer Reviewed "
            "Search modes - Boolean/Phrase 120\n",
            "l1 = cinahl(\"Accidental Falls\")\nl2 = #l1 AND english[la] limit year 2010 to 2020  // EBSCOhost "
            "limiter: Peer Reviewed\n\ndatabase cinahl {\n  hits #l1 2345\n  hits #l2 120\n}\n",
            V{"W306 1:59", "W303 2:53", "W302 2:71", "W306 2:115"}},
        Row{"psycinfo-ebsco",
            "S1\tanxiety disorder\tExpanders - Apply equivalent subjects\n"
            "Search modes - Find all my search terms\tInterface - EBSCOhost Research Databases\n"
            "Search Screen - Advanced Search\n"
            "Database - APA PsycInfo\t57\n",
            "l1 = anxiety AND disorder  // EBSCOhost expander: Apply equivalent subjects\n\ndatabase psycinfo-ebsco "
            "{\n  hits #l1 57\n}\n",
            V{"W307 1:4", "W303 1:4", "W302 1:33", "W306 2:41"}},
        Row{"cinahl", "S1 heart Search modes - SmartText Searching",
            "l1 = heart[ti,ab,kw]  // EBSCOhost search mode: SmartText Searching\n", V{"W303 1:4", "W411 1:10"}},
        Row{"cinahl", "S1 heart\tNarrow by Language: - english\tNarrow by SubjectAge: - aged",
            "l1 = heart[ti,ab,kw] AND english[la]  // EBSCOhost: Narrow by SubjectAge: - aged\n",
            V{"W303 1:4", "W303 1:10", "W302 1:40"}},
        Row{"cinahl", "S1 heart\tsomething else", "", V{"E301 1:10"}}));

// Every field code the writer writes is read back as the fields it was written for, from the
// one table both use.
TEST(EbscoImport, EveryWrittenCodeIsReadBack) {
  for (const auto& code : ebsco::field_codes()) {
    if (!code.written) continue;
    const SourceFile source("t.txt", "S1 " + std::string(code.names.front()) + " heart\n");
    DiagnosticSink sink;
    const auto imported = import::read("cinahl", source, sink);
    ASSERT_FALSE(sink.has_errors()) << code.names.front();
    const auto* scope = std::get_if<ast::Fielded>(&imported.strategy.lines.front().query.kind);
    ASSERT_NE(scope, nullptr) << code.names.front();
    EXPECT_TRUE(scope->fields == code.fields) << code.names.front();
  }
}

}  // namespace
}  // namespace searchc
