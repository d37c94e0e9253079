// `searchc serve [--host 127.0.0.1] [--port 8080]`: the page for people who do not use a terminal.
// The page is served by searchc-serve (server/main.cpp), installed beside searchc, which this
// command runs in its place: only that program maps the HTTP library.
#include <fmt/format.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>

#include "cli/commands.hpp"

namespace searchc::cli {
namespace {

struct ServeArgs {
  std::string host = "127.0.0.1";
  int port = 8080;
};

// searchc-serve, in the folder this program runs from.
std::filesystem::path serve_program() {
  std::error_code ec;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) throw UsageError(fmt::format("cannot find the program that serves the page: {}", ec.message()));
  return self.parent_path() / "searchc-serve";
}

// Returns only when searchc-serve cannot be run.
int run_serve(const ServeArgs& args) {
  const auto program = serve_program();
  auto path = program.string();
  auto host = args.host;
  auto port = std::to_string(args.port);
  std::array<char*, 4> argv = {path.data(), host.data(), port.data(), nullptr};
  ::execv(path.c_str(), argv.data());
  throw UsageError(fmt::format("cannot run {}, which serves the page: {} (it is installed beside searchc)", path,
                               std::strerror(errno)));
}

}  // namespace

Command setup_serve(CLI::App& app) {
  auto args = std::make_shared<ServeArgs>();
  auto* cmd = app.add_subcommand("serve", "Serve the page: write a strategy, see every database's search as you type");
  cmd->add_option("--host", args->host, "The address to listen on (default 127.0.0.1: this machine only)");
  cmd->add_option("--port", args->port, "The port (default 8080; 0 takes a free one)")->check(CLI::Range(0, 65535));
  return Command{cmd, [args] { return run_serve(*args); }};
}

}  // namespace searchc::cli
