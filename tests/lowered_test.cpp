// The lowering, seen through `searchc check --dump lowered --to DB`: for each database, one row per
// construct with the tree its writer receives and the codes of what was rewritten. A tree that
// a database cannot be given at all (an error) is empty.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "databases/database.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

struct Case {
  const char* target;
  const char* source;
  const char* lowered;  // ast::dump of the lowered strategy, without its final newline
  std::vector<std::string> codes;
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.target << ": " << c.source;
}

class Lowered : public testing::TestWithParam<Case> {};

TEST_P(Lowered, Tree) {
  const auto& c = GetParam();
  auto analysis = test::analyze_text(c.source);
  ASSERT_FALSE(analysis.diagnostics.has_errors()) << render_all(analysis.diagnostics, analysis.source);
  DiagnosticSink sink;
  const auto lowered = lower_for(analysis.strategy, *find_database(c.target), sink);
  auto dump = ast::dump(lowered);
  if (!dump.empty() && dump.back() == '\n') dump.pop_back();
  EXPECT_EQ(dump, c.lowered) << render_all(sink, analysis.source);
  EXPECT_EQ(test::codes(sink), c.codes) << render_all(sink, analysis.source);
}

// Proximity, adjacency with truncation in a field scope, a heading with a qualifier, a field a
// database may lack under NOT, a one-character wildcard in the author field, a line used both in
// the result and under NOT, and AND inside a scope of several fields.
INSTANTIATE_TEST_SUITE_P(
    EveryDatabase, Lowered,
    testing::Values(
        Case{"central", "r = heart NEAR/3 attack*", "r = (near/3 (term heart) (term attack*))", {}},
        Case{"central", "r = (stem NEXT cell*)[ti,ab]", "r = (fields ti,ab (next (term stem) (term cell*)))", {}},
        Case{"central", "r = mesh(\"Heart\", /DT)", "r = (mesh \"Heart\" /DT)", {}},
        Case{"central", "r = heart[la] NOT mouse", "r = (not (term heart) (term mouse))", {"W101"}},
        Case{"central", "r = wom?n[au]", "r = (fields au (term wom?n))", {"W108"}},
        // No truncation: the words the stem stands for, from MeSH and the English word list (W180).
        Case{"ctgov",
             "r = heart NEAR/3 attack*",
             " = (and (term heart) (or (term attack) (term attacked) (term attacker) (term attackers) (term attacking) "
             "(term attacks)))",
             {"W107", "W180"}},
        Case{"ctgov", "r = (stem NEXT cell*)[ti,ab]", " = (phrase \"stem cell\")", {"W101", "W108"}},
        Case{"ctgov", "r = mesh(\"Heart\", /DT)", " = (phrase \"Heart\")", {"W106"}},
        Case{"ctgov", "r = heart[la] NOT mouse", " = (not (term heart) (term mouse))", {"W101"}},
        Case{"ctgov", "r = wom?n[au]", " = (or (term woman) (term women))", {"W101", "W180"}},
        // and words without a field, which its standard search reads in some fields only (W190)
        Case{"ictrp", "r = heart NEAR/3 attack*", " = (and (term heart) (term attack*))", {"W190", "W107"}},
        Case{"ictrp", "r = (stem NEXT cell*)[ti,ab]", " = (phrase \"stem cell*\")", {"W101"}},
        Case{"ictrp", "r = mesh(\"Heart\", /DT)", " = (phrase \"Heart\")", {"W106"}},
        // ICTRP's standard search reads neither language nor authors: narrower, an error
        Case{"ictrp", "r = heart[la] NOT mouse", "", {"E202", "W190"}},
        Case{"ictrp", "r = wom?n[au]", "", {"E202", "W108"}},
        Case{"inahta", "r = heart NEAR/3 attack*", " = (and (term heart) (term attack*))", {"W107"}},
        Case{"inahta",
             "r = (stem NEXT cell*)[ti,ab]",
             " = (or (fields ti (and (term stem) (term cell*))) (fields ab (and (term stem) (term cell*))))",
             {"W107"}},
        Case{"inahta", "r = mesh(\"Heart\", /DT)", " = (mesh \"Heart\")", {"W112"}},
        Case{"inahta", "r = heart[la] NOT mouse", " = (fields la (term heart))", {"W109"}},
        Case{"inahta", "r = wom?n[au]", " = (fields au (term wom*))", {"W108"}},
        Case{"epistemonikos", "r = heart NEAR/3 attack*", " = (and (term heart) (term attack*))", {"W107"}},
        Case{"epistemonikos",
             "r = (stem NEXT cell*)[ti,ab]",
             " = (or (fields ti (and (term stem) (term cell*))) (fields ab (and (term stem) (term cell*))))",
             {"W107"}},
        Case{"epistemonikos", "r = mesh(\"Heart\", /DT)", " = (phrase \"Heart\")", {"W106"}},
        Case{"epistemonikos", "r = heart[la] NOT mouse", " = (term heart)", {"W109", "W101"}},
        Case{"epistemonikos", "r = wom?n[au]", " = (term wom*)", {"W101", "W108"}},
        Case{"ovid", "r = heart NEAR/3 attack*", "r = (near/3 (term heart) (term attack*))", {}},
        Case{"ovid", "r = (stem NEXT cell*)[ti,ab]", "r = (fields ti,ab (next (term stem) (term cell*)))", {}},
        Case{"ovid", "r = mesh(\"Heart\", /DT)", "r = (mesh \"Heart\" /DT)", {}},
        Case{"ovid", "r = heart[la] NOT mouse", "r = (not (fields la (term heart)) (term mouse))", {}},
        Case{"ovid", "r = wom?n[au]", "r = (fields au (term wom?n))", {}},
        Case{"pubmed", "r = heart NEAR/3 attack*", "r = (and (term heart) (term attack*))", {"W107"}},
        Case{"pubmed", "r = (stem NEXT cell*)[ti,ab]", "r = (fields ti,ab (phrase \"stem cell*\"))", {"W101"}},
        Case{"pubmed", "r = mesh(\"Heart\", /DT)", "r = (mesh \"Heart\" /DT)", {"W160"}},
        Case{"pubmed", "r = heart[la] NOT mouse", "r = (not (fields la (term heart)) (term mouse))", {}},
        // `wom*` would be too short a stem for PubMed: the words instead (W180).
        Case{"pubmed", "r = wom?n[au]", "r = (fields au (or (term woman) (term women)))", {"W180"}},
        // A line used in the result and under NOT, whose two forms differ, is written in each form
        // where it is used, and so is a line that refers to it; one the same both ways is not.
        Case{"pubmed",
             "a = (bone NEAR/2 marrow)[ti,kw]\nb = #a OR heart\nm = mouse AND #b\nr = #m NOT #b",
             "a = (fields ti,ab,kw (and (term bone) (term marrow)))\na (under NOT) = (fields ti (near/2 (term bone) "
             "(term marrow)))\nb = (or (ref a) (term heart))\nb (under NOT) = (or (ref a (under NOT)) (term "
             "heart))\nm = (and (term mouse) (ref b))\nr = (not (ref m) (ref b (under NOT)))",
             {"W101", "W107", "W101", "W114"}},
        // A database that scopes one field at a time, or has proximity in some fields only, gets
        // the scope on each part between AND and NOT: within one field, the AND would lose a
        // record with its words in two fields.
        Case{"inahta",
             "r = (heart AND attack)[ti,ab]",
             " = (and (or (fields ti (term heart)) (fields ab (term heart))) (or (fields ti (term attack)) (fields ab "
             "(term attack))))",
             {}},
        Case{"ctgov",
             "r = (\"multiple sclerosis\" AND \"stem cell\")[condition,intervention]",
             " = (and (or (fields condition (phrase \"multiple sclerosis\")) (fields intervention (phrase \"multiple "
             "sclerosis\"))) (or (fields condition (phrase \"stem cell\")) (fields intervention (phrase \"stem "
             "cell\"))))",
             {}},
        Case{"pubmed",
             "a = (autologous AND (bone NEAR/2 marrow))[ti,kw]",
             "a = (and (fields ti,ab,kw (term autologous)) (fields ti,ab,kw (and (term bone) (term marrow))))",
             {"W101", "W101", "W107"}},
        Case{"ovid",
             "a = (bone NEAR/2 marrow)[ti,ab,kw]\nb = #a OR heart\nm = mouse AND #b\nr = #m NOT #b",
             "a = (fields ti,ab,kw (near/2 (term bone) (term marrow)))\nb = (or (ref a) (term heart))\nm = (and "
             "(term mouse) (ref b))\nr = (not (ref m) (ref b))",
             {}}));

}  // namespace
}  // namespace searchc
