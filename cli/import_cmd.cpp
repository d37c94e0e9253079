// `searchc import FILE --from ovid`: a strategy in a database's syntax, written in the language.
#include <fmt/format.h>

#include <cstdio>

#include "cli/commands.hpp"
#include "compiler/resolve.hpp"
#include "databases/database.hpp"
#include "databases/import.hpp"
#include "mesh/vocabulary.hpp"

namespace searchc::cli {
namespace {

struct ImportArgs {
  std::string path;
  std::string from;
};

int run_import(const ImportArgs& args, const Options& options) {
  const auto source = driver::read_source(args.path);
  DiagnosticSink sink;
  auto imported = import::read(args.from, source, sink);
  if (!sink.has_errors()) {
    resolve(imported.strategy, sink, driver::import_resolve_options(args.from), mesh::Vocabulary::bundled());
  }
  print_diagnostics(sink, source, options);
  if (imported.strategy.lines.empty()) {
    if (!sink.has_errors()) fmt::print(stderr, "{}: no search lines to import\n", source.name());
    return exit_errors;
  }
  fmt::print("{}", import::format(imported));
  return sink.has_errors() ? exit_errors : exit_ok;
}

}  // namespace

Command setup_import(CLI::App& app, const Options& options) {
  auto args = std::make_shared<ImportArgs>();
  auto* cmd = app.add_subcommand("import", "Write a strategy from a database's own syntax in searchc's language");
  cmd->add_option("FILE", args->path, "The strategy; - reads standard input")->required();
  add_from_option(*cmd, args->from)->required();
  return Command{cmd, [args, &options] { return run_import(*args, options); }};
}

}  // namespace searchc::cli
