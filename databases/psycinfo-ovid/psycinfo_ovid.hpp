// APA PsycInfo on Ovid: Ovid's syntax and writer (databases/ovid/), with PsycInfo's field codes
// and APA Thesaurus headings (docs/databases.md, "APA PsycInfo on Ovid (`psycinfo-ovid`)").
#pragma once

#include <span>

#include "compiler/lower.hpp"
#include "databases/syntax.hpp"

namespace searchc::psycinfo_ovid {

// What is PsycInfo's own; databases/ovid's `on_ovid` adds what every database on Ovid shares.
Capabilities capabilities();
// The field codes of PsycInfo's field suffixes, `.ti,ab,id,hw.`.
std::span<const FieldCode> field_codes();

}  // namespace searchc::psycinfo_ovid
