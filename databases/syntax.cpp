// The lookups of the databases' syntax tables (databases/syntax.hpp).
#include "databases/syntax.hpp"

#include <algorithm>

namespace searchc {

const FieldCode* find_field_code(std::span<const FieldCode> codes, std::string_view code) {
  const auto found = std::find_if(codes.begin(), codes.end(), [&](const FieldCode& c) { return named(c.names, code); });
  return found == codes.end() ? nullptr : &*found;
}

std::vector<std::string_view> written_codes(std::span<const FieldCode> codes, FieldSet fields) {
  std::vector<std::string_view> out;
  FieldSet covered;
  for (const auto& c : codes) {
    if (!c.written || c.fields.empty() || !c.fields.subset_of(fields)) continue;
    bool overlaps = false;
    for (const auto f : c.fields.members()) overlaps = overlaps || covered.contains(f);
    if (overlaps) continue;
    out.push_back(c.names.front());
    for (const auto f : c.fields.members()) covered.insert(f);
  }
  return out;
}

}  // namespace searchc
