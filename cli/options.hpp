// What the commands share on the command line: their options, colour, diagnostics on standard
// error and exit codes.
#pragma once

#include <CLI/CLI.hpp>

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/diagnostics.hpp"
#include "compiler/source.hpp"

namespace searchc::cli {

// A problem with how searchc was called: exit code 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// `--from SYNTAX`: the database syntax the file is written in.
CLI::Option* add_from_option(CLI::App& command, std::string& from);

// `--to DB[,DB...]`, where DB is a database id or `all`.
CLI::Option* add_target_option(CLI::App& command, std::vector<std::string>& targets, const std::string& description);
// The ids the option named, with `all` standing for every database.
std::vector<std::string_view> selected_targets(const std::vector<std::string>& targets);

struct Options {
  std::string color = "auto";  // auto | always | never
};

// Colour on a terminal unless NO_COLOR is set (https://no-color.org), or as asked.
bool use_color(const Options& options);

// Prints diagnostics to standard error, by position.
void print_diagnostics(const DiagnosticSink& sink, const SourceFile& source, const Options& options);
// Prints diagnostics to standard error in the order given (DiagnosticSink::in_order).
void print_diagnostics(std::span<const Diagnostic* const> diagnostics, const SourceFile& source,
                       const Options& options);

// A command's report: to standard output, or with `-o OUT` to that file, which is never the
// input it was made from (driver::write_output).
void print_or_write(std::string_view text, const std::string& out, const std::string& input);

// Exit codes (README.md, "Exit status"): 0 ok (warnings allowed), 1 errors in the strategy, 2 usage or I/O.
inline constexpr int exit_ok = 0;
inline constexpr int exit_errors = 1;
inline constexpr int exit_usage = 2;

}  // namespace searchc::cli
