// Percent-encoding for re-run links.
#include "databases/url.hpp"

#include <fmt/format.h>

namespace searchc {

std::string percent_encode(std::string_view value) {
  std::string out;
  for (const char c : value) {
    const auto u = static_cast<unsigned char>(c);
    const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' ||
                            u == '.' || u == '_' || u == '~';
    if (unreserved) {
      out += c;
    } else {
      out += fmt::format("%{:02X}", u);
    }
  }
  return out;
}

std::string make_url(std::string_view base, const std::vector<Parameter>& parameters) {
  std::string out(base);
  char separator = '?';
  for (const auto& p : parameters) {
    if (p.value.empty()) continue;
    out += separator;
    out += p.name;
    out += '=';
    out += p.literal ? p.value : percent_encode(p.value);
    separator = '&';
  }
  return out;
}

}  // namespace searchc
