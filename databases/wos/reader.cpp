// The Web of Science importer: an advanced search, or its search history as `#1 TS=(...)` lines
// combined as `#1 AND #2`. The syntax is databases/wos/syntax.hpp's, with its sources in
// docs/databases.md ("Web of Science Core Collection (`wos`)").
//
// Words next to each other are ANDed (documented); AND runs before OR (documented), read with
// a warning where the text mixes them without parentheses (W307); NOT mixed with other operators
// without parentheses is refused (E302), as the full order of precedence is not documented.
// `NEAR/x` has at most x words between, the language's NEAR/(x + 1); bare `NEAR` is NEAR/15.
// `SAME` (the same sentence, or address) is read as AND, which finds more, fewer after NOT (W430). A tag applies
// to the group or the run of words after it; `ALL=` is all text; `PY=` ANDed onto a line is
// its year limit.
#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "base/text.hpp"
#include "compiler/format.hpp"
#include "databases/dates.hpp"
#include "databases/history.hpp"
#include "databases/query_reader.hpp"
#include "databases/wos/syntax.hpp"
#include "databases/wos/wos.hpp"

namespace searchc::wos {
namespace {

using namespace import;

constexpr std::string_view from = "Web of Science";

std::string_view trim(std::string_view s) {
  while (!s.empty() && folded_spaces.contains(s.front())) s.remove_prefix(1);
  while (!s.empty() && folded_spaces.contains(s.back())) s.remove_suffix(1);
  return s;
}

// `TS`, `ti`: the fields a tag searches (nullopt: all fields); not found: an empty optional in
// `known`.
struct TagReading {
  bool known = false;
  FieldSet fields;  // empty: all text
  bool year = false;
  const OtherTag* other = nullptr;  // a tag the language has no field for, read in all text
  std::string_view wider = {};      // Tag::wider
};
TagReading read_tag(std::string_view tag) {
  if (iequal(tag, all_fields_tag)) return {true, {}, false};
  if (iequal(tag, year_tag)) return {true, {}, true};
  for (const auto& t : tags) {
    if (iequal(t.tag, tag)) return {true, t.fields, false, nullptr, t.wider};
  }
  for (const auto& t : other_tags) {
    if (iequal(t.tag, tag)) return {true, {}, false, &t};
  }
  return {};
}

enum class Op : std::uint8_t { near, same, not_, and_, or_ };
using Item = import::Item<Op>;

// `NEAR/x`: at most x words between, the language's NEAR/(x + 1); bare NEAR is NEAR/15
// (Clarivate, "Search Operators").
constexpr OperatorWord<Op> operators[] = {
    {"AND", Op::and_},     {"OR", Op::or_},           {"NOT", Op::not_},
    {same_word, Op::same}, {near_word, Op::near, 16}, {"NEAR/", Op::near, 1},
};

class LineReader : public QueryReader {
 public:
  LineReader(std::string_view text, std::uint32_t offset, const History& history, DiagnosticSink& sink,
             ReadingNotes& /*notes*/, std::string name, std::size_t first_index)
      : QueryReader(text, offset, sink, from, std::move(name), first_index), history_(history) {}

  // The line's search, its year limits in `limits`; nullopt after an error.
  std::optional<ast::Node> read(std::vector<ast::Limit>& limits) {
    auto node = group(false, false);
    if (failed_) return std::nullopt;
    skip_space();
    if (at_ < text_.size()) return fail(here(1), fmt::format("`{}` has no matching `(`", text_[at_]));
    if (!node) return fail(whole(), "the line holds no search");
    // `PY=(2014-2021)` ANDed onto the search at the top: the line's limit
    if (!years_.empty()) {
      auto* b = std::get_if<ast::Bool>(&node->kind);
      if (b == nullptr || b->op != ast::BoolOp::and_) return fail(years_.front().span, "a year search alone");
      std::erase_if(b->operands, [](const ast::Node& o) {
        const auto* n = std::get_if<ast::Native>(&o.kind);
        return n != nullptr && n->text == year_marker;
      });
      if (b->operands.empty()) return fail(years_.front().span, "a year search alone");
      if (b->operands.size() == 1) {
        auto only = std::move(b->operands.front());  // moved out first: it lives inside `node`
        node = std::move(only);
      }
      if (ast::any_node(*node, [](const ast::Node& n) {
            const auto* x = std::get_if<ast::Native>(&n.kind);
            return x != nullptr && x->text == year_marker;
          })) {
        return fail(years_.front().span, "a year search inside a group: only one ANDed onto the line is a limit");
      }
      limits = years_;
    }
    return node;
  }

