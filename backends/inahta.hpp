// INAHTA International HTA Database: one search string with [mh]/[mhe] headings and field tags
// after parenthesised groups, and the year filter (database-syntax.md §4).
#pragma once

#include "backends/backend.hpp"

namespace searchc::inahta {

Capabilities capabilities();
Output emit(const ast::Strategy& lowered, const EmitOptions& options, Approximations& report);

}  // namespace searchc::inahta
