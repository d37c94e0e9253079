// INAHTA International HTA Database: one search string with [mh]/[mhe] headings and field tags
// after parenthesised groups, and the year filter (docs/databases.md, "INAHTA International HTA
// Database (`inahta`)").
#pragma once

#include "databases/database.hpp"

namespace searchc::inahta {

Capabilities capabilities();
Output write(const ast::Strategy& lowered, const EmitOptions& options, Approximations& report);
import::Imported read(const SourceFile& source, DiagnosticSink& sink);

}  // namespace searchc::inahta