 private:
  static constexpr std::string_view year_marker = "\x01PY";

  // The word at `at_`, up to a space, a parenthesis, a quotation mark or `=`.
  std::string_view peek_word() const {
    auto end = at_;
    while (end < text_.size() && !folded_spaces.contains(text_[end]) && text_[end] != '(' && text_[end] != ')' &&
           text_[end] != '"' && text_[end] != '=') {
      ++end;
    }
    return text_.substr(at_, end - at_);
  }
  // Whether a tag, `TS=` or `TS =`, starts at `at_`.
  std::optional<std::string_view> peek_tag() const {
    const auto word = peek_word();
    if (word.empty() || !std::all_of(word.begin(), word.end(), [](char c) { return is_ascii_letter(c); })) {
      return std::nullopt;
    }
    auto next = at_ + word.size();
    while (next < text_.size() && text_[next] == ' ') ++next;
    if (next < text_.size() && text_[next] == '=') return word;
    return std::nullopt;
  }

  // One word or phrase as the language reads it; `$` (one character or none) as the forms it stands for.
  ast::Node text_node(std::string_view raw, bool phrase, Span where) {
    const auto optional = static_cast<std::size_t>(std::count(raw.begin(), raw.end(), '$'));
    std::vector<std::string> forms{""};
    if (optional > 3) {
      sink_.report(DiagCode::W301, where,
                   "`$` (one character or none) is imported as `*` in words with more than three of them, which "
                   "finds more");
      forms.front() = std::string(raw);
      std::replace(forms.front().begin(), forms.front().end(), '$', '*');
    } else {
      for (const char c : raw) {
        if (c != '$') {
          for (auto& f : forms) f += c;
          continue;
        }
        std::vector<std::string> both;
        for (const auto& f : forms) {
          both.push_back(f);
          both.push_back(f + '?');
        }
        forms = std::move(both);
      }
    }
    ast::Nodes out;
    for (const auto& form : forms) {
      // a tab or a line break inside quotation marks separates words as a space does
      const auto f = fold_space(form);
      const bool as_phrase = (phrase && f.find(' ') != std::string::npos) || needs_phrase(f);
      out.push_back(as_phrase ? ast::Node{where, false, ast::Phrase{f}} : ast::Node{where, false, ast::Term{f}});
    }
    if (out.size() == 1) return std::move(out.front());
    return ast::Node{where, true, ast::Bool{ast::BoolOp::or_, std::move(out)}};
  }

  // `PY=(2014-2021)`, `PY=2014-2021`, `PY=2014`: a marker in the search, the limit in `years_`.
  std::optional<ast::Node> years(std::size_t start) {
    skip_space();
    const bool paren = at_ < text_.size() && text_[at_] == '(';
    if (paren) ++at_;
    skip_space();
    const auto begin = at_;
    while (at_ < text_.size() && (is_ascii_digit(text_[at_]) || text_[at_] == '-' || text_[at_] == ' ')) ++at_;
    const auto value = trim(text_.substr(begin, at_ - begin));
    if (paren) {
      if (at_ >= text_.size() || text_[at_] != ')')
        return fail(from_to(start, at_), "a publication year is a year or a range, `PY=(2014-2021)`");
      ++at_;
    }
    const auto dash = value.find('-');
    const auto first = trim(value.substr(0, dash));
    const auto last = dash == std::string_view::npos ? first : trim(value.substr(dash + 1));
    if (first.size() != 4 || last.size() != 4 || !all_digits(first) || !all_digits(last)) {
      return fail(from_to(start, at_), "a publication year is a year or a range, `PY=(2014-2021)`");
    }
    auto limit =
        date_limit(ast::LimitKind::publication_year, ast::Date{static_cast<int>(read_digits(first, 9999)), 0, 0},
                   ast::Date{static_cast<int>(read_digits(last, 9999)), 0, 0}, from_to(start, at_));
    years_.push_back(limit);
    return ast::Node{limit.span, false, ast::Native{std::string(year_marker)}};
  }

