// Ovid MEDLINE: numbered search lines as Ovid's search history shows them (database-syntax.md §6).
#pragma once

#include "backends/backend.hpp"

namespace searchc::ovid {

Capabilities capabilities();
Output emit(const ast::Strategy& lowered, const EmitOptions& options, Approximations& report);

}  // namespace searchc::ovid
