// What the readers of one-query syntaxes share (databases/query_reader.hpp).
#include "databases/query_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <type_traits>

#include "base/text.hpp"

namespace searchc::import {
namespace {

// The marker of a clause in the search: native text no reader reads, the clause's index after it.
constexpr std::string_view clause_marker = "\x01limit";

}  // namespace

ast::Node join_bool(ast::BoolOp op, ast::Node left, ast::Node right, Span span) {
  auto* chain = std::get_if<ast::Bool>(&left.kind);
  if (chain != nullptr && !left.grouped && chain->op == op) {
    chain->operands.push_back(std::move(right));
    left.span = span;
    return left;
  }
  ast::Nodes both;
  both.push_back(std::move(left));
  both.push_back(std::move(right));
  return ast::Node{span, false, ast::Bool{op, std::move(both)}};
}

ast::Node join_not(ast::Node left, ast::Node right, Span span) {
  ast::Nodes both;
  both.push_back(std::move(left));
  both.push_back(std::move(right));
  return ast::Node{span, false, ast::Not{std::move(both)}};
}

ast::Node join_near(int distance, bool ordered, ast::Node left, ast::Node right, Span span) {
  auto* chain = std::get_if<ast::Near>(&left.kind);
  if (chain != nullptr && !left.grouped && chain->distance == distance && chain->ordered == ordered) {
    chain->operands.push_back(std::move(right));
    left.span = span;
    return left;
  }
  ast::Nodes both;
  both.push_back(std::move(left));
  both.push_back(std::move(right));
  return ast::Node{span, false, ast::Near{distance, ordered, std::move(both)}};
}

std::optional<ast::Node> QueryReader::finish(std::optional<ast::Node> node, std::vector<ast::Limit>& limits) {
  if (failed_) return std::nullopt;
  skip_space();
  if (at_ < text_.size()) return fail(here(1), fmt::format("`{}` has no matching `(`", text_[at_]));
  if (!node) return fail(whole(), "the line holds no search");
  if (!take_clauses(*node, limits)) return std::nullopt;
  if (ast::any_node(*node, [](const ast::Node& n) { return clause_index(n).has_value(); })) {
    return fail(clauses_.front().span, "a limit inside a group that holds other operators beside AND");
  }
  return node;
}

ast::Node QueryReader::clause(ast::Limit limit) {
  const auto span = limit.span;
  clauses_.push_back(std::move(limit));
  return ast::Node{span, false, ast::Native{fmt::format("{}{}", clause_marker, clauses_.size() - 1)}};
}

std::optional<std::size_t> QueryReader::clause_index(const ast::Node& n) {
  const auto* x = std::get_if<ast::Native>(&n.kind);
  if (x == nullptr || !x->text.starts_with(clause_marker)) return std::nullopt;
  return static_cast<std::size_t>(read_digits(std::string_view(x->text).substr(clause_marker.size()), 1'000'000));
}

// The clauses ANDed onto `node` at its top, taken out into one limit in `limits`. False after
// an error: a clause alone.
bool QueryReader::take_clauses(ast::Node& node, std::vector<ast::Limit>& limits) {
  if (clause_index(node)) return fail(clauses_.front().span, "a limit alone, with no search").has_value();
  auto* b = std::get_if<ast::Bool>(&node.kind);
  if (b == nullptr || b->op != ast::BoolOp::and_) return true;
  std::optional<ast::Limit> limit;
  std::erase_if(b->operands, [&](const ast::Node& o) {
    const auto i = clause_index(o);
    if (!i) return false;
    const auto& y = clauses_[*i];
    if (!limit) {
      limit = y;
    } else {
      if (y.from) limit->from = y.from;
      if (y.to) limit->to = y.to;
      limit->span = Span{std::min(limit->span.begin, y.span.begin), std::max(limit->span.end, y.span.end)};
    }
    return true;
  });
  if (!limit) return true;
  if (b->operands.empty()) return fail(limit->span, "a limit alone, with no search").has_value();
  if (b->operands.size() == 1) {
    auto only = std::move(b->operands.front());  // moved out first: it lives inside `node`
    node = std::move(only);
  }
  limits.push_back(std::move(*limit));
  return true;
}

std::optional<ast::Node> QueryReader::limited_group(ast::Node group) {
  ast::Line line;
  if (!take_clauses(group, line.limits)) return std::nullopt;
  if (line.limits.empty()) return group;
  line.name = fmt::format("{}_{}", name_, extra_.size() + 1);
  line.span = group.span;
  line.name_span = group.span;
  const Span where = group.span;
  line.query = std::move(group);
  ast::Node ref{where, false, ast::LineRef{line.name, static_cast<int>(first_index_ + extra_.size())}};
  extra_.push_back(std::move(line));
  return ref;
}

std::optional<ast::Node> QueryReader::fail(Span where, std::string_view message) {
  if (!failed_) sink_.report(DiagCode::E301, where, fmt::format("cannot read this {} search: {}", from_, message));
  failed_ = true;
  return std::nullopt;
}

Span QueryReader::here(std::size_t size) const {
  const auto at = offset_ + static_cast<std::uint32_t>(at_);
  return {at, at + static_cast<std::uint32_t>(size)};
}

Span QueryReader::whole() const {
  return {offset_, offset_ + static_cast<std::uint32_t>(text_.size())};
}

Span QueryReader::from_to(std::size_t begin, std::size_t end) const {
  return {offset_ + static_cast<std::uint32_t>(begin), offset_ + static_cast<std::uint32_t>(end)};
}

bool QueryReader::take_word_after(std::string_view second, Span& span) {
  const auto saved = at_;
  skip_space();
  const auto end = at_ + second.size();
  if (end <= text_.size() && iequal(text_.substr(at_, second.size()), second) &&
      (end == text_.size() || folded_spaces.contains(text_[end]) || text_[end] == '(' || text_[end] == '"' ||
       text_[end] == '{')) {
    at_ = end;
    span.end = offset_ + static_cast<std::uint32_t>(at_);
    return true;
  }
  at_ = saved;
  return false;
}

void QueryReader::skip_space() {
  while (at_ < text_.size() && folded_spaces.contains(text_[at_])) ++at_;
}

}  // namespace searchc::import
