// The shared Boolean writer.
#include "databases/infix_writer.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "base/text.hpp"
#include "base/visit.hpp"

namespace searchc {

bool joins_by_operator(const ast::Node& node) {
  return std::holds_alternative<ast::Bool>(node.kind) || std::holds_alternative<ast::Not>(node.kind);
}

bool holds_own_fields(const ast::Node& node, bool in_scope) {
  return ast::any_node(node, [&](const ast::Node& n) {
    return std::holds_alternative<ast::Fielded>(n.kind) || std::holds_alternative<ast::LineRef>(n.kind) ||
           std::holds_alternative<ast::Heading>(n.kind) || (!in_scope && std::holds_alternative<ast::Native>(n.kind));
  });
}

void InfixWriter::expression(const ast::Node& node, std::string& out) const {
  std::visit(overloaded{
                 [&](const ast::Term& t) { term(t, out); },
                 [&](const ast::Phrase& p) { phrase(p, out); },
                 [&](const ast::Heading& h) { heading(h, out); },
                 [&](const ast::Native& n) { native(n, out); },
                 [&](const ast::LineRef& r) { reference(r, out); },
                 [&](const ast::Bool& b) {
                   join(b.operands, b.op == ast::BoolOp::and_ ? and_operator() : or_operator(), out);
                 },
                 [&](const ast::Not& n) { join(n.operands, not_operator(), out); },
                 [&](const ast::Near& n) { near(n, out); },
                 [&](const ast::Fielded& f) { fielded(f, out); },
             },
             node.kind);
}

std::string InfixWriter::expression(const ast::Node& node) const {
  std::string out;
  expression(node, out);
  return out;
}

namespace {

// Native text is the database's own syntax and may hold operators of its own.
bool needs_parentheses(const ast::Node& node) {
  const auto* native = std::get_if<ast::Native>(&node.kind);
  return ast::is_compound(node) || (native != nullptr && native->text.find(' ') != std::string::npos);
}

}  // namespace

void InfixWriter::parenthesised(const ast::Node& node, std::string& out) const {
  out += '(';
  expression(node, out);
  out += ')';
}

void InfixWriter::operand(const ast::Node& node, std::string& out) const {
  if (needs_parentheses(node)) {
    parenthesised(node, out);
  } else {
    expression(node, out);
  }
}

std::string InfixWriter::operand(const ast::Node& node) const {
  std::string out;
  operand(node, out);
  return out;
}

void InfixWriter::join(const ast::Nodes& operands, std::string_view separator, std::string& out) const {
  for (std::size_t i = 0; i < operands.size(); ++i) {
    if (i > 0) out += separator;
    operand(operands[i], out);
  }
}

std::string InfixWriter::join(const ast::Nodes& operands, std::string_view separator) const {
  std::string out;
  join(operands, separator, out);
  return out;
}

void InfixWriter::quote_boolean_word(const std::string& word, std::string& out) {
  if (is_boolean_word(word)) {
    quoted(word, out);
  } else {
    out += word;
  }
}

void InfixWriter::quoted(std::string_view text, std::string& out) {
  out += '"';
  out += text;
  out += '"';
}

Field InfixWriter::only_field(const ast::Fielded& scope, std::string_view database) {
  const auto fields = scope.fields.members();
  if (fields.size() != 1) unreachable(database, "a scope of several fields");
  return *fields.begin();
}

void InfixWriter::unreachable(std::string_view database, std::string_view what) {
  throw std::logic_error(fmt::format("{}: the lowering should have rewritten {}", database, what));
}

}  // namespace searchc
