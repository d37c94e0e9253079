// What the table tests of the one-query syntaxes (ProQuest, Scopus, Web of Science) share: a
// writer's case, the exact text written and the codes of what could not be expressed; a
// reader's row, the strategy an input is read as and the codes at their positions; and a
// reading's direction, the words its warning says.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace searchc::test {

struct WriterCase {
  const char* source;
  const char* expected;  // the output text, empty where an error stops it
  std::vector<std::string> codes = {};
};

inline void PrintTo(const WriterCase& c, std::ostream* os) {
  *os << c.source;
}

// Compiles `c.source` for the database `id` and checks the text and the codes.
void expect_written(std::string_view id, const WriterCase& c);

struct ReaderRow {
  const char* input;
  const char* imported;            // import::format's lines, without its first line; empty: refused
  std::vector<std::string> codes;  // "W307 1:17", in position order
};

inline void PrintTo(const ReaderRow& r, std::ostream* os) {
  *os << r.input;
}

// Imports `row.input`, written in `syntax`, and checks the strategy and the codes.
void expect_read(std::string_view syntax, const ReaderRow& row);

// A reading of `input`, written in `syntax`, that the language cannot say exactly, warned of
// with `code` at `at` ("1:12"), whose message holds `says` (its direction: "finds more records").
struct ReadingRow {
  const char* syntax;
  const char* input;
  const char* code;
  const char* at;
  const char* says;
};

inline void PrintTo(const ReadingRow& r, std::ostream* os) {
  *os << r.input;
}

void expect_reading(const ReadingRow& row);

}  // namespace searchc::test
