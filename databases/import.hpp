// Reading strategies written in a database's own syntax into the language.
//
// An importer turns each of the database's numbered lines into a named line (`l1`, `l2`, ...)
// whose spans point into the imported file, so that every later diagnostic shows the line as
// the user pasted it. Whatever the language cannot say is reported and carried over as a
// comment; whatever cannot be read is an error with its position (E3xx).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/ast.hpp"
#include "compiler/diagnostics.hpp"
#include "compiler/source.hpp"

namespace searchc::import {

struct Imported {
  ast::Strategy strategy;
  std::vector<std::string> comments;  // one per line of `strategy`: what was carried over as is
  std::string from;                   // the syntax's name: "Ovid MEDLINE"
};

// The syntaxes import reads, in the registry's order: the ids of the databases with a reader.
std::vector<std::string_view> syntaxes();
// Reads `source`, written in the syntax of database `syntax` (one of `syntaxes()`), after
// checking that it is text a database would take (E3xx otherwise).
Imported read(std::string_view syntax, const SourceFile& source, DiagnosticSink& sink);

// The imported strategy in the language's canonical layout, comments included.
std::string format(const Imported& imported);

}  // namespace searchc::import
