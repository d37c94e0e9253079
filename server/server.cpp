// The HTTP side of `searchc serve`, on cpp-httplib: routes, limits and headers. What a call
// answers is server/api.cpp's; what a file holds is server/assets.cpp's.
#include "server/server.hpp"

#include <fmt/format.h>
#include <httplib.h>

#include <atomic>
#include <stdexcept>
#include <thread>

#include "server/assets.hpp"

namespace searchc::server {
namespace {

// The page loads its own scripts and styles and nothing else; CodeMirror and the appendix
// preview set styles inline.
constexpr const char* content_security_policy =
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

void send(httplib::Response& response, const Reply& reply) {
  response.status = reply.status;
  response.set_content(reply.body, reply.content_type.c_str());
}

bool is_json(const httplib::Request& request) {
  const auto type = request.get_header_value("Content-Type");
  return type == "application/json" || type.starts_with("application/json;");
}

// Counts a call in while it works, and out however it ends, an exception included.
class AtWork {
 public:
  explicit AtWork(std::atomic<std::size_t>& count) : count_(count), others_(count.fetch_add(1)) {}
  ~AtWork() { count_.fetch_sub(1); }
  AtWork(const AtWork&) = delete;
  AtWork& operator=(const AtWork&) = delete;

  // The calls at work when this one came in.
  std::size_t others() const { return others_; }

 private:
  std::atomic<std::size_t>& count_;
  std::size_t others_;
};

}  // namespace

struct Server::Impl {
  ApiContext context;
  Limits limits;
  httplib::Server http;
  std::atomic<std::size_t> compiling{0};

  // Serves a POST call of the API, within the limits.
  void post(const std::string& path, Reply (*call)(std::string_view, const ApiContext&)) {
    http.Post(path, [this, call](const httplib::Request& request, httplib::Response& response) {
      // A form or a plain-text POST from another site's page would reach here without the
      // browser asking first; requiring JSON makes the browser ask, and nobody says yes.
      if (!is_json(request)) {
        return send(response, error_reply(415, "send the request as JSON, with Content-Type: application/json"));
      }
      const AtWork at_work(compiling);
      if (at_work.others() >= limits.max_compiling) {
        response.set_header("Retry-After", "1");
        return send(response, error_reply(503, "the server is busy with other requests; try again in a moment"));
      }
      const auto reply = call(request.body, context);
      response.set_header("Cache-Control", "no-store");
      send(response, reply);
    });
  }

  void get(const std::string& path, Reply (*call)()) {
    http.Get(path, [call](const httplib::Request&, httplib::Response& response) { send(response, call()); });
  }

  void routes() {
    for (const auto& asset : assets()) {
      http.Get(std::string(asset.path), [&asset](const httplib::Request&, httplib::Response& response) {
        response.set_content(asset.body.data(), asset.body.size(), std::string(asset.content_type).c_str());
      });
    }
    for (const auto& call : calls) {
      const auto path = fmt::format("/api/{}", call.name);
      if (call.post != nullptr) post(path, call.post);
      if (call.get != nullptr) get(path, call.get);
    }

    // What httplib answers by itself (404, 405, 413, ...) gets words; the API's in JSON.
    http.set_error_handler([this](const httplib::Request& request, httplib::Response& response) {
      if (!response.body.empty()) return;
      const auto message =
          response.status == 413
              ? fmt::format("the request is larger than the {} bytes a request may have", limits.max_body_bytes)
          : response.status == 404 ? fmt::format("there is nothing at {}", request.path)
          : response.status == 405 ? fmt::format("{} does not take {}", request.path, request.method)
                                   : fmt::format("the server could not take this request (HTTP {})", response.status);
      const auto reply = error_reply(response.status, message);
      response.set_content(reply.body, reply.content_type.c_str());
    });
    http.set_exception_handler([](const httplib::Request&, httplib::Response& response, std::exception_ptr error) {
      std::string what = "unknown error";
      try {
        std::rethrow_exception(error);
      } catch (const std::exception& e) {
        what = e.what();
      } catch (...) {
      }
      send(response, failure_reply(what));
    });
  }

  void configure() {
    http.set_payload_max_length(limits.max_body_bytes);
    const auto timeout = static_cast<time_t>(limits.io_timeout.count());
    http.set_read_timeout(timeout);
    http.set_write_timeout(timeout);
    http.set_keep_alive_timeout(2);
    const auto threads = limits.threads;
    http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    // httplib's default also sets SO_REUSEPORT, which would let a second `searchc serve` share
    // the port with the first and get half its requests; SO_REUSEADDR alone lets a restarted
    // server take its port back at once, and a second one fail to bind. TCP_NODELAY, which the
    // connections inherit, sends a reply's headers and body without waiting for an ACK: with
    // Nagle's algorithm each call waited some 40 ms for the client's delayed ACK.
    http.set_socket_options([](socket_t sock) {
      const int yes = 1;
      setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
      setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof(yes));
    });
    http.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                              {"Content-Security-Policy", content_security_policy},
                              {"Referrer-Policy", "no-referrer"}});
  }
};

Server::Server(ApiContext context, Limits limits) : impl_(std::make_unique<Impl>()) {
  impl_->context = std::move(context);
  impl_->limits = limits;
  impl_->configure();
  impl_->routes();
}

Server::~Server() = default;

int Server::bind(const std::string& host, int port) {
  const int bound = port == 0 ? impl_->http.bind_to_any_port(host) : (impl_->http.bind_to_port(host, port) ? port : -1);
  if (bound <= 0) {
    throw std::runtime_error(
        fmt::format("cannot listen on {}:{}: the address is not this machine's, or another "
                    "program uses the port (try another with --port)",
                    host, port));
  }
  return bound;
}

bool Server::run() {
  return impl_->http.listen_after_bind();
}

void Server::stop() {
  impl_->http.stop();
}

void Server::wait_until_running() const {
  while (!impl_->http.is_running()) std::this_thread::yield();
}

}  // namespace searchc::server
