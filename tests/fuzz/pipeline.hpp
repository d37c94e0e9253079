// The whole pipeline on one input, for the fuzzer and for its replay under the ordinary build.
#pragma once

#include <cstddef>
#include <cstdint>

namespace searchc::fuzz {

// Reads `data` as a strategy in the language and in every database syntax that import reads,
// checks, compiles to every database and formats it, and aborts with a message on stderr when
// a property fails: formatting keeps the meaning and is idempotent, an import reads back as the
// language and is stable through its own database, and no query has unbalanced parentheses or
// quotation marks.
void run(const std::uint8_t* data, std::size_t size);

}  // namespace searchc::fuzz
