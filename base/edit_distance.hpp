// The one edit distance: the "did you mean" of names, headings and words.
#pragma once

#include <cstddef>
#include <string_view>

namespace searchc {

// The optimal-string-alignment distance between two texts, ASCII letters compared without case:
// insertions, deletions, substitutions, and a swap of two neighbouring characters ("mulitple"),
// the commonest typing slip, each one edit. Gives up, returning `cap` + 1, once it must exceed
// `cap`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap);

}  // namespace searchc
