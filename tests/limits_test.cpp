// The input limits, for the language and every importer: each extreme input gets its error with
// its code, and nothing overflows the stack or runs for long (compiler/limits.hpp).
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "backends/backend.hpp"
#include "compiler/limits.hpp"
#include "grammar/parser.hpp"
#include "import/import.hpp"
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

TEST(Limits, HundredThousandNotsInARow) {
  std::string chain = "x";
  for (int i = 0; i < 100'000; ++i) chain += " NOT x";
  EXPECT_EQ(codes_of("", "a = " + chain), V{"E110"});
  for (const auto syntax : {"central", "inahta", "ovid", "pubmed"}) EXPECT_EQ(codes_of(syntax, chain), V{"E301"}) << syntax;
}

TEST(Limits, OneMegabyteTerm) {
  const std::string term(1'000'000, 'x');
  for (const auto syntax : syntaxes) {
    EXPECT_EQ(codes_of(syntax, syntax.empty() ? "a = " + term : term), V{"E032"}) << syntax;
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
  auto source = cli::read_source(path.string());
  std::filesystem::remove(path);
  EXPECT_GT(source.text().size(), max_source_bytes);
  EXPECT_LE(source.text().size(), max_source_bytes + 65536);  // one read past the limit
  for (const auto syntax : syntaxes) EXPECT_EQ(codes_of(syntax, std::string(source.text())), V{"E004"}) << syntax;
}

}  // namespace
}  // namespace searchc
