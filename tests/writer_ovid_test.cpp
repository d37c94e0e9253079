// Ovid MEDLINE's writer where the language says more than Ovid's syntax can (defects #11, #12 and
// #13 of the translation red-team): `NEAR/100`, several floating subheadings, a literal `#`.
#include <gtest/gtest.h>

#include "databases/database.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

using V = std::vector<std::string>;

struct Case {
  const char* source;
  const char* expected;  // the output text
  V codes = {};
  const char* database = "ovid";
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.source;
}

class WriterOvid : public testing::TestWithParam<Case> {};

TEST_P(WriterOvid, Written) {
  const auto& c = GetParam();
  auto analysis = test::analyze_text(c.source);
  ASSERT_FALSE(analysis.diagnostics.has_errors()) << render_all(analysis.diagnostics, analysis.source);
  DiagnosticSink sink;
  const auto output = compile(analysis.strategy, *find_database(c.database), EmitOptions{}, sink);
  EXPECT_EQ(output.text, c.expected) << render_all(sink, analysis.source);
  EXPECT_EQ(test::codes(sink), c.codes) << render_all(sink, analysis.source);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, WriterOvid,
    testing::Values(
        // #11: Ovid's adjN goes up to 99; NEAR/100 is AND within the fields, which finds more ...
        Case{"a = (heart NEAR/100 attack)[ti,ab] OR (lung NEAR/1 cancer)[ti,ab]",
             "1 (heart and attack).ti,ab. or (lung adj1 cancer).ti,ab.\n", V{"W107"}},
        Case{"a = heart NEAR/99 attack", "1 (heart adj99 attack).af.\n"},
        // ... and after NOT removes more: an error, through a line reference too.
        Case{"a = x NOT (heart NEAR/100 attack)", "", V{"E202"}},
        Case{"a = heart NEAR/100 attack\nb = x NOT #a", "", V{"E202"}},
        // #12: several floating subheadings are one `.fs.` search each, ORed; `dt,th.fs.` would
        // name fields.
        Case{"a = mesh(/\"drug therapy\", /TH)", "1 (dt.fs. or th.fs.)\n"},
        Case{"a = x AND mesh(/DT, /TH)", "1 x.af. and (dt.fs. or th.fs.)\n"}, Case{"a = mesh(/TH)", "1 th.fs.\n"},
        // #13: `#` is Ovid's wildcard for one character, so a literal one cannot be searched.
        Case{"a = C# OR x", "", V{"E204"}}, Case{"a = \"C# programming\"", "", V{"E204"}},
        Case{"a = wom?n", "1 wom#n.af.\n"},
        // Issue 25: all text is Ovid's All Fields, `.af.`, on each largest group outside
        // any field, heading or line; a search without a suffix is Ovid's default fields,
        // `.mp.`, which hold no authors, journal, publication type or language.
        Case{"a = stroke", "1 stroke.af.\n"}, Case{"a = stroke[all]", "1 stroke.af.\n"},
        Case{"a = (stroke OR \"heart attack\") AND x", "1 ((stroke or \"heart attack\") and x).af.\n"},
        Case{"a = (stroke OR x[ti]) NOT mesh(\"Heart\")", "1 (stroke.af. or x.ti.) not exp Heart/\n"},
        Case{"a = (stroke OR y) AND x[ti]", "1 (stroke or y).af. and x.ti.\n"},
        Case{"a = stroke[ti]\nb = #a AND english[all]", "1 stroke.ti.\n2 1 and english.af.\n"},
        Case{"a = stroke[ti] AND english[la]", "1 stroke.ti. and english.la.\n"},
        // Embase on Ovid has no language field: searched in all fields, which hold it.
        Case{"a = stroke[ti] AND english[la]", "1 stroke.ti. and english.af.\n", V{"W101"}, "embase-ovid"},
        Case{"a = stroke[ti] AND (x OR lancet[so])", "1 stroke.ti. and (x or lancet).af.\n", V{"W101"},
             "psycinfo-ovid"},
        Case{"a = stroke limit year 2010 to 2020", "1 stroke.af.\n2 limit 1 to yr=\"2010 - 2020\"\n"}));

}  // namespace
}  // namespace searchc
