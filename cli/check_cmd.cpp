// `searchc check FILE [--to DB] [--dump ast]`: report every problem, compile nothing.
#include <fmt/format.h>

#include <cstdio>

#include "backends/backend.hpp"
#include "cli/commands.hpp"

namespace searchc::cli {
namespace {

struct CheckArgs {
  std::string path;
  std::vector<std::string> targets;
  std::string dump;
};

std::string plural(std::size_t n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

int run_check(const CheckArgs& args, const Options& options) {
  auto analysis = analyze(read_source(args.path));
  if (!analysis.diagnostics.has_errors()) {
    std::vector<std::string_view> ids(args.targets.begin(), args.targets.end());
    if (std::find(ids.begin(), ids.end(), "all") != ids.end()) ids = backend_ids();
    for (const auto id : ids) {
      DiagnosticSink target;
      compile(analysis.strategy, *find_backend(id), EmitOptions{}, target);
      analysis.diagnostics.append(target);
    }
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
  auto targets = backend_ids();
  targets.emplace_back("all");
  cmd->add_option("--to", args->targets, "Also check what these databases cannot express")
      ->check(CLI::IsMember(std::vector<std::string>(targets.begin(), targets.end())))
      ->delimiter(',');
  cmd->add_option("--dump", args->dump, "Print the syntax tree")->check(CLI::IsMember({"ast"}));
  return Command{cmd, [args, &options] { return run_check(*args, options); }};
}

}  // namespace searchc::cli
