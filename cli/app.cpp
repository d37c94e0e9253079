// The `searchc` command: its subcommands, global options, version and examples.
#include "cli/app.hpp"

#include <fmt/format.h>

#include "compiler/version.hpp"
#include "mesh/vocabulary.hpp"

namespace searchc::cli {
namespace {

constexpr const char* examples = R"(Examples:
  searchc check examples/ms-stem-cell.search
  searchc compile examples/ms-stem-cell.search --to central
  searchc compile examples/ms-stem-cell-auto.search --to all
  searchc appendix examples/ms-stem-cell.search --format html -o appendix.html
  searchc import strategy.txt --from ovid
  searchc compile strategy.txt --from ovid --to central
  searchc compile examples/ms-stem-cell.search --to central --mesh-form inline --format json
  searchc fmt --check examples/ms-stem-cell.search
  searchc mesh "Multiple Sclerosis"
  searchc explain E110
  searchc serve --port 8080
  cat strategy.search | searchc check -

Exit status: 0 ok (warnings allowed), 1 errors in the strategy, 2 usage or input/output errors.
The language is described in docs/language.md; man searchc describes every command.)";

}  // namespace

std::string version_text() {
  auto text = fmt::format("searchc {}\n{}.\nThe databases, and the syntax searchc writes for each:\n{}",
                          searchc::version, searchc::mesh::attribution, targets_table());
  text.pop_back();  // CLI11 ends the version with a newline of its own
  return text;
}

std::vector<Command> setup_app(CLI::App& app, Options& options) {
  app.description("searchc: one search strategy, compiled for each database, with a record of what ran");
  app.name("searchc");
  app.footer(examples);
  app.set_version_flag("--version", [] { return version_text(); });
  app.require_subcommand(1);
  app.fallthrough();  // global options such as --color may follow the subcommand
  app.add_option("--color", options.color, "auto (default: on a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  return {setup_check(app, options),
          setup_compile(app, options),
          setup_appendix(app, options),
          setup_import(app, options),
          setup_review(app, options),
          setup_fmt(app, options),
          setup_mesh(app),
          setup_explain(app),
          setup_targets(app),
          setup_serve(app)};
}

}  // namespace searchc::cli
