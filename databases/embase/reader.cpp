// The Embase.com importer. The syntax is databases/embase/syntax.hpp's, with its sources in
// docs/databases.md ("Embase (Elsevier, Embase.com)").
//
// Reads Embase.com's search history as the history table shows or exports it: `#1 ...` lines,
// or `No. / Query / Results` rows (the results become run records), newest first or oldest.
// Phrases in single or double quotation marks; Emtree headings `'x'/exp`, `'x'/de`, `'x'/mj`,
// `'x'/exp/mj`; field codes `:ti,ab,kw` after a word, phrase or group; `NEAR/n` and `NEXT/n`;
// `#n`; a year limit ANDed on at the end of a search, `AND [1990-2020]/py`, and the language
// limit `[english]/lim`. Embase.com reads operators from left to right, one not before another,
// and ANDs words typed side by side (the Boolean operators page and Elsevier's support page):
// where the text does not show that reading, it is reported (W307). Proximity mixed with AND,
// OR or NOT without parentheses is refused (E302): no page says how they group.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "base/text.hpp"
#include "compiler/format.hpp"
#include "databases/dates.hpp"
#include "databases/embase/embase.hpp"
#include "databases/embase/syntax.hpp"
#include "databases/history.hpp"
#include "databases/import.hpp"
#include "databases/reader.hpp"

namespace searchc::embase {
namespace {

using namespace import;

// An operator as read: `and`, `or`, `not`, or proximity with its distance and order.
struct Op {
  enum Kind : std::uint8_t { and_, or_, not_, near } kind = and_;
  int distance = 1;
  bool ordered = false;
  bool typed = true;  // false: words side by side, which Embase.com ANDs
  Span where;

  bool same(const Op& o) const {
    return kind == o.kind && (kind != near || (distance == o.distance && ordered == o.ordered));
  }
};

// The operator `word` is, or nullopt: AND, OR, NOT, NEAR/n, NEXT/n in any case.
std::optional<Op> operator_of(std::string_view word, Span where) {
  if (iequal(word, "and")) return Op{Op::and_, 1, false, true, where};
  if (iequal(word, "or")) return Op{Op::or_, 1, false, true, where};
  if (iequal(word, "not")) return Op{Op::not_, 1, false, true, where};
  const auto slash = word.find('/');
  if (slash == std::string_view::npos || !all_digits(word.substr(slash + 1))) return std::nullopt;
  const auto name = word.substr(0, slash);
  if (!iequal(name, near_word) && !iequal(name, next_word)) return std::nullopt;
  // wider than the language's NEAR/100 is refused where the operator is read
  const auto n = static_cast<int>(std::max<std::uint64_t>(read_digits(word.substr(slash + 1), 1000), 1));
  return Op{Op::near, n, iequal(name, next_word), true, where};
}

ast::Node make(const Op& op, ast::Nodes operands) {
  const Span whole = cover(operands.front().span, operands.back().span);
  switch (op.kind) {
    case Op::and_:
    case Op::or_:
      return {whole, false, ast::Bool{op.kind == Op::and_ ? ast::BoolOp::and_ : ast::BoolOp::or_, std::move(operands)}};
    case Op::not_:
      return {whole, false, ast::Not{std::move(operands)}};
    case Op::near:
      return {whole, false, ast::Near{op.distance, op.ordered, std::move(operands)}};
  }
  return {};
}

// Operands joined from the left, as Embase.com reads them: equal neighbours join into one node,
// a change of operator nests what came before (`a OR b AND c` is `(a OR b) AND c`).
ast::Node chain(ast::Nodes operands, const std::vector<Op>& ops) {
  ast::Node left = std::move(operands.front());
  std::size_t i = 0;
  while (i < ops.size()) {
    const auto op = ops[i];
    ast::Nodes group;
    group.push_back(std::move(left));
    while (i < ops.size() && ops[i].same(op) && (op.kind != Op::not_ || group.size() < 2)) {
      group.push_back(std::move(operands[i + 1]));
      ++i;
    }
    left = make(op, std::move(group));
    left.grouped = true;
  }
  return left;
}

class Reader {
 public:
  Reader(DiagnosticSink& sink, const History& history, std::vector<DirectedReading>& readings)
      : sink_(sink), history_(history), readings_(readings) {}

