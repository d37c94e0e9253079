// Importing Cochrane CENTRAL as the Cochrane Library ran it: one row per form, each finding of a
// misreading with the Library's reading, and the strategies of the CENTRAL appendices corpus.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <tuple>

#include "base/text.hpp"
#include "base/visit.hpp"
#include "compiler/resolve.hpp"
#include "databases/database.hpp"
#include "databases/import.hpp"
#include "mesh/vocabulary.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

namespace fs = std::filesystem;

struct Read {
  import::Imported imported;
  DiagnosticSink sink;
};

// `text` imported from `syntax` and resolved against the bundled MeSH, as `searchc import` does.
Read read(std::string_view syntax, const std::string& text) {
  Read out;
  out.imported = test::import_resolved(syntax, SourceFile("t.txt", text), out.sink);
  return out;
}

// The last line of the imported strategy as the language writes it, limits and comment included.
std::string last_line(const import::Imported& imported) {
  if (imported.strategy.lines.empty()) return "";
  const auto text = import::format(imported);
  const auto name = imported.strategy.lines.back().name + " = ";
  const auto at = text.find("\n" + name);
  if (at == std::string::npos) return "";
  return text.substr(at + 1, text.find('\n', at + 1) - at - 1);
}

// The words of `node` (terms and phrases) that are the export's own text or an operator, not a
// search: the MeSH browser's words, the word variations record, NEXT/n and NEAR/n, and other
// databases' operators. Each is listed unless a warning covers its place in `sink`.
void unwarned_syntax_words(const ast::Node& node, const DiagnosticSink& sink, std::vector<std::string>& out) {
  const auto word = [&](const std::string& text) {
    const auto w = lower(text);
    const bool syntax = w == "explode" || w == "descriptor" || w == "variations" || w == "mesh" ||
                        w.rfind("next/", 0) == 0 || w.rfind("near/", 0) == 0 || w == "adj" ||
                        (w.rfind("adj", 0) == 0 && all_digits(w.substr(3)));
    if (!syntax) return;
    const auto all = sink.sorted();
    const bool warned = std::any_of(all.begin(), all.end(), [&](const Diagnostic& d) {
      return d.span.begin <= node.span.begin && node.span.end <= d.span.end;
    });
    if (!warned) out.push_back(text);
  };
  const auto each = [&](const ast::Nodes& nodes) {
    for (const auto& n : nodes) unwarned_syntax_words(n, sink, out);
  };
  std::visit(overloaded{
                 [&](const ast::Term& t) { word(t.text); },
                 [&](const ast::Phrase& p) { word(p.text); },
                 [](const ast::Heading&) {},
                 [](const ast::LineRef&) {},
                 [](const ast::Native&) {},
                 [&](const ast::Bool& b) { each(b.operands); },
                 [&](const ast::Not& n) { each(n.operands); },
                 [&](const ast::Near& n) { each(n.operands); },
                 [&](const ast::Fielded& f) { each(f.body); },
             },
             node.kind);
}

struct Form {
  const char* central;   // the CENTRAL history
  const char* language;  // its last line in the language, `l1 = ...`; empty when refused
  std::vector<std::string> codes = {};
};

void PrintTo(const Form& f, std::ostream* os) {
  *os << f.central;
}

class CentralForms : public testing::TestWithParam<Form> {};

