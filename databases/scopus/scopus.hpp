// Scopus, advanced search: one query, each search in a field function, `TITLE-ABS-KEY(...)`
// (docs/databases.md, "Scopus (`scopus`)").
#pragma once

#include "databases/database.hpp"

namespace searchc::scopus {

Capabilities capabilities();
Output write(const ast::Strategy& lowered, const EmitOptions& options, Approximations& report);
import::Imported read(const SourceFile& source, DiagnosticSink& sink);

}  // namespace searchc::scopus
