// The compiler of the static page (docs/serve.md, "The page without a server"): the page's API
// (server/api.hpp), called by web/worker.js in the browser instead of over HTTP, so that the
// page's answers are the server's and the command line's, byte for byte.
//
//   searchc_call(NAME, BODY) -> the status; then searchc_reply_type() and searchc_reply_body()
//
// NAME is a call of server::calls ("compile", "targets", ...); BODY is the request's JSON, empty
// for the calls that take none. The reply stays valid until the next call.
#include <exception>

#include "server/api.hpp"

namespace {

searchc::server::Reply reply;

searchc::server::Reply answer(std::string_view name, std::string_view body) {
  using namespace searchc::server;
  for (const auto& call : calls) {
    if (call.name != name) continue;
    return call.post != nullptr ? call.post(body, ApiContext{}) : call.get();
  }
  return error_reply(404, "there is no such call");
}

}  // namespace

extern "C" int searchc_call(const char* name, const char* body) {
  try {
    reply = answer(name, body);
  } catch (const std::exception& e) {
    reply = searchc::server::failure_reply(e.what());
  }
  return reply.status;
}

extern "C" const char* searchc_reply_type() {
  return reply.content_type.c_str();
}

extern "C" const char* searchc_reply_body() {
  return reply.body.c_str();
}
