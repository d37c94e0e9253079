// Links that re-run a search: percent-encoding of query values (RFC 3986).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace searchc {

// Every byte except the unreserved characters (letters, digits, `-._~`) becomes %XX, so a
// value never breaks out of its parameter whatever the server treats as special.
std::string percent_encode(std::string_view value);

// `base?name=value&...`, encoding each value; parameters with an empty value are left out,
// since an empty query parameter can make a registry return nothing. A value in `literal`
// form is appended as it is (for fixed values such as `studyType:int`).
struct Parameter {
  std::string name;
  std::string value;
  bool literal = false;
};
std::string make_url(std::string_view base, const std::vector<Parameter>& parameters);

}  // namespace searchc
