// Cochrane Library, CENTRAL: the Search Manager's numbered lines (docs/databases.md, "Cochrane
// Library, CENTRAL (`central`)").
#pragma once

#include "databases/database.hpp"

namespace searchc::central {

Capabilities capabilities();
Output write(const ast::Strategy& lowered, const EmitOptions& options, Approximations& report);
import::Imported read(const SourceFile& source, DiagnosticSink& sink);

}  // namespace searchc::central
