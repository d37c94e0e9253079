// The Cochrane CENTRAL importer. The syntax is databases/central/syntax.hpp's, with its sources
// in docs/databases.md ("Cochrane Library, CENTRAL (`central`)").
//
// Reads a Search Manager history as the Cochrane Library exports or shows it: `#1 ...` lines,
// or `ID / Search / Hits` tables (the hits become run records). The MeSH browser's lines in
// every form in use since 2008 (`MeSH descriptor: [X] explode all trees`, `MeSH descriptor X
// this term only`, `... and with qualifier(s): [drug therapy - DT]`, `Any MeSH descriptor with
// qualifier(s): [...]`), inline `[mh "X"]`, `[mh ^"X"]`, `[mh "X"/DT]`, `[mh /RT]`, `#n` and
// `{OR #1-#4}`, NEXT, NEAR (within 6) and NEAR/n, `:ti,ab,kw` after a term or group, and the
// export's limit suffixes. Bare words side by side are ANDed, as the Search Manager does.
// Cochrane's NEAR/n is read as the language's NEAR/n, the reading the CENTRAL backend writes.
#include "databases/central/central.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "base/text.hpp"
#include "compiler/fields.hpp"
#include "compiler/limits.hpp"
#include "databases/central/syntax.hpp"
#include "databases/history.hpp"
#include "databases/import.hpp"
#include "databases/reader.hpp"

namespace searchc::central {
namespace {

using namespace import;

// The operator `word` is, in lower case: `and`, `next`, `near/2`; nullopt for a search term.
std::optional<std::string> operator_of(std::string_view word) {
  const auto w = lower(word);
  if (is_operator_word(w)) return w;
  const auto slash = w.find('/');
  if (slash == near_word.size() && iequal(w.substr(0, slash), near_word) && all_digits(w.substr(slash + 1))) return w;
  return std::nullopt;
}

class Reader {
 public:
  Reader(DiagnosticSink& sink, const History& history) : sink_(sink), history_(history) {}

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

  std::optional<ast::Node> reference(std::uint64_t number, Span where) {
    return history_.reference(number, where, fmt::format("#{}", number), sink_);
  }

  void fail(Span where, std::string message) { sink_.report(DiagCode::E301, where, std::move(message)); }

 private:
  std::string_view text_of(const Token& t) const { return token_text(t, line_, line_offset_); }
  // A phrase's, bracket's or brace's text without its marks.
  static std::string_view unbracket(std::string_view text) { return text.substr(1, text.size() - 2); }

  bool tokenize(std::string_view text, std::uint32_t offset) {
    const auto add = [&](Token::Kind kind, std::size_t from, std::size_t to) {
      tokens_.push_back({offset + static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to - from), kind});
    };
    for (std::size_t i = 0; i < text.size();) {
      const char c = text[i];
      const auto at = offset + static_cast<std::uint32_t>(i);
      const auto close_of = [&](char open, char close) -> std::size_t {
        bool quoted = false;
        int depth = 0;
        for (auto j = i; j < text.size(); ++j) {
          if (text[j] == '"') quoted = !quoted;
          if (quoted) continue;
          if (text[j] == open) ++depth;
          if (text[j] == close && --depth == 0) return j;
        }
        return std::string_view::npos;
      };
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {  // a line break within a search is a space
        ++i;
      } else if (c == '(' || c == ')') {
        add(c == '(' ? Token::open : Token::close, i, i + 1);
        ++i;
      } else if (c == '"' || c == '[' || c == '{') {
        const auto end = c == '"' ? text.find('"', i + 1) : close_of(c, c == '[' ? ']' : '}');
        if (end == std::string_view::npos) {
          fail({at, at + 1}, c == '"' ? "this quotation is never closed" : fmt::format("this `{}` is never closed", c));
          return false;
        }
        add(c == '"' ? Token::phrase : c == '[' ? Token::bracket : Token::brace, i, end + 1);
        i = end + 1;
      } else {
        auto end = i;
        while (end < text.size() && std::string_view(" \t\n\r()\"[{").find(text[end]) == std::string_view::npos) ++end;
        add(Token::word, i, end);
        i = end;
      }
    }
    return true;
  }

  const Token* peek() const { return pos_ < tokens_.size() ? &tokens_[pos_] : nullptr; }

