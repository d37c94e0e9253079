// CINAHL Complete and APA PsycInfo on EBSCOhost: one syntax written for both, each with its own
// thesaurus (docs/databases.md, "CINAHL Complete (EBSCOhost) (`cinahl`)"). The rows state what
// each construct must be in EBSCOhost's syntax: proximity counted as EBSCOhost counts it (the
// words between), phrases quoted, wildcards the other way round from Ovid's, one field code a
// scope, the history's `S1 OR S2`, and a limit as a search ANDed on.
#include <gtest/gtest.h>

#include "databases/database.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

using V = std::vector<std::string>;

struct Case {
  const char* database;
  const char* source;
  const char* expected;  // the output text
  V codes = {};
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.database << ": " << c.source;
}

class Ebsco : public testing::TestWithParam<Case> {};

TEST_P(Ebsco, Written) {
  const auto& c = GetParam();
  auto analysis = test::analyze_text(c.source);
  ASSERT_FALSE(analysis.diagnostics.has_errors()) << render_all(analysis.diagnostics, analysis.source);
  const auto* database = find_database(c.database);
  ASSERT_NE(database, nullptr);
  DiagnosticSink sink;
  const auto output = compile(analysis.strategy, *database, EmitOptions{}, sink);
  EXPECT_EQ(output.text, c.expected) << render_all(sink, analysis.source);
  EXPECT_EQ(test::codes(sink), c.codes) << render_all(sink, analysis.source);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, Ebsco,
    testing::Values(
        // Proximity: `Nn` allows n words between, so the language's NEAR/3 (within 3 words, 2
        // between) is N2, not N3 as Polyglot copies it; NEXT is W0, adjacent in order.
        Case{"cinahl", "a = heart NEAR/3 attack", "S1 TX (heart N2 attack)\n", V{"W101"}},
        Case{"cinahl", "a = heart NEAR/1 attack", "S1 TX (heart N0 attack)\n", V{"W101"}},
        Case{"psycinfo-ebsco", "a = heart NEXT attack", "S1 TX (heart W0 attack)\n", V{"W101"}},
        Case{"cinahl", "a = (bone NEXT marrow) NEAR/2 transplant*", "S1 TX ((bone W0 marrow) N1 transplant*)\n",
             V{"W101"}},
        // Phrases are quoted: EBSCOhost searches words typed together near each other (N5).
        Case{"cinahl", "a = \"heart attack\" OR x", "S1 TX (\"heart attack\" OR x)\n", V{"W101"}},
        // Words EBSCOhost would read as an operator, a search of the history or a field code.
        // `and`, a stop word, is not searched at all (W414)
        Case{"cinahl", "a = \"and\" OR \"n5\" OR s1 OR ti OR MH OR x",
             "S1 TX (\"and\" OR \"n5\" OR \"s1\" OR \"ti\" OR \"MH\" OR x)\n", V{"W101", "W414"}},
        // A stop word inside quotation marks matches any one word (W414: more; after NOT, fewer).
        Case{"cinahl", "a = \"quality of life\" OR \"quality in life\"",
             "S1 TX (\"quality of life\" OR \"quality in life\")\n", V{"W101", "W414"}},
        Case{"psycinfo-ebsco", "a = x NOT \"Quality Of Life\"[ti]", "S1 TX x NOT TI \"Quality Of Life\"\n",
             V{"W101", "W414"}},
        // stop words alone are not searched at all: a change with no direction
        Case{"cinahl", "a = (\"of the\" OR heart)[ti]", "S1 TI (\"of the\" OR heart)\n", V{"W414"}},
        // Wildcards: `*` and `?` as in the language; Ovid would write `?` as `#`.
        Case{"cinahl", "a = transplant* OR wom?n OR isch*mic", "S1 TX (transplant* OR wom?n OR isch*mic)\n", V{"W101"}},
        Case{"cinahl", "a = \"stem cell*\"", "S1 TX \"stem cell*\"\n", V{"W101"}},
        // A `?` ending a word is dropped by EBSCOhost: searched as `*`, which finds more ...
        Case{"cinahl", "a = colo? OR x", "S1 TX (colo* OR x)\n", V{"W101", "W108"}},
        // ... and after NOT removes more: an error, unless accepted.
        Case{"cinahl", "a = x NOT colo?", "", V{"W101", "W101", "E202"}},
        // `#` is EBSCOhost's wildcard for one character or none: a literal one cannot be searched.
        Case{"cinahl", "a = C# OR x", "", V{"W101", "E204"}},
        // Fields: one code before the scope; a scope of several fields is one search per field.
        Case{"cinahl", "a = (heart OR lung)[ti]", "S1 TI (heart OR lung)\n"},
        Case{"cinahl", "a = heart[ti,ab]", "S1 TI heart OR AB heart\n"},
        Case{"cinahl", "a = (heart NEAR/5 attack)[ab]", "S1 AB (heart N4 attack)\n"},
        // A search without a field code reads CINAHL's default fields, the title, the abstract and
        // the subject headings only: all text is `TX`, which reads the full text of the articles
        // that have it too (W101: finds more; after NOT, fewer, as the database's own widening).
        Case{"cinahl", "a = heart[all] OR lung[ti]", "S1 TX heart OR TI lung\n", V{"W101"}},
        Case{"cinahl", "a = x NOT y", "S1 TX (x NOT y)\n", V{"W101", "W101"}},
        // The history: numbered searches, `S1 OR S2`.
        Case{"cinahl", "a = x\nb = y\nc = #a NOT #b", "S1 TX x\nS2 TX y\nS3 S1 NOT S2\n", V{"W101", "W101"}},
        Case{"psycinfo-ebsco", "a = x\nb = y\nc = #a OR #b", "S1 TX x\nS2 TX y\nS3 S1 OR S2\n", V{"W101"}},
        // A year limit is a search ANDed onto its line; later lines refer to the limited one.
        Case{"cinahl", "a = x limit year 2014 to 2021\nb = #a OR y", "S1 TX x\nS2 S1 AND DT 2014-2021\nS3 S2 OR TX y\n",
             V{"W101"}}));

}  // namespace
}  // namespace searchc
