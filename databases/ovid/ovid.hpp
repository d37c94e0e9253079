// Ovid MEDLINE: numbered search lines as Ovid's search history shows them (docs/databases.md,
// "Ovid MEDLINE (`ovid`)").
#pragma once

#include "databases/database.hpp"

namespace searchc::ovid {

Capabilities capabilities();
Output write(const ast::Strategy& lowered, const EmitOptions& options, Approximations& report);
import::Imported read(const SourceFile& source, DiagnosticSink& sink);

}  // namespace searchc::ovid