  // Operands and operators of one level. Bare words side by side are ANDed. NEXT and NEAR of
  // different kinds are grouped from the left, as the published strategies read them; AND,
  // OR and NOT mixed are refused, since Cochrane documents no precedence.
  std::optional<ast::Node> expression() {
    auto first = operand();
    if (!first) return std::nullopt;
    ast::Nodes operands;
    operands.push_back(std::move(*first));
    std::vector<std::pair<std::string, Span>> ops;
    while (const auto* t = peek()) {
      if (t->kind == Token::close) break;
      std::string op = "and";
      Span where = span(*t);
      if (t->kind == Token::word) {
        if (auto o = operator_of(text_of(*t))) {
          op = *o;
          ++pos_;
        }
      }
      auto next = operand();
      if (!next) return std::nullopt;
      operands.push_back(std::move(*next));
      ops.emplace_back(op == "near" ? fmt::format("near/{}", bare_near) : op, where);
    }
    if (ops.empty()) return std::move(operands.front());
    // Each NOT, and each change of operator, nests what came before one level deeper.
    std::size_t nesting = 0;
    for (std::size_t i = 0; i < ops.size(); ++i) {
      if (ops[i].first == "not" || (i > 0 && ops[i].first != ops[i - 1].first)) ++nesting;
    }
    if (nesting > max_unparenthesised_chain) {
      fail(cover(ops.front().second, ops.back().second),
           fmt::format("more than {} NOT or proximity operators in a row without parentheses",
                       max_unparenthesised_chain));
      return std::nullopt;
    }
    // NEXT and NEAR apply first, as in every database that documents it; then one Boolean
    // operator per level.
    const auto proximity = [](const std::string& op) { return op == "next" || op.rfind("near/", 0) == 0; };
    const bool mixed = std::any_of(ops.begin(), ops.end(), [&](const auto& o) { return proximity(o.first); }) &&
                       std::any_of(ops.begin(), ops.end(), [&](const auto& o) { return !proximity(o.first); });
    ast::Nodes terms;
    std::vector<std::pair<std::string, Span>> booleans;
    bool regrouped = mixed;
    for (std::size_t i = 0; i < operands.size();) {
      ast::Nodes run;
      std::vector<std::string> run_ops;
      run.push_back(std::move(operands[i]));
      while (i < ops.size() && proximity(ops[i].first)) {
        run_ops.push_back(ops[i].first);
        run.push_back(std::move(operands[i + 1]));
        ++i;
      }
      if (std::adjacent_find(run_ops.begin(), run_ops.end(), std::not_equal_to<>()) != run_ops.end()) regrouped = true;
      terms.push_back(chain(std::move(run), run_ops));
      if (i < ops.size()) booleans.push_back(ops[i]);
      ++i;
    }
    if (regrouped) {
      auto& d = sink_.report(DiagCode::W304, cover(terms.front().span, terms.back().span),
                             "Cochrane does not document how these operators group without parentheses: NEXT and "
                             "NEAR are read first, then from the left");
      d.notes.emplace_back(
          "as in `\"heart attack\" OR (hearing NEXT aid*)` and `(bone NEXT marrow) NEAR/2 transplant*`");
    }
    if (booleans.empty()) return std::move(terms.front());
    const auto other = std::find_if(booleans.begin(), booleans.end(),
                                    [&](const auto& o) { return o.first != booleans.front().first; });
    if (other != booleans.end()) {
      refuse_mixed_operators(sink_, cover(booleans.front().second, other->second), booleans.front().first, other->first,
                             "Cochrane", "");
      return std::nullopt;
    }
    std::vector<std::string> same(booleans.size(), booleans.front().first);
    auto result = chain(std::move(terms), same);
    result.grouped = false;
    return result;
  }

  // Operands joined by operators, from the left: equal neighbours join into one node, and a
  // change of operator nests what came before (`a NOT b NOT c` is `(a NOT b) NOT c`).
  static ast::Node chain(ast::Nodes operands, const std::vector<std::string>& ops) {
    ast::Node left = std::move(operands.front());
    std::size_t i = 0;
    while (i < ops.size()) {
      const auto op = ops[i];
      ast::Nodes group;
      group.push_back(std::move(left));
      while (i < ops.size() && ops[i] == op && (op != "not" || group.size() < 2)) {
        group.push_back(std::move(operands[i + 1]));
        ++i;
      }
      left = make(op, std::move(group));
      left.grouped = true;
    }
    return left;
  }

