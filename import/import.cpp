// The importers' registry and the layout of an imported strategy.
#include <fmt/format.h>

#include "compiler/format.hpp"
#include "import/import.hpp"

namespace searchc::import {

std::vector<std::string_view> syntaxes() { return {"central", "inahta", "ovid", "pubmed"}; }

Imported read(std::string_view syntax, const SourceFile& source, DiagnosticSink& sink) {
  if (syntax == "central") return central(source, sink);
  if (syntax == "inahta") return inahta(source, sink);
  if (syntax == "ovid") return ovid(source, sink);
  if (syntax == "pubmed") return pubmed(source, sink);
  throw std::invalid_argument(fmt::format("no importer for `{}`", syntax));
}

std::string format(const Imported& imported) {
  std::string out = fmt::format("// Imported from {}.\n", imported.from);
  for (std::size_t i = 0; i < imported.strategy.lines.size(); ++i) {
    const auto& line = imported.strategy.lines[i];
    out += fmt::format("{} = {}", line.name, format_expression(line.query));
    for (const auto& limit : line.limits) out += " " + format_limit(limit);
    if (!imported.comments[i].empty()) out += fmt::format("  // {}", imported.comments[i]);
    out += '\n';
  }
  for (const auto& db : imported.strategy.databases) {
    out += fmt::format("\ndatabase {} {{\n", db.id);
    for (const auto& entry : db.entries) {
      if (const auto* h = std::get_if<ast::Hits>(&entry.kind)) {
        out += h->line ? fmt::format("  hits #{} {}\n", h->line->name, h->count) : fmt::format("  hits {}\n", h->count);
      }
    }
    out += "}\n";
  }
  return out;
}

}  // namespace searchc::import
