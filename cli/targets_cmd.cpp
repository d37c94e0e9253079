// `searchc targets`: the databases of the registry, one a line: id, name and the syntax searchc
// writes for it.
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "databases/database.hpp"

namespace searchc::cli {

Command setup_targets(CLI::App& app) {
  auto* cmd = app.add_subcommand("targets", "List the databases searchc compiles to");
  return Command{cmd, [] {
                   for (const auto& database : databases()) {
                     const auto& c = database.capabilities;
                     fmt::print("{:<14} {:<19} {}\n", c.id, c.name, c.syntax_version);
                   }
                   return exit_ok;
                 }};
}

}  // namespace searchc::cli
