// Random inputs, made the same way on every run: token soups in the language and in each
// imported syntax, and random strategies, held to the fuzzer's properties (tests/fuzz/
// pipeline.hpp): nothing crashes (the CI build runs them under AddressSanitizer and
// UndefinedBehaviorSanitizer), every strategy that checks compiles for every database with each
// searched word in the search or a warning, fmt keeps the meaning, and an import reads back as
// the language and is stable through its own database.
// SEARCHC_RANDOM_ROUNDS=20 makes twenty times as many inputs, for a longer run by hand.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <cstdlib>
#include <random>

#include "compiler/format.hpp"
#include "compiler/resolve.hpp"
#include "databases/database.hpp"
#include "databases/import.hpp"
#include "random_strategy.hpp"
#include "test_support.hpp"
#include "tests/fuzz/pipeline.hpp"

namespace searchc {
namespace {

int rounds(int base) {
  const char* scale = std::getenv("SEARCHC_RANDOM_ROUNDS");
  return scale == nullptr ? base : base * std::max(1, std::atoi(scale));
}

std::string soup(std::mt19937& random, const std::vector<std::string_view>& tokens, std::size_t length) {
  std::string out;
  std::uniform_int_distribution<std::size_t> pick(0, tokens.size() - 1);
  for (std::size_t i = 0; i < length; ++i) {
    out += tokens[pick(random)];
    if (random() % 3 != 0) out += ' ';
  }
  return out;
}

TEST(Robustness, LanguageSoups) {
  const std::vector<std::string_view> tokens = {"a = ",
                                                "\nb = ",
                                                "\nc = ",
                                                "heart",
                                                "card*",
                                                "wom?n",
                                                "\"heart attack\"",
                                                "\"stem cell*\"",
                                                "AND",
                                                "OR",
                                                "NOT",
                                                "NEXT",
                                                "NEAR/2",
                                                "NEAR",
                                                "(",
                                                ")",
                                                "[ti,ab]",
                                                "[kw]",
                                                "[condition]",
                                                "mesh(\"Heart\")",
                                                "mesh(\"X\", noexp, /DT)",
                                                "mesh(/RT)",
                                                "#a",
                                                "#b",
                                                "limit year 2014 to 2021",
                                                "limit status all",
                                                "role condition",
                                                "native(\"x y\")",
                                                "\ndatabase ctgov {\n  search = ",
                                                "\n  accept narrower\n}\n",
                                                "\n  hits 3\n}",
                                                "//",
                                                "\"",
                                                "*",
                                                "é",
                                                "\t"};
  std::mt19937 random(20261201);
  for (int i = 0; i < rounds(1500); ++i) {
    fuzz::language_properties("a = x\n" + soup(random, tokens, 4 + random() % 24) + "\n");
  }
}

// Every random strategy checks (the generator's contract) and keeps the pipeline's properties.
TEST(Robustness, RandomStrategies) {
  std::mt19937 random(7);
  for (int i = 0; i < rounds(400); ++i) {
    const auto text = test::random_strategy(random);
    const auto analysis = test::analyze_text(text);
    ASSERT_FALSE(analysis.diagnostics.has_errors()) << text << render_all(analysis.diagnostics, analysis.source);
    fuzz::language_properties(text);
  }
}

TEST(Robustness, ImportSoups) {
  const std::vector<std::pair<std::string_view, std::vector<std::string_view>>> syntaxes = {
      {"ovid",
       {"\n1 ",
        "\n2 ",
        "\n",
        "exp",
        "Heart/",
        "*Heart/",
        "Heart/dt, th",
        "[Blood]",
        "(surgery)",
        "dt.fs.",
        "drug therapy.fs.",
        "(",
        ")",
        "\"",
        "\"a b\"",
        "\"Aged, 80 and over\"/",
        "a",
        "b$",
        "c$2",
        "d#e",
        "f?g",
        ".ti,ab.",
        ".tw.",
        ".mp",
        ".nm.",
        ".ed.",
        "..",
        "adj3",
        "adj",
        "adj0",
        "adj999",
        "or",
        "and",
        "not",
        "1",
        "2",
        "#1",
        "or/1-2",
        "and/1,2",
        "or/2-1",
        "or/1\xE2\x80\x90"
        "2",
        "limit 1 to yr=\"2014 - 2021\"",
        "limit 1 to yr=\"2014 - Current\"",
        "limit 2 to humans",
        "[mp=ti]",
        "(123)",
        "(1,234)",
        "/",
        ",",
        "$",
        "\t",
        "\xC3\xA9"}},
      {"central",
       {"\n#1 ",
        "\n#2 ",
        "\n#3\t",
        "\t42",
        "MeSH descriptor: [Heart] explode all trees",
        "MeSH descriptor Heart this term only",
        "and with qualifier(s): [drug therapy - DT]",
        "Any MeSH descriptor with qualifier(s): [Radiotherapy - RT]",
        "explode tree 1",
        "[mh \"Heart\"]",
        "[mh ^\"X\"/DT]",
        "[mh /RT]",
        "[mh",
        "{OR #1-#2}",
        "{AND #2-#1}",
        "{",
        "}",
        "(",
        ")",
        "\"",
        "\"a b\"",
        "a",
        "b*",
        ":ti,ab,kw",
        ":xx",
        "next",
        "near",
        "near/2",
        "near/0",
        "near/x",
        "and",
        "or",
        "not",
        "#1",
        "#2",
        "#9",
        "with Cochrane Library publication date Between Jan 2014 and Jul 2021",
        "with Publication Year from 1990 to 2021, in Trials",
        "with",
        "Search Name:",
        "ID\tSearch\tHits",
        "\xC3\xA9"}},
  };
  std::mt19937 random(42);
  for (const auto& [syntax, tokens] : syntaxes) {
    for (int i = 0; i < rounds(1500); ++i) {
      fuzz::import_properties(syntax, soup(random, tokens, 2 + random() % 20) + "\n");
    }
  }
}

}  // namespace
}  // namespace searchc
