// The steps the command line, the server and the appendix share: read the input, parse or import
// it, check it, and compile it for each database.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/ast.hpp"
#include "compiler/diagnostics.hpp"
#include "compiler/resolve.hpp"
#include "compiler/source.hpp"
#include "databases/database.hpp"
#include "review/review.hpp"

namespace searchc::driver {

// A file that cannot be read or written: the command line's exit code 2.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads FILE, or standard input for "-". Throws InputError when it cannot.
SourceFile read_source(const std::string& path);

struct Analysis {
  SourceFile source;
  DiagnosticSink diagnostics;
  ast::Strategy strategy;
};

// The options of resolve for a strategy in the database syntax `from` (imported, as it was run
// with the MeSH of its day: ResolveOptions::imported), or in the language when `from` is empty.
ResolveOptions import_resolve_options(std::string_view from, std::vector<std::string> accepted_words = {});

// Parses and checks. The checks run only on a strategy without syntax errors, so that a line
// that failed to parse does not cause a second wave of "undefined name" errors. With `from`
// ("ovid"), the source is in that database's syntax and is imported first. The spelling check
// accepts `accepted_words` (lower case) besides MeSH's and English words.
Analysis analyze(SourceFile source, std::string_view from = {}, std::vector<std::string> accepted_words = {});

// The words of the first `searchc.words` in `folder` or a folder above it: one a line, `#`
// starting a comment, lower-cased. None when there is no such file.
std::vector<std::string> project_words(const std::filesystem::path& folder);

// What the commands run: reads FILE ("-" for standard input) and analyzes it with the words of
// the project it is in (the working directory's, for standard input).
Analysis analyze_file(const std::string& path, std::string_view from = {});

// The review of an analyzed strategy (review::review), against the MeSH that analyze looked its
// headings up in: what `searchc review` and the API's review render.
review::Review review(const Analysis& analysis);

// Compiles the strategy for each database only to collect what that database cannot express.
// Does nothing when the strategy itself has errors.
void check_targets(Analysis& analysis, const std::vector<std::string_view>& ids);

struct TargetResult {
  std::string id;
  Output output;
  DiagnosticSink diagnostics;  // the target's own; the strategy's stay in its analysis
};

struct Compiled {
  std::vector<TargetResult> results;  // in the order asked; empty outputs when the strategy has errors
};

// Compiles the analysis's strategy for each database in `ids`. The strategy is moved into the
// last database's compile, which saves a copy of it: the analysis keeps its source and
// diagnostics, and an empty strategy.
Compiled compile_targets(Analysis& analysis, const std::vector<std::string_view>& ids, const EmitOptions& emit);

// The strategy's diagnostics, then each target's, by position (DiagnosticSink::in_order): what
// `compile` prints. They point into the analysis and the results, and are not copied, since a
// large strategy may have hundreds of thousands.
std::vector<const Diagnostic*> diagnostics(const Analysis& analysis, const Compiled& compiled);

// Writes `text` to `path` through a temporary file in the same folder and a rename, so that no
// reader ever sees half a file and a failed write leaves the old one. Refuses to write over
// `input`, the file the text was made from. Throws InputError.
void write_output(const std::string& path, std::string_view text, const std::string& input);

}  // namespace searchc::driver
