// `searchc fmt FILE [--check]`: print the canonical layout, or tell whether it differs.
#include <fmt/format.h>

#include <cstdio>

#include "cli/commands.hpp"
#include "compiler/format.hpp"

namespace searchc::cli {
namespace {

struct FmtArgs {
  std::string path;
  bool check = false;
};

int run_fmt(const FmtArgs& args, const Options& options) {
  auto analysis = driver::analyze_file(args.path);
  if (analysis.diagnostics.has_errors()) {
    print_diagnostics(analysis.diagnostics, analysis.source, options);
    fmt::print(stderr, "{}: not formatted, because of the errors above\n", analysis.source.name());
    return exit_errors;
  }
  const auto formatted = format_strategy(analysis.strategy, analysis.source);
  if (!args.check) {
    fmt::print("{}", formatted);
    return exit_ok;
  }
  if (formatted == analysis.source.text()) return exit_ok;
  fmt::print(stderr, "{}: not in canonical layout; `searchc fmt {}` prints it\n", analysis.source.name(), args.path);
  return exit_errors;
}

}  // namespace

Command setup_fmt(CLI::App& app, const Options& options) {
  auto args = std::make_shared<FmtArgs>();
  auto* cmd = app.add_subcommand("fmt", "Print the strategy in its canonical layout (meaning unchanged)");
  cmd->add_option("FILE", args->path, "The strategy; - reads standard input")->required();
  cmd->add_flag("--check", args->check, "Print nothing; exit 1 if the file is not in canonical layout");
  return Command{cmd, [args, &options] { return run_fmt(*args, options); }};
}

}  // namespace searchc::cli