  std::optional<ast::Node> read(std::string_view text, std::uint32_t offset) {
    line_ = text;
    line_offset_ = offset;
    if (!tokenize(text, offset)) return std::nullopt;
    if (tokens_.empty()) {
      fail({offset, offset}, "this line has no search");
      return std::nullopt;
    }
    auto node = expression();
    if (!node) return std::nullopt;
    if (pos_ < tokens_.size()) {
      fail(span(tokens_[pos_]), tokens_[pos_].kind == Token::close
                                    ? std::string("a `)` has no matching `(`")
                                    : fmt::format("cannot read `{}` here", text_of(tokens_[pos_])));
      return std::nullopt;
    }
    return node;
  }

 private:
  void fail(Span where, std::string message) { sink_.report(DiagCode::E301, where, std::move(message)); }
  std::string_view text_of(const Token& t) const { return token_text(t, line_, line_offset_); }
  const Token* peek() const { return pos_ < tokens_.size() ? &tokens_[pos_] : nullptr; }

  // Words, phrases in either quotation mark, brackets and parentheses. A suffix right after a
  // phrase, bracket or group (`/exp`, `:ti,ab`, `/py`) is a word of its own that starts where
  // the token before it ends.
  bool tokenize(std::string_view text, std::uint32_t offset) {
    const auto add = [&](Token::Kind kind, std::size_t from, std::size_t to) {
      tokens_.push_back({offset + static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to - from), kind});
    };
    for (std::size_t i = 0; i < text.size();) {
      const char c = text[i];
      const auto at = offset + static_cast<std::uint32_t>(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        ++i;
      } else if (c == '(' || c == ')') {
        add(c == '(' ? Token::open : Token::close, i, i + 1);
        ++i;
      } else if (c == '\'' || c == '"' || c == '[') {
        const auto end = text.find(c == '[' ? ']' : c, i + 1);
        if (end == std::string_view::npos) {
          fail({at, at + 1},
               c == '[' ? std::string("this `[` is never closed") : std::string("this quotation is never closed"));
          return false;
        }
        add(c == '[' ? Token::bracket : Token::phrase, i, end + 1);
        i = end + 1;
      } else {
        auto end = i;
        while (end < text.size() && std::string_view(" \t\n\r()").find(text[end]) == std::string_view::npos) ++end;
        add(Token::word, i, end);
        i = end;
      }
    }
    return true;
  }

