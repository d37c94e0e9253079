// The input limits, for the language and every importer: each extreme input gets its error with
// its code, and nothing overflows the stack or runs for long (compiler/limits.hpp).
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "compiler/limits.hpp"
#include "databases/database.hpp"
#include "databases/import.hpp"
#include "grammar/parser.hpp"
#include "tests/test_support.hpp"

namespace searchc {
namespace {

// The codes of reading `text` in the language (`syntax` empty) or in a database's syntax.
std::vector<std::string> codes_of(std::string_view syntax, std::string text) {
  const SourceFile source("limits", std::move(text));
  DiagnosticSink sink;
  if (syntax.empty()) {
    (void)parse(source, sink);
  } else {
    (void)import::read(syntax, source, sink);
  }
  std::vector<std::string> errors;
  for (const auto& d : sink.sorted()) {
    if (d.severity == Severity::error) errors.emplace_back(code_name(d.code));
  }
  return errors;
}

using V = std::vector<std::string>;

const std::vector<std::string_view> syntaxes = {"", "central", "inahta", "ovid", "pubmed"};

TEST(Limits, HundredThousandNestedParentheses) {
  const std::size_t depth = 100'000;
  const auto deep = std::string(depth, '(') + "x" + std::string(depth, ')');
  for (const auto syntax : syntaxes) {
    EXPECT_EQ(codes_of(syntax, syntax.empty() ? "a = " + deep : deep), V{"E021"}) << syntax;
  }
}

// At the limit and past it: the depth counts, not the number of parentheses, and a parenthesis
// inside quotation marks does not count.
TEST(Limits, NestingAtTheLimit) {
  const auto nested = [](std::size_t depth) { return std::string(depth, '(') + "x" + std::string(depth, ')'); };
  std::string side_by_side;
  for (std::size_t i = 0; i <= max_group_depth; ++i) side_by_side += "(x) ";
  const auto quoted = "\"" + std::string(max_group_depth + 1, '(') + "\" x";
  struct Case {
    std::string text;
    bool passes;
  };
  for (const auto& c :
       {Case{nested(max_group_depth), true}, Case{nested(max_group_depth + 1), false}, Case{side_by_side, true},
        Case{quoted, true}, Case{side_by_side + nested(max_group_depth + 1), false}}) {
    DiagnosticSink sink;
    EXPECT_EQ(check_nesting(SourceFile("limits", c.text), sink), c.passes) << c.text.substr(0, 40);
  }
}

// The one-pass check of a database search's input says what the three checks say, in their
// order, for every kind of byte at every place in an eight-byte step.
TEST(Limits, DatabaseInputCheckAgreesWithTheChecks) {
  const auto nested = [](std::size_t depth) { return std::string(depth, '(') + "x" + std::string(depth, ')'); };
  std::vector<std::string> texts = {"",
                                    "heart",
                                    "heart[tiab]\tOR\nlung",
                                    nested(max_group_depth),
                                    nested(max_group_depth + 1),
                                    "\"" + std::string(max_group_depth + 1, '(') + "\""};
  using namespace std::string_view_literals;
  for (const auto odd : {"\t"sv, "\n"sv, "\r\n"sv, "\r"sv, "\0"sv, "\x01"sv, "\x1F"sv, "\x7F"sv, "\u00E9"sv, "\u201C"sv,
                         "\xFF"sv, "\xC3"sv, "("sv}) {
    for (std::size_t at = 0; at < 17; ++at) texts.push_back(std::string(at, 'a') + std::string(odd) + "bcdefghij");
  }
  for (const auto& text : texts) {
    const SourceFile source("limits", text);
    DiagnosticSink one;
    DiagnosticSink three;
    const auto input = check_database_input(source, one);
    const bool passes = input != DatabaseInput::refused;
    if (passes) {
      EXPECT_EQ(input == DatabaseInput::ascii, is_ascii(text)) << text;
    }
    EXPECT_EQ(passes,
              check_encoding(source, three) && check_control_characters(source, three) && check_nesting(source, three))
        << text;
    EXPECT_EQ(test::codes(one), test::codes(three)) << text;
  }
}

TEST(Limits, HundredThousandNotsInARow) {
  std::string chain = "x";
  for (int i = 0; i < 100'000; ++i) chain += " NOT x";
  EXPECT_EQ(codes_of("", "a = " + chain), V{"E110"});
  for (const auto syntax : {"central", "inahta", "ovid", "pubmed"})
    EXPECT_EQ(codes_of(syntax, chain), V{"E301"}) << syntax;
}

TEST(Limits, OneMegabyteTerm) {
  const std::string term(1'000'000, 'x');
  for (const auto syntax : syntaxes) {
    EXPECT_EQ(codes_of(syntax, syntax.empty() ? "a = " + term : term), V{"E032"}) << syntax;
  }
  // inside a field and an OR, where the import's check has to walk to it
  EXPECT_EQ(codes_of("pubmed", "heart OR \"a " + term + "\"[tiab]"), V{"E032"});
}

// A term or phrase is measured by its text, without quotation marks, in the language as in
// every importer: what an import accepts, the language reads back.
TEST(Limits, TermLengthIsTheSameEverywhere) {
  for (const std::size_t length : {max_term_bytes, max_term_bytes + 1}) {
    const V expected = length > max_term_bytes ? V{"E032"} : V{};
    const std::string word(length, 'x');
    std::string words = word;  // words of four letters and a space, folded as they are
    for (std::size_t i = 4; i + 1 < words.size(); i += 5) words[i] = ' ';
    for (const auto syntax : syntaxes) {
      EXPECT_EQ(codes_of(syntax, syntax.empty() ? "a = " + word : word), expected) << syntax << length;
      EXPECT_EQ(codes_of(syntax, (syntax.empty() ? "a = \"" : "\"") + words + "\""), expected) << syntax << length;
    }
    EXPECT_EQ(codes_of("", "a = native(\"" + word + "\")"), expected) << length;
  }
}

TEST(Limits, TooManyLines) {
  std::string text;
  for (std::size_t i = 0; i <= max_source_lines; ++i) text += "x\n";
  for (const auto syntax : syntaxes) EXPECT_EQ(codes_of(syntax, text), V{"E033"}) << syntax;
}

// A 50 MB file is refused once a little more than its first 16 MB are read.
TEST(Limits, FiftyMegabyteFile) {
  const auto path = std::filesystem::temp_directory_path() / "searchc-limits-50mb.search";
  {
    std::ofstream out(path, std::ios::binary);
    const std::string line = "a = heart OR cardiac OR \"myocardial infarction\"\n";
    for (std::size_t written = 0; written < 50U * 1024 * 1024; written += line.size()) out << line;
  }
  auto source = driver::read_source(path.string());
  std::filesystem::remove(path);
  EXPECT_GT(source.text().size(), max_source_bytes);
  EXPECT_LE(source.text().size(), max_source_bytes + 65536);  // one read past the limit
  for (const auto syntax : syntaxes) EXPECT_EQ(codes_of(syntax, std::string(source.text())), V{"E004"}) << syntax;
}

// The checks over the raw input skip eight clean bytes at a time: a bad byte is found, at its
// own position, wherever it stands in a block of eight and at the very end.
TEST(Limits, BadBytesFoundAtEveryOffset) {
  struct Case {
    std::string bytes;  // put into a line of plain words
    std::string_view code;
  };
  const std::vector<Case> cases = {
      {std::string(1, '\0'), "E002"},
      {"\xFF", "E001"},
      {"\x01", "E028"},
      {"\x1F", "E028"},
      {std::string(max_group_depth + 1, '('), "E021"},
  };
  for (const auto& c : cases) {
    for (std::size_t at = 0; at <= 24; ++at) {
      auto text = std::string(24, 'a');
      text.insert(at, c.bytes);
      const SourceFile source("limits", text);
      DiagnosticSink sink;
      const bool passed =
          check_encoding(source, sink) && check_control_characters(source, sink) && check_nesting(source, sink);
      EXPECT_FALSE(passed) << c.code << " at " << at;
      const auto reported = sink.sorted();
      ASSERT_EQ(reported.size(), 1U) << c.code << " at " << at;
      const auto& d = reported.front();
      EXPECT_EQ(code_name(d.code), c.code) << at;
      EXPECT_EQ(d.span.begin, at + c.bytes.size() - 1) << c.code << " at " << at;
    }
  }
  // Clean text of every length up to two blocks passes, with `(`, `"` and line breaks in it.
  for (std::size_t size = 0; size <= 17; ++size) {
    const auto text = std::string("(a \"b\")\nc\td OR e f g h").substr(0, size);
    const SourceFile source("limits", text);
    DiagnosticSink sink;
    EXPECT_TRUE(check_encoding(source, sink) && check_control_characters(source, sink) && check_nesting(source, sink))
        << size;
  }
}

}  // namespace
}  // namespace searchc
