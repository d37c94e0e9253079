// JSON rendering with a stable key order.
#include "cli/render_json.hpp"

#include <nlohmann/json.hpp>

namespace searchc::cli {
namespace {

using json = nlohmann::ordered_json;

json diagnostics_json(const DiagnosticSink& sink, const SourceFile& source) {
  json out = json::array();
  for (const auto& d : sink.sorted()) {
    const auto begin = source.locate(d.span.begin);
    const auto end = source.locate(d.span.end);
    out.push_back(json{{"code", code_name(d.code)},
                       {"severity", severity_name(d.severity)},
                       {"message", d.message},
                       {"line", begin.line},
                       {"column", begin.column},
                       {"end_line", end.line},
                       {"end_column", end.column},
                       {"notes", d.notes}});
  }
  return out;
}

}  // namespace

std::string render_json(const std::vector<TargetResult>& results, const SourceFile& source) {
  json out = json::object();
  for (const auto& r : results) {
    json lines = json::array();
    for (const auto& l : r.output.lines) lines.push_back(json{{"label", l.label}, {"text", l.text}});
    json links = json::array();
    for (const auto& l : r.output.links) links.push_back(json{{"label", l.label}, {"url", l.url}});
    out[r.id] = json{{"text", r.output.text},
                     {"lines", std::move(lines)},
                     {"links", std::move(links)},
                     {"diagnostics", diagnostics_json(r.diagnostics, source)}};
  }
  // Invalid UTF-8 cannot reach here (the parser refuses it), but never throw while printing.
  return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace searchc::cli
