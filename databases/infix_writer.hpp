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

// Whether `node` joins searches by an operator: an AND, OR or NOT (a proximity search is one
// search).
bool joins_by_operator(const ast::Node& node);
// Whether `node` holds a part written in fields of its own rather than in the fields of a scope
// around it: a field scope, a line reference, a subject heading, or, where no scope holds `node`,
// native text, which is in the database's own syntax, field and all (a limit's clause,
// Capabilities::limit_clause). Such a part cannot be written inside a field's name or suffix.
bool holds_own_fields(const ast::Node& node, bool in_scope);

class InfixWriter {
 public:
  virtual ~InfixWriter() = default;

  // Each is written at the end of `out`, so that a search is written into one string rather
  // than a string per node; the forms without `out` return the text.

  // A search at the top of a line or box, where no parentheses are needed.
  void expression(const ast::Node& node, std::string& out) const;
  std::string expression(const ast::Node& node) const;
  // A search in parentheses, whatever it is.
  void parenthesised(const ast::Node& node, std::string& out) const;
  // A search inside an operator: parenthesised when it joins several searches.
  void operand(const ast::Node& node, std::string& out) const;
  std::string operand(const ast::Node& node) const;
  // Operands joined by `separator`, each written with `operand`.
  void join(const ast::Nodes& operands, std::string_view separator, std::string& out) const;
  std::string join(const ast::Nodes& operands, std::string_view separator) const;

 protected:
  virtual void term(const ast::Term& term, std::string& out) const = 0;
  virtual void phrase(const ast::Phrase& phrase, std::string& out) const = 0;
  virtual void heading(const ast::Heading& heading, std::string& out) const = 0;
  virtual void native(const ast::Native& native, std::string& out) const = 0;
  virtual void reference(const ast::LineRef& ref, std::string& out) const = 0;
  virtual void near(const ast::Near& near, std::string& out) const = 0;
  virtual void fielded(const ast::Fielded& fielded, std::string& out) const = 0;
  virtual std::string_view and_operator() const { return " AND "; }
  virtual std::string_view or_operator() const { return " OR "; }
  virtual std::string_view not_operator() const { return " NOT "; }

  // The word, in quotation marks when it is AND, OR or NOT, which the database would read as
  // an operator.
  static void quote_boolean_word(const std::string& word, std::string& out);
  // The text in straight double quotation marks.
  static void quoted(std::string_view text, std::string& out);
  // The field of a scope, in a database that searches one field at a time: the lowering has
  // written a scope of several fields as one scope per field, ORed (`multi_field_scopes`).
  static Field only_field(const ast::Fielded& scope, std::string_view database);

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
  void term(const ast::Term& term, std::string& out) const override { quote_boolean_word(term.text, out); }
  void phrase(const ast::Phrase& phrase, std::string& out) const override { quoted(phrase.text, out); }
  void heading(const ast::Heading&, std::string&) const override { unreachable(database_, "a MeSH heading"); }
  void native(const ast::Native& native, std::string& out) const override { out += native.text; }
  void reference(const ast::LineRef&, std::string&) const override { unreachable(database_, "a line reference"); }
  void near(const ast::Near&, std::string&) const override { unreachable(database_, "a proximity search"); }

 private:
  std::string_view database_;
};

}  // namespace searchc
