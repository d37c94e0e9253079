// `searchc-serve HOST PORT`: the program `searchc serve` runs in its place (cli/serve_cmd.cpp),
// so that only the page maps the HTTP library and the libraries it brings (TLS, compression):
// every other command starts without them (docs/performance.md, "Start-up"). `searchc serve`
// has checked the arguments; a port it could not bind is a usage error, as `searchc` reports it.
#include <fmt/format.h>

#include <charconv>
#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

#include "driver/pipeline.hpp"
#include "server/server.hpp"

namespace {

constexpr int status_ok = 0;
constexpr int status_usage = 2;  // searchc's status for a usage error (README, "Exit status")

bool is_loopback(std::string_view host) {
  return host == "localhost" || host == "::1" || host.starts_with("127.");
}

int serve(const std::string& host, int port) {
  using namespace searchc;
  std::error_code ec;
  const auto folder = std::filesystem::current_path(ec);
  server::Server server(server::ApiContext{ec ? std::vector<std::string>{} : driver::project_words(folder)});
  try {
    port = server.bind(host, port);
  } catch (const std::runtime_error& e) {
    fmt::print(stderr, "searchc: {}\n", e.what());
    return status_usage;
  }
  if (!is_loopback(host)) {
    fmt::print(stderr,
               "searchc: warning: serving beyond this machine: anyone who can reach {} port {} can use the page\n",
               host, port);
  }
  const auto shown = host.find(':') == std::string::npos ? host : fmt::format("[{}]", host);
  fmt::print("searchc: the page is at http://{}:{}/ (Ctrl-C stops it)\n", shown, port);
  std::fflush(stdout);
  return server.run() ? status_ok : status_usage;
}

}  // namespace

int main(int argc, char** argv) {
  int port = -1;
  const std::string_view port_text = argc == 3 ? argv[2] : "";
  const auto [end, error] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (argc != 3 || error != std::errc{} || end != port_text.data() + port_text.size() || port < 0 || port > 65535) {
    fmt::print(stderr, "usage: searchc-serve HOST PORT (run it as `searchc serve`)\n");
    return status_usage;
  }
  return serve(argv[1], port);
}
