// Precedence-free expression building: n-ary nodes for equal operators, E110 for mixtures.
#include "grammar/expression_builder.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <span>

#include "base/text.hpp"

namespace searchc::grammar {
namespace {

// Only used to build a tree for a group that is already an error (E110).
int precedence(const Operator& op) {
  switch (op.kind) {
    case OperatorKind::or_:
      return 0;
    case OperatorKind::and_:
      return 1;
    case OperatorKind::not_:
      return 2;
    case OperatorKind::near:
      return 3;
  }
  return 0;
}

ast::Node make_near(const Operator& op, ast::Nodes operands) {
  const Span span = cover(operands.front().span, operands.back().span);
  return ast::Node{span, false, ast::Near{op.distance, op.ordered, std::move(operands)}};
}

ast::Node build(std::span<ast::Node> operands, std::span<const Operator> ops) {
  if (ops.empty()) return std::move(operands.front());
  int level = precedence(ops.front());
  for (const auto& op : ops) level = std::min(level, precedence(op));

  ast::Nodes parts;
  std::vector<Operator> joiners;
  std::size_t start = 0;
  for (std::size_t i = 0; i < ops.size(); ++i) {
    if (precedence(ops[i]) != level) continue;
    parts.push_back(build(operands.subspan(start, i + 1 - start), ops.subspan(start, i - start)));
    joiners.push_back(ops[i]);
    start = i + 1;
  }
  parts.push_back(build(operands.subspan(start), ops.subspan(start)));

  const Span span = cover(parts.front().span, parts.back().span);
  const auto& first = joiners.front();
  switch (first.kind) {
    case OperatorKind::or_:
    case OperatorKind::and_: {
      const auto op = first.kind == OperatorKind::or_ ? ast::BoolOp::or_ : ast::BoolOp::and_;
      return ast::Node{span, false, ast::Bool{op, std::move(parts)}};
    }
    case OperatorKind::near:
      if (std::all_of(joiners.begin(), joiners.end(), [&](const Operator& j) { return j == first; })) {
        return make_near(first, std::move(parts));
      }
      [[fallthrough]];
    case OperatorKind::not_: {
      // Left to right, one operator at a time: (a NOT b) NOT c.
      ast::Node node = std::move(parts.front());
      for (std::size_t i = 1; i < parts.size(); ++i) {
        ast::Nodes pair;
        pair.push_back(std::move(node));
        pair.push_back(std::move(parts[i]));
        if (joiners[i - 1].kind == OperatorKind::not_) {
          const Span s = cover(pair.front().span, pair.back().span);
          node = ast::Node{s, false, ast::Not{std::move(pair)}};
        } else {
          node = make_near(joiners[i - 1], std::move(pair));
        }
      }
      return node;
    }
  }
  return std::move(parts.front());
}

// The operands of an operator; none for a leaf, nor for a field scope, which keeps its
// spelling from the source.
std::span<const ast::Node> operands(const ast::Node& node) {
  if (std::holds_alternative<ast::Fielded>(node.kind)) return {};
  return ast::children(node);
}

// The source re-spelt with the parentheses that make `node` read as built.
std::string parenthesised(const ast::Node& node, const SourceFile& source) {
  const auto kids = operands(node);
  if (kids.empty() || node.grouped) return fold_space(source.slice(node.span));
  std::string out;
  for (std::size_t i = 0; i < kids.size(); ++i) {
    const auto& kid = kids[i];
    if (i > 0) {
      const auto between = source.slice(Span{kids[i - 1].span.end, kid.span.begin});
      out += ' ';
      out += fold_space(between);
      out += ' ';
    }
    const bool wrap = !operands(kid).empty() && !kid.grouped;
    if (wrap) out += '(';
    out += parenthesised(kid, source);
    if (wrap) out += ')';
  }
  return out;
}

}  // namespace

std::string operator_text(const Operator& op) {
  switch (op.kind) {
    case OperatorKind::and_:
      return "AND";
    case OperatorKind::or_:
      return "OR";
    case OperatorKind::not_:
      return "NOT";
    case OperatorKind::near:
      if (op.ordered && op.distance == 1) return "NEXT";
      return fmt::format("NEAR/{}", op.distance);
  }
  return "";
}

void ExpressionBuilder::reset() {
  frames_.clear();
  frames_.emplace_back();
}

bool ExpressionBuilder::open_group(Span paren) {
  if (frames_.size() > max_group_depth) {
    auto& d = sink_.report(DiagCode::E021, paren, fmt::format("parentheses nested more than {} deep", max_group_depth));
    d.notes.emplace_back("split the search into several named lines and combine them with `#name`");
    return false;
  }
  frames_.push_back(Frame{paren, {}, {}});
  return true;
}

bool ExpressionBuilder::close_group(Span paren) {
  Frame frame = std::move(frames_.back());
  frames_.pop_back();
  ast::Node node;
  if (!reduce(frame, node)) return false;
  node.span = cover(frame.open, paren);
  node.grouped = true;
  frames_.back().operands.push_back(std::move(node));
  return true;
}

void ExpressionBuilder::add_operand(ast::Node node) {
  frames_.back().operands.push_back(std::move(node));
}

void ExpressionBuilder::add_operator(const Operator& op) {
  frames_.back().operators.push_back(op);
}

// Between statements no expression is open (finish() closed it): there is nothing to show.
ast::Node* ExpressionBuilder::last_operand() {
  if (frames_.empty()) return nullptr;
  auto& operands = frames_.back().operands;
  return operands.empty() ? nullptr : &operands.back();
}

const Operator* ExpressionBuilder::last_operator() const {
  if (frames_.empty()) return nullptr;
  const auto& ops = frames_.back().operators;
  return ops.empty() ? nullptr : &ops.back();
}

std::optional<Span> ExpressionBuilder::open_paren() const {
  if (frames_.size() < 2) return std::nullopt;
  return frames_.back().open;
}

bool ExpressionBuilder::finish(ast::Node& out) {
  Frame frame = std::move(frames_.front());
  frames_.clear();
  return reduce(frame, out);
}

bool ExpressionBuilder::reduce(Frame& frame, ast::Node& out) {
  std::vector<Operator> distinct;
  std::size_t nots = 0;
  for (const auto& op : frame.operators) {
    if (op.kind == OperatorKind::not_) ++nots;
    if (std::find(distinct.begin(), distinct.end(), op) == distinct.end()) distinct.push_back(op);
  }
  const bool mixed = distinct.size() > 1 || nots > 1;
  if (mixed && frame.operators.size() > max_unparenthesised_chain) {
    auto& d = sink_.report(DiagCode::E110, cover(frame.operands.front().span, frame.operands.back().span),
                           fmt::format("{} operators of different kinds without parentheses", frame.operators.size()));
    d.notes.emplace_back("put parentheses around each part, or split it into named lines");
    return false;
  }
  out = build(frame.operands, frame.operators);
  if (mixed) report_mixing(frame, out);
  return true;
}

void ExpressionBuilder::report_mixing(const Frame& frame, const ast::Node& reading) {
  const Span span = cover(frame.operands.front().span, frame.operands.back().span);
  std::string message;
  const auto& first = frame.operators.front();
  const auto other =
      std::find_if(frame.operators.begin(), frame.operators.end(), [&](const Operator& op) { return !(op == first); });
  if (other == frame.operators.end()) {
    message = fmt::format("`{}` is used twice without parentheses", operator_text(first));
  } else {
    message = fmt::format("`{}` and `{}` are mixed without parentheses", operator_text(first), operator_text(*other));
  }
  auto& d = sink_.report(DiagCode::E110, span, std::move(message));
  d.notes.emplace_back("databases disagree on which operator applies first, so say it with parentheses");
  const auto example = parenthesised(reading, source_);
  if (example.size() <= 160) d.notes.push_back(fmt::format("for example: `{}`", example));
}

}  // namespace searchc::grammar
