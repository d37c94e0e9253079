// Wildcards a database cannot run (issue 27, item 2, and defects #8 and #17 of the translation
// red-team): written out as the words they stand for, up to 30, with a warning that lists them;
// past 30, narrower, an error unless accepted, and the other way round after NOT; a stem too
// short for a database inside a phrase refused word by word; a soft hyphen refused as input.
#include <gtest/gtest.h>

#include "databases/database.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

using V = std::vector<std::string>;

struct Case {
  const char* target;
  const char* source;
  const char* expected;  // a part of the output text; the whole output when it is empty
  V codes = {};
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.target << ": " << c.source;
}

class Truncation : public testing::TestWithParam<Case> {};

TEST_P(Truncation, Written) {
  const auto& c = GetParam();
  auto analysis = test::analyze_text(c.source);
  ASSERT_FALSE(analysis.diagnostics.has_errors()) << render_all(analysis.diagnostics, analysis.source);
  DiagnosticSink sink;
  const auto output = compile(analysis.strategy, *find_database(c.target), EmitOptions{}, sink);
  if (std::string_view(c.expected).empty()) {
    EXPECT_EQ(output.text, "");
  } else {
    EXPECT_NE(output.text.find(c.expected), std::string::npos) << output.text;
  }
  EXPECT_EQ(test::codes(sink), c.codes) << render_all(sink, analysis.source);
}

INSTANTIATE_TEST_SUITE_P(
    WrittenOut, Truncation,
    testing::Values(
        // ClinicalTrials.gov has no truncation: the stem alone, `transplant`, would miss
        // `transplantation`, which Essie's own word forms do not reach.
        Case{"ctgov", "a = transplant*",
             "Expert search: transplant OR transplantation OR transplantations OR transplanted OR transplanting OR "
             "transplants\n",
             V{"W180"}},
        Case{"ctgov", "a = isch*mic", "Expert search: ischaemic OR ischemic\n", V{"W180"}},
        Case{"ctgov", "a = bone NEAR/3 transplant*", "Expert search: bone AND (transplant OR transplantation OR",
             V{"W107", "W180"}},
        // No beginning to look words up by: still refused.
        Case{"ctgov", "a = *natal", "", V{"E204"}},
        // In a phrase, a wildcard inside a word is written out too, the phrase once for each word;
        // a wildcard at a word's end is its stem there (W108)
        Case{"ctgov", "a = \"isch*mic stroke\"", "Expert search: \"ischaemic stroke\" OR \"ischemic stroke\"\n",
             V{"W180"}},
        Case{"gscholar", "a = wom?n NEXT health", "Search: \"woman health\" OR \"women health\"\n", V{"W180"}},
        Case{"ctgov", "a = \"*natal care\"", "", V{"E204"}},
        // PubMed needs four characters before a wildcard: `wom?n` cannot be cut to `wom*`.
        Case{"pubmed", "a = wom?n[ti]", "#1 (woman[ti] OR women[ti])\n", V{"W180"}},
        // Past 30 words the search is narrower: an error, unless accepted ...
        Case{"pubmed", "a = eye*", "", V{"E202"}},
        Case{"pubmed", "a = eye*\ndatabase pubmed {\n  accept narrower\n}", "#1 eye OR eyeball OR eyebolt OR",
             V{"W111"}},
        // ... and after NOT, where fewer words remove fewer records, a warning that finds more.
        Case{"pubmed", "a = x NOT eye*", "#1 x NOT (eye OR eyeball OR", V{"W180"}},
        Case{"pubmed", "a = tra*", "", V{"E202"}},
        // Stems PubMed runs stay as they are, also with `*` inside a word since June 2024 (NLM
        // Technical Bulletin 2024 May-Jun); its only wildcard is `*`, so `?` becomes one.
        Case{"pubmed", "a = transplant*", "#1 transplant*\n"}, Case{"pubmed", "a = isch*mic[ti]", "#1 isch*mic[ti]\n"},
        Case{"pubmed", "a = organi*ation*[ti]", "#1 organi*ation*[ti]\n"},
        Case{"pubmed", "a = behavio?r[ti]", "#1 behavio*r[ti]\n", V{"W108"}},
        Case{"pubmed", "a = x NOT behavio?r[ti]", "", V{"E202"}}, Case{"ovid", "a = eye*", "1 eye$.af.\n"}));

// Defect #8: inside a phrase each word needs the database's stem, PubMed's four characters and
// ICTRP's three (NLM Technical Bulletin 2024; WHO's search tips). A phrase is one search, so its
// words cannot be written out: an error.
INSTANTIATE_TEST_SUITE_P(Phrases, Truncation,
                         testing::Values(Case{"pubmed", "a = \"ca* screening\"[ti]", "", V{"E204"}},
                                         Case{"pubmed", "a = \"vit* d\"[ti]", "", V{"E204"}},
                                         Case{"pubmed", "a = (ir* NEXT therapy)[ti]", "", V{"E204"}},
                                         Case{"pubmed", "a = \"vita* d\"[ti]", "#1 \"vita* d\"[ti]\n"},
                                         Case{"ictrp", "a = \"ca* screening\"", "", V{"W190", "E204"}},
                                         Case{"ictrp", "a = \"vit* d\"", "Standard search: \"vit* d\"\n", V{"W190"}},
                                         // An author's initial is held in place by the name before it.
                                         Case{"pubmed", "a = \"Crenshaw A*\"[au]", "#1 \"Crenshaw A*\"[au]\n"},
                                         // Ovid runs a phrase as words next to each other: the language's rule stands.
                                         Case{"ovid", "a = \"ca* screening\"", "1 (ca$ adj screening).af.\n"}));

// Defect #17: a soft hyphen (U+00AD) is invisible, and a word holding it is not the word it
// looks like: refused (E006) where it stands, in a word or a phrase, like a zero-width space.
TEST(Truncation, SoftHyphenIsRefused) {
  for (const auto* text : {"a = cardi\u00ADac*", "a = \"heart\u00ADattack\"", "a = \"lung\u00A0cancer\""}) {
    auto analysis = test::analyze_text(text);
    EXPECT_EQ(test::codes(analysis.diagnostics), V{"E006"}) << text;
  }
  auto analysis = test::analyze_text("a = cardi\u00ADac*");
  const auto rendered = render_all(analysis.diagnostics, analysis.source);
  EXPECT_NE(rendered.find("a soft hyphen (U+00AD)"), std::string::npos) << rendered;
}

}  // namespace
}  // namespace searchc
