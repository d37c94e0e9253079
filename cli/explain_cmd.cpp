// `searchc explain CODE`: what a diagnostic code means, from the registry of codes, and the
// sources of each database's rules that govern the rewrites reported with it.
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "databases/database.hpp"

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
                   bool first = true;
                   for (const auto& database : databases()) {
                     for (const auto& rule : database.capabilities.sources) {
                       if (!rule.governs(code_name(*parsed))) continue;
                       if (first) fmt::print("The rules behind it, by database:\n");
                       first = false;
                       fmt::print("  {}: {} ({}{}, read {})\n", database.capabilities.id, rule.what,
                                  rule.verified ? "" : "unverified; nearest source ", rule.url, rule.read);
                     }
                   }
                   return exit_ok;
                 }};
}

}  // namespace searchc::cli
