// `searchc fmt`: the canonical layout of a strategy. Formatting never changes meaning: the
// formatted text parses to the same tree, and formatting it again changes nothing.
#pragma once

#include <string>

#include "compiler/ast.hpp"
#include "compiler/source.hpp"

namespace searchc {

// One statement per line, operators in capitals, parentheses only where they group several
// searches, comments and single blank lines kept where they were. `strategy` must come from
// `source` and have parsed without errors.
std::string format_strategy(const ast::Strategy& strategy, const SourceFile& source);

// A search in the language's canonical spelling, as on the right of `name =`.
std::string format_expression(const ast::Node& node);

// A limit as written after a search: `limit year 2014 to 2021`.
std::string format_limit(const ast::Limit& limit);

// A line as the language writes it: `name = search`, with its limits, role and word variations.
std::string format_line(const ast::Line& line);

// A limit's dates for a message: "2014 to 2021", "from 2014", "up to 2021".
std::string describe_range(const ast::Limit& limit);

}  // namespace searchc
