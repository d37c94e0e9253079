// `searchc targets`: the databases of the registry, one a line: id, name and the syntax searchc
// writes for it.
#include <fmt/format.h>

#include <algorithm>

#include "cli/commands.hpp"
#include "databases/database.hpp"

namespace searchc::cli {

Command setup_targets(CLI::App& app) {
  auto* cmd = app.add_subcommand("targets", "List the databases searchc compiles to");
  return Command{cmd, [] {
                   // Columns as wide as their longest entry, so that every row lines up.
                   std::size_t id_width = 0, name_width = 0;
                   for (const auto& database : databases()) {
                     id_width = std::max(id_width, database.capabilities.id.size());
                     name_width = std::max(name_width, database.capabilities.name.size());
                   }
                   for (const auto& database : databases()) {
                     const auto& c = database.capabilities;
                     fmt::print("{:<{}} {:<{}} {}\n", c.id, id_width + 1, c.name, name_width + 1, c.syntax_version);
                   }
                   return exit_ok;
                 }};
}

}  // namespace searchc::cli
