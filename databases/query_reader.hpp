// What the readers of one-query syntaxes share (Scopus's advanced search, ProQuest's command
// line): a line read left to right with errors (E301) at their position, limits written as
// clauses ANDed onto a search (`PUBYEAR > 2013`, `PD(>20131231)`) taken out into the line's
// limit, operators combined level by level in the database's order, and the lines of a pasted
// history, numbered or not.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/ast.hpp"
#include "compiler/diagnostics.hpp"
#include "databases/history.hpp"
#include "databases/import.hpp"
#include "databases/reader.hpp"

namespace searchc::import {

// An operand or an operator of a group as read; `Op` is the reader's enum of its operators.
template <typename Op>
struct Item {
  std::optional<ast::Node> node;  // an operand, or
  Op op{};                        // an operator
  int distance = 0;               // a proximity operator's n, in the language's counting
  bool ordered = false;           // a proximity operator in the order written
  Span span;
};

// `left` AND (OR) `right`, extending `left` where it is an unparenthesised chain of that operator.
ast::Node join_bool(ast::BoolOp op, ast::Node left, ast::Node right, Span span);
// `left` NOT `right`.
ast::Node join_not(ast::Node left, ast::Node right, Span span);
// `left` NEAR/n `right` as `op` says, extending an unparenthesised chain of the same n and order.
ast::Node join_near(int distance, bool ordered, ast::Node left, ast::Node right, Span span);

// The items, operand, operator, operand, ..., combined by the operators of each level in turn,
// left to right: `levels` in the order the database runs them. `join(op, left, right, span)`
// joins two operands, or fails (nullopt, reported there).
template <typename Op, typename Join>
std::optional<ast::Node> combine_levels(std::vector<Item<Op>> items, std::initializer_list<Op> levels, Join&& join) {
  for (const auto level : levels) {
    std::vector<Item<Op>> out;
    out.push_back(std::move(items.front()));
    for (std::size_t i = 1; i < items.size(); i += 2) {
      auto& op = items[i];
      auto& right = items[i + 1];
      if (op.op != level) {
        out.push_back(std::move(op));
        out.push_back(std::move(right));
        continue;
      }
      auto& left = *out.back().node;
      const Span span{left.span.begin, right.node->span.end};
      std::optional<ast::Node> joined = join(op, std::move(left), std::move(*right.node), span);
      if (!joined) return std::nullopt;
      out.back().node = std::move(joined);
    }
    items = std::move(out);
  }
  return std::move(items.front().node);
}

// One line of a one-query syntax, read from `text_` at `at_`: the position helpers, and the
// limit clauses, which stand in the search as markers (`clause`) until the line's top takes
// them out (`finish`) or a parenthesised group with clauses of its own becomes a line of its own
// (`limited_group`, in `extra`), referred to where it stands: the language limits lines, and
// these databases a group alone.
class QueryReader {
 public:
  // The lines of groups with their own limits, in the order they are to stand before the line.
  std::vector<ast::Line>& extra() { return extra_; }

 protected:
  // `from` names the syntax in messages; `name` is the line's; `first_index` the index its
  // first group line will have in the strategy.
  QueryReader(std::string_view text, std::uint32_t offset, DiagnosticSink& sink, std::string_view from,
              std::string name, std::size_t first_index)
      : text_(text), offset_(offset), sink_(sink), from_(from), name_(std::move(name)), first_index_(first_index) {}

  // The line's search read as `node`, its limit clauses taken out into `limits`; nullopt after
  // an error: text after the search, a clause below the top or alone.
  std::optional<ast::Node> finish(std::optional<ast::Node> node, std::vector<ast::Limit>& limits);
  // A clause's limit, as the marker that stands for it in the search.
  ast::Node clause(ast::Limit limit);
  // A group, or a reference to the line it becomes where it has clauses of its own.
  std::optional<ast::Node> limited_group(ast::Node group);

