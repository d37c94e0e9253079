// The parser's state: the syntax tree being built and what the actions have read of the
// statement in hand. Included by grammar/parser.cpp and grammar/errors.hpp alone.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "compiler/ast.hpp"
#include "compiler/diagnostics.hpp"
#include "compiler/source.hpp"
#include "grammar/expression_builder.hpp"
#include "grammar/rules.hpp"

namespace searchc::grammar {

struct ParseState {
  ParseState(const SourceFile& file, DiagnosticSink& diagnostics)
      : source(file), sink(diagnostics), expr(file, diagnostics) {}

  const SourceFile& source;
  DiagnosticSink& sink;
  ExpressionBuilder expr;
  ast::Strategy strategy;

  // The statement being read. Reset at the start of each statement, so that a statement that
  // failed half-way leaves nothing behind.
  ast::Line line;
  std::optional<ast::Database> database;
  Span block_open;
  std::uint32_t block_end = 0;
  ast::Heading heading;
  std::uint32_t heading_begin = 0;
  std::vector<ast::FieldName> field_names;
  ast::Limit limit;
  ast::Date date;
  std::string text;
  int distance = 1;
  std::optional<ast::LineRef> hits_line;
  std::uint64_t hits = 0;
  std::string search_label;
  std::optional<ast::Records> records;
  std::optional<std::uint64_t> change_hits;

  // Some actions run again when the parser backtracks over white space; report those once.
  std::set<std::pair<DiagCode, std::uint32_t>> reported;

  std::uint32_t offset(const char* p) const { return static_cast<std::uint32_t>(p - source.text().data()); }
  template <typename Input>
  Span span(const Input& in) const {
    return {offset(in.begin()), offset(in.end())};
  }
  Diagnostic* report_once(DiagCode code, Span where, std::string message) {
    if (!reported.emplace(code, where.begin).second) return nullptr;
    return &sink.report(code, where, std::move(message));
  }
};

// Abandons the statement being read, after its error is reported: the parser skips the rest of
// it (skip_statement, skip_entry) and reads on with the next statement or entry.
[[noreturn]] inline void abort_statement() {
  throw statement_abort{};
}

}  // namespace searchc::grammar
