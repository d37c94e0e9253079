// Epistemonikos: one fielded query, title:(...) OR abstract:(...) per concept, and the
// publication-year filter (docs/databases.md, "Epistemonikos (`epistemonikos`)").
#pragma once

#include "databases/database.hpp"

namespace searchc::epistemonikos {

Capabilities capabilities();
Output write(const ast::Strategy& lowered, const EmitOptions& options, Approximations& report);

}  // namespace searchc::epistemonikos
