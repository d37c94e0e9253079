// Cochrane Library, CENTRAL: the Search Manager's numbered lines (database-syntax.md §1).
#pragma once

#include "backends/backend.hpp"

namespace searchc::central {

Capabilities capabilities();
Output emit(const ast::Strategy& lowered, const EmitOptions& options, Approximations& report);

}  // namespace searchc::central
