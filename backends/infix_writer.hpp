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
  virtual std::string_view and_operator() const { return " AND "; }
  virtual std::string_view or_operator() const { return " OR "; }
  virtual std::string_view not_operator() const { return " NOT "; }

  // The word, in quotation marks when it is AND, OR or NOT, which the database would read as
  // an operator.
  static std::string quote_boolean_word(const std::string& word);

  // For hooks of node kinds the lowering leaves out for this database.
  [[noreturn]] static void unreachable(std::string_view database, std::string_view what);
};

// The leaves as the databases without a search history write them: words as they are, phrases
// in straight quotes, native text as given. The lowering has written out line references and
// rewritten proximity for them; headings are for the one that has MeSH to write.
class FlatWriter : public InfixWriter {
 public:
  explicit FlatWriter(std::string_view database) : database_(database) {}

 protected:
  std::string term(const ast::Term& term) const override { return quote_boolean_word(term.text); }
  std::string phrase(const ast::Phrase& phrase) const override;
  std::string heading(const ast::Heading&) const override { unreachable(database_, "a MeSH heading"); }
  std::string native(const ast::Native& native) const override { return native.text; }
  std::string reference(const ast::LineRef&) const override { unreachable(database_, "a line reference"); }
  std::string near(const ast::Near&) const override { unreachable(database_, "a proximity search"); }

 private:
  std::string_view database_;
};

}  // namespace searchc
