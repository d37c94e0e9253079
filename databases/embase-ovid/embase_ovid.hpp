// Embase on Ovid: Ovid's syntax and writer (databases/ovid/), with Embase's field codes and
// Emtree headings (docs/databases.md, "Embase on Ovid (`embase-ovid`)").
#pragma once

#include <span>

#include "compiler/lower.hpp"
#include "databases/syntax.hpp"

namespace searchc::embase_ovid {

// What is Embase's own; databases/ovid's `on_ovid` adds what every database on Ovid shares.
Capabilities capabilities();
// The field codes of Embase's field suffixes, `.ti,ab,kf,hw.`.
std::span<const FieldCode> field_codes();

}  // namespace searchc::embase_ovid