  // Operands and operators of one level: from the left, with words side by side ANDed (W307
  // where an OR or NOT stands beside them, or AND, OR and NOT are mixed); proximity beside AND,
  // OR or NOT is refused (E302).
  std::optional<ast::Node> expression() {
    auto first = operand();
    if (!first) return std::nullopt;
    ast::Nodes operands;
    operands.push_back(std::move(*first));
    std::vector<Op> ops;
    while (const auto* t = peek()) {
      if (t->kind == Token::close) break;
      std::optional<Op> op;
      if (t->kind == Token::word) op = operator_of(text_of(*t), span(*t));
      if (op) {
        ++pos_;
        if (op->distance > max_near_distance) {
          fail(op->where, outside_near_distances(text_of(*t)));
          return std::nullopt;
        }
        // NEXT/n: within n words in the order typed, which the language says only for n = 1; the
        // order is dropped once every line is read (import::drop_wider_order)
        if (op->ordered && op->distance > 1)
          readings_.push_back(order_dropped(op->where, text_of(tokens_[pos_ - 1]), op->distance));
      } else {
        op = Op{Op::and_, 1, false, false, span(*t)};
      }
      auto next = operand();
      if (!next) return std::nullopt;
      operands.push_back(std::move(*next));
      ops.push_back(*op);
    }
    if (ops.empty()) return std::move(operands.front());
    const auto proximity = [](const Op& o) { return o.kind == Op::near; };
    const auto near = std::find_if(ops.begin(), ops.end(), proximity);
    const auto boolean = std::find_if_not(ops.begin(), ops.end(), proximity);
    if (near != ops.end() && boolean != ops.end()) {
      auto& d = sink_.report(DiagCode::E302, cover(ops.front().where, ops.back().where),
                             "proximity and AND, OR or NOT are mixed without parentheses, and Embase.com does not "
                             "document which applies first");
      d.notes.emplace_back("add the parentheses the search means, then import it again");
      return std::nullopt;
    }
    const bool mixed = std::any_of(ops.begin(), ops.end(), [&](const Op& o) { return !o.same(ops.front()); });
    const bool side_by_side = std::any_of(ops.begin(), ops.end(), [](const Op& o) { return !o.typed; });
    auto result = chain(std::move(operands), ops);
    if (mixed) {
      sink_.report(DiagCode::W307, result.span,
                   fmt::format("Embase.com reads operators from the left, one not before another{}: read as `{}`",
                               side_by_side ? ", and ANDs words typed side by side" : "", format_expression(result)));
    } else if (side_by_side) {
      sink_.report(DiagCode::W307, result.span,
                   fmt::format("Embase.com ANDs words typed side by side: read as `{}`", format_expression(result)));
    }
    result.grouped = false;
    return result;
  }

  std::optional<ast::Node> operand() {
    const auto* t = peek();
    if (t == nullptr) {
      const auto end = span(tokens_.back()).end;
      fail({end, end}, "an operator has no search after it");
      return std::nullopt;
    }
    const auto token = *t;
    ++pos_;
    std::optional<ast::Node> node;
    switch (token.kind) {
      case Token::open: {
        node = expression();
        if (!node) return std::nullopt;
        if (!peek() || peek()->kind != Token::close) {
          fail(span(token), "this `(` is never closed");
          return std::nullopt;
        }
        node->grouped = true;
        node->span = cover(span(token), span(*peek()));
        ++pos_;
        break;
      }
      case Token::close:
      case Token::brace:  // not made by tokenize
        fail(span(token), fmt::format("expected a search, found `{}`", text_of(token)));
        return std::nullopt;
      case Token::phrase: {
        auto words = fold_space(text_of(token).substr(1, token.size - 2));
        if (words.empty()) {
          fail(span(token), "an empty phrase");
          return std::nullopt;
        }
        // "Wildcards (truncation characters) are disabled within phrases (including mapped
        // phrases); 'heart infarction*' yields 0 results" (Embase.com's wildcards page). The
        // language cannot say a search that finds nothing: the wildcard is kept as typed, as
        // later guides say Embase.com now runs it (unverified), and the reading said.
        if (words.find_first_of("*?") != std::string::npos) {
          readings_.push_back({DiagCode::W301, span(token),
                               fmt::format("Embase.com's wildcards page says wildcards are disabled within quotation "
                                           "marks ('heart infarction*' yields 0 results): `{}` is read with its "
                                           "wildcard, as later guides say Embase.com runs it (unverified)",
                                           text_of(token)),
                               Effect::broader});
        }
        node = ast::Node{span(token), false, ast::Phrase{std::move(words)}};
        break;
      }
      case Token::bracket:
        return bracket(token);
      case Token::word:
        return word(token);
    }
    return suffixed(std::move(*node));
  }

