// The `searchc` command as CLI11 knows it: every subcommand and option, the version and the
// examples. main parses with it; the tests walk it to hold the man page and the shell
// completions (packaging/) to the options the program really has.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "cli/commands.hpp"

namespace searchc::cli {

// Adds searchc's options and subcommands to `app`, in the order `searchc --help` lists them.
// The commands' work reads `options`, which must outlive them.
std::vector<Command> setup_app(CLI::App& app, Options& options);

// What `searchc --version` prints: the version, the MeSH release, and for each database the
// syntax searchc writes and the month its vendor's pages were read (`searchc targets`).
std::string version_text();

}  // namespace searchc::cli
