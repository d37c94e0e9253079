// The Boolean syntax the databases share: operands joined by AND, OR and NOT, with parentheses
// around every operand that joins several searches, since no database's precedence can be
// relied on. Each database says how it writes the leaves, the field scopes and its operators.
//
// The visit over node kinds is here, once, with no catch-all: a new kind of node adds a hook
// that every backend must write before anything compiles. A backend that cannot meet a kind
// (the lowering removed it) says so with `unreachable`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/ast.hpp"

namespace searchc {

class InfixWriter {
 public:
  virtual ~InfixWriter() = default;

  // A search at the top of a line or box, where no parentheses are needed.
  std::string expression(const ast::Node& node) const;
  // A search inside an operator: parenthesised when it joins several searches.
  std::string operand(const ast::Node& node) const;
  // Operands joined by `separator`, each written with `operand`.
  std::string join(const std::vector<ast::Node>& operands, std::string_view separator) const;

 protected:
  virtual std::string term(const ast::Term& term) const = 0;
  virtual std::string phrase(const ast::Phrase& phrase) const = 0;
  virtual std::string heading(const ast::Heading& heading) const = 0;
  virtual std::string native(const ast::Native& native) const = 0;
  virtual std::string reference(const ast::LineRef& ref) const = 0;
  virtual std::string near(const ast::Near& near) const = 0;
  virtual std::string fielded(const ast::Fielded& fielded) const = 0;
  virtual std::string_view not_operator() const { return " NOT "; }

  // For hooks of node kinds the lowering leaves out for this database.
  [[noreturn]] static void unreachable(std::string_view database, std::string_view what);
};

}  // namespace searchc
