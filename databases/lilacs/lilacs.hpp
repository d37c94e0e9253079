// LILACS on the Virtual Health Library's search portal (BIREME's iAHx): one query, each search
// after its field prefix, `tw:(...)`, DeCS headings as `mh:"..."` (docs/databases.md, "LILACS
// (BVS portal) (`lilacs`)").
#pragma once

#include "databases/database.hpp"

namespace searchc::lilacs {

Capabilities capabilities();
Output write(const ast::Strategy& lowered, const EmitOptions& options, Approximations& report);
import::Imported read(const SourceFile& source, DiagnosticSink& sink);

}  // namespace searchc::lilacs
