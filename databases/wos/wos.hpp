// Web of Science Core Collection, advanced search: numbered sets combined as `#1 AND #2`, a field
// tag before every search (docs/databases.md, "Web of Science Core Collection (`wos`)").
#pragma once

#include "databases/database.hpp"

namespace searchc::wos {

Capabilities capabilities();
Output write(const ast::Strategy& lowered, const EmitOptions& options, Approximations& report);
import::Imported read(const SourceFile& source, DiagnosticSink& sink);

}  // namespace searchc::wos
