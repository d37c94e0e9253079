// The shared Boolean writer.
#include "backends/infix_writer.hpp"

#include <fmt/compile.h>
#include <fmt/format.h>

#include <stdexcept>

#include "compiler/text.hpp"
#include "compiler/visit.hpp"

namespace searchc {

std::string InfixWriter::expression(const ast::Node& node) const {
  return std::visit(overloaded{
                        [&](const ast::Term& t) { return term(t); },
                        [&](const ast::Phrase& p) { return phrase(p); },
                        [&](const ast::Heading& h) { return heading(h); },
                        [&](const ast::Native& n) { return native(n); },
                        [&](const ast::LineRef& r) { return reference(r); },
                        [&](const ast::Bool& b) {
                          return join(b.operands, b.op == ast::BoolOp::and_ ? and_operator() : or_operator());
                        },
                        [&](const ast::Not& n) { return join(n.operands, not_operator()); },
                        [&](const ast::Near& n) { return near(n); },
                        [&](const ast::Fielded& f) { return fielded(f); },
                    },
                    node.kind);
}

namespace {

// Native text is the database's own syntax and may hold operators of its own.
bool needs_parentheses(const ast::Node& node) {
  const auto* native = std::get_if<ast::Native>(&node.kind);
  return ast::is_compound(node) || (native != nullptr && native->text.find(' ') != std::string::npos);
}

}  // namespace

std::string InfixWriter::operand(const ast::Node& node) const {
  return needs_parentheses(node) ? fmt::format(FMT_COMPILE("({})"), expression(node)) : expression(node);
}

std::string InfixWriter::join(const std::vector<ast::Node>& operands, std::string_view separator) const {
  std::string out;
  for (const auto& o : operands) {
    if (!out.empty()) out += separator;
    // appended in place rather than through operand(), which would copy each one once more
    const bool group = needs_parentheses(o);
    if (group) out += '(';
    out += expression(o);
    if (group) out += ')';
  }
  return out;
}

std::string InfixWriter::quote_boolean_word(const std::string& word) {
  return is_boolean_word(word) ? fmt::format(FMT_COMPILE("\"{}\""), word) : word;
}

std::string FlatWriter::phrase(const ast::Phrase& phrase) const { return fmt::format("\"{}\"", phrase.text); }

void InfixWriter::unreachable(std::string_view database, std::string_view what) {
  throw std::logic_error(fmt::format("{}: the lowering should have rewritten {}", database, what));
}

}  // namespace searchc
