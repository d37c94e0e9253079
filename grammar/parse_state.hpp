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

// The parts of a statement that its inner rules read before the node, clause or entry they belong
// to is built. Above each field: the rules that set it -> the rule that takes it.

// The block of a database_statement or records_statement.
struct BlockParts {
  // block_open -> block_unclosed, whose E031 points at it
  Span open;
  // block_close or block_unclosed -> database_statement, records_statement
  std::uint32_t end = 0;
};

// The operands, operators and limits of a search line (line_statement, override_entry,
// search_entry).
struct LineParts {
  // heading_open, heading_label, qualifier, kw_noexp, kw_major -> heading
  ast::Heading heading;
  // native_text -> native
  std::string native_text;
  // field_name -> field_suffix
  std::vector<ast::FieldName> field_names;
  // distance -> op_near
  int distance = 1;
  // limit_key, limit_from, limit_to, limit_word -> limit
  ast::Limit limit;
  // role_name, role_source -> role
  ast::Role role;
};

// The entries of a database or records block.
struct EntryParts {
  // searched_date, change_date, peer_review_date -> searched_entry, change_entry, peer_review_entry
  ast::Date date;
  // text, peer_review_text -> interface_entry, note_entry, change_entry, records_note_entry,
  // peer_review_entry
  std::string text;
  // hits_count, records_count -> hits_entry, other_sources_entry, deduplicated_entry
  std::uint64_t hits = 0;
  // hits_line -> hits_entry
  std::optional<ast::LineRef> hits_line;
  // change_hits -> change_entry
  std::optional<std::uint64_t> change_hits;
  // kw_search, search_label -> search_entry
  std::string search_label;
};

// What the actions share: the tree built so far and the statement being read.
struct ParseState {
  ParseState(const SourceFile& file, DiagnosticSink& diagnostics)
      : source(file), sink(diagnostics), expr(file, diagnostics) {}

  const SourceFile& source;
  DiagnosticSink& sink;
  ExpressionBuilder expr;
  ast::Strategy strategy;

  // The statement being read, all reset by statement_begin so that a statement that failed
  // half-way leaves nothing behind; `line`, `line_parts` and `entry_parts` are reset by
  // entry_begin too, for each entry of a block.
  ast::Line line;
  std::optional<ast::Database> database;
  std::optional<ast::Records> records;
  BlockParts block;
  LineParts line_parts;
  EntryParts entry_parts;

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
