// ClinicalTrials.gov: the search form's boxes, the Essie expression of the expert search, and
// the links that re-run it on the website and through API v2 (docs/databases.md,
// "ClinicalTrials.gov (`ctgov`)").
#pragma once

#include "databases/database.hpp"

namespace searchc::ctgov {

Capabilities capabilities();
Output write(const ast::Strategy& lowered, const EmitOptions& options, Approximations& report);

}  // namespace searchc::ctgov
