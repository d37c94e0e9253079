// A database backend: what the database can express (data), and how to write its syntax.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/ast.hpp"
#include "compiler/diagnostics.hpp"
#include "compiler/lower.hpp"

namespace searchc {

// How CENTRAL shows MeSH: as the MeSH browser's own lines, or inline in a search line.
enum class MeshForm : std::uint8_t { line, inline_ };

struct EmitOptions {
  MeshForm mesh_form = MeshForm::line;
};

struct OutputLine {
  std::string label;  // "#1"
  std::string text;
};

struct Link {
  std::string label;
  std::string url;
};

// One database's search, ready to paste.
struct Output {
  std::string text;               // exactly what `compile --format text` prints
  std::vector<OutputLine> lines;  // for databases with a search history
  std::vector<Link> links;        // re-run links, where the database has them
};

struct Backend {
  Capabilities capabilities;
  // Writes a lowered strategy in the database's syntax; reports what only the syntax reveals.
  Output (*emit)(const ast::Strategy& lowered, const EmitOptions& options, DiagnosticSink& sink);
};

std::span<const Backend> backends();
const Backend* find_backend(std::string_view id);
std::vector<std::string_view> backend_ids();

// Lowers and emits in one step. The strategy must be resolved and free of errors.
Output compile(const ast::Strategy& strategy, const Backend& backend, const EmitOptions& options,
               DiagnosticSink& sink);

}  // namespace searchc