  // A suffix right after a phrase or group: `:ti,ab`, or for a phrase `/exp`, `/de`, `/mj`.
  std::optional<ast::Node> suffixed(ast::Node node) {
    const auto* t = peek();
    if (t == nullptr || t->kind != Token::word || t->offset != node.span.end) return node;
    const auto suffix = text_of(*t);
    const auto where = span(*t);
    ++pos_;
    if (suffix.front() == ':') return fielded(std::move(node), suffix.substr(1), where);
    if (const auto* p = std::get_if<ast::Phrase>(&node.kind); p != nullptr && suffix.front() == '/') {
      return heading(p->text, suffix, cover(node.span, where));
    }
    fail(where, fmt::format("cannot read `{}` after `{}`", suffix, format_expression(node)));
    return std::nullopt;
  }

  std::optional<ast::Node> word(const Token& token) {
    auto text = text_of(token);
    if (operator_of(text, span(token))) {
      fail(span(token), fmt::format("`{}` has no search before it", text));
      return std::nullopt;
    }
    if (import::names_lines(text)) return history_.lines(text, span(token), "Embase.com", sink_);
    const auto colon = text.find(':');
    const auto slash = text.find('/');
    if (slash != std::string_view::npos && slash > 0 && slash < colon) {
      return heading(text.substr(0, slash), text.substr(slash), span(token));
    }
    const auto body = text.substr(0, colon);
    if (body.empty()) {
      fail(span(token), fmt::format("`{}` follows no search", text));
      return std::nullopt;
    }
    // A quotation mark inside a word opens no phrase that searchc can place: refused rather than
    // searched as a word that holds it, which no database would read so.
    if (body.find_first_of("\"'") != std::string_view::npos) {
      fail(span(token), fmt::format("cannot read `{}`: a quotation mark inside a word", body));
      return std::nullopt;
    }
    ast::Node node = text_node(body, span(token));
    if (colon == std::string_view::npos) return node;
    return fielded(std::move(node), text.substr(colon + 1), span(token));
  }

  // A word, or a phrase where the language would read it otherwise. `$`, which Embase.com's
  // wildcards page does not list (it lists `*` and `?`), is read as Ovid's and Web of Science's
  // `$`, one character or none, said in the language as two forms (`colo$r`: `color` or
  // `colo?r`); with more than one, as `*`. Either reading finds at least what a `$` written as
  // a character would, and is reported (W303).
  ast::Node text_node(std::string_view body, Span where) {
    const auto one = [&](std::string text) {
      return needs_phrase(text) ? ast::Node{where, false, ast::Phrase{std::move(text)}}
                                : ast::Node{where, false, ast::Term{std::move(text)}};
    };
    const auto dollars = std::count(body.begin(), body.end(), '$');
    if (dollars == 0) return one(std::string(body));
    std::string none(body), single(body);
    std::erase(none, '$');
    std::replace(single.begin(), single.end(), '$', dollars == 1 ? '?' : '*');
    sink_.report(DiagCode::W303, where,
                 dollars == 1 ? fmt::format("`$` is not among the wildcards of Embase.com's help (`*`, `?`): `{}` is "
                                            "read as `{}` or `{}`, `$` standing for one character or none as on Ovid "
                                            "(unverified for Embase.com)",
                                            body, none, single)
                              : fmt::format("`$` is not among the wildcards of Embase.com's help (`*`, `?`): `{}` is "
                                            "read as `{}`, which finds at least what it stands for (unverified for "
                                            "Embase.com)",
                                            body, single));
    if (dollars > 1) return one(std::move(single));
    ast::Nodes both;
    both.push_back(one(std::move(none)));
    both.push_back(one(std::move(single)));
    return ast::Node{where, true, ast::Bool{ast::BoolOp::or_, std::move(both)}};
  }

