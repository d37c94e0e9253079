// Google Scholar: one query of at most 256 characters, words ANDed side by side, `OR`, `-` to
// exclude, `intitle:`, `author:` and `source:` before a word or phrase, and the years in the
// re-run link (docs/databases.md, "Google Scholar (`gscholar`)"). A target of `compile --to`
// only: searchc does not read Google Scholar queries.
#pragma once

#include "databases/database.hpp"

namespace searchc::gscholar {

Capabilities capabilities();
Output write(const ast::Strategy& lowered, const EmitOptions& options, Approximations& report);

}  // namespace searchc::gscholar
