// `searchc targets`: the databases of the registry, one a line: id, name and the syntax searchc
// writes for it.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <iterator>

#include "cli/commands.hpp"
#include "databases/database.hpp"

namespace searchc::cli {

std::string targets_table() {
  // Columns as wide as their longest entry, so that every row lines up.
  std::size_t id_width = 0, name_width = 0;
  for (const auto& database : databases()) {
    id_width = std::max(id_width, database.capabilities.id.size());
    name_width = std::max(name_width, database.capabilities.name.size());
  }
  std::string table;
  for (const auto& database : databases()) {
    const auto& c = database.capabilities;
    fmt::format_to(std::back_inserter(table), "{:<{}} {:<{}} {}\n", c.id, id_width + 1, c.name, name_width + 1,
                   c.syntax_version);
  }
  return table;
}

Command setup_targets(CLI::App& app) {
  auto* cmd = app.add_subcommand("targets", "List the databases searchc compiles to");
  return Command{cmd, [] {
                   const auto table = targets_table();
                   std::fwrite(table.data(), 1, table.size(), stdout);
                   return exit_ok;
                 }};
}

}  // namespace searchc::cli
