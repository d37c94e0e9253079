// Embase.com (Elsevier): numbered searches `#1`, `#2` as Embase.com's search history shows them
// (docs/databases.md, "Embase (Elsevier, Embase.com) (`embase`)").
#pragma once

#include "databases/database.hpp"

namespace searchc::embase {

Capabilities capabilities();
Output write(const ast::Strategy& lowered, const EmitOptions& options, Approximations& report);
import::Imported read(const SourceFile& source, DiagnosticSink& sink);

}  // namespace searchc::embase
