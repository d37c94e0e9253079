// Decoding UTF-8 one sequence at a time, for columns under the caret and for checks of text.
#pragma once

#include <cstddef>
#include <string_view>

namespace searchc {

// One decoded UTF-8 sequence. An invalid or truncated sequence decodes as one byte with
// valid == false, so that every caller resynchronises the same way.
struct Utf8Char {
  char32_t code_point = 0;
  std::size_t length = 1;
  bool valid = true;
};
Utf8Char decode_utf8(std::string_view text, std::size_t pos);

// Number of code points in a UTF-8 string; an invalid byte counts as one.
std::size_t count_code_points(std::string_view text);

}  // namespace searchc
