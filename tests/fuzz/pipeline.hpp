// The whole pipeline on one input, for the fuzzer and for its replay under the ordinary build.
#pragma once

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "compiler/ast.hpp"

namespace searchc::fuzz {

// Reads `data` as a strategy in the language and in every database syntax that import reads,
// checks, compiles to every database and formats it, and aborts with a message on stderr when
// a property fails: formatting keeps the meaning and is idempotent, an import reads back as the
// language and is stable through its own database, no query has unbalanced parentheses or
// quotation marks, and every word searched stands in each database's search or in a warning.
// The input is also sent as the body of each call of the server's API, which must answer it.
void run(const std::uint8_t* data, std::size_t size);

// The part of `run` for a strategy in the language: when it checks without errors, it compiles
// for every database with balanced queries and every searched word in the search or a warning,
// and formatting keeps its meaning and is idempotent. Aborts with a message when one fails.
void language_properties(std::string_view input);

// The part of `run` for `input` in the syntax of database `syntax`: when it imports and checks
// without errors, it compiles everywhere as above, what the importer writes reads back as the
// language, and written in its own syntax and read again twice, the second round changes
// nothing. Aborts with a message when one fails.
void import_properties(std::string_view syntax, std::string_view input);

// The words a database is asked to search, in lower case: those of its block's searches, or of
// the strategy's result with the lines it refers to and the block's replacement lines. Each must
// stand in that database's search or in a warning.
std::set<std::string> searched_words(ast::Strategy strategy, std::string_view id);

}  // namespace searchc::fuzz
