// `searchc compile FILE --to DB|all [--format text|json] [--mesh-form line|inline]`.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>

#include "cli/commands.hpp"
#include "databases/database.hpp"
#include "driver/render.hpp"

namespace searchc::cli {
namespace {

struct CompileArgs {
  std::string path;
  std::vector<std::string> targets;
  std::string format = "text";
  std::string mesh_form = "line";
  std::string from;
};

int run_compile(const CompileArgs& args, const Options& options) {
  auto analysis = driver::analyze_file(args.path, args.from);
  const EmitOptions emit{args.mesh_form == "inline" ? MeshForm::inline_ : MeshForm::line};
  const auto compiled = driver::compile_targets(analysis, selected_targets(args.targets), emit);
  const auto diagnostics = driver::diagnostics(analysis, compiled);
  print_diagnostics(diagnostics, analysis.source, options);
  if (args.format == "json") {
    fmt::print("{}", driver::render_json(compiled.results, analysis.diagnostics, analysis.source));
  } else {
    driver::write_text(stdout, compiled.results);
  }
  const bool errors =
      std::any_of(diagnostics.begin(), diagnostics.end(), [](const auto* d) { return d->severity == Severity::error; });
  return errors ? exit_errors : exit_ok;
}

}  // namespace

Command setup_compile(CLI::App& app, const Options& options) {
  auto args = std::make_shared<CompileArgs>();
  auto* cmd = app.add_subcommand("compile", "Write the strategy in a database's own syntax");
  cmd->add_option("FILE", args->path, "The strategy; - reads standard input")->required();
  add_target_option(*cmd, args->targets, "The database(s)")->required();
  add_from_option(*cmd, args->from);
  cmd->add_option("--format", args->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
  cmd->add_option("--mesh-form", args->mesh_form,
                  "CENTRAL: MeSH as the MeSH browser's lines (line, default) or inline [mh \"X\"] (inline)")
      ->check(CLI::IsMember({"line", "inline"}));
  return Command{cmd, [args, &options] { return run_compile(*args, options); }};
}

}  // namespace searchc::cli
