// searchc: compiles one literature-search strategy to the syntax of each database.
#include <fmt/format.h>

#include <array>
#include <cstdio>

#include "cli/commands.hpp"
#include "compiler/version.hpp"
#include "mesh/vocabulary.hpp"

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
The language is described in docs/language.md.)";

}  // namespace

int main(int argc, char** argv) {
  using namespace searchc::cli;
  CLI::App app{"searchc: one search strategy, compiled for each database, with a record of what ran"};
  app.name("searchc");
  app.footer(examples);
  app.set_version_flag("--version", fmt::format("searchc {}\n{}.", searchc::version, searchc::mesh::attribution));
  app.require_subcommand(1);
  app.fallthrough();  // global options such as --color may follow the subcommand

  Options options;
  app.add_option("--color", options.color, "auto (default: on a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));

  const std::array commands = {setup_check(app, options),
                               setup_compile(app, options),
                               setup_appendix(app, options),
                               setup_import(app, options),
                               setup_review(app, options),
                               setup_fmt(app, options),
                               setup_mesh(app),
                               setup_explain(app),
                               setup_targets(app),
                               setup_serve(app)};
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? exit_ok : exit_usage;
  }
  try {
    for (const auto& command : commands) {
      if (command.app->parsed()) return command.run();
    }
  } catch (const UsageError& e) {
    fmt::print(stderr, "searchc: {}\n", e.what());
    return exit_usage;
  } catch (const searchc::driver::InputError& e) {
    fmt::print(stderr, "searchc: {}\n", e.what());
    return exit_usage;
  }
  return exit_usage;
}
