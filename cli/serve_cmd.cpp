// `searchc serve [--host 127.0.0.1] [--port 8080]`: the page for people who do not use a terminal.
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <stdexcept>

#include "cli/commands.hpp"
#include "server/server.hpp"

namespace searchc::cli {
namespace {

struct ServeArgs {
  std::string host = "127.0.0.1";
  int port = 8080;
};

bool is_loopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host.starts_with("127.");
}

int run_serve(const ServeArgs& args) {
  std::error_code ec;
  const auto folder = std::filesystem::current_path(ec);
  server::Server server(server::ApiContext{ec ? std::vector<std::string>{} : driver::project_words(folder)});
  int port = 0;
  try {
    port = server.bind(args.host, args.port);
  } catch (const std::runtime_error& e) {
    throw UsageError(e.what());
  }
  if (!is_loopback(args.host)) {
    fmt::print(stderr,
               "searchc: warning: serving beyond this machine: anyone who can reach {} port {} can use the page\n",
               args.host, port);
  }
  const auto host = args.host.find(':') == std::string::npos ? args.host : fmt::format("[{}]", args.host);
  fmt::print("searchc: the page is at http://{}:{}/ (Ctrl-C stops it)\n", host, port);
  std::fflush(stdout);
  return server.run() ? exit_ok : exit_usage;
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
