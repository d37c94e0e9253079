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

// Ovid MEDLINE: one search per line, numbered (`1 exp Dementia/`, `1. ...`) or not, with or
// without the hit counts and `[mp=...]` notes of an exported search history.
Imported ovid(const SourceFile& source, DiagnosticSink& sink);

// Cochrane CENTRAL: a Search Manager history, `#1 ...` lines or an exported ID / Search / Hits
// table, in the forms of every interface since 2008.
Imported central(const SourceFile& source, DiagnosticSink& sink);

// PubMed: a query, or a history of `#1 ...` lines.
Imported pubmed(const SourceFile& source, DiagnosticSink& sink);

// INAHTA International HTA Database: a query, or a history of `#1 ...` lines.
Imported inahta(const SourceFile& source, DiagnosticSink& sink);

// The syntaxes import reads: "central", "inahta", "ovid", "pubmed".
std::vector<std::string_view> syntaxes();
Imported read(std::string_view syntax, const SourceFile& source, DiagnosticSink& sink);

// The imported strategy in the language's canonical layout, comments included.
std::string format(const Imported& imported);

}  // namespace searchc::import