TEST_P(CentralForms, ReadAsTheLibraryRanThem) {
  const auto& form = GetParam();
  const auto result = read("central", form.central);
  EXPECT_EQ(test::codes(result.sink), form.codes) << render_all(result.sink, SourceFile("t.txt", form.central));
  if (!result.sink.has_errors()) {
    EXPECT_EQ(last_line(result.imported), form.language);
    std::vector<std::string> unwarned;
    for (const auto& line : result.imported.strategy.lines) unwarned_syntax_words(line.query, result.sink, unwarned);
    EXPECT_TRUE(unwarned.empty()) << testing::PrintToString(unwarned);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, CentralForms,
    testing::Values(
        // NEXT/n: NEAR/n, in either order (W304); NEXT/1 is NEXT
        Form{"#1 (corneal NEXT/2 inlay*):ti,ab,kw", "l1 = (corneal NEAR/2 inlay*)[ti,ab,kw]", {"W304"}},
        Form{"#1 corneal next/1 inlay*", "l1 = corneal NEXT inlay*", {"W304"}},
        // the results tab: the line's comment (W302); the word variations record: `variations`
        Form{"#1 asthma\n#2 #1 in Trials", "l2 = #l1  // results tab: in Trials", {"W302"}},
        Form{"#1 asthma in Cochrane Reviews", "l1 = asthma  // results tab: in Cochrane Reviews", {"W302"}},
        Form{"#1 otovent (Word variations have been searched)", "l1 = otovent variations", {}},
        Form{"#1 otovent (word variations have been searched)", "l1 = otovent variations", {}},
        Form{"#1 a\n#2 b\n#3 #1 and not #2 in Trials (Word variations have been searched)",
             "l3 = #l1 NOT #l2 variations  // results tab: in Trials",
             {"W308", "W302"}},
        // descriptor lines of every era, and a search after the descriptor
        Form{"#1 MeSH nitrous oxide explode all trees", "l1 = mesh(\"nitrous oxide\")", {"N001"}},
        Form{"#1 MeSH descriptor Cervical Intraepithelial Neoplasia explode all trees",
             "l1 = mesh(\"Cervical Intraepithelial Neoplasia\")",
             {"W006"}},
        Form{"#1 MeSH descriptor Body Temperature, this term only", "l1 = mesh(\"Body Temperature\", noexp)"},
        Form{"#1 ASCITES explode all trees (MeSH)", "l1 = mesh(\"ASCITES\")", {"N001"}},
        Form{"#1 MeSH descriptor: [Geriatrics] explode all trees OR (aging OR elder*):ti,ab,kw",
             "l1 = mesh(\"Geriatrics\") OR (aging OR elder*)[ti,ab,kw]"},
        Form{"#1 MeSH descriptor: [Asthma] explode all trees AND child*:ti,ab,kw",
             "l1 = mesh(\"Asthma\") AND child*[ti,ab,kw]"},
        Form{"#1 MESH DESCRIPTOR Ketamine EXPLODE ALL TREES", "l1 = mesh(\"Ketamine\")", {"N001"}},
        Form{"#1 Exp MESH descriptor Sympathectomy", "", {"E301"}},
        // the Cochrane Register of Studies' forms, in a strategy that shows one of its marks (W314)
        Form{"#1 (heart adj3 attack):TI,AB,KY", "l1 = (heart NEAR/4 attack)[ti,ab,kw]", {"W304", "W314", "W303"}},
        Form{"#1 heart NEAR5 attack AND CENTRAL:TARGET",
             "l1 = heart NEAR/6 attack  // Register of Studies: AND CENTRAL:TARGET",
             {"W304", "W302", "W314"}},
        Form{"#1 heart near attack AND INREGISTER",
             "l1 = heart NEAR/6 attack  // Register of Studies: AND INREGISTER",
             {"W304", "W302", "W314"}},
        Form{"#1 MESH DESCRIPTOR Pain, Postoperative AND CENTRAL:TARGET",
             "l1 = mesh(\"Pain, Postoperative\")  // Register of Studies: AND CENTRAL:TARGET",
             {"W304", "W302", "W314"}},
        Form{"#1 heart:TI,AB,KY345\n#2 lung:TI,AB,KY7\n#3#1 OR #2393",
             "l3 = #l1 OR #l2",
             {"W303", "W314", "W306", "W306", "W306"}},
        // another database's operator words: searched as words (W311, at each)
        Form{"#1 heart adj3 attack", "l1 = heart AND adj3 AND attack", {"W311"}},
        Form{"#1 (heart N3 attack) or (heart W/3 attack) or (heart NEAR3 attack)",
             "l1 = (heart AND N3 AND attack) OR (heart AND W/3 AND attack) OR (heart AND NEAR3 AND attack)",
             {"W311", "W311", "W311"}},
        Form{"#1 asthma.ti,ab.", "l1 = \"asthma.ti,ab.\"", {"W311"}},
        // the export's date limits, with the results tab, in every interface's form
        Form{"#1 asthma\n#2 #1 with Cochrane Library publication date Between Jan 2014 and Jul 2021, in Trials",
             "l2 = #l1 limit cochrane-date 2014-01 to 2021-07  // results tab: in Trials",
             {"W302"}},
        Form{"#1 asthma with Cochrane Library publication date from Jan 2010 to Dec 2020",
             "l1 = asthma limit cochrane-date 2010-01 to 2020-12"},
        Form{"#1 asthma\n#2 wheeze\n#3 #1 and #2, from 2009 to 2013", "l3 = #l1 AND #l2 limit year 2009 to 2013"},
        Form{"#1 asthma\n#2 #1 from 2009 to 2013", "l2 = #l1 limit year 2009 to 2013"},
        Form{"#1 a\n#2 #1 and a Publication Year from 2003 to 2016, in Trials",
             "l2 = #l1 AND a limit year 2003 to 2016  // results tab: in Trials",
             {"W302"}},
        Form{"#1 asthma\n#2 #1 with Cochrane Library publication date Between Jan 2014 and Jul 2021 with "
             "Publication Year from 2010 to 2020",
             "l2 = #l1 limit cochrane-date 2014-01 to 2021-07 limit year 2010 to 2020"},
        // line lists in braces are separated by commas; spaces in a field list
        Form{"#1 a\n#2 b\n#3 {OR #1 #2}", "", {"E301"}},
        Form{"#1 (asthma or wheez*):ti, ab, kw", "l1 = (asthma OR wheez*)[ti,ab,kw]", {"W308"}},
        Form{"#1 (asthma or wheez*): ti, ab", "l1 = (asthma OR wheez*)[ti,ab]", {"W308"}},
        // words side by side are ANDed before OR and NOT (W307); AND with OR is refused (E302)
        Form{"#1 health worker* or nurse*", "l1 = (health AND worker*) OR nurse*", {"W307"}},
        Form{"#1 lung cancer not small cell", "l1 = (lung AND cancer) NOT (small AND cell)", {"W307", "W307"}},
        Form{"#1 lung cancer and tumour", "l1 = lung AND cancer AND tumour"}, Form{"#1 a or b and c", "", {"E302"}},
        // a colon with no field label after it, as prose ends (`were used:`)
        Form{"#1 text words were used:", "", {"E301"}},
        // a line number inside a word is no search
        Form{"#1 a\n#2 101-#1", "", {"E301"}}));

// The Library's date-limit wording in a form not read as a limit: refused at the wording (E301),
// never searched as the words `with AND Cochrane AND Library ...` (red-team findings d22_6,
// d21_6, d22_5, d21_5, d22_1). Inside a phrase the words are the search's.
TEST(CentralForms, UnreadDateLimitRefusedAtItsWording) {
  const std::vector<std::pair<std::string, std::vector<std::string>>> rows = {
      {"#1 heart:ti\n#2 #1 with Cochrane Library publication date from Jan 2014", {"E301 2:7"}},
      {"#1 heart:ti\n#2 #1 with Cochrane Library publication date Between 01/01/2014 and 31/07/2021", {"E301 2:7"}},
      {"#1 heart:ti\n#2 #1 with Publication Year from 1990, in Trials", {"E301 2:7", "W302 2:38"}},
      {"#1 heart:ti\n#2 #1 with Cochrane Library publication date Between Jan 2014 and Foo 2021", {"E301 2:7"}},
      {"#1 heart:ti\n#2 #1 with Cochrane Library publication date Between Jan 2014 and Jul 2021x", {"E301 2:7"}},
      {"#1 heart:ti\n#2 heart with publication year", {"E301 2:10"}},
      {"#1 heart:ti\n#2 #1 and heart Publication Year from 2003, in Trials", {"E301 2:17", "W302 2:43"}},
      {"#1 \"associated with publication year\":ti", {}},
      {"#1 heart:ti\n#2 #1 with Cochrane Library publication date Between Jan 2014 and Jul 2021", {}},
  };
  for (const auto& [input, codes] : rows) {
    DiagnosticSink sink;
    const SourceFile source("t.txt", input);
    const auto imported = test::import_resolved("central", source, sink);
    EXPECT_EQ(test::positioned_codes(sink, source), codes) << input;
    if (codes.empty()) {
      EXPECT_EQ(imported.strategy.lines.size(), input.find('\n') == std::string::npos ? 1U : 2U);
    }
  }
}

// CENTRAL's `?`, whose counting the Library does not document (docs/databases.md), read as the
// language's, exactly one character, and said: perhaps narrower, wider after NOT (W301).
TEST(CentralForms, OptionalCharacterReadWithItsDirection) {
  const std::vector<std::tuple<std::string, std::string, std::vector<std::string>>> rows = {
      {"#1 (tumo?r or behavio?r):ti,ab,kw", "l1 = (tumo?r OR behavio?r)[ti,ab,kw]", {"W301 narrower", "W301 narrower"}},
      {"#1 cancer not tumo?r", "l1 = cancer NOT tumo?r", {"W301 wider"}},
      {"#1 isch*mic", "l1 = isch*mic", {}},
  };
  for (const auto& [central, language, said] : rows) {
    const auto result = read("central", central);
    EXPECT_EQ(last_line(result.imported), language) << central;
    std::vector<std::string> got;
    for (const auto& d : result.sink.sorted()) {
      got.push_back(std::string(code_name(d.code)) + " " + std::string(direction_name(d.direction)));
    }
    EXPECT_EQ(got, said) << central;
  }
}

// E302 names the two readings of the first mix.
TEST(CentralForms, MixedOperatorsNameTheirReadings) {
  const auto result = read("central", "#1 a or b and c");
  const auto diagnostics = result.sink.sorted();
  ASSERT_EQ(diagnostics.size(), 1U);
  const auto& notes = diagnostics.front().notes;
  ASSERT_FALSE(notes.empty());
  EXPECT_EQ(notes.front(), "it reads as `(a OR b) AND c` or as `a OR (b AND c)`");
}

// Each misreading found in CENTRAL imports (../shared/findings/import-misreadings/central_*):
// the Library's reading, or a positioned error. Layout findings (headers, hit columns, unnumbered
// lines) are read by the history's reader and are not listed here.
TEST(CentralForms, Findings) {
  const auto dir = test::source_dir() / "../shared/findings/import-misreadings";
  SEARCHC_NEED_SHARED(dir);
  const std::map<std::string, std::pair<std::string, std::vector<std::string>>> expected = {
      {"central_brace_space_separated_refs", {"", {"E301"}}},
      {"central_brace_space_separated_refs_short", {"", {"E301"}}},
      {"central_cdate_from_to", {"l1 = asthma limit cochrane-date 2010-01 to 2020-12", {}}},
      {"central_cdate_limit_in_reviews",
       {"l2 = #l1 limit cochrane-date 2014-01 to 2021-07  // results tab: in Cochrane Reviews", {"W302"}}},
      {"central_cdate_limit_in_trials",
       {"l2 = #l1 limit cochrane-date 2014-01 to 2021-07  // results tab: in Trials", {"W302"}}},
      {"central_descriptor_and_more_known_class", {"l1 = mesh(\"Asthma\") AND child*[ti,ab,kw]", {}}},
      {"central_field_list_spaces", {"l1 = (asthma OR wheez*)[ti,ab,kw]", {"W308"}}},
      {"central_in_cochrane_reviews_known_class", {"l1 = asthma  // results tab: in Cochrane Reviews", {"W302"}}},
      {"central_old_export_from_to", {"l2 = #l1 limit year 2009 to 2013", {}}},
      {"central_old_export_from_to_comma", {"l3 = #l1 AND #l2 limit year 2009 to 2013", {}}},
      {"central_two_limit_suffixes", {"l2 = #l1 limit cochrane-date 2014-01 to 2021-07 limit year 2010 to 2020", {}}},
  };
  for (const auto& [name, reading] : expected) {
    const auto text = test::read_file(dir / (name + ".central.txt"));
    const auto result = read("central", text);
    EXPECT_EQ(test::codes(result.sink), reading.second) << name << render_all(result.sink, SourceFile(name, text));
    if (!result.sink.has_errors()) {
      EXPECT_EQ(last_line(result.imported), reading.first) << name;
    }
  }
}

// The strategies of ../shared/corpora/central-appendices, their `%% ` header lines taken off:
// each imports in the syntax tests/import/central-appendices.tsv names, or fails with the code
// listed there (the first error of its import or of its translation back to that syntax); each
// import is written back in its syntax and read again, twice, to the same strategy.
TEST(CentralForms, AppendicesCorpus) {
  const auto dir = test::source_dir() / "../shared/corpora/central-appendices";
  SEARCHC_NEED_SHARED(dir);
  std::size_t files = 0;
  std::size_t imported = 0;
  std::size_t fixed = 0;
  for (const auto& [file, syntax, code, text] : test::central_appendices()) {
    ++files;
    ASSERT_FALSE(syntax.empty()) << file << " is not listed in central-appendices.tsv";
    const auto& backend = *find_database(syntax);
    auto first = read(syntax, text);
    DiagnosticSink sink;
    Output written;
    if (!first.sink.has_errors()) written = compile(first.imported.strategy, backend, EmitOptions{}, sink);
    const auto& errors_at = first.sink.has_errors() ? first.sink : sink;
    if (errors_at.has_errors()) {
      const auto errors = errors_at.sorted();
      const auto error =
          std::find_if(errors.begin(), errors.end(), [](const Diagnostic& d) { return d.severity == Severity::error; });
      EXPECT_EQ(std::string(code_name(error->code)), code) << file << " fails as " << syntax << ":\n"
                                                           << render_all(errors_at, SourceFile(file, text));
      continue;
    }
    EXPECT_EQ(code, "-") << file << " imports as " << syntax << " now: mark it `-` in central-appendices.tsv";
    ++imported;
    // no silent misreading: the export's words and other operators are searched only with a warning
    std::vector<std::string> unwarned;
    for (const auto& line : first.imported.strategy.lines) unwarned_syntax_words(line.query, first.sink, unwarned);
    EXPECT_TRUE(unwarned.empty()) << file << ": " << testing::PrintToString(unwarned);
    auto second = read(syntax, written.text);
    ASSERT_FALSE(second.sink.has_errors()) << file << "\n" << written.text;
    auto third = read(syntax, compile(second.imported.strategy, backend, EmitOptions{}, sink).text);
    EXPECT_EQ(import::format(second.imported), import::format(third.imported)) << file;
    if (import::format(second.imported) == import::format(third.imported)) ++fixed;
  }
  std::printf("CENTRAL appendices: %zu strategies, %zu imported, %zu at a fixed point\n", files, imported, fixed);
  EXPECT_EQ(files, test::listing("central-appendices.tsv").size());
}

}  // namespace
}  // namespace searchc
