// The API's calls: a request's fields checked and turned into the command line's arguments,
// then the same pipeline and renderers as the commands.
#include "server/api.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <initializer_list>
#include <stdexcept>

#include "appendix/appendix.hpp"
#include "databases/database.hpp"
#include "databases/import.hpp"
#include "driver/output_json.hpp"
#include "driver/pipeline.hpp"
#include "driver/render.hpp"
#include "server/assets.hpp"

namespace searchc::server {
namespace {

using driver::json;

// The name the appendix gives the strategy when the request gives none.
constexpr std::string_view default_name = "strategy.search";

class BadRequest : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

std::string quoted_list(std::initializer_list<std::string_view> names) {
  std::vector<std::string> quoted;
  for (const auto name : names) quoted.push_back(fmt::format("`{}`", name));
  return fmt::format("{}", fmt::join(quoted, ", "));
}

// The request's object, with no field but `fields`: a misspelled field is an error, not ignored.
json parse_request(std::string_view body, std::initializer_list<std::string_view> fields) {
  json request;
  try {
    request = json::parse(body);
  } catch (const json::exception& e) {
    // Without nlohmann's "[json.exception.parse_error.101] " prefix. A number too large for a
    // double is an out_of_range error (406) that the parser throws while it reads.
    const std::string_view what = e.what();
    const auto end = what.find("] ");
    throw BadRequest(
        fmt::format("the request is not JSON: {}", end == std::string_view::npos ? what : what.substr(end + 2)));
  }
  if (!request.is_object()) {
    throw BadRequest(R"(the request must be a JSON object, such as {"source": "ms = multiple NEXT sclerosis"})");
  }
  for (const auto& [key, value] : request.items()) {
    if (std::find(fields.begin(), fields.end(), key) == fields.end()) {
      throw BadRequest(fmt::format("unknown field `{}`: this call takes {}", key, quoted_list(fields)));
    }
  }
  return request;
}

std::string text_field(const json& request, std::string_view name, std::string_view fallback) {
  const auto it = request.find(name);
  if (it == request.end()) return std::string(fallback);
  if (!it->is_string()) throw BadRequest(fmt::format("`{}` must be a string", name));
  return it->get<std::string>();
}

// `source`: the strategy's text, which every call needs; `name`: what the appendix calls it.
SourceFile source_field(const json& request) {
  if (!request.contains("source")) throw BadRequest("missing field `source`: the strategy's text");
  return SourceFile(text_field(request, "name", default_name), text_field(request, "source", {}));
}

std::string one_of(const json& request, std::string_view name, std::string_view fallback,
                   const std::vector<std::string_view>& allowed) {
  auto value = text_field(request, name, fallback);
  if (value != fallback && std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
    throw BadRequest(fmt::format("`{}` is `{}`; it must be one of: {}", name, value, fmt::join(allowed, ", ")));
  }
  return value;
}

// `to`: a database id, "all", ids separated by commas as on the command line, or an array of them.
std::vector<std::string_view> targets_field(const json& request, bool required) {
  const auto it = request.find("to");
  if (it == request.end()) {
    if (required) throw BadRequest(R"(missing field `to`: a database, such as "central", or "all")");
    return {};
  }
  std::vector<std::string> names;
  if (it->is_string()) {
    const auto text = it->get<std::string>();
    for (std::size_t begin = 0;;) {
      const auto comma = text.find(',', begin);
      names.push_back(text.substr(begin, comma - begin));
      if (comma == std::string::npos) break;
      begin = comma + 1;
    }
  } else if (it->is_array()) {
    for (const auto& name : *it) {
      if (!name.is_string()) throw BadRequest("`to` must hold database names, such as [\"central\", \"pubmed\"]");
      names.push_back(name.get<std::string>());
    }
  } else {
    throw BadRequest("`to` must be a database name, \"all\", or an array of database names");
  }
  if (names.empty() && required) throw BadRequest("`to` names no database");
  // The ids as the backends hold them: `names` ends with this call.
  std::vector<std::string_view> ids;
  for (const auto& name : names) {
    if (name == "all") return database_ids();
    const auto* backend = find_database(name);
    if (backend == nullptr) {
      throw BadRequest(fmt::format("`to` names `{}`, which is not a database searchc knows: {}, or all", name,
                                   fmt::join(database_ids(), ", ")));
    }
    ids.push_back(backend->capabilities.id);
  }
  return ids;
}

std::string from_field(const json& request) {
  return one_of(request, "from", "", import::syntaxes());
}

Reply json_reply(int status, std::string body) {
  return Reply{status, std::string(json_type), std::move(body)};
}

// What appendix and review answer for a strategy with errors, which they write nothing for: 422,
// with the diagnostics as check answers them and an `error` that says what waits for the mending.
Reply unwritten(const driver::Analysis& analysis, std::string_view what) {
  auto out = driver::check_json(analysis.diagnostics, analysis.source);
  out["error"] = fmt::format("the strategy has errors: {} is written once they are mended", what);
  return json_reply(422, driver::dump_json(out));
}

// Runs `call`, turning a bad request into 400.
template <typename Call>
Reply answer(Call call) {
  try {
    return call();
  } catch (const BadRequest& e) {
    return error_reply(400, e.what());
  }
}

}  // namespace

Reply error_reply(int status, std::string_view message) {
  return json_reply(status, driver::dump_json(json{{"error", message}}));
}

Reply failure_reply(std::string_view what) {
  return error_reply(500, fmt::format("searchc failed on this request: {}", what));
}

Reply api_compile(std::string_view body, const ApiContext& context) {
  return answer([&] {
    const auto request = parse_request(body, {"source", "name", "to", "from", "mesh_form"});
    auto source = source_field(request);
    const auto ids = targets_field(request, true);
    const auto from = from_field(request);
    const auto mesh_form = one_of(request, "mesh_form", "line", {"line", "inline"});
    auto analysis = driver::analyze(std::move(source), from, context.accepted_words);
    const auto compiled =
        driver::compile_targets(analysis, ids, EmitOptions{mesh_form == "inline" ? MeshForm::inline_ : MeshForm::line});
    return json_reply(200, driver::render_json(compiled.results, analysis.diagnostics, analysis.source));
  });
}

Reply api_check(std::string_view body, const ApiContext& context) {
  return answer([&] {
    const auto request = parse_request(body, {"source", "name", "to", "from"});
    auto source = source_field(request);
    const auto ids = targets_field(request, false);
    const auto from = from_field(request);
    auto analysis = driver::analyze(std::move(source), from, context.accepted_words);
    driver::check_targets(analysis, ids);
    return json_reply(200, driver::render_check_json(analysis.diagnostics, analysis.source));
  });
}

Reply api_appendix(std::string_view body, const ApiContext& context) {
  return answer([&] {
    const auto request = parse_request(body, {"source", "name", "format"});
    auto source = source_field(request);
    const auto format = one_of(request, "format", "md", {"md", "html", "json"});
    const auto analysis = driver::analyze(std::move(source), {}, context.accepted_words);
    if (analysis.diagnostics.has_errors()) return unwritten(analysis, "the appendix");
    DiagnosticSink missing;  // what the appendix lacks; the page shows it through check
    const auto appendix = appendix::build(analysis.strategy, analysis.source, missing);
    if (format == "html") return Reply{200, "text/html; charset=utf-8", appendix::to_html(appendix)};
    if (format == "json") return json_reply(200, appendix::to_json(appendix));
    return Reply{200, "text/markdown; charset=utf-8", appendix::to_markdown(appendix)};
  });
}

Reply api_review(std::string_view body, const ApiContext& context) {
  return answer([&] {
    const auto request = parse_request(body, {"source", "name", "from"});
    auto source = source_field(request);
    const auto from = from_field(request);
    const auto analysis = driver::analyze(std::move(source), from, context.accepted_words);
    if (analysis.diagnostics.has_errors()) return unwritten(analysis, "the review");
    return json_reply(200, driver::render_review_json(driver::review(analysis), analysis.source));
  });
}

Reply api_targets() {
  json out = json::array();
  for (const auto& backend : databases()) {
    out.push_back(json{{"id", backend.capabilities.id},
                       {"name", backend.capabilities.name},
                       {"syntax_version", backend.capabilities.syntax_version}});
  }
  return json_reply(200, driver::dump_json(out));
}

Reply api_examples() {
  json out = json::array();
  for (const auto& asset : assets()) {
    if (!asset.path.starts_with(examples_prefix)) continue;
    out.push_back(json{{"name", asset.path.substr(examples_prefix.size())}, {"source", asset.body}});
  }
  return json_reply(200, driver::dump_json(out));
}

}  // namespace searchc::server
