// What the readers of one-query syntaxes share (Scopus's advanced search, ProQuest's command
// line, Web of Science's advanced search): a line read left to right with errors (E301) at
// their position, operator words read from each syntax's table of them, limits written as
// clauses ANDed onto a search (`PUBYEAR > 2013`, `PD(>20131231)`) taken out into the line's
// limit, operators combined level by level in the database's order, and the lines of a pasted
// history, numbered or not.
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.hpp"
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

// An operator word of a one-query syntax, in the reader's table of them (each reader's
// `operators`), matched in any case, the table's first match taken:
// - a word, `OR`, or two, `AND NOT`, is that operator; a proximity's `distance` is its
//   distance in the language's counting (Web of Science's bare `NEAR`);
// - a word ending in `/`, `W/`, takes a number n after it: the proximity within n + `distance`
//   words (at least 1), in the language's counting;
// - `refused` (a format string, `{0}` the word as written) refuses the word (E301).
template <typename Op>
struct OperatorWord {
  std::string_view text;
  Op op{};
  int distance = 0;
  bool ordered = false;  // a proximity in the order written
  std::string_view refused = {};
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
  // The readings whose direction depends on where they stand (import::say_directed).
  const std::vector<DirectedReading>& readings() const { return readings_; }

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
  // The group in parentheses at `at_` (its `(`), read by `group()` up to its `)`, as one operand:
  // grouped, spanning its parentheses, and a line of its own where it has clauses (`limited_group`).
  template <typename Group>
  std::optional<ast::Node> parenthesised(Group&& group) {
    const auto start = at_++;
    auto inner = group();
    if (failed_) return std::nullopt;
    if (at_ >= text_.size() || text_[at_] != ')') return fail(from_to(start, start + 1), "this `(` is never closed");
    ++at_;
    if (!inner) return fail(from_to(start, at_), "empty parentheses");
    inner->grouped = true;
    inner->span = from_to(start, at_);
    return limited_group(std::move(*inner));
  }

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

  // The operator `word`, just at `at_`, taken, as `table` lists it; nullopt where it is none or
  // is refused (reported, `failed_`), or its distance is wider than the language's.
  template <typename Op>
  std::optional<Item<Op>> take_operator(std::span<const OperatorWord<Op>> table, std::string_view word) {
    for (const auto& entry : table) {
      Item<Op> item{std::nullopt, entry.op, entry.distance, entry.ordered, here(word.size())};
      const auto space = entry.text.find(' ');
      if (space != std::string_view::npos) {
        // `AND NOT`: the second word after the first
        if (!iequal(word, entry.text.substr(0, space))) continue;
        const auto saved = at_;
        at_ += word.size();
        if (take_word_after(entry.text.substr(space + 1), item.span)) return item;
        at_ = saved;
        continue;
      }
      if (entry.text.ends_with('/')) {
        const auto digits = word.substr(std::min(word.size(), entry.text.size()));
        if (word.size() <= entry.text.size() || !iequal(word.substr(0, entry.text.size()), entry.text) ||
            !all_digits(digits)) {
          continue;
        }
        item.distance = std::max(1, static_cast<int>(read_digits(digits, 100'000)) + entry.distance);
      } else if (!iequal(word, entry.text)) {
        continue;
      }
      if (!entry.refused.empty()) return failed(item.span, fmt::format(fmt::runtime(entry.refused), word));
      if (item.distance > max_near_distance) return failed(item.span, outside_near_distances(word));
      if (item.ordered && item.distance > 1) readings_.push_back(order_dropped(item.span, word, item.distance));
      at_ += word.size();
      return item;
    }
    return std::nullopt;
  }

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
  // Just after an operator's first word: whether `second` follows it (`NOT` after `AND`); if so,
  // taken, and `span` (the operator's) extended to it.
  bool take_word_after(std::string_view second, Span& span);

  std::vector<ast::Line> extra_;
  std::vector<ast::Limit> clauses_;

 protected:
  std::vector<DirectedReading> readings_;
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
  std::vector<DirectedReading> readings;
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
    readings.insert(readings.end(), reader.readings().begin(), reader.readings().end());
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
  drop_wider_order(out.strategy.lines);
  say_directed(out.strategy.lines, readings, sink);
  if (!record.entries.empty()) out.strategy.databases.push_back(std::move(record));
  return out;
}

}  // namespace searchc::import