  // What a tag applies to: a group in parentheses, or the run of words and phrases up to the
  // next operator, parenthesis or tag (ANDed).
  std::optional<ast::Node> tagged(std::string_view tag, std::size_t start) {
    const auto reading = read_tag(tag);
    if (!reading.known)
      return fail(from_to(start, start + tag.size()), fmt::format("`{}=` is not a field tag searchc reads", tag));
    if (in_tag_) return fail(from_to(start, start + tag.size()), "a field tag inside another field's search");
    if (reading.other != nullptr) {
      readings_.push_back(all_text_reading(from_to(start, start + tag.size() + 1),
                                           fmt::format("{}= ({})", tag, reading.other->name), reading.other->coded));
    }
    if (!reading.wider.empty()) {
      readings_.push_back(
          {DiagCode::W303, from_to(start, start + tag.size() + 1), std::string(reading.wider), Effect::broader});
    }
    at_ = text_.find('=', at_) + 1;
    if (reading.year) return years(start);
    skip_space();
    in_tag_ = true;
    std::optional<ast::Node> body;
    if (at_ < text_.size() && text_[at_] == '(') {
      body = operand();
    } else {
      body = group(false, true);
    }
    in_tag_ = false;
    if (!body)
      return body.has_value() || failed_ ? std::nullopt
                                         : fail(from_to(start, at_), "a field tag with no search after it");
    if (reading.fields.empty()) return body;  // ALL=: all text
    const Span where = from_to(start, at_);
    return ast::Node{where, false, ast::Fielded{{}, reading.fields, {std::move(*body)}}};
  }

  // One operand at `at_`: a group, a tag and its search, a set, a phrase or a word.
  std::optional<ast::Node> operand() {
    skip_space();
    const auto start = at_;
    if (text_[at_] == '(') {
      ++at_;
      auto inner = group(true, false);
      if (failed_) return std::nullopt;
      if (at_ >= text_.size() || text_[at_] != ')') return fail(from_to(start, start + 1), "this `(` is never closed");
      ++at_;
      if (!inner) return fail(from_to(start, at_), "empty parentheses");
      inner->grouped = true;
      return inner;
    }
    if (text_[at_] == '"') {
      const auto end = text_.find('"', at_ + 1);
      if (end == std::string_view::npos) return fail(here(1), "a quotation is never closed");
      const auto inside = text_.substr(at_ + 1, end - at_ - 1);
      at_ = end + 1;
      if (trim(inside).empty()) return fail(from_to(start, at_), "an empty phrase");
      return text_node(trim(inside), true, from_to(start, at_));
    }
    if (const auto tag = peek_tag()) return tagged(*tag, start);
    const auto word = peek_word();
    if (word.empty()) return fail(here(1), fmt::format("`{}` cannot stand here", text_[at_]));
    at_ += word.size();
    const auto where = from_to(start, at_);
    if (names_lines(word)) {
      if (in_tag_) return fail(where, "a set inside a field's search");
      auto ref = history_.lines(word, where, from, sink_);
      failed_ = failed_ || !ref;  // reported there
      return ref;
    }
    return text_node(word, false, where);
  }

  // Operands and operators up to `)` (inside parentheses) or the end; in a tag's run of words,
  // up to an operator as well. Combined by precedence: NEAR, SAME, NOT, AND, OR.
  std::optional<ast::Node> group(bool inside, bool run) {
    std::vector<Item> items;
    bool want_operand = true;
    // Web of Science refuses words side by side beside NEAR: "TS=(Brown NEAR spider bite) is not
    // valid because AND is used as an implied operator" (Clarivate, "Search Operators").
    std::optional<Span> implied_and;
    bool near = false;
    while (true) {
      skip_space();
      if (at_ >= text_.size() || text_[at_] == ')') break;
      if (!want_operand || !items.empty()) {
        const auto saved = at_;
        if (auto op = take_operator<Op>(operators, peek_word())) {
          if (run) {
            at_ = saved;
            break;
          }
          if (want_operand) return fail(op->span, "an operator with no search before it");
          near = near || op->op == Op::near;
          items.push_back(std::move(*op));
          want_operand = true;
          continue;
        }
        if (run && peek_tag()) break;
      }
      if (!want_operand) {
        // words next to each other are ANDed ("rainbow trout fish farm is equivalent to rainbow
        // AND trout AND fish AND farm")
        items.push_back(Item{std::nullopt, Op::and_, 0, false, here(0)});
      }
      auto node = operand();
      if (!node) return std::nullopt;
      if (!want_operand && !implied_and) implied_and = cover(items[items.size() - 2].node->span, node->span);
      items.push_back(Item{std::move(node), Op::and_, 0, false, {}});
      want_operand = false;
    }
    if (near && implied_and) {
      return fail(*implied_and,
                  "words side by side are ANDed, which Web of Science does not take beside NEAR (\"TS=(Brown NEAR "
                  "spider bite) is not valid because AND is used as an implied operator\", Clarivate)");
    }
    if (!inside && at_ < text_.size() && text_[at_] == ')' && !run && !in_tag_) {
      return fail(here(1), "this `)` has no matching `(`");
    }
    if (items.empty()) return std::nullopt;
    if (want_operand) return fail(items.back().span, "an operator with no search after it");
    return combine(std::move(items));
  }

