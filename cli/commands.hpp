// The subcommands. Each file defines its options and what runs; main runs the one given.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

#include "cli/options.hpp"
#include "driver/pipeline.hpp"

namespace searchc::cli {

// A subcommand as CLI11 knows it, and the work it does once the command line is parsed.
struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

Command setup_check(CLI::App& app, const Options& options);
Command setup_compile(CLI::App& app, const Options& options);
Command setup_fmt(CLI::App& app, const Options& options);
Command setup_appendix(CLI::App& app, const Options& options);
Command setup_import(CLI::App& app, const Options& options);
Command setup_review(CLI::App& app, const Options& options);
Command setup_mesh(CLI::App& app);
Command setup_explain(CLI::App& app);
Command setup_targets(CLI::App& app);
Command setup_serve(CLI::App& app);

// What `searchc targets` prints: a row for each database of the registry, its id, name and the
// syntax searchc writes for it, with the month that syntax was read from the vendor's pages.
std::string targets_table();

}  // namespace searchc::cli
