// Small ASCII text helpers shared by the passes (keywords and names are ASCII).
#pragma once

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace searchc {

inline char ascii_lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

inline bool iequal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

inline std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = ascii_lower(c);
  return out;
}

// Runs of spaces, tabs and line breaks become one space; none at either end.
inline std::string fold_space(std::string_view text) {
  std::string out;
  bool pending = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += c;
  }
  return out;
}

// The space-separated words of a phrase whose spaces are already folded.
inline std::vector<std::string_view> phrase_words(std::string_view phrase) {
  std::vector<std::string_view> words;
  for (std::size_t pos = 0; pos < phrase.size();) {
    const auto end = std::min(phrase.find(' ', pos), phrase.size());
    words.push_back(phrase.substr(pos, end - pos));
    pos = end + 1;
  }
  return words;
}

// The words of a text as the spelling check sees them: runs of letters and digits, where any
// byte of a multi-byte UTF-8 character counts as a letter. Hyphens, apostrophes, slashes and
// the like separate words.
inline std::vector<std::string_view> spelling_words(std::string_view text) {
  const auto in_word = [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || std::isalnum(u) != 0;
  };
  std::vector<std::string_view> words;
  for (std::size_t pos = 0; pos < text.size();) {
    if (!in_word(text[pos])) {
      ++pos;
      continue;
    }
    const auto start = pos;
    while (pos < text.size() && in_word(text[pos])) ++pos;
    words.push_back(text.substr(start, pos - start));
  }
  return words;
}

// A decimal number from ASCII digits, saturating at `cap` so that no input can overflow.
inline std::uint64_t read_digits(std::string_view digits, std::uint64_t cap) {
  std::uint64_t n = 0;
  for (const char c : digits) {
    const auto digit = static_cast<std::uint64_t>(c - '0');
    if (digit > cap || n > (cap - digit) / 10) return cap;
    n = n * 10 + digit;
  }
  return n;
}

}  // namespace searchc