  std::optional<ast::Node> combine(std::vector<Item> items) {
    bool has_not = false;
    bool has_other = false;
    bool has_and = false;
    bool has_or = false;
    for (std::size_t i = 1; i < items.size(); i += 2) {
      has_not = has_not || items[i].op == Op::not_;
      has_other = has_other || items[i].op != Op::not_;
      has_and = has_and || items[i].op == Op::and_ || items[i].op == Op::same;
      has_or = has_or || items[i].op == Op::or_;
    }
    if (has_not && has_other) {
      refuse_mixed_operators(sink_, items[1].span, "NOT", "another operator", from, "the Web of Science search");
      failed_ = true;
      return std::nullopt;
    }
    if (has_and && has_or) {
      sink_.report(DiagCode::W307, items[1].span,
                   "AND and OR mixed without parentheses: read with AND first, as Web of Science runs them "
                   "(\"copper OR lead AND algae\" is copper OR (lead AND algae))");
    }
    return combine_levels(std::move(items), {Op::near, Op::same, Op::not_, Op::and_, Op::or_},
                          [&](const Item& op, ast::Node left, ast::Node right, Span span) -> std::optional<ast::Node> {
                            switch (op.op) {
                              case Op::near:
                                return join_near(op.distance, false, std::move(left), std::move(right), span);
                              case Op::same:
                                readings_.push_back({DiagCode::W430, op.span,
                                                     "`SAME` (in the same sentence, or the same address) is read "
                                                     "as AND",
                                                     Effect::broader});
                                [[fallthrough]];
                              case Op::and_:
                                return join_bool(ast::BoolOp::and_, std::move(left), std::move(right), span);
                              case Op::or_:
                                return join_or(std::move(left), std::move(right), span);
                              case Op::not_:
                                return join_not(std::move(left), std::move(right), span);
                            }
                            return std::nullopt;
                          });
  }

  // `left OR right`; `AK=x OR KP=x`, as the writer writes the language's keywords, is one search:
  // the two tags ORed on one search are the keywords exactly, so neither is said to be wider.
  ast::Node join_or(ast::Node left, ast::Node right, Span span) {
    auto node = join_bool(ast::BoolOp::or_, std::move(left), std::move(right), span);
    auto& operands = std::get<ast::Bool>(node.kind).operands;
    const auto tag_of = [&](const ast::Node& n) -> std::string_view {
      if (!std::holds_alternative<ast::Fielded>(n.kind)) return {};
      const auto tag = text_.substr(n.span.begin - offset_, 2);
      return iequal(tag, "AK") || iequal(tag, "KP") ? tag : std::string_view{};
    };
    const auto last_tag = tag_of(operands.back());
    if (last_tag.empty()) return node;
    for (std::size_t i = 0; i + 1 < operands.size(); ++i) {
      const auto tag = tag_of(operands[i]);
      if (tag.empty() || iequal(tag, last_tag) ||
          format_expression(operands[i]) != format_expression(operands.back())) {
        continue;
      }
      std::erase_if(readings_, [&](const DirectedReading& r) {
        return r.code == DiagCode::W303 &&
               (r.where.begin == operands[i].span.begin || r.where.begin == operands.back().span.begin);
      });
      operands.pop_back();
      break;
    }
    if (operands.size() > 1) return node;
    auto only = std::move(operands.front());  // moved out first: it lives inside `node`
    only.span = node.span;
    return only;
  }

  const History& history_;
  bool in_tag_ = false;
  std::vector<ast::Limit> years_;
};

}  // namespace

Imported read(const SourceFile& source, DiagnosticSink& sink) {
  const Layout layout{
      .numbers = Numbers::bare_or_hash,
      .notes = Notes::none,
      .single_line_numbered = false,
      .operators_any_case = true,
      .ends_search = [](std::string_view before) { return before.ends_with(')') || before.ends_with('"'); },
  };
  return read_queries<LineReader>(source, sink, "Web of Science Core Collection", "wos", layout);
}

}  // namespace searchc::wos
