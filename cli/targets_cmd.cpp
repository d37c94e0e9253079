// `searchc targets`: the databases of the registry, one a line, id and name.
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "databases/database.hpp"

namespace searchc::cli {

Command setup_targets(CLI::App& app) {
  auto* cmd = app.add_subcommand("targets", "List the databases searchc compiles to");
  return Command{cmd, [] {
                   for (const auto& database : databases()) {
                     fmt::print("{:<14} {}\n", database.capabilities.id, database.capabilities.name);
                   }
                   return exit_ok;
                 }};
}

}  // namespace searchc::cli