  static ast::Node make(const std::string& op, ast::Nodes operands) {
    const Span whole = cover(operands.front().span, operands.back().span);
    if (op == "and" || op == "or") {
      return {whole, false, ast::Bool{op == "and" ? ast::BoolOp::and_ : ast::BoolOp::or_, std::move(operands)}};
    }
    if (op == "not") return {whole, false, ast::Not{std::move(operands)}};
    const int distance = op == "next" ? 1 : static_cast<int>(read_digits(std::string_view(op).substr(5), 100));
    return {whole, false, ast::Near{std::clamp(distance, 1, 100), op == "next", std::move(operands)}};
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
        fail(span(token), "expected a search, found `)`");
        return std::nullopt;
      case Token::phrase: {
        auto words = fold_space(unbracket(text_of(token)));
        if (words.empty()) {
          fail(span(token), "an empty phrase");
          return std::nullopt;
        }
        node = ast::Node{span(token), false, ast::Phrase{std::move(words)}};
        break;
      }
      case Token::bracket:
        return inline_heading(token);
      case Token::brace:
        return ranges(token);
      case Token::word: {
        if (operator_of(text_of(token))) {
          fail(span(token), fmt::format("`{}` has no search before it", text_of(token)));
          return std::nullopt;
        }
        auto text = text_of(token);
        std::string_view labels;
        if (const auto colon = text.find(':'); colon != std::string_view::npos) {
          labels = text.substr(colon + 1);
          text = text.substr(0, colon);
        }
        if (text.empty()) {  // `:ti,ab` after a group is the caller's business; here it follows nothing
          fail(span(token), fmt::format("`{}` follows no search", text_of(token)));
          return std::nullopt;
        }
        if (text.size() > 1 && text.front() == '#' && all_digits(text.substr(1))) {
          node = reference(read_digits(text.substr(1), 1'000'000), span(token));
        } else if (needs_phrase(text)) {
          node = ast::Node{span(token), false, ast::Phrase{std::string(text)}};
        } else {
          node = ast::Node{span(token), false, ast::Term{std::string(text)}};
        }
        if (!node) return std::nullopt;
        if (!labels.empty()) return fielded(std::move(*node), labels, span(token));
        return node;
      }
    }
    // `:ti,ab,kw` right after a group or a phrase
    if (peek() && peek()->kind == Token::word && text_of(*peek()).front() == ':' && peek()->offset == node->span.end) {
      const auto suffix = *peek();
      ++pos_;
      return fielded(std::move(*node), text_of(suffix).substr(1), span(suffix));
    }
    return node;
  }

  std::optional<ast::Node> fielded(ast::Node body, std::string_view labels, Span where) {
    // `wite:,` names no field either: a scope of none is no search
    const auto written = split(labels, ',');
    if (written.empty()) {
      fail(where, "a `:` with no field label after it");
      return std::nullopt;
    }
    FieldSet fields;
    std::vector<ast::FieldName> names;
    for (const auto label : written) {
      const auto* code = find_field_code(field_labels(), label);
      if (code == nullptr) {
        fail(where, fmt::format("`:{}` is not a field label of the Cochrane Library", label));
        return std::nullopt;
      }
      for (const auto f : code->fields.members()) fields.insert(f);
      names.push_back({std::string(label), where});
    }
    const Span whole = cover(body.span, where);
    ast::Nodes inner;
    inner.push_back(std::move(body));
    return ast::Node{whole, false, ast::Fielded{std::move(names), fields, std::move(inner)}};
  }

