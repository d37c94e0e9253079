// WHO ICTRP Search Portal: the advanced-search form field by field, or the standard-search
// string where the search does not fit the form's boxes (docs/databases.md, "WHO ICTRP
// (`ictrp`)").
#pragma once

#include "databases/database.hpp"

namespace searchc::ictrp {

Capabilities capabilities();
Output write(const ast::Strategy& lowered, const EmitOptions& options, Approximations& report);

}  // namespace searchc::ictrp
