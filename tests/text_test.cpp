// The text helpers the passes share (compiler/text.hpp).
#include <gtest/gtest.h>

#include <string>

#include "compiler/text.hpp"

namespace searchc {
namespace {

// find_in reads four bytes a step and then one at a time: a member must be found wherever it
// falls in those steps, from any starting point, and the first of two must be the one found.
TEST(Text, ByteSetFindsTheFirstMemberAtEveryOffset) {
  static constexpr ByteSet marks("*?");
  for (std::size_t size = 0; size <= 12; ++size) {
    const std::string plain(size, 'a');
    EXPECT_EQ(marks.find_in(plain), std::string_view::npos) << size;
    for (std::size_t at = 0; at < size; ++at) {
      auto text = plain;
      text[at] = '?';
      if (at + 2 < size) text[at + 2] = '*';
      for (std::size_t from = 0; from <= size; ++from) {
        const auto expected = from <= at ? at : from <= at + 2 && at + 2 < size ? at + 2 : std::string_view::npos;
        EXPECT_EQ(marks.find_in(text, from), expected) << text << " from " << from;
      }
    }
  }
}

}  // namespace
}  // namespace searchc