  // [mh "Heart"], [mh ^"Heart"], [mh Heart], [mh "Heart"/DT,TH], [mh /RT], [mh "Heart" [mj]]
  std::optional<ast::Node> inline_heading(const Token& token) {
    auto inner = fold_space(unbracket(text_of(token)));
    if (lower(inner).rfind("mh ", 0) != 0) {
      fail(span(token), fmt::format("`{}` is not a MeSH term of the Cochrane Library", text_of(token)));
      return std::nullopt;
    }
    std::string_view rest = std::string_view(inner).substr(3);
    ast::Heading h;
    if (const auto mj = lower(rest).find("[mj]"); mj != std::string::npos) {
      h.major = true;
      rest = rest.substr(0, mj);
    }
    while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
    if (!rest.empty() && rest.front() == inline_no_explode) {
      h.explode = false;
      rest.remove_prefix(1);
    }
    std::string_view qualifiers;
    if (!rest.empty() && rest.front() == '"') {
      const auto close = rest.find('"', 1);
      h.label = std::string(rest.substr(1, close - 1));
      rest = close == std::string_view::npos ? std::string_view() : rest.substr(close + 1);
      while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
      if (!rest.empty() && rest.front() != '/') {
        fail(span(token), fmt::format("cannot read `{}` after the heading in `{}`", rest, text_of(token)));
        return std::nullopt;
      }
      if (!rest.empty()) qualifiers = rest.substr(1);
    } else if (const auto slash = rest.find('/'); slash != std::string_view::npos) {
      h.label = fold_space(rest.substr(0, slash));
      qualifiers = rest.substr(slash + 1);
    } else {
      h.label = fold_space(rest);
    }
    for (const auto q : split(qualifiers, ',')) h.qualifiers.push_back({fold_space(q), {}, {}, span(token)});
    if (h.label.empty() && h.qualifiers.empty()) {
      fail(span(token), "a MeSH term without a heading or a qualifier");
      return std::nullopt;
    }
    return ast::Node{span(token), false, std::move(h)};
  }

  // {OR #1-#4}, {AND #1, #3}
  std::optional<ast::Node> ranges(const Token& token) {
    const auto inner = fold_space(unbracket(text_of(token)));
    const auto space = inner.find(' ');
    const auto op = lower(std::string_view(inner).substr(0, space));
    if ((op != "or" && op != "and") || space == std::string::npos) {
      fail(span(token), fmt::format("cannot read `{}`: expected `{{OR #1-#4}}`", text_of(token)));
      return std::nullopt;
    }
    std::string list;
    for (const char c : inner.substr(space + 1)) {
      if (c != ' ' && c != '#') list += c;
    }
    ast::Nodes refs;
    for (const auto item : split(list, ',')) {
      const auto dash = item.find('-');
      const auto from = item.substr(0, dash);
      const auto to = dash == std::string_view::npos ? from : item.substr(dash + 1);
      if (!all_digits(from) || !all_digits(to) || read_digits(to, 1'000'000) < read_digits(from, 1'000'000)) {
        fail(span(token), fmt::format("`{}` is not a range of lines", item));
        return std::nullopt;
      }
      for (auto n = read_digits(from, 1'000'000); n <= read_digits(to, 1'000'000); ++n) {
        auto ref = reference(n, span(token));
        if (!ref) return std::nullopt;
        refs.push_back(std::move(*ref));
      }
    }
    if (refs.empty()) {
      fail(span(token), fmt::format("`{}` names no lines", text_of(token)));
      return std::nullopt;
    }
    if (refs.size() == 1) return std::move(refs.front());
    return ast::Node{span(token), true, ast::Bool{op == "or" ? ast::BoolOp::or_ : ast::BoolOp::and_, std::move(refs)}};
  }

  DiagnosticSink& sink_;
  const History& history_;
  std::string_view line_;  // the line being read, which starts at `line_offset_` in the source
  std::uint32_t line_offset_ = 0;
  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
};

// "[drug therapy - DT, therapy - TH]", "[Radiotherapy - RT]", or "DT" of older exports.
std::vector<ast::Qualifier> qualifier_list(std::string_view text, Span where) {
  if (!text.empty() && text.front() == '[') text = text.substr(1, text.find(']') - 1);
  std::vector<ast::Qualifier> out;
  for (const auto part : split(text, ',')) {
    const auto dash = part.rfind(" - ");
    out.push_back({fold_space(dash == std::string_view::npos ? part : part.substr(dash + 3)), {}, {}, where});
  }
  return out;
}

