// Small ASCII text helpers shared by the passes (keywords and names are ASCII).
#pragma once

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace searchc {

inline bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}
inline bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
inline bool is_ascii_letter(char c) {
  return is_ascii_upper(c) || (c >= 'a' && c <= 'z');
}

// A number written with ASCII digits alone, such as an Ovid line number.
inline bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), is_ascii_digit);
}

// Whether every byte is below 0x80, as most searches are.
inline bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// A-Z to a-z and nothing else: std::tolower asks the C locale, and in a single-byte locale
// would change the bytes of UTF-8 characters.
inline char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// A set of bytes known at compile time, to search text for any of them: std::string_view's
// find_first_of searches its set once for every byte of the text.
class ByteSet {
 public:
  consteval explicit ByteSet(std::string_view bytes) {
    for (const char c : bytes) in_set_[static_cast<unsigned char>(c)] = true;
  }
  // `bytes` and every byte of a multi-byte UTF-8 character (0x80 and above).
  enum NonAscii { with_non_ascii };
  consteval ByteSet(std::string_view bytes, NonAscii) : ByteSet(bytes) {
    for (std::size_t c = 0x80; c < 0x100; ++c) in_set_[c] = true;
  }
  constexpr bool contains(char c) const { return in_set_[static_cast<unsigned char>(c)]; }
  // The position of the first byte of `text` in the set, from `from` on; npos when none is.
  std::size_t find_in(std::string_view text, std::size_t from = 0) const {
    for (std::size_t i = from; i < text.size(); ++i) {
      if (contains(text[i])) return i;
    }
    return std::string_view::npos;
  }

 private:
  // A byte per entry rather than a bit: one load per byte of text searched.
  bool in_set_[256] = {};
};

// `*` and `?`, the language's wildcards.
inline constexpr ByteSet wildcard_marks("*?");

inline bool has_wildcards(std::string_view text) {
  return wildcard_marks.find_in(text) != std::string_view::npos;
}
// The marks of the language's syntax, which a word cannot hold outside quotation marks.
inline constexpr ByteSet syntax_marks("()[]{}\",=:;$");

inline bool iequal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

// AND, OR or NOT in any case: a word that a database reading Boolean searches takes for an
// operator when it stands bare, such as the `or` of a phrase searched word by word.
inline bool is_boolean_word(std::string_view word) {
  return iequal(word, "and") || iequal(word, "or") || iequal(word, "not");
}

inline std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = ascii_lower(c);
  return out;
}

// The bytes that folding turns into one space between words, and drops at either end.
inline constexpr ByteSet folded_spaces(" \t\n\r");

// Whether `text` is folded already: a single space between words, none at either end, and no
// other byte that folding turns into a space. Every such byte is below `!`, which is what is
// tested for.
static_assert(
    [] {
      for (int c = '!'; c < 0x100; ++c) {
        if (folded_spaces.contains(static_cast<char>(c))) return false;
      }
      return true;
    }(),
    "is_folded takes every byte from `!` up for part of a word");
inline bool is_folded(std::string_view text) {
  if (text.empty()) return true;
  if (text.front() == ' ' || static_cast<unsigned char>(text.back()) <= ' ') return false;
  // Every byte but the last, beside the byte after it: a space beside a space is a break.
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) <= ' ' && (text[i] != ' ' || text[i + 1] == ' ')) return false;
  }
  return true;
}

// Appends the words of `text` to `out`, each after one space unless `out` is empty: the words
// of pieces appended one after another are spaced as if the pieces were joined and folded.
inline void append_folded(std::string& out, std::string_view text) {
  // most text is folded already, and is appended whole
  if (is_folded(text)) {
    if (text.empty()) return;
    if (!out.empty()) out += ' ';
    out.append(text);
    return;
  }
  for (std::size_t i = 0; i < text.size();) {
    if (folded_spaces.contains(text[i])) {
      ++i;
      continue;
    }
    const auto word = i;
    i = std::min(folded_spaces.find_in(text, i), text.size());
    if (!out.empty()) out += ' ';
    out.append(text.substr(word, i - word));
  }
}

// Runs of spaces, tabs and line breaks become one space; none at either end.
inline std::string fold_space(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_folded(out, text);
  return out;
}

// Spaces folded and ASCII letters lower-cased, written at `out`, which has room for
// `text.size()` bytes (the result is never longer); returns what was written. A name is looked
// up this way without a string of its own.
inline std::string_view lower_folded_into(std::string_view text, char* out) {
  // most text is folded already, and is only lower-cased
  if (is_folded(text)) {
    for (std::size_t i = 0; i < text.size(); ++i) out[i] = ascii_lower(text[i]);
    return {out, text.size()};
  }
  std::size_t size = 0;
  bool space = false;
  for (const char c : text) {
    if (folded_spaces.contains(c)) {
      space = size > 0;
      continue;
    }
    if (space) out[size++] = ' ';
    space = false;
    out[size++] = ascii_lower(c);
  }
  return {out, size};
}

// Spaces folded and ASCII letters lower-cased in one copy: names compared as written in any
// case and spacing (`[MeSH  Terms]` is `mesh terms`).
inline std::string lower_folded(std::string_view text) {
  std::string out(text.size(), '\0');
  out.resize(lower_folded_into(text, out.data()).size());
  return out;
}

// Calls `each` with the space-separated words of a phrase whose spaces are already folded.
template <typename Each>
void each_phrase_word(std::string_view phrase, Each each) {
  for (std::size_t pos = 0; pos < phrase.size();) {
    const auto end = std::min(phrase.find(' ', pos), phrase.size());
    each(phrase.substr(pos, end - pos));
    pos = end + 1;
  }
}

inline std::vector<std::string_view> phrase_words(std::string_view phrase) {
  std::vector<std::string_view> words;
  each_phrase_word(phrase, [&](std::string_view w) { words.push_back(w); });
  return words;
}

// The bytes of the words the spelling check sees: letters and digits, where any byte of a
// multi-byte UTF-8 character counts as a letter. Hyphens, apostrophes, slashes and the like
// separate words.
inline constexpr ByteSet spelling_word_bytes("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                                             ByteSet::with_non_ascii);

// Calls `each` with the words of a text as the spelling check sees them: runs of
// `spelling_word_bytes`.
template <typename Each>
void each_spelling_word(std::string_view text, Each each) {
  for (std::size_t pos = 0; pos < text.size();) {
    if (!spelling_word_bytes.contains(text[pos])) {
      ++pos;
      continue;
    }
    const auto start = pos;
    while (pos < text.size() && spelling_word_bytes.contains(text[pos])) ++pos;
    each(text.substr(start, pos - start));
  }
}

inline std::vector<std::string_view> spelling_words(std::string_view text) {
  std::vector<std::string_view> words;
  each_spelling_word(text, [&](std::string_view w) { words.push_back(w); });
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
