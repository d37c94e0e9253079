// PubMed: numbered history lines combined as `#1 AND #2`, field tags on every word
// (docs/databases.md, "PubMed (`pubmed`)").
#pragma once

#include "databases/database.hpp"

namespace searchc::pubmed {

Capabilities capabilities();
Output write(const ast::Strategy& lowered, const EmitOptions& options, Approximations& report);
import::Imported read(const SourceFile& source, DiagnosticSink& sink);

}  // namespace searchc::pubmed
