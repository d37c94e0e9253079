// The JSON API of `searchc serve`: each call takes a request's body and answers with what the
// command line prints for the same input, so that the page and the CLI never disagree.
//
//   POST /api/compile   {"source", "to": DB | "all" | "DB,DB" | [DB...], "from"?, "mesh_form"?}
//                       -> `searchc compile --format json`
//   POST /api/check     {"source", "to"?, "from"?}  -> `searchc check --format json`
//   POST /api/appendix  {"source", "format"?: "md" | "html" | "json"}  -> `searchc appendix`
//   POST /api/review    {"source", "from"?}  -> `searchc review --format json`
//
// Each POST also takes "name", the strategy's file name, which the appendix mentions
// (default "strategy.search").
//   GET  /api/targets   -> [{"id", "name"}]
//   GET  /api/examples  -> [{"name", "source"}]
//
// A request that is not what the call takes gets 400 and {"error": MESSAGE}. A strategy with
// errors is no bad request: compile and check answer 200 with the diagnostics, and appendix and
// review, which have nothing to write then, answer 422 with them.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace searchc::server {

struct Reply {
  int status = 200;
  std::string content_type;
  std::string body;
};

// What every call shares: the words the spelling check accepts (the project's searchc.words).
struct ApiContext {
  std::vector<std::string> accepted_words;
};

Reply api_compile(std::string_view body, const ApiContext& context);
Reply api_check(std::string_view body, const ApiContext& context);
Reply api_appendix(std::string_view body, const ApiContext& context);
Reply api_review(std::string_view body, const ApiContext& context);
Reply api_targets();
Reply api_examples();

// The calls by name, for the server's routes (/api/NAME) and the static page's worker
// (web/main.cpp): a call takes a body (POST) or nothing (GET).
struct Call {
  std::string_view name;
  Reply (*post)(std::string_view body, const ApiContext& context) = nullptr;
  Reply (*get)() = nullptr;
};
inline constexpr std::array calls = {
    Call{"compile", api_compile},          Call{"check", api_check},
    Call{"appendix", api_appendix},        Call{"review", api_review},
    Call{"targets", nullptr, api_targets}, Call{"examples", nullptr, api_examples},
};

// {"error": message} with `status`.
Reply error_reply(int status, std::string_view message);
// The 500 reply to a call that failed inside searchc, `what` saying why: the server's and the
// static page's.
Reply failure_reply(std::string_view what);

inline constexpr std::string_view json_type = "application/json; charset=utf-8";

}  // namespace searchc::server
