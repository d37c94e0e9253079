// The writer of syntaxes that put the field before what it scopes: Web of Science's tags
// (`TS=(a OR b)`), Scopus's and ProQuest's field functions (`TITLE-ABS-KEY(a OR b)`), EBSCOhost's
// codes (`TI (a OR b)`, `TX` for all text). The Boolean operators and field scopes of a line are
// written here; each part that holds neither a scope, a line reference nor a heading is one search
// in its fields, written by the database's InfixWriter after the field's name; line references,
// headings, and native text outside any scope are written by the InfixWriter's own hooks. Every
// nested group is parenthesised.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/ast.hpp"
#include "compiler/fields.hpp"
#include "databases/database.hpp"
#include "databases/infix_writer.hpp"

namespace searchc {

struct PrefixSyntax {
  std::string_view database;  // for the logic error of a construct the lowering leaves out
  // The names a scope over `fields` is written with, ORed; `fields` empty is all text.
  std::vector<std::string_view> (*names)(FieldSet fields);
  // `name` before `body`, a search written by `in_field`: `TS=(a OR b)`, `TITLE(a OR b)`.
  void (*scoped)(std::string_view name, const InfixWriter& in_field, const ast::Node& body, std::string& out);
  std::string_view not_operator;  // " NOT ", " AND NOT "
};

class PrefixWriter {
 public:
  PrefixWriter(const PrefixSyntax& syntax, const InfixWriter& in_field) : syntax_(syntax), in_field_(in_field) {}

  // The search of a line. NEAR holds no scope or reference here (Capabilities::proximity_operands).
  std::string line(const ast::Node& node) const;
  // Whether `node`, written in `fields` (empty: all text), is searches joined by an operator,
  // which another operator beside it (a line's year clause) needs in parentheses.
  bool written_joined(const ast::Node& node, FieldSet fields = {}) const;
  // Each line of a database without a search history as one search, its publication-year limit
  // ANDed on as the database's clause (Capabilities::limit_clause), the search parenthesised where
  // it joins several; each with the links that re-run its query, where `links` is given.
  Output searches(const ast::Strategy& lowered, std::string (*clause)(const ast::Limit& limit),
                  std::vector<Link> (*links)(const std::string& query) = nullptr) const;

 private:
  void write(const ast::Node& node, FieldSet fields, std::string& out) const;
  bool written_whole(const ast::Node& node, FieldSet fields) const;

  const PrefixSyntax& syntax_;
  const InfixWriter& in_field_;
};

}  // namespace searchc