  // The operands and operators at `at_` up to `)` (inside parentheses) or the end of the line:
  // `take_operator()` takes an operator word or gives nullopt, `operand()` reads one operand or
  // fails (nullopt, reported); operands next to each other are joined by `implicit` (AND). None
  // after an error; empty where the group holds nothing.
  template <typename Op, typename TakeOperator, typename Operand>
  std::optional<std::vector<Item<Op>>> group_items(bool inside, Op implicit, TakeOperator&& take_operator,
                                                   Operand&& operand) {
    std::vector<Item<Op>> items;
    bool want_operand = true;
    while (true) {
      skip_space();
      if (at_ >= text_.size() || text_[at_] == ')') break;
      if (!items.empty()) {
        if (std::optional<Item<Op>> op = take_operator()) {
          if (want_operand) return failed(op->span, "an operator with no search before it");
          items.push_back(std::move(*op));
          want_operand = true;
          continue;
        }
        if (failed_) return std::nullopt;
      }
      if (!want_operand) items.push_back(Item<Op>{std::nullopt, implicit, 0, false, here(0)});
      std::optional<ast::Node> node = operand();
      if (!node) return std::nullopt;
      items.push_back(Item<Op>{std::move(node), implicit, 0, false, {}});
      want_operand = false;
    }
    if (!inside && at_ < text_.size() && text_[at_] == ')') return failed(here(1), "this `)` has no matching `(`");
    if (want_operand && !items.empty()) return failed(items.back().span, "an operator with no search after it");
    return items;
  }

  // Just after `AND`: whether `NOT` follows it, making `AND NOT`; if so, taken, and `span` (the
  // operator's) extended to it.
  bool take_not_after_and(Span& span);

  // Reports E301 ("cannot read this Scopus search: ...") once for the line; always nullopt.
  std::optional<ast::Node> fail(Span where, std::string_view message);
  // The same, for any result.
  std::nullopt_t failed(Span where, std::string_view message) {
    fail(where, message);
    return std::nullopt;
  }
  Span here(std::size_t size) const;
  Span whole() const;
  Span from_to(std::size_t begin, std::size_t end) const;
  void skip_space();

  std::string_view text_;
  std::uint32_t offset_;
  DiagnosticSink& sink_;
  std::size_t at_ = 0;
  bool failed_ = false;

 private:
  static std::optional<std::size_t> clause_index(const ast::Node& n);
  bool take_clauses(ast::Node& node, std::vector<ast::Limit>& limits);

  std::string_view from_;
  std::string name_;
  std::size_t first_index_;
  std::vector<ast::Line> extra_;
  std::vector<ast::Limit> clauses_;
};

// Every line of `source` as `layout` lays it out, each read by a `LineReader(text, offset,
// history, sink, notes, name, first_index)` whose `read(limits)` gives its search: a line that
// cannot be read is left out (reported there), and the lines that refer to it fail with it.
template <typename LineReader>
Imported read_queries(const SourceFile& source, DiagnosticSink& sink, std::string_view from, std::string_view id,
                      const Layout& layout) {
  Imported out;
  out.from = std::string(from);
  History history;
  ast::Database record{std::string(id), {}, {}, {}};
  std::uint64_t next_number = 1;
  ReadingNotes notes(sink);
  for (const auto& h : history_lines(source, layout, sink, &record.entries)) {
    const auto number = h.number.value_or(next_number);
    next_number = number + 1;
    const Span whole{h.offset, h.offset + static_cast<std::uint32_t>(h.text.size())};
    ast::Line line;
    line.name = line_name(number);
    line.name_span = whole;
    line.span = whole;
    LineReader reader(h.text, h.offset, history, sink, notes, line.name, out.strategy.lines.size());
    auto query = reader.read(line.limits);
    if (!query) {
      history.unread(number);
      continue;
    }
    for (auto& group : reader.extra()) {
      out.strategy.lines.push_back(std::move(group));
      out.comments.emplace_back();
    }
    line.query = std::move(*query);
    if (h.hits) record.entries.push_back({whole, ast::Hits{*h.hits, ast::LineRef{line.name, -1}}});
    history.add(number, out.strategy.lines.size());
    out.strategy.lines.push_back(std::move(line));
    out.comments.emplace_back();
  }
  if (!record.entries.empty()) out.strategy.databases.push_back(std::move(record));
  return out;
}

}  // namespace searchc::import
