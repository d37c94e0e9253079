// Text and JSON rendering of compiled outputs; JSON keys in a stable order.
#include "driver/render.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdio>

#include "driver/output_json.hpp"

namespace searchc::driver {
namespace {

json diagnostic_json(const Diagnostic& d, const SourceFile& source) {
  const auto begin = source.locate(d.span.begin);
  const auto end = source.locate(d.span.end);
  return json{{"code", code_name(d.code)},
              {"severity", severity_name(d.severity)},
              {"message", d.message},
              {"line", begin.line},
              {"column", begin.column},
              {"end_line", end.line},
              {"end_column", end.column},
              {"notes", d.notes},
              {"direction", direction_name(d.direction)}};
}

json diagnostics_json(std::span<const Diagnostic* const> diagnostics, const SourceFile& source) {
  json out = json::array();
  for (const auto* d : diagnostics) out.push_back(diagnostic_json(*d, source));
  return out;
}

json links_json(const std::vector<Link>& links) {
  json out = json::array();
  for (const auto& l : links) out.push_back(json{{"label", l.label}, {"url", l.url}});
  return out;
}

}  // namespace

json output_json(const Output& output) {
  json lines = json::array();
  for (const auto& l : output_lines(output)) lines.push_back(json{{"label", l.label}, {"text", l.text}});
  json searches = json::array();
  for (const auto& s : output.searches) {
    json fields = json::array();
    for (const auto& f : s.fields) fields.push_back(json{{"name", f.name}, {"value", f.value}});
    searches.push_back(json{{"label", s.label}, {"fields", std::move(fields)}, {"links", links_json(s.links)}});
  }
  return json{{"text", output.text},
              {"lines", std::move(lines)},
              {"searches", std::move(searches)},
              {"links", links_json(output.links)}};
}

std::string dump_json(const json& value) {
  return value.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string render_json(const std::vector<TargetResult>& results, const DiagnosticSink& strategy,
                        const SourceFile& source) {
  json out = json::object();
  for (const auto& r : results) {
    auto target = output_json(r.output);
    const std::array<const DiagnosticSink*, 2> sinks{&strategy, &r.diagnostics};
    target["diagnostics"] = diagnostics_json(DiagnosticSink::in_order(sinks), source);
    out[r.id] = std::move(target);
  }
  return dump_json(out);
}

json check_json(const DiagnosticSink& diagnostics, const SourceFile& source) {
  return json{{"errors", diagnostics.count(Severity::error)},
              {"warnings", diagnostics.count(Severity::warning)},
              {"diagnostics", diagnostics_json(diagnostics.in_order(), source)}};
}

std::string render_check_json(const DiagnosticSink& diagnostics, const SourceFile& source) {
  return dump_json(check_json(diagnostics, source));
}

std::string render_review_json(const review::Review& review, const SourceFile& source) {
  json findings = json::array();
  for (const auto& d : review.findings) {
    auto finding = diagnostic_json(d, source);
    const auto element = review::element_of(d.code);
    finding["press_element"] = static_cast<int>(element);
    finding["press_element_name"] = review::element_name(element);
    findings.push_back(std::move(finding));
  }
  json prisma = json::array();
  for (const auto& item : review.prisma) {
    prisma.push_back(json{{"item", item.number},
                          {"name", item.name},
                          {"status", review::status_name(item.status)},
                          {"detail", item.detail}});
  }
  return dump_json(json{{"findings", std::move(findings)},
                        {"prisma_s", std::move(prisma)},
                        {"prisma_s_recorded", review::prisma_recorded(review)},
                        {"summary", review::summary(review)}});
}

void write_text(std::FILE* out, const std::vector<TargetResult>& results) {
  for (const auto& r : results) {
    if (results.size() > 1) fmt::print(out, "== {} ==\n", find_database(r.id)->capabilities.name);
    std::fwrite(r.output.text.data(), 1, r.output.text.size(), out);
    if (results.size() > 1) std::fputc('\n', out);
  }
}

}  // namespace searchc::driver