  // `'heart'/exp`, `/de`, `/mj`, `/exp/mj`, `/de/mj`: an Emtree heading.
  std::optional<ast::Node> heading(std::string_view label, std::string_view suffix, Span where) {
    ast::Heading h;
    h.label = fold_space(label);
    h.vocabulary = ast::Vocabulary::emtree;
    h.explode = false;
    bool named = false;
    for (const auto part : split(suffix, '/')) {
      if (iequal(part, heading_exploded.substr(1))) {
        h.explode = true;
        named = true;
      } else if (iequal(part, heading_alone.substr(1))) {
        named = true;
      } else if (iequal(part, heading_major.substr(1))) {
        h.major = true;
      } else {
        fail(where, fmt::format("`/{}` is not a form of an Emtree heading searchc reads (`/exp`, `/de`, `/mj`)", part));
        return std::nullopt;
      }
    }
    if (!named && !h.major) {
      fail(where, fmt::format("`{}` names no Emtree search", suffix));
      return std::nullopt;
    }
    return ast::Node{where, false, std::move(h)};
  }

  // `[english]/lim`: records in that language, read as the word in the language field (W303).
  // A year limit is read only at the end of a search (`limit_suffix`); others are refused.
  std::optional<ast::Node> bracket(const Token& token) {
    const auto* t = peek();
    const auto inner = fold_space(text_of(token).substr(1, token.size - 2));
    if (t != nullptr && t->kind == Token::word && t->offset == span(token).end && iequal(text_of(*t), "/lim") &&
        !inner.empty() && std::all_of(inner.begin(), inner.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      const auto where = cover(span(token), span(*t));
      ++pos_;
      if (language_limits.end() == std::find(language_limits.begin(), language_limits.end(), inner)) {
        fail(where, fmt::format("`[{}]/lim` is a limit the language cannot say", inner));
        return std::nullopt;
      }
      sink_.report(DiagCode::W303, where,
                   fmt::format("`[{}]/lim` is read as `{}[la]`, the records in that language", inner, inner));
      ast::Nodes body;
      body.push_back(ast::Node{where, false, ast::Term{inner}});
      return ast::Node{where, false, ast::Fielded{{}, FieldSet{Field::language}, std::move(body)}};
    }
    fail(span(token), fmt::format("cannot read `{}` here: searchc reads a year limit only at the end of a search "
                                  "(`#1 AND [1990-2020]/py`) and a language limit (`[english]/lim`)",
                                  text_of(token)));
    return std::nullopt;
  }

  std::optional<ast::Node> fielded(ast::Node body, std::string_view codes, Span where) {
    const auto written = split(codes, ',');
    if (written.empty()) {
      fail(where, "a `:` with no field code after it");
      return std::nullopt;
    }
    FieldSet fields;
    bool all = false;
    for (const auto code : written) {
      const auto* row = find_field_code(field_codes(), code);
      if (row == nullptr) {
        // As Ovid's reader does: a field the language has no counterpart for is searched in all
        // text, with the direction that has; which codes Embase.com has is not verified here.
        readings_.push_back(all_text_reading(
            where, fmt::format(":{}", code),
            std::find(coded_field_codes.begin(), coded_field_codes.end(), code) != coded_field_codes.end()));
        all = true;
        continue;
      }
      if (!row->note.empty()) field_reading(*row, fmt::format("`:{}`: {}", code, row->note), where, notes_, readings_);
      fields.insert(row->fields);
    }
    if (all) return body;
    const Span whole = cover(body.span, where);
    ast::Nodes inner;
    inner.push_back(std::move(body));
    return ast::Node{whole, false, ast::Fielded{{}, fields, std::move(inner)}};
  }

  // Embase.com's language limits searchc reads, as the language field's words.
  static constexpr std::array<std::string_view, 8> language_limits = {"english", "french",  "german",   "spanish",
                                                                      "italian", "chinese", "japanese", "russian"};

  DiagnosticSink& sink_;
  const History& history_;
  std::vector<DirectedReading>& readings_;
  ReadingNotes notes_{sink_};
  std::string_view line_;
  std::uint32_t line_offset_ = 0;
  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
};

// A year limit ANDed on at the end of `text`, ` AND [1990-2020]/py` or ` AND [2014]/py`, taken
// off it; nullopt, and `text` as it was, when it ends in none.
std::optional<ast::Limit> year_limit(std::string_view& text, std::uint32_t offset) {
  const auto l = lower(text);
  if (!l.ends_with(year_suffix)) return std::nullopt;
  const auto open = l.rfind('[');
  const auto close = l.size() - year_suffix.size() - 1;
  if (open == std::string::npos || l[close] != ']') return std::nullopt;
  const auto range = std::string_view(l).substr(open + 1, close - open - 1);
  const auto dash = range.find('-');
  const auto from = range.substr(0, dash);
  const auto to = dash == std::string_view::npos ? from : range.substr(dash + 1);
  if (from.size() != 4 || to.size() != 4 || !all_digits(from) || !all_digits(to)) return std::nullopt;
  auto before = std::string_view(l).substr(0, open);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (!before.ends_with(" and")) return std::nullopt;
  before.remove_suffix(4);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (before.empty()) return std::nullopt;
  const Span where{offset + static_cast<std::uint32_t>(open), offset + static_cast<std::uint32_t>(l.size())};
  auto limit = date_limit(ast::LimitKind::publication_year, ast::Date{static_cast<int>(read_digits(from, 9999)), 0, 0},
                          ast::Date{static_cast<int>(read_digits(to, 9999)), 0, 0}, where);
  limit.key_span = where;
  text = text.substr(0, before.size());
  return limit;
}

}  // namespace

// (`auto`: clang-format reads a line that opens with `import::` as a C++ module import)
auto read(const SourceFile& source, DiagnosticSink& sink) -> import::Imported {
  import::Imported out;
  std::vector<import::DirectedReading> readings;  // their direction is said once every line is read
  out.from = "Embase.com";
  import::History history;
  ast::Database record{"embase", {}, {}, {}};
  std::uint64_t next_number = 1;
  // A hit count may follow a field code list, a group, a quotation mark, a heading's or a
  // limit's suffix.
  const import::Layout layout{
      .numbers = import::Numbers::bare_or_hash,
      .operators_any_case = true,
      .ends_search =
          [](std::string_view before) {
            if (before.ends_with(')') || before.ends_with('\'') || before.ends_with('"')) return true;
            const auto l = lower(before);
            for (const std::string_view end : {"/exp", "/de", "/mj", "/py", "/lim"}) {
              if (l.ends_with(end)) return true;
            }
            const auto colon = l.rfind(':');
            return colon != std::string::npos && colon + 1 < l.size() &&
                   l.find_first_not_of("abcdefghijklmnopqrstuvwxyz,", colon + 1) == std::string::npos;
          },
  };
  for (auto h : import::history_lines(source, layout, sink, &record.entries)) {
    auto text = h.text;
    const auto number = h.number.value_or(next_number);
    next_number = number + 1;
    const Span whole{h.offset, h.offset + static_cast<std::uint32_t>(text.size())};
    ast::Line line;
    line.name = import::line_name(number);
    line.name_span = whole;
    line.span = whole;
    if (auto limit = year_limit(text, h.offset)) line.limits.push_back(std::move(*limit));
    Reader reader(sink, history, readings);
    auto node = reader.read(text, h.offset);
    if (!node) {
      history.unread(number);
      continue;
    }
    line.query = std::move(*node);
    if (h.hits) record.entries.push_back({whole, ast::Hits{*h.hits, ast::LineRef{line.name, -1}}});
    history.add(number, out.strategy.lines.size());
    out.strategy.lines.push_back(std::move(line));
    out.comments.emplace_back();
  }
  if (!record.entries.empty()) out.strategy.databases.push_back(std::move(record));
  import::drop_wider_order(out.strategy.lines);
  import::say_directed(out.strategy.lines, readings, sink);
  return out;
}

}  // namespace searchc::embase
