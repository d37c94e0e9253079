// Random inputs, made the same way on every run: token soups in the language and in each
// imported syntax go through import, check, compile to every database and fmt. Nothing may
// crash (the CI build runs them under AddressSanitizer and UndefinedBehaviorSanitizer), every
// strategy that checks cleanly must compile or say why not, and fmt must keep the meaning.
// SEARCHC_RANDOM_ROUNDS=20 makes twenty times as many inputs, for a longer run by hand.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <cstdlib>
#include <random>

#include "compiler/format.hpp"
#include "compiler/resolve.hpp"
#include "databases/database.hpp"
#include "databases/import.hpp"
#include "mesh/vocabulary.hpp"
#include "test_support.hpp"

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

void compile_everywhere(const ast::Strategy& strategy) {
  for (const auto& backend : databases()) {
    DiagnosticSink sink;
    const auto output = compile(strategy, backend, EmitOptions{}, sink);
    if (!sink.has_errors()) {
      EXPECT_FALSE(output.text.empty()) << backend.capabilities.id;
    }
  }
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
  std::size_t compiled = 0;
  for (int i = 0; i < rounds(1500); ++i) {
    const auto text = "a = x\n" + soup(random, tokens, 4 + random() % 24) + "\n";
    auto analysis = test::analyze_text(text);
    if (analysis.diagnostics.has_errors()) continue;
    compile_everywhere(analysis.strategy);
    ++compiled;
    const auto formatted = format_strategy(analysis.strategy, analysis.source);
    const auto again = test::analyze_text(formatted);
    ASSERT_FALSE(again.diagnostics.has_errors()) << text << "\n--- formatted:\n" << formatted;
    EXPECT_EQ(ast::dump(again.strategy), ast::dump(analysis.strategy)) << text;
  }
  EXPECT_GT(compiled, 0U);  // most soups stop in the parser; RandomStrategies reaches the backends
}

// A random search that the language accepts: words, phrases, headings and references joined
// with parentheses, proximity between words, fields on leaves and proximity groups.
std::string random_search(std::mt19937& random, int depth, int lines) {
  static const std::vector<std::string_view> words = {
      "heart", "card*", "wom?n", "isch*mic", "\"heart attack\"", "\"stem cell*\"", "*natal", "transplant*", "MS"};
  static const std::vector<std::string_view> headings = {"mesh(\"Heart\")", "mesh(\"Heart\", noexp, /DT)", "mesh(/RT)",
                                                         "mesh(\"Aged, 80 and over\", major)"};
  static const std::vector<std::string_view> fields = {"[ti,ab]", "[kw]", "[ti,ab,kw]", "[condition]", "[la]", "[au]"};
  const auto pick = [&](const auto& list) { return std::string(list[random() % list.size()]); };
  const auto choice = random() % (depth > 2 ? 4 : 7);
  if (choice == 0) return pick(words);
  if (choice == 1) return pick(words) + pick(fields);
  if (choice == 2) return pick(headings);
  if (choice == 3 && lines > 0) return fmt::format("#l{}", random() % static_cast<unsigned>(lines));
  if (choice == 4) {
    return fmt::format("({} {} {}){}", pick(words),
                       random() % 2 != 0 ? "NEXT" : fmt::format("NEAR/{}", 1 + random() % 5), pick(words),
                       random() % 2 != 0 ? pick(fields) : "");
  }
  const std::vector<std::string_view> ops = {"AND", "OR", "NOT"};
  return fmt::format("({} {} {})", random_search(random, depth + 1, lines), pick(ops),
                     random_search(random, depth + 1, lines));
}

TEST(Robustness, RandomStrategies) {
  std::mt19937 random(7);
  std::size_t compiled = 0;
  for (int i = 0; i < rounds(400); ++i) {
    std::string text;
    const int lines = 1 + static_cast<int>(random() % 5);
    for (int l = 0; l < lines; ++l) {
      text += fmt::format("l{} = {}", l, random_search(random, 0, l));
      if (random() % 4 == 0) text += " limit year 2014 to 2021";
      if (random() % 4 == 0) text += random() % 2 != 0 ? " role condition" : " role intervention";
      text += "\n";
    }
    if (random() % 3 == 0) text += "database ctgov {\n  accept narrower\n}\n";
    auto analysis = test::analyze_text(text);
    if (analysis.diagnostics.has_errors()) continue;
    compile_everywhere(analysis.strategy);
    ++compiled;
    const auto formatted = format_strategy(analysis.strategy, analysis.source);
    const auto again = test::analyze_text(formatted);
    ASSERT_FALSE(again.diagnostics.has_errors()) << text << "\n--- formatted:\n" << formatted;
    EXPECT_EQ(ast::dump(again.strategy), ast::dump(analysis.strategy)) << text;
  }
  EXPECT_GT(compiled, 300U);
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
    std::size_t imported = 0;
    for (int i = 0; i < rounds(1500); ++i) {
      const SourceFile source("soup", soup(random, tokens, 2 + random() % 20) + "\n");
      DiagnosticSink sink;
      auto result = import::read(syntax, source, sink);
      if (sink.has_errors() || result.strategy.lines.empty()) continue;
      resolve(result.strategy, sink, resolve_options(), mesh::Vocabulary::bundled());
      if (sink.has_errors()) continue;
      ++imported;
      compile_everywhere(result.strategy);
      // What the importer writes is the language: it must read back without an error.
      const auto text = import::format(result);
      const auto again = test::analyze_text(text);
      EXPECT_FALSE(again.diagnostics.has_errors()) << source.text() << "\n--- imported:\n"
                                                   << text << render_all(again.diagnostics, again.source);
    }
    EXPECT_GT(imported, 50U) << syntax;
  }
}

}  // namespace
}  // namespace searchc