// The MeSH browser's line: `MeSH descriptor: [X] explode all trees and with qualifier(s): [...]`,
// `MeSH descriptor X this term only`, `MeSH Descriptor: X`, `Any MeSH descriptor with qualifier(s): [...]`.
std::optional<ast::Node> descriptor_line(std::string_view line, Span where, DiagnosticSink& sink) {
  const auto l = lower(line);
  ast::Heading h;
  auto qualifiers = l.find("qualifier");
  if (l.rfind("any mesh descriptor", 0) == 0) {
    if (qualifiers == std::string::npos) return std::nullopt;
  } else if (l.rfind("mesh descriptor", 0) == 0) {
    auto rest = line.substr(std::string_view("mesh descriptor").size());
    if (!rest.empty() && rest.front() == ':') rest.remove_prefix(1);
    rest = rest.substr(std::min(rest.size(), rest.find_first_not_of(' ')));
    std::string_view label;
    std::string_view after;
    if (!rest.empty() && rest.front() == '[') {
      const auto close = rest.find(']');
      label = rest.substr(1, close - 1);
      after = close == std::string_view::npos ? std::string_view() : rest.substr(close + 1);
    } else {
      // older exports: MeSH descriptor Ovarian Neoplasms explode all trees
      const auto cut =
          std::min({lower(rest).find(" explode"), lower(rest).find(fmt::format(" {}", this_term_only)), rest.size()});
      label = rest.substr(0, cut);
      after = rest.substr(cut);
    }
    h.label = fold_space(label);
    const auto a = lower(after);
    h.explode = a.find(this_term_only) == std::string::npos;
    if (a.find("explode tree") != std::string::npos) {
      sink.report(DiagCode::W304, where,
                  "only some of the heading's trees are exploded here, which the language cannot say: all its "
                  "trees are exploded, which finds more records");
    }
  } else {
    return std::nullopt;
  }
  if (qualifiers != std::string::npos) {
    auto rest = line.substr(qualifiers);
    rest = rest.substr(std::min(rest.size(), rest.find_first_of(":[ ")));
    while (!rest.empty() && (rest.front() == ':' || rest.front() == ' ')) rest.remove_prefix(1);
    h.qualifiers = qualifier_list(rest, where);
  }
  if (h.label.empty() && h.qualifiers.empty()) return std::nullopt;
  return ast::Node{where, false, std::move(h)};
}

}  // namespace

Imported read(const SourceFile& source, DiagnosticSink& sink) {
  Imported out;
  out.from = "Cochrane CENTRAL";
  History history;
  ast::Database record{"central", {}, {}, {}};
  std::uint64_t next_number = 1;
  // The layout of the Search Manager's history (docs/import.md, "The layout of a pasted
  // history"): a hit count may follow a field list (`:ti,ab,kw`), a group, a bracket or a
  // descriptor's `explode all trees`, `this term only`, `explode tree 1`.
  const Layout layout{
      .numbers = Numbers::bare_or_hash,
      .operators_any_case = true,
      .ends_search =
          [](std::string_view before) {
            if (before.ends_with(')') || before.ends_with(']') || before.ends_with('}')) return true;
            const auto l = lower(before);
            const auto colon = l.rfind(':');
            if (colon != std::string::npos && colon + 1 < l.size() &&
                l.find_first_not_of("abcdefghijklmnopqrstuvwxyz,", colon + 1) == std::string::npos) {
              return true;  // `:ti,ab,kw`
            }
            if (!l.starts_with("mesh descriptor")) return false;
            auto end = std::string_view(l);
            while (!end.empty() && is_ascii_digit(end.back())) end.remove_suffix(1);
            return l.ends_with("trees") || l.ends_with("only") || (end.size() < l.size() && end.ends_with("tree "));
          },
  };
  for (auto h : history_lines(source, layout, sink, &record.entries)) {
    auto text = h.text;
    const auto number = h.number.value_or(next_number);
    next_number = number + 1;
    const Span whole{h.offset, h.offset + static_cast<std::uint32_t>(text.size())};
    ast::Line line;
    line.name = line_name(number);
    line.name_span = whole;
    line.span = whole;
    std::string comment;
    auto limit = read_limit(text, whole, comment);
    if (limit) line.limits.push_back(std::move(*limit));
    Reader reader(sink, history);
    if (auto heading = descriptor_line(text, whole, sink)) {
      line.query = std::move(*heading);
    } else if (auto node = reader.read(text, h.offset)) {
      line.query = std::move(*node);
    } else {
      history.unread(number);
      continue;
    }
    if (h.hits) record.entries.push_back({whole, ast::Hits{*h.hits, ast::LineRef{line.name, -1}}});
    history.add(number, out.strategy.lines.size());
    out.strategy.lines.push_back(std::move(line));
    out.comments.push_back(std::move(comment));
  }
  if (!record.entries.empty()) out.strategy.databases.push_back(std::move(record));
  return out;
}

}  // namespace searchc::central
