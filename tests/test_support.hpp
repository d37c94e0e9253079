// Helpers shared by the tests: analysing text, listing diagnostics, golden files.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "driver/pipeline.hpp"

namespace searchc::test {

std::filesystem::path source_dir();

// True when the tests run under CI (the variable CI is set, as .ci/run's caller sets it).
bool under_ci();

}  // namespace searchc::test

// Skips the calling test when `path` (material of ../shared beside the repository: real
// strategies, Polyglot's cases) is missing on a developer's machine; fails it under CI, where
// ../shared is always laid beside the clone, so that a moved corpus cannot pass unnoticed.
#define SEARCHC_NEED_SHARED(path)                                                         \
  do {                                                                                    \
    if (!std::filesystem::exists(path)) {                                                 \
      if (::searchc::test::under_ci()) FAIL() << "missing under CI: " << (path).string(); \
      GTEST_SKIP() << "no " << (path).string() << " beside the repository";               \
    }                                                                                     \
  } while (false)

namespace searchc::test {

// Parses and resolves text as `searchc check` does.
driver::Analysis analyze_text(std::string text, std::string name = "test.search");

// "E012 1:5" for each diagnostic, in position order.
std::vector<std::string> positioned_codes(const DiagnosticSink& sink, const SourceFile& source);
// "E012" for each diagnostic, in position order.
std::vector<std::string> codes(const DiagnosticSink& sink);

std::string read_file(const std::filesystem::path& path);

// Compares `actual` with the golden file. With SEARCHC_UPDATE_GOLDEN=1 the file is rewritten
// instead (refused when CI is set, so that CI can never bless its own output).
void expect_golden(const std::filesystem::path& golden, const std::string& actual);

// The syntax a case of Polyglot's suite (../shared/compat/polyglot-cases.json) is written in,
// from its name and its input: "ovid" or "pubmed".
std::string_view polyglot_input_syntax(const std::string& name, const std::string& input);

}  // namespace searchc::test
