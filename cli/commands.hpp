// The subcommands. Each adds itself to the application and writes its exit code when it runs.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/pipeline.hpp"

namespace searchc::cli {

void add_check_command(CLI::App& app, const Options& options, int& exit_code);
void add_compile_command(CLI::App& app, const Options& options, int& exit_code);
void add_fmt_command(CLI::App& app, const Options& options, int& exit_code);

}  // namespace searchc::cli
