// searchc: compiles one literature-search strategy to the syntax of each database.
#include <fmt/format.h>

#include <cstdio>
#include <string_view>

#include "cli/app.hpp"

int main(int argc, char** argv) {
  using namespace searchc::cli;
  // `searchc --version` alone needs no command line: printed here as CLI11 prints it, it does
  // without building every subcommand's options and without the exception CLI11 ends it with,
  // whose first throw in a static program sorts the unwind tables of all the code
  // (docs/performance.md, "Start-up").
  if (argc == 2 && std::string_view(argv[1]) == "--version") {
    fmt::print("{}\n", version_text());
    return exit_ok;
  }
  CLI::App app;
  Options options;
  const auto commands = setup_app(app, options);
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
