// PubMed: numbered history lines combined as `#1 AND #2`, field tags on every word
// (database-syntax.md §6, §7).
#pragma once

#include "backends/backend.hpp"

namespace searchc::pubmed {

Capabilities capabilities();
Output emit(const ast::Strategy& lowered, const EmitOptions& options, Approximations& report);

}  // namespace searchc::pubmed
