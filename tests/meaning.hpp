// The meaning of a strategy's result as one canonical text, so that two searches written
// differently can be compared: `(a OR b)[ti]` and `b[ti] OR a[ti]`, or `a[ti,ab]` and
// `a[ti] OR a[ab]`, have the same meaning text.
#pragma once

#include <functional>
#include <string>

#include "compiler/ast.hpp"

namespace searchc::test {

// The meaning of the strategy's last line, which must be resolved. Lines are written out
// where they are used, with their limits ANDed on; AND and OR are flattened, their operands
// sorted and repeated ones dropped; field scopes are carried down to the words they hold and
// an OR of one word in several fields becomes the word in all of them; words and headings are
// compared without case; a phrase of one word is that word.
// Native text means `native(text)` where given (a database's own clause, read back), else
// `native:TEXT`.
std::string meaning(const ast::Strategy& strategy,
                    const std::function<std::string(const std::string&)>& native = nullptr);

}  // namespace searchc::test
