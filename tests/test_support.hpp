// Helpers shared by the tests: analysing text, listing diagnostics, golden files.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "databases/import.hpp"
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
// `source` in the database syntax `syntax`, imported and, where that succeeded, resolved as
// `searchc import` does (driver::import_resolve_options).
import::Imported import_resolved(std::string_view syntax, const SourceFile& source, DiagnosticSink& sink);

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

// What a listing of tests/import/ says of a corpus strategy.
struct Listed {
  std::string syntax;  // the syntax it is written in
  std::string code;    // the first code its import or translation back reports, `-` when none
};

// A listing of tests/import/ (`file<TAB>syntax<TAB>code<TAB>reason` a line, `#` a comment), by file.
std::map<std::string, Listed> listing(const std::string& name);

// A real strategy of ../shared/corpora, with what its listing in tests/import/ says of it.
struct CorpusStrategy {
  std::string name;    // its path under ../shared/corpora
  std::string syntax;  // the syntax it is written in; empty when its listing lacks it
  std::string code;    // the first code its import or translation back reports, `-` when none
  std::string text;
};

// The Ovid collections: the Query part of each CLEF TAR 2017 topic and the review-update
// collection's strategies, in the syntax tests/import/ovid-corpus-defects.tsv names (Ovid, with
// no code, when it names none), by name.
std::vector<CorpusStrategy> ovid_collections();

// The 24 CENTRAL appendices without their `%% ` header lines, in the syntax
// tests/import/central-appendices.tsv names, by name.
std::vector<CorpusStrategy> central_appendices();

}  // namespace searchc::test
