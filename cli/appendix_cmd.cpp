// `searchc appendix FILE [--format md|html|json] [-o OUT]`: the search appendix.
#include <fmt/format.h>

#include <cstdio>

#include "appendix/appendix.hpp"
#include "cli/commands.hpp"

namespace searchc::cli {
namespace {

struct AppendixArgs {
  std::string path;
  std::string format = "md";
  std::string out;
};

int run_appendix(const AppendixArgs& args, const Options& options) {
  auto analysis = driver::analyze_file(args.path);
  if (analysis.diagnostics.has_errors()) {
    print_diagnostics(analysis.diagnostics, analysis.source, options);
    return exit_errors;
  }
  // The translation notes go into the appendix; what is missing from it is said here.
  DiagnosticSink missing;
  const auto appendix = appendix::build(analysis.strategy, analysis.source, missing);
  DiagnosticSink printed = analysis.diagnostics;
  printed.append(missing);
  print_diagnostics(printed, analysis.source, options);
  const auto text = args.format == "html"   ? appendix::to_html(appendix)
                    : args.format == "json" ? appendix::to_json(appendix)
                                            : appendix::to_markdown(appendix);
  print_or_write(text, args.out, args.path);
  return exit_ok;
}

}  // namespace

Command setup_appendix(CLI::App& app, const Options& options) {
  auto args = std::make_shared<AppendixArgs>();
  auto* cmd = app.add_subcommand("appendix", "Write the search appendix: what was searched where, when, and how");
  cmd->add_option("FILE", args->path, "The strategy; - reads standard input")->required();
  cmd->add_option("--format", args->format, "md (default), html or json")->check(CLI::IsMember({"md", "html", "json"}));
  cmd->add_option("-o,--output", args->out, "Write to this file instead of standard output (never over FILE)");
  return Command{cmd, [args, &options] { return run_appendix(*args, options); }};
}

}  // namespace searchc::cli
