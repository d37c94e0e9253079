// `searchc review FILE [--format text|md|html|json] [--from DB] [-o OUT]`: the peer review of the
// strategy (PRESS 2015 elements 2 to 6) and the PRISMA-S items it records (review/review.hpp).
// Findings are suggestions: they leave the exit status 0; errors in the strategy make it 1.
#include <fmt/format.h>

#include <cstdio>

#include "cli/commands.hpp"
#include "driver/render.hpp"
#include "review/review.hpp"

namespace searchc::cli {
namespace {

struct ReviewArgs {
  std::string path;
  std::string from;
  std::string format = "text";
  std::string out;
};

int run_review(const ReviewArgs& args, const Options& options) {
  auto analysis = driver::analyze_file(args.path, args.from);
  if (analysis.diagnostics.has_errors()) {
    print_diagnostics(analysis.diagnostics, analysis.source, options);
    return exit_errors;
  }
  const auto found = driver::review(analysis);
  const auto text = args.format == "json"   ? driver::render_review_json(found, analysis.source)
                    : args.format == "md"   ? review::render_markdown(found, analysis.source)
                    : args.format == "html" ? review::render_html(found, analysis.source)
                                            : review::render_text(found, analysis.source);
  print_or_write(text, args.out, args.path);
  return exit_ok;
}

}  // namespace

Command setup_review(CLI::App& app, const Options& options) {
  auto args = std::make_shared<ReviewArgs>();
  auto* cmd = app.add_subcommand(
      "review", "Review a strategy as a second librarian would (PRESS 2015), and list the PRISMA-S items it records");
  cmd->add_option("FILE", args->path, "The strategy; - reads standard input")->required();
  add_from_option(*cmd, args->from);
  cmd->add_option("--format", args->format, "text (default), md, html (a standalone page) or json")
      ->check(CLI::IsMember({"text", "md", "html", "json"}));
  cmd->add_option("-o,--output", args->out, "Write to this file instead of standard output (never over FILE)");
  return Command{cmd, [args, &options] { return run_review(*args, options); }};
}

}  // namespace searchc::cli
