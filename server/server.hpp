// `searchc serve`: the page and its JSON API (server/api.hpp) over HTTP, on loopback unless
// told otherwise.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include "server/api.hpp"

namespace searchc::server {

// What one client can ask of the server. A strategy is a few kilobytes; a megabyte of JSON
// compiles in under half a second (docs/performance.md), so the body limit also bounds the
// time a request can take.
struct Limits {
  std::size_t max_body_bytes = 1 << 20;
  std::size_t threads = 8;              // connections served at once; more wait their turn
  std::size_t max_compiling = 4;        // API calls at work at once; more get 503 and Retry-After
  std::chrono::seconds io_timeout{10};  // to send a request or take a reply
};

class Server {
 public:
  Server(ApiContext context, Limits limits = {});
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds to `host`:`port`, or a free port for 0; returns the port. Throws std::runtime_error.
  int bind(const std::string& host, int port);
  // Serves until stop(). Returns false when it could not.
  bool run();
  void stop();
  // Waits until run() serves, so that a test's client does not knock before the door is open.
  void wait_until_running() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace searchc::server
