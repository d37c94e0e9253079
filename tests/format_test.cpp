// `searchc fmt`: exact layouts, and the properties that make it safe to run on any strategy.
#include <gtest/gtest.h>

#include "compiler/format.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

std::string format_text(const std::string& text) {
  auto analysis = test::analyze_text(text);
  EXPECT_FALSE(analysis.diagnostics.has_errors()) << render_all(analysis.diagnostics, analysis.source);
  return format_strategy(analysis.strategy, analysis.source);
}

struct Case {
  const char* source;
  const char* formatted;
};

class Format : public testing::TestWithParam<Case> {};

TEST_P(Format, Layout) {
  EXPECT_EQ(format_text(GetParam().source), GetParam().formatted);
}

INSTANTIATE_TEST_SUITE_P(
    Table, Format,
    testing::Values(
        Case{"a = heart or cardiac", "a = heart OR cardiac\n"}, Case{"a = (heart)", "a = heart\n"},
        Case{"a = ((heart or  cardiac))", "a = heart OR cardiac\n"},
        Case{"a = (heart or cardiac)[TI,ab]", "a = (heart OR cardiac)[ti,ab]\n"},
        Case{"a = x or (y or z)", "a = x OR (y OR z)\n"},
        Case{"a = (bone next marrow) near/2 x", "a = (bone NEXT marrow) NEAR/2 x\n"},
        Case{"a = mesh( \"Heart\" ,noexp,/\"drug therapy\", /th)",
             "a = mesh(\"Heart\", /\"drug therapy\", /th, noexp)\n"},
        Case{"a = x   limit  year 2014  to 2021", "a = x limit year 2014 to 2021\n"},
        Case{"// top\n\n\n// about a\na = x // why\n\nb = #a\n", "// top\n\n// about a\na = x  // why\n\nb = #a\n"},
        Case{"a = (x OR\n  // inner\n  y)\n", "a = x OR y  // inner\n"},
        Case{"a = x\ndatabase central { // block\n\n  // the date\n  searched   2021-06-11\n  hits 3 // total\n\n}\n",
             "a = x\ndatabase central {  // block\n  // the date\n  searched 2021-06-11\n  hits 3  // total\n}\n"},
        Case{"strategy   \"T\"\na = x", "strategy \"T\"\na = x\n"},
        Case{"a = x  role   condition  limit status  all", "a = x limit status all role condition\n"},
        Case{"a = x\ndatabase ctgov {\n  search   \"A\"=native( \"p q\" )[condition]  and #a\n  accept   narrower\n}\n",
             "a = x\ndatabase ctgov {\n  search \"A\" = native(\"p q\")[condition] AND #a\n  accept narrower\n}\n"},
        Case{"a = x\nrecords { // totals\n  deduplicated   346\n\n  other-sources 1\n}\n",
             "a = x\nrecords {  // totals\n  deduplicated 346\n\n  other-sources 1\n}\n"},
        Case{"a = x\ndatabase central {\n  change 2021-06-22 \"added\"   hits  20\n}\n",
             "a = x\ndatabase central {\n  change 2021-06-22 \"added\" hits 20\n}\n"},
        Case{"a = x\ndatabase inahta {\n  search = (y OR\n      z)[ti]\n}\n",
             "a = x\ndatabase inahta {\n  search = (y OR z)[ti]\n}\n"}));

// Every example and every accepted grammar form: the formatted text means the same (same tree)
// and formatting again changes nothing.
TEST(FormatProperty, KeepsMeaningAndIsIdempotent) {
  std::vector<std::string> sources;
  for (const auto& entry : std::filesystem::directory_iterator(test::source_dir() / "examples")) {
    if (entry.path().extension() == ".search") sources.push_back(test::read_file(entry.path()));
  }
  for (const auto& c :
       {"a = (heart OR\n  cardiac)[ti] AND (x NOT y)", "a = x NEAR/3 (y OR z)\nb = #a NOT q",
        "a = mesh(\"Heart\", /DT, major) OR \"a b\"[ti,ab] limit year from 2000",
        "a = x role intervention limit registered to 2020\ndatabase ctgov {\n  search \"S\" = "
        "native(\"a b\")[condition] AND #a limit status recruiting\n  accept narrower\n  expand headings\n}"}) {
    sources.emplace_back(c);
  }
  ASSERT_GE(sources.size(), 4U);
  for (const auto& text : sources) {
    const auto original = test::analyze_text(text);
    ASSERT_FALSE(original.diagnostics.has_errors()) << render_all(original.diagnostics, original.source);
    const auto once = format_strategy(original.strategy, original.source);
    const auto again = test::analyze_text(once);
    ASSERT_FALSE(again.diagnostics.has_errors()) << once;
    EXPECT_EQ(ast::dump(again.strategy), ast::dump(original.strategy)) << once;
    EXPECT_EQ(format_strategy(again.strategy, again.source), once);
  }
}

}  // namespace
}  // namespace searchc
