// The command line's shared options, colour and diagnostics.
#include "cli/options.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "databases/database.hpp"
#include "driver/pipeline.hpp"

namespace searchc::cli {

CLI::Option* add_from_option(CLI::App& command, std::string& from) {
  const auto known = import::syntaxes();
  return command
      .add_option("--from", from, fmt::format("The file is in this database's syntax: {}", fmt::join(known, ", ")))
      ->check(CLI::IsMember(std::vector<std::string>(known.begin(), known.end())));
}

CLI::Option* add_target_option(CLI::App& command, std::vector<std::string>& targets, const std::string& description) {
  const auto known = database_ids();
  std::vector<std::string> ids(known.begin(), known.end());
  ids.emplace_back("all");
  return command.add_option("--to", targets, fmt::format("{}: {}", description, fmt::join(ids, ", ")))
      ->check(CLI::IsMember(ids))
      ->delimiter(',');
}

std::vector<std::string_view> selected_targets(const std::vector<std::string>& targets) {
  if (std::find(targets.begin(), targets.end(), "all") != targets.end()) return database_ids();
  return {targets.begin(), targets.end()};
}

bool use_color(const Options& options) {
  if (options.color == "always") return true;
  if (options.color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  return isatty(STDERR_FILENO) == 1;
}

void print_diagnostics(const DiagnosticSink& sink, const SourceFile& source, const Options& options) {
  print_diagnostics(sink.in_order(), source, options);
}

void print_diagnostics(std::span<const Diagnostic* const> diagnostics, const SourceFile& source,
                       const Options& options) {
  write_all(stderr, diagnostics, source, RenderOptions{use_color(options)});
}

void print_or_write(std::string_view text, const std::string& out, const std::string& input) {
  if (out.empty()) {
    std::fwrite(text.data(), 1, text.size(), stdout);
  } else {
    driver::write_output(out, text, input);
  }
}

}  // namespace searchc::cli
