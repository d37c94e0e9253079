// Builds expression trees from the flat operand/operator sequences the grammar reads.
//
// The grammar has no precedence: each parenthesised group is read as `operand (op operand)*`.
// This builder turns one group into a tree. Equal operators are joined into one n-ary node
// (`a OR b OR c`); different operators in one group are an error (E110), because databases
// disagree on which binds first. The tree is still built, with conventional precedence
// (proximity, NOT, AND, OR), so that later checks can go on.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "compiler/ast.hpp"
#include "compiler/diagnostics.hpp"
#include "compiler/limits.hpp"

namespace searchc::grammar {

enum class OperatorKind : std::uint8_t { and_, or_, not_, near };

struct Operator {
  OperatorKind kind = OperatorKind::and_;
  int distance = 0;      // near only
  bool ordered = false;  // near only: NEXT
  Span span;

  friend bool operator==(const Operator& a, const Operator& b) {
    return a.kind == b.kind && a.distance == b.distance && a.ordered == b.ordered;
  }
};

// How to spell an operator in messages: AND, OR, NOT, NEXT, NEAR/3.
std::string operator_text(const Operator& op);

class ExpressionBuilder {
 public:
  ExpressionBuilder(const SourceFile& source, DiagnosticSink& sink) : source_(source), sink_(sink) {}

  // Starts a new expression, dropping whatever a failed statement left behind.
  void reset();

  // Reports E021 and returns false when the group would be too deep.
  [[nodiscard]] bool open_group(Span paren);
  // Returns false when the group could not be built (reported).
  [[nodiscard]] bool close_group(Span paren);
  void add_operand(ast::Node node);
  void add_operator(const Operator& op);

  ast::Node* last_operand();
  const Operator* last_operator() const;
  // Where the innermost unclosed `(` is; nullopt at the outermost level.
  std::optional<Span> open_paren() const;

  // Reduces the outermost level. Returns false when a chain was too long to build (reported).
  [[nodiscard]] bool finish(ast::Node& out);

 private:
  struct Frame {
    Span open;  // the `(`; empty for the outermost level
    ast::Nodes operands;
    std::vector<Operator> operators;
  };

  [[nodiscard]] bool reduce(Frame& frame, ast::Node& out);
  void report_mixing(const Frame& frame, const ast::Node& reading);

  const SourceFile& source_;
  DiagnosticSink& sink_;
  std::vector<Frame> frames_;
};

}  // namespace searchc::grammar
