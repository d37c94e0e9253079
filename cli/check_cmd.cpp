// `searchc check FILE [--to DB] [--format text|json] [--dump ast|lowered]`: report every problem, compile nothing.
#include <fmt/format.h>

#include <cstdio>

#include "cli/commands.hpp"
#include "databases/database.hpp"
#include "driver/render.hpp"

namespace searchc::cli {
namespace {

struct CheckArgs {
  std::string path;
  std::vector<std::string> targets;
  std::string dump;
  std::string from;
  std::string format = "text";
};

std::string plural(std::size_t n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

// Each database's lowered tree, under `== id ==` when there are several. Its rewrites are
// already among the diagnostics: check_targets compiled for the same databases.
void print_lowered(const driver::Analysis& analysis, const std::vector<std::string_view>& ids) {
  for (const auto id : ids) {
    DiagnosticSink reported;  // the same reports check_targets made
    const auto lowered = lower_for(analysis.strategy, *find_database(id), reported);
    if (ids.size() > 1) fmt::print("== {} ==\n", id);
    if (!reported.has_errors()) fmt::print("{}", ast::dump(lowered));
  }
}

int run_check(const CheckArgs& args, const Options& options) {
  auto analysis = driver::analyze_file(args.path, args.from);
  driver::check_targets(analysis, selected_targets(args.targets));
  if (args.format == "json") {
    fmt::print("{}", driver::render_check_json(analysis.diagnostics, analysis.source));
    return analysis.diagnostics.has_errors() ? exit_errors : exit_ok;
  }
  if (args.dump == "lowered") {
    if (args.targets.empty()) throw UsageError("--dump lowered needs --to DB: the tree is lowered for a database");
    if (!analysis.diagnostics.has_errors()) print_lowered(analysis, selected_targets(args.targets));
  }
  print_diagnostics(analysis.diagnostics, analysis.source, options);
  if (args.dump == "ast") fmt::print("{}", ast::dump(analysis.strategy));
  const auto errors = analysis.diagnostics.count(Severity::error);
  const auto warnings = analysis.diagnostics.count(Severity::warning);
  if (errors + warnings == 0) {
    fmt::print(stderr, "{}: {}, no problems found\n", analysis.source.name(),
               plural(analysis.strategy.lines.size(), "line"));
  } else {
    fmt::print(stderr, "{}: {}, {}\n", analysis.source.name(), plural(errors, "error"), plural(warnings, "warning"));
  }
  return errors > 0 ? exit_errors : exit_ok;
}

}  // namespace

Command setup_check(CLI::App& app, const Options& options) {
  auto args = std::make_shared<CheckArgs>();
  auto* cmd = app.add_subcommand("check", "Check a strategy and report every problem");
  cmd->add_option("FILE", args->path, "The strategy; - reads standard input")->required();
  add_target_option(*cmd, args->targets, "Also check what these databases cannot express");
  add_from_option(*cmd, args->from);
  auto* format =
      cmd->add_option("--format", args->format, "text (default: on standard error) or json (on standard output)")
          ->check(CLI::IsMember({"text", "json"}));
  cmd->add_option("--dump", args->dump,
                  "Print the syntax tree: ast (as checked) or lowered (as each --to database's writer receives it)")
      ->check(CLI::IsMember({"ast", "lowered"}))
      ->excludes(format);
  return Command{cmd, [args, &options] { return run_check(*args, options); }};
}

}  // namespace searchc::cli
