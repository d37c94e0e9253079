// Ovid's operator words, shared by its reader (reader.cpp) and its writer (writer.cpp), so
// that what one reads as an operator the other quotes.
#pragma once

#include <string_view>

#include "base/text.hpp"

namespace searchc {

// AND, OR, NOT, adj and adjN (adj3), in any case.
inline bool is_ovid_operator(std::string_view word) {
  if (is_boolean_word(word) || iequal(word, "adj")) return true;
  return word.size() > 3 && iequal(word.substr(0, 3), "adj") && all_digits(word.substr(3));
}

}  // namespace searchc
