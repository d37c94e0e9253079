// `searchc explain CODE` and `searchc targets`: the registries, for people and for scripts.
#include <fmt/format.h>

#include "backends/backend.hpp"
#include "cli/commands.hpp"

namespace searchc::cli {

Command setup_explain(CLI::App& app) {
  auto code = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand("explain", "Say what a diagnostic code means");
  cmd->add_option("CODE", *code, "A code such as E012")->required();
  return Command{cmd, [code] {
                   const auto parsed = parse_code(*code);
                   if (!parsed) throw UsageError(fmt::format("'{}' is not a diagnostic code", *code));
                   fmt::print("{} ({}): {}\n", code_name(*parsed), severity_name(default_severity(*parsed)),
                              code_summary(*parsed));
                   return exit_ok;
                 }};
}

Command setup_targets(CLI::App& app) {
  auto* cmd = app.add_subcommand("targets", "List the databases searchc compiles to");
  return Command{cmd, [] {
                   for (const auto& backend : backends()) {
                     fmt::print("{:<14} {}\n", backend.capabilities.id, backend.capabilities.name);
                   }
                   return exit_ok;
                 }};
}

}  // namespace searchc::cli
