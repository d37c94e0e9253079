// The text helpers the passes share (base/text.hpp).
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "base/text.hpp"

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

// Every text of up to six bytes from spaces, tabs, line breaks, another control character,
// letters and a byte of UTF-8 folds as splitting it at spaces, tabs and line breaks and joining
// the words with single spaces does: the whole-text path for folded text and the word-by-word
// path agree, and so does the one pass that also lower-cases.
TEST(Text, FoldsEveryShortTextAsSplittingAndJoining) {
  const std::string alphabet =
      " \t\n\r\x01"
      "aB\xC3";  // split: a hex escape runs on through hex digits
  std::vector<std::string> texts = {""};
  for (std::size_t length = 1; length <= 6; ++length) {
    const auto shorter = texts.size();
    for (std::size_t i = 0; i < shorter; ++i) {
      if (texts[i].size() + 1 != length) continue;
      for (const char c : alphabet) texts.push_back(texts[i] + c);
    }
  }
  for (const auto& text : texts) {
    std::string joined;
    std::string word;
    for (const char c : text + ' ') {
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        word += c;
        continue;
      }
      if (!word.empty()) joined += (joined.empty() ? "" : " ") + word;
      word.clear();
    }
    EXPECT_EQ(fold_space(text), joined) << testing::PrintToString(text);
    EXPECT_EQ(lower_folded(text), lower(joined)) << testing::PrintToString(text);
    std::string out = "x";
    append_folded(out, text);
    EXPECT_EQ(out, joined.empty() ? "x" : "x " + joined) << testing::PrintToString(text);
  }
}

// is_folded reads eight bytes a step beside the byte after the step, then one at a time: a break
// (a doubled space, a tab, a line break, another control character) must be seen wherever it
// falls, the last byte too, and a single space or a byte of UTF-8 must not be taken for one.
TEST(Text, IsFoldedSeesABreakAtEveryOffset) {
  for (std::size_t size = 3; size <= 26; ++size) {
    const std::string plain(size, 'a');
    EXPECT_TRUE(is_folded(plain)) << size;
    for (const char last : {' ', '\t', '\x01'}) EXPECT_FALSE(is_folded(plain + last)) << size;
    for (std::size_t at = 1; at + 2 < size; ++at) {
      for (const std::string_view kept : {" ", "\xC3"}) {
        auto text = plain;
        text.replace(at, kept.size(), kept);
        EXPECT_TRUE(is_folded(text)) << testing::PrintToString(text);
      }
      for (const std::string_view broken : {"  ", "\t", "\n", "\r", "\x01", " \t"}) {
        auto text = plain;
        text.replace(at, broken.size(), broken);
        EXPECT_FALSE(is_folded(text)) << testing::PrintToString(text);
        EXPECT_EQ(fold_space(text).size(), size - broken.size() + 1) << testing::PrintToString(text);
      }
    }
  }
}

// zero_bytes marks each zero byte of a word alone, whatever the bytes beside it.
TEST(Text, FoldsSpaces) {
  struct Case {
    std::string_view text, folded, lowered;
  };
  for (const auto& c : {Case{"", "", ""}, Case{" \t\r\n", "", ""}, Case{"a", "a", "a"},
                        Case{"  MeSH \t Terms\n", "MeSH Terms", "mesh terms"},
                        Case{"Stem  Cell  Transplantation", "Stem Cell Transplantation", "stem cell transplantation"},
                        Case{"x\u00C9Y", "x\u00C9Y", "x\u00C9y"}}) {
    EXPECT_EQ(fold_space(c.text), c.folded) << c.text;
    EXPECT_EQ(lower_folded(c.text), c.lowered) << c.text;
  }
  std::string out;
  for (const auto piece : {"  bone", "", "   ", "marrow ", " transplant*"}) append_folded(out, piece);
  EXPECT_EQ(out, "bone marrow transplant*");
  out = "a";
  append_folded(out, "b");
  EXPECT_EQ(out, "a b");
}

// is_ascii reads eight bytes a step and then one at a time: a byte of 0x80 or above must be seen
// wherever it falls.
TEST(Text, IsAsciiSeesAHighByteAtEveryOffset) {
  for (std::size_t size = 0; size <= 20; ++size) {
    const std::string plain(size, 'a');
    EXPECT_TRUE(is_ascii(plain)) << size;
    for (std::size_t at = 0; at < size; ++at) {
      auto text = plain;
      text[at] = '\xC3';
      EXPECT_FALSE(is_ascii(text)) << size << " at " << at;
    }
  }
}

}  // namespace
}  // namespace searchc
