// ProQuest, advanced (command line) search: one query, field codes before what they scope,
// `TI,AB(...)`, written and read (docs/databases.md, "ProQuest (`proquest`)").
#pragma once

#include "databases/database.hpp"

namespace searchc::proquest {

Capabilities capabilities();
Output write(const ast::Strategy& lowered, const EmitOptions& options, Approximations& report);
import::Imported read(const SourceFile& source, DiagnosticSink& sink);

}  // namespace searchc::proquest
