// The lookups of the databases' syntax tables (databases/syntax.hpp).
#include "databases/syntax.hpp"

#include <algorithm>

namespace searchc {

const FieldCode* find_field_code(std::span<const FieldCode> codes, std::string_view code) {
  const auto found = std::find_if(codes.begin(), codes.end(), [&](const FieldCode& c) { return named(c.names, code); });
  return found == codes.end() ? nullptr : &*found;
}

WrittenCodes written_codes(std::span<const FieldCode> codes, FieldSet fields) {
  WrittenCodes out;
  for_each_written_code(codes, fields, [&](std::string_view code) { out.push_back(code); });
  return out;
}

}  // namespace searchc
