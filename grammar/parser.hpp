// Reading a strategy: source text in, syntax tree and syntax diagnostics out.
#pragma once

#include <cstddef>

#include "compiler/ast.hpp"
#include "compiler/diagnostics.hpp"
#include "compiler/limits.hpp"
#include "compiler/source.hpp"

namespace searchc {

// Parses `source`. Syntax errors go to `sink`, several per run: a statement with an error is
// skipped and reading goes on with the next one. The result holds every statement that parsed.
ast::Strategy parse(const SourceFile& source, DiagnosticSink& sink);

}  // namespace searchc
