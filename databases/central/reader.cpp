// The Cochrane CENTRAL importer. The syntax is databases/central/syntax.hpp's, with its sources
// in docs/databases.md ("Cochrane Library, CENTRAL (`central`)") and each reading's in
// docs/import.md ("Cochrane CENTRAL").
//
// Reads a Search Manager history as the Cochrane Library exports or shows it: `#1 ...` lines,
// or `ID / Search / Hits` tables (the hits become run records). The MeSH browser's lines in
// every form in use since 2005 (`MeSH descriptor: [X] explode all trees`, `MeSH descriptor X,
// this term only`, `MeSH X explode all trees`, `X explode all trees (MeSH)`, `... and with
// qualifier(s): [drug therapy - DT]`, `Any MeSH descriptor with qualifier(s): [...]`), anywhere
// in a search; inline `[mh "X"]`, `[mh ^"X"]`, `[mh "X"/DT]`, `[mh /RT]`, `#n` and
// `{OR #1-#4}`, NEXT, NEAR (within 6) and NEAR/n, `:ti,ab,kw` after a term or group, and the
// export's suffixes: date limits, the results tab (`in Trials`) and the word variations record.
// Every reading the text does not show is reported where it stands: words side by side ANDed
// before the OR or NOT beside them (W307), NEXT/n (W304), other databases' operator words
// searched as words (W311), tolerated slips (W308), what the language cannot say (W302), `?`
// read as one character, where the Library does not say whether it also stands for none (W301).
// Cochrane's NEAR/n is read as the language's NEAR/n, the reading the CENTRAL backend writes.
#include "databases/central/central.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <map>
#include <set>

#include "base/text.hpp"
#include "compiler/fields.hpp"
#include "compiler/format.hpp"
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
  if (slash == std::string::npos || slash + 1 == w.size() || !all_digits(std::string_view(w).substr(slash + 1))) {
    return std::nullopt;
  }
  const auto name = std::string_view(w).substr(0, slash);
  if (iequal(name, near_word) || iequal(name, next_word)) return w;  // near/2; next/2 (W304)
  return std::nullopt;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

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

// The choice of trees that ends the MeSH browser's line, in lower case.
constexpr std::array<std::string_view, 3> tree_choices = {explode_all, this_term_only, "explode tree "};
// The pre-2008 interface's mark after the line: `ASCITES explode all trees (MeSH)`.
constexpr std::string_view old_mesh_mark = "(mesh)";

// The end of the qualifier list after `qualifier` at `at` in `l`: `(s): [drug therapy - DT]`, `: DT`.
std::size_t after_qualifiers(std::string_view l, std::size_t at) {
  at += std::string_view("qualifier").size();
  if (l.substr(at, 3) == "(s)") at += 3;
  while (at < l.size() && (l[at] == ':' || l[at] == ' ')) ++at;
  const auto end = at < l.size() && l[at] == '[' ? l.find(']', at) : l.find(' ', at);
  return end == std::string_view::npos ? l.size() : end + (l[end] == ']' ? 1 : 0);
}

// Where the text after a descriptor's name ends: after its tree choice (`explode all trees`,
// `this term only`, `explode tree 1`), its qualifiers (` and with qualifier(s): [...]`) and the
// pre-2008 `(MeSH)`; `l` is the line in lower case, `at` where the choice may start.
std::size_t after_tree_choice(std::string_view l, std::size_t at) {
  while (at < l.size() && (l[at] == ' ' || l[at] == ',')) ++at;
  for (const auto choice : tree_choices) {
    if (l.substr(at, choice.size()) != choice) continue;
    at += choice.size();
    while (at < l.size() && l[at] >= '0' && l[at] <= '9') ++at;  // explode tree 1
    break;
  }
  const auto rest = l.substr(at);
  if (rest.rfind(" and with qualifier", 0) == 0) at = after_qualifiers(l, at + std::string_view(" and with ").size());
  auto mark = at;
  while (mark < l.size() && l[mark] == ' ') ++mark;
  if (l.substr(mark, old_mesh_mark.size()) == old_mesh_mark) at = mark + old_mesh_mark.size();
  return at;
}

// The length of the MeSH browser's line that starts at `text[from]`, or 0: `MeSH descriptor:
// [X] explode all trees`, `MeSH descriptor X, this term only`, `MeSH X explode all trees`,
// `MeSH Descriptor: X` (to the end of the line), `Any MeSH descriptor with qualifier(s): [...]`,
// and at the start of a line the pre-2008 `X explode all trees (MeSH)`.
std::size_t descriptor_size(std::string_view text, std::size_t from) {
  // Only a word `MeSH` or `Any`, or a line's start, may begin one; and a line of the MeSH browser
  // is shorter than `longest`, which bounds the work for each such word of a long line.
  constexpr std::size_t longest = 1000;
  if (from != 0 && !iequal(text.substr(from, 4), "mesh") && !iequal(text.substr(from, 4), "any ")) return 0;
  const auto l = lower(text.substr(from, longest));
  const bool whole = text.size() - from <= longest;
  constexpr std::string_view any = "any mesh descriptor";
  constexpr std::string_view named = "mesh descriptor";
  constexpr std::string_view mesh = "mesh ";
  // A name is words, commas, hyphens: what a search holds besides (`(`, `"`, `#`, `:`) is not one.
  const auto plain_name = [&](std::size_t begin, std::size_t end) {
    return end > begin && l.substr(begin, end - begin).find_first_of("()\"#:[]{}") == std::string::npos;
  };
  if (l.rfind(any, 0) == 0) {
    const auto q = l.find("qualifier");
    return q == std::string::npos ? 0 : after_qualifiers(l, q);
  }
  const bool descriptor = l.rfind(named, 0) == 0;
  if (!descriptor && l.rfind(mesh, 0) != 0) {
    // pre-2008: the name from the start of the line
    if (from != 0) return 0;
    for (const auto choice : tree_choices) {
      const auto at = l.find(fmt::format(" {}", choice));
      if (at == std::string::npos || !plain_name(0, at)) continue;
      const auto end = after_tree_choice(l, at);
      if (l.substr(0, end).rfind(old_mesh_mark) == std::string::npos) return 0;
      return end;
    }
    return 0;
  }
  auto at = descriptor ? named.size() : mesh.size();
  while (at < l.size() && (l[at] == ':' || l[at] == ' ')) ++at;
  if (at < l.size() && (l[at] == '[' || (descriptor && l[at] == '('))) {
    const auto close = l.find(l[at] == '[' ? ']' : ')', at);
    if (close == std::string::npos) return 0;
    return after_tree_choice(l, close + 1);
  }
  for (const auto choice : tree_choices) {
    const auto end = l.find(fmt::format(" {}", choice), at);
    if (end == std::string::npos) continue;
    const auto name_end = end > at && l[end - 1] == ',' ? end - 1 : end;
    if (!plain_name(at, name_end)) continue;
    return after_tree_choice(l, end);
  }
  // `MeSH Descriptor: X` names a heading to the end of the line; `MeSH` alone is a word
  return descriptor && whole && plain_name(at, l.size()) ? l.size() : 0;
}

// The heading of the MeSH browser's line `text` (as descriptor_size() delimits it).
std::optional<ast::Node> descriptor(std::string_view text, Span where, bool register_syntax, DiagnosticSink& sink,
                                    std::vector<DirectedReading>& readings) {
  const auto l = lower(text);
  ast::Heading h;
  const auto qualifiers = l.find("qualifier");
  if (l.rfind("any mesh descriptor", 0) == 0) {
    if (qualifiers == std::string::npos) return std::nullopt;
  } else {
    auto rest = text;
    for (const std::string_view prefix : {"mesh descriptor", "mesh "}) {
      if (l.rfind(prefix, 0) == 0) {
        rest.remove_prefix(prefix.size());
        break;
      }
    }
    while (!rest.empty() && (rest.front() == ':' || rest.front() == ' ')) rest.remove_prefix(1);
    std::string_view label;
    std::string_view after;
    if (!rest.empty() && (rest.front() == '[' || rest.front() == '(')) {
      const auto close = rest.find(rest.front() == '[' ? ']' : ')');
      label = rest.substr(1, close - 1);
      after = close == std::string_view::npos ? std::string_view() : rest.substr(close + 1);
      if (rest.front() == '(') {
        sink.report(DiagCode::W308, where,
                    fmt::format("round brackets around the heading's name: read as `[{}]`", fold_space(label)));
      }
    } else {
      const auto r = lower(rest);
      auto cut = rest.size();
      for (const auto choice : tree_choices) cut = std::min(cut, r.find(fmt::format(" {}", choice)));
      label = rest.substr(0, cut);
      after = rest.substr(cut);
      while (!label.empty() && (label.back() == ',' || label.back() == ' ')) label.remove_suffix(1);
    }
    h.label = fold_space(label);
    const auto a = lower(after);
    h.explode = a.find(this_term_only) == std::string::npos;
    const bool chosen = std::any_of(tree_choices.begin(), tree_choices.end(),
                                    [&](std::string_view choice) { return a.find(choice) != std::string::npos; });
    if (register_syntax && !chosen) {
      readings.push_back({DiagCode::W304, where,
                          "the Register of Studies' line names no choice of trees, and which it takes is "
                          "undocumented: read as exploded",
                          Effect::broader});
    }
    if (a.find("explode tree") != std::string::npos) {
      readings.push_back({DiagCode::W304, where,
                          "only some of the heading's trees are exploded here, which the language cannot say: all "
                          "its trees are exploded",
                          Effect::broader});
    }
  }
  if (qualifiers != std::string::npos) {
    auto rest = text.substr(qualifiers);
    rest = rest.substr(std::min(rest.size(), rest.find_first_of(":[ ")));
    while (!rest.empty() && (rest.front() == ':' || rest.front() == ' ')) rest.remove_prefix(1);
    h.qualifiers = qualifier_list(rest, where);
  }
  if (h.label.empty() && h.qualifiers.empty()) return std::nullopt;
  return ast::Node{where, false, std::move(h)};
}

class Reader {
 public:
  // `register_syntax`: the strategy is the Cochrane Register of Studies' (register_mark).
  Reader(DiagnosticSink& sink, const History& history, bool register_syntax, ReadingNotes& notes,
         std::vector<DirectedReading>& readings)
      : sink_(sink), history_(history), register_(register_syntax), notes_(notes), readings_(readings) {}

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
  std::string_view source_text(Span where) const {
    return line_.substr(where.begin - line_offset_, where.end - where.begin);
  }
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
      } else if (const auto size = descriptor_size(text, i); size > 0) {
        descriptors_.insert(at);
        add(Token::word, i, i + size);
        i += size;
      } else {
        auto end = i;
        while (end < text.size() && std::string_view(" \t\n\r()\"[{").find(text[end]) == std::string_view::npos) ++end;
        end = spaced_field_list(text, offset, i, end);
        add(Token::word, i, end);
        i = end;
      }
    }
    return true;
  }

  // `:ti, ab, kw`, `: ti, ab`: a field list with spaces after its colon or commas, taken into the
  // word `text[from, end)` that ends in its `:` or first `,`; the end of the list (W308), or `end`.
  std::size_t spaced_field_list(std::string_view text, std::uint32_t offset, std::size_t from, std::size_t end) {
    const auto colon = text.substr(from, end - from).find(':');
    if (colon == std::string_view::npos) return end;
    auto to = end;
    while (text[to - 1] == ',' || text[to - 1] == ':') {
      auto label = to;
      while (label < text.size() && text[label] == ' ') ++label;
      auto after = label;
      while (after < text.size() && std::isalpha(static_cast<unsigned char>(text[after])) != 0) ++after;
      if (after == label || find_field_code(field_labels(), text.substr(label, after - label)) == nullptr) break;
      to = after < text.size() && text[after] == ',' ? after + 1 : after;
    }
    if (to == end) return end;
    while (text[to - 1] == ',') --to;
    const auto list = text.substr(from + colon + 1, to - from - colon - 1);
    std::string joined;
    for (const auto label : split(list, ',')) joined += (joined.empty() ? "" : ",") + fold_space(label);
    sink_.report(DiagCode::W308,
                 {offset + static_cast<std::uint32_t>(from + colon), offset + static_cast<std::uint32_t>(to)},
                 fmt::format("spaces in a field list: read as `:{}`", joined));
    return to;
  }

  const Token* peek() const { return pos_ < tokens_.size() ? &tokens_[pos_] : nullptr; }

  // An operator between two operands: written (`or`), or the AND of words typed side by side.
  struct Op {
    std::string op;  // lower case: "and", "or", "not", "next", "near/2"
    Span where;
    bool typed = true;
  };
  static bool proximity(const std::string& op) { return op == "next" || op.rfind("near/", 0) == 0; }

  // The operator word at the current token, taken, in the reading the Library gives it; nullopt
  // when the token is an operand. `and not` is NOT (W308); NEXT/n is NEAR/n (W304).
  std::optional<Op> typed_operator() {
    const auto* t = peek();
    if (t == nullptr || t->kind != Token::word || descriptors_.count(t->offset) > 0) return std::nullopt;
    if (register_) {
      if (auto o = register_operator(*t)) return o;
    }
    auto word = operator_of(text_of(*t));
    if (!word) return std::nullopt;
    Op o{*word, span(*t)};
    ++pos_;
    if (const auto slash = o.op.find('/');
        slash != std::string::npos && read_digits(std::string_view(o.op).substr(slash + 1), 1'000'000) >
                                          static_cast<std::uint64_t>(max_near_distance)) {
      fail(o.where, outside_near_distances(text_of(*t)));  // the import fails: a sink with an error
    }
    if (o.op == "near" && register_) {
      auto* d = notes_.note_once(DiagCode::W304, o.where,
                                 fmt::format("the Register of Studies' distance for NEAR without a number is "
                                             "undocumented: read as the Library's, NEAR/{}",
                                             bare_near));
      if (d != nullptr) d->direction = Direction::different;
    }
    if (o.op == "near") o.op = fmt::format("near/{}", bare_near);
    if (o.op == "and" && peek() && peek()->kind == Token::word && iequal(text_of(*peek()), "not")) {
      o = {"not", cover(o.where, span(*peek()))};
      ++pos_;
      sink_.report(DiagCode::W308, o.where, "`and not` is read as NOT, as the Cochrane Library runs it");
    }
    if (o.op.rfind("next/", 0) == 0) {
      const auto n = read_digits(std::string_view(o.op).substr(5), 100);
      o.op = n <= 1 ? std::string("next") : fmt::format("near/{}", n);
      const auto undocumented = fmt::format(
          "the Cochrane Library documents NEXT without a number; guides describe `{}` as within {} words in the "
          "order typed",
          text_of(tokens_[pos_ - 1]), n);
      if (n <= 1) {
        sink_.report(DiagCode::W304, o.where, fmt::format("{}: read as NEXT, the next word", undocumented));
      } else {
        readings_.push_back(
            {DiagCode::W304, o.where,
             fmt::format("{}, which the language cannot say: read as NEAR/{}, in either order", undocumented, n),
             Effect::broader});
      }
    }
    return o;
  }

  // A word, as the language's word, or a phrase where the language would read it otherwise. A
  // `?` is read as the language's, exactly one character, though the Library's help leaves it
  // between one character and one character or none (docs/databases.md): said where it stands,
  // as perhaps finding fewer than the Library did (W301), in the direction of the place it holds.
  ast::Node word(std::string_view text, Span where) {
    if (text.find('?') != std::string_view::npos) {
      std::string without(text);
      std::erase(without, '?');
      readings_.push_back({DiagCode::W301, where,
                           fmt::format("the Cochrane Library's help does not say whether `?` also stands for no "
                                       "character (library guides say both): `{}` is read as one character, and "
                                       "the Library may also have found `{}`",
                                       text, without),
                           Effect::narrower});
    }
    if (needs_phrase(text)) return ast::Node{where, false, ast::Phrase{std::string(text)}};
    return ast::Node{where, false, ast::Term{std::string(text)}};
  }

  // The Register of Studies' `adj3`, `adj` or `NEAR5` at `t`, taken, or nullopt. How it counts
  // is undocumented (within n words, or n words between), so it is read as the wider, NEAR/n+1,
  // in either order (W304).
  std::optional<Op> register_operator(const Token& t) {
    const auto n = register_proximity(text_of(t));
    if (!n) return std::nullopt;
    ++pos_;
    Op o{fmt::format("near/{}", *n + 1), span(t)};
    if (*n + 1 > static_cast<std::uint64_t>(max_near_distance)) fail(o.where, outside_near_distances(text_of(t)));
    readings_.push_back({DiagCode::W304, o.where,
                         fmt::format("`{0}` is the Register of Studies' proximity operator, and whether it counts "
                                     "{1} as the words within or the words between is undocumented: read as "
                                     "NEAR/{2} in either order, the wider of the two",
                                     text_of(t), *n, *n + 1),
                         Effect::broader});
    return o;
  }

  // Operands and operators of one level, read as the Library reads them: NEXT and NEAR first
  // (of different kinds grouped from the left, W304), then words typed side by side, which the
  // Library ANDs (W307 where an OR or NOT is beside them), then AND, OR or NOT; AND, OR and NOT
  // mixed are refused (E302), since Cochrane documents no precedence.
  std::optional<ast::Node> expression() {
    auto first = operand();
    if (!first) return std::nullopt;
    ast::Nodes operands;
    operands.push_back(std::move(*first));
    bool descriptor = last_descriptor_;
    std::vector<Op> ops;
    while (const auto* t = peek()) {
      if (t->kind == Token::close) break;
      auto op = typed_operator().value_or(Op{"and", span(*t), false});
      auto next = operand();
      if (!next) return std::nullopt;
      if (!op.typed && (descriptor || last_descriptor_)) {
        // A MeSH browser's line ends with its tree choice: a word beside it is no part of it.
        const auto& beside = descriptor ? next->span : operands.back().span;
        fail(beside, fmt::format("cannot read `{}` beside a MeSH descriptor: the MeSH browser's line stands "
                                 "alone, or is joined to a search by AND, OR or NOT",
                                 source_text(beside)));
        return std::nullopt;
      }
      descriptor = last_descriptor_;
      operands.push_back(std::move(*next));
      ops.push_back(std::move(op));
    }
    if (ops.empty()) return std::move(operands.front());
    // Each NOT, and each change of proximity operator, nests what came before one level deeper.
    std::size_t nesting = 0;
    for (std::size_t i = 0; i < ops.size(); ++i) {
      if (ops[i].op == "not" || (i > 0 && proximity(ops[i].op) && ops[i].op != ops[i - 1].op)) ++nesting;
    }
    if (nesting > max_unparenthesised_chain) {
      fail(cover(ops.front().where, ops.back().where),
           fmt::format("more than {} NOT or proximity operators in a row without parentheses",
                       max_unparenthesised_chain));
      return std::nullopt;
    }
    const bool mixed = std::any_of(ops.begin(), ops.end(), [](const Op& o) { return proximity(o.op); }) &&
                       std::any_of(ops.begin(), ops.end(), [](const Op& o) { return !proximity(o.op); });
    ast::Nodes terms;
    std::vector<Op> booleans;
    bool regrouped = mixed;
    for (std::size_t i = 0; i < operands.size();) {
      ast::Nodes run;
      std::vector<std::string> run_ops;
      run.push_back(std::move(operands[i]));
      while (i < ops.size() && proximity(ops[i].op)) {
        run_ops.push_back(ops[i].op);
        run.push_back(std::move(operands[i + 1]));
        ++i;
      }
      if (std::adjacent_find(run_ops.begin(), run_ops.end(), std::not_equal_to<>()) != run_ops.end()) regrouped = true;
      terms.push_back(chain(std::move(run), run_ops));
      if (!run_ops.empty()) {
        lift_fields(terms.back());
        spread_side_by_side(terms.back());
      }
      if (i < ops.size()) booleans.push_back(ops[i]);
      ++i;
    }
    if (regrouped) {
      // No direction: where the Library groups otherwise, the reading finds other records, more
      // or fewer, and no source says which.
      auto& d = sink_.report(DiagCode::W304, cover(terms.front().span, terms.back().span),
                             "Cochrane does not document how these operators group without parentheses: NEXT and "
                             "NEAR are read first, then from the left, which finds other records than the Library "
                             "found if it groups them otherwise");
      d.direction = Direction::different;
      d.notes.emplace_back(
          "as in `\"heart attack\" OR (hearing NEXT aid*)` and `(bone NEXT marrow) NEAR/2 transplant*`");
    }
    if (booleans.empty()) return std::move(terms.front());
    if (std::all_of(booleans.begin(), booleans.end(), [](const Op& o) { return o.op == "and"; })) {
      auto result = chain(std::move(terms), std::vector<std::string>(booleans.size(), "and"));
      result.grouped = false;
      if (std::none_of(booleans.begin(), booleans.end(), [](const Op& o) { return o.typed; }))
        mark_side_by_side(result);
      return result;
    }
    // Words typed side by side: the Library ANDs them, before the operators written around them.
    ast::Nodes groups;
    std::vector<Op> typed;
    for (std::size_t i = 0; i < terms.size();) {
      ast::Nodes run;
      run.push_back(std::move(terms[i]));
      while (i < booleans.size() && !booleans[i].typed) {
        run.push_back(std::move(terms[i + 1]));
        ++i;
      }
      if (run.size() > 1) {
        groups.push_back(make("and", std::move(run)));
        groups.back().grouped = true;
        mark_side_by_side(groups.back());
        sink_.report(DiagCode::W307, groups.back().span,
                     fmt::format("words typed side by side are ANDed by the Cochrane Library, before the operators "
                                 "around them: read as `({})`",
                                 format_expression(groups.back())));
      } else {
        groups.push_back(std::move(run.front()));
      }
      if (i < booleans.size()) typed.push_back(booleans[i]);
      ++i;
    }
    const auto other = std::find_if(typed.begin(), typed.end(), [&](const Op& o) { return o.op != typed.front().op; });
    if (other != typed.end()) {
      refuse_mixed(groups, typed, static_cast<std::size_t>(other - typed.begin()));
      return std::nullopt;
    }
    auto result = chain(std::move(groups), std::vector<std::string>(typed.size(), typed.front().op));
    result.grouped = false;
    return result;
  }

  // A proximity search whose operands carry the same field label, on each (`(a):ti near/4
  // (b):ti`) or on some (`(vein* or ven*) near thromb*:ti,ab,kw`), is that proximity search in
  // those fields: words near each other stand in the same field (W307 where some have none).
  // Different labels stay inside, where resolve refuses them (E111).
  void lift_fields(ast::Node& node) {
    auto* near = std::get_if<ast::Near>(&node.kind);
    if (near == nullptr) return;
    for (auto& operand : near->operands) lift_fields(operand);
    const ast::Fielded* first = nullptr;
    bool bare = false;
    for (const auto& operand : near->operands) {
      const auto* f = std::get_if<ast::Fielded>(&operand.kind);
      if (f == nullptr) {
        bare = true;
      } else if (first == nullptr) {
        first = f;
      } else if (!(f->fields.subset_of(first->fields) && first->fields.subset_of(f->fields))) {
        return;
      }
    }
    if (first == nullptr) return;
    auto names = first->names;
    const auto fields = first->fields;
    for (auto& operand : near->operands) {
      if (auto* f = std::get_if<ast::Fielded>(&operand.kind)) {
        auto body = std::move(f->body.front());
        operand = std::move(body);
      }
    }
    ast::Nodes inner;
    inner.push_back(std::move(node));
    inner.front().grouped = true;
    node = ast::Node{inner.front().span, false, ast::Fielded{std::move(names), fields, std::move(inner)}};
    if (bare) {
      sink_.report(DiagCode::W307, node.span,
                   fmt::format("words near each other stand in the same field, so the field label applies to the "
                               "whole proximity search: read as `{}`",
                               format_expression(node)));
    }
  }

  // The AND of words typed side by side, remembered by its first and last operand, which keep
  // their spans when parentheses are put around it.
  void mark_side_by_side(const ast::Node& node) {
    if (const auto* b = std::get_if<ast::Bool>(&node.kind)) {
      side_by_side_.emplace(b->operands.front().span.begin, b->operands.back().span.end);
    }
  }
  bool is_side_by_side(const ast::Node& node) const {
    const auto* b = std::get_if<ast::Bool>(&node.kind);
    return b != nullptr && b->op == ast::BoolOp::and_ &&
           side_by_side_.count({b->operands.front().span.begin, b->operands.back().span.end}) > 0;
  }

  // Words typed side by side inside a NEAR operand (`(Mattress* or blanket*) near (warm water or
  // Electric)`, corpus files 008 and 009). The Library ANDs words typed together (C1, "Searching
  // multiple terms") and documents no reading of them inside NEAR; the language has no AND
  // there (E111). Read as each word near the other side, the wider of the two readings (the
  // other is the phrase), with W304: `x NEAR (a b OR c)` is `((x NEAR a) AND (x NEAR b)) OR
  // (x NEAR c)`. NEXT, a typed AND and chains of three operands stay as read, for resolve to
  // refuse (E111). `node` is a proximity search, or one in a field scope (lift_fields).
  void spread_side_by_side(ast::Node& node) {
    auto* target = &node;
    if (auto* f = std::get_if<ast::Fielded>(&node.kind)) target = &f->body.front();
    const auto* near = std::get_if<ast::Near>(&target->kind);
    if (near == nullptr || near->ordered || near->operands.size() != 2) return;
    for (std::size_t side = 0; side < 2; ++side) {
      const auto& operand = near->operands[side];
      const auto& other = near->operands[1 - side];
      ast::Nodes groups;
      ast::Nodes rest;
      if (is_side_by_side(operand)) {
        groups.push_back(operand);
      } else if (const auto* b = std::get_if<ast::Bool>(&operand.kind); b != nullptr && b->op == ast::BoolOp::or_) {
        for (const auto& alternative : b->operands)
          (is_side_by_side(alternative) ? groups : rest).push_back(alternative);
      }
      if (groups.empty()) continue;
      const auto pair = [&](ast::Node word) {
        ast::Nodes both;
        both.push_back(side == 0 ? std::move(word) : other);
        both.push_back(side == 0 ? other : std::move(word));
        auto result = make(fmt::format("near/{}", near->distance), std::move(both));
        result.grouped = true;
        spread_side_by_side(result);  // the other side may hold words side by side too
        return result;
      };
      ast::Nodes alternatives;
      for (const auto& group : groups) {
        ast::Nodes each;
        for (const auto& word : std::get<ast::Bool>(group.kind).operands) each.push_back(pair(word));
        alternatives.push_back(make("and", std::move(each)));
        alternatives.back().grouped = true;
      }
      if (rest.size() == 1) alternatives.push_back(pair(std::move(rest.front())));
      if (rest.size() > 1) {
        auto others = make("or", std::move(rest));
        others.grouped = true;
        alternatives.push_back(pair(std::move(others)));
      }
      auto spread = alternatives.size() == 1 ? std::move(alternatives.front()) : make("or", std::move(alternatives));
      spread.grouped = true;
      spread.span = target->span;
      readings_.push_back(
          {DiagCode::W304,
           target->span,
           fmt::format("Cochrane does not document how it reads words typed side by side inside NEAR: read as "
                       "each word near the other side, `{}`, not as the words as a phrase",
                       format_expression(spread)),
           Effect::broader,
           {"the Library ANDs words typed together (Search Manager help, \"Searching multiple terms\"); put the "
            "words in quotation marks or join them with NEXT to search them as a phrase"}});
      *target = std::move(spread);
      return;
    }
  }

  // AND, OR and NOT mixed without parentheses (E302), with the two readings of the first mix:
  // `groups` joined by `ops`, the first op that differs from the one before it at `other`.
  void refuse_mixed(const ast::Nodes& groups, const std::vector<Op>& ops, std::size_t other) {
    const auto upper = [](const std::string& op) {
      return fmt::format("{}", op == "and" ? "AND" : op == "or" ? "OR" : "NOT");
    };
    std::string left;
    for (std::size_t i = 0; i <= other; ++i) {
      if (i > 0) left += fmt::format(" {} ", upper(ops[i - 1].op));
      left += format_expression(groups[i]);
    }
    const auto last = format_expression(groups[other]);
    const auto right = format_expression(groups[other + 1]);
    const auto rest = other + 1 < ops.size() ? " ..." : "";
    const auto before = left.substr(0, left.size() - last.size());
    auto& d = sink_.report(
        DiagCode::E302, cover(ops.front().where, ops[other].where),
        fmt::format("`{}` and `{}` are mixed without parentheses, and Cochrane does not document which applies first",
                    ops.front().op, ops[other].op));
    d.notes.emplace_back(fmt::format("it reads as `({}) {} {}{}` or as `{}({} {} {}){}`", left, upper(ops[other].op),
                                     right, rest, before, last, upper(ops[other].op), right, rest));
    d.notes.emplace_back("add the parentheses the search means, then import it again");
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
    // the operator's distance is checked where it is read (`typed_operator`)
    const int distance = op == "next" ? 1 : static_cast<int>(read_digits(std::string_view(op).substr(5), 100));
    return {whole, false, ast::Near{std::max(distance, 1), op == "next", std::move(operands)}};
  }

  std::optional<ast::Node> operand() {
    last_descriptor_ = false;
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
        last_descriptor_ = false;
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
        if (descriptors_.count(token.offset) > 0) {
          auto heading = descriptor(text_of(token), span(token), register_, sink_, readings_);
          if (!heading) fail(span(token), fmt::format("cannot read the MeSH descriptor in `{}`", text_of(token)));
          last_descriptor_ = true;
          return heading;
        }
        if (operator_of(text_of(token)) || (register_ && register_proximity(text_of(token)))) {
          fail(span(token), fmt::format("`{}` has no search before it", text_of(token)));
          return std::nullopt;
        }
        auto text = text_of(token);
        std::string_view labels;
        const auto colon = text.find(':');
        if (colon != std::string_view::npos) {
          labels = text.substr(colon + 1);
          text = text.substr(0, colon);
        }
        if (text.empty()) {  // `:ti,ab` after a group is the caller's business; here it follows nothing
          fail(span(token), fmt::format("`{}` follows no search", text_of(token)));
          return std::nullopt;
        }
        const auto hash = text.find('#');
        if (text.size() > 1 && text.front() == '#' && all_digits(text.substr(1))) {
          node = reference(read_digits(text.substr(1), 1'000'000), span(token));
        } else if (hash != std::string_view::npos && hash + 1 < text.size() && text[hash + 1] >= '0' &&
                   text[hash + 1] <= '9') {
          fail(span(token), fmt::format("cannot read `{}`: a line number stands alone (`#7`), or in braces "
                                        "(`{{OR #1-#7}}`)",
                                        text));
          return std::nullopt;
        } else {
          node = word(text, span(token));
        }
        if (!node) return std::nullopt;
        // `5 FU*` (corpus file 013): the Library names a line only as `#5` (database-syntax.md 1.6),
        // so a bare number is a word, even where the history has a line of that number (unverified)
        if (all_digits(text) && history_.has(read_digits(text, 1'000'000))) {
          sink_.report(DiagCode::W307, span(token),
                       fmt::format("`{0}` is searched as a word, as the Cochrane Library searches it: the Library "
                                   "names line {0} only as `#{0}`",
                                   text));
        }
        if (const auto what = foreign_operator(text)) {
          sink_.report(DiagCode::W311, span(token),
                       fmt::format("`{}` is {}, which the Cochrane Library does not have: the Library searched it "
                                   "as a word, and so does this import",
                                   text, *what));
        }
        if (colon != std::string_view::npos) return fielded(std::move(*node), labels, span(token));
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
    for (const auto spaced : written) {
      const auto label = trim(spaced);
      const auto* code = find_field_code(field_labels(), label);
      if (code == nullptr) {
        fail(where, fmt::format("`:{}` is not a field label of the Cochrane Library", label));
        return std::nullopt;
      }
      if (!code->note.empty()) field_reading(*code, std::string(code->note), where, notes_, readings_);
      for (const auto f : code->fields.members()) {
        fields.insert(f);
        names.push_back({std::string(field_name(f)), where});  // `:KY` is the language's `kw`
      }
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
    ast::Nodes refs;
    for (const auto written : split(std::string_view(inner).substr(space + 1), ',')) {
      // `#1-#4`, `#1 - #4`: the items are separated by commas, never by spaces (`#1 #2` is not `#12`)
      std::string item;
      for (const char c : written) {
        if (c != '#' && c != ' ') item += c;
      }
      const auto parts = split(written, '-');
      if (std::any_of(parts.begin(), parts.end(),
                      [](std::string_view p) { return trim(p).find(' ') != std::string_view::npos; })) {
        fail(span(token), fmt::format("cannot read `{}` in `{}`: the Cochrane Library separates the lines of a list "
                                      "with commas, `{{OR #1, #2}}`",
                                      trim(written), text_of(token)));
        return std::nullopt;
      }
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
  bool register_;
  ReadingNotes& notes_;
  std::vector<DirectedReading>& readings_;  // said once every line is read (say_directed)
  std::string_view line_;                   // the line being read, which starts at `line_offset_` in the source
  std::uint32_t line_offset_ = 0;
  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  std::set<std::uint32_t> descriptors_;  // the offsets of the tokens that are MeSH browser's lines
  bool last_descriptor_ = false;         // whether the operand read last is one of them
  // The ANDs of words typed side by side (mark_side_by_side), by their operands' first and last byte.
  std::set<std::pair<std::uint32_t, std::uint32_t>> side_by_side_;
};

// The Library's date-limit wording, as the export prints it before a range (central::read_limit;
// corpus file 004 prints `Publication Year from` without `with`).
constexpr std::array<std::string_view, 3> limit_wording = {" with cochrane library publication date",
                                                           " with publication year", " publication year from"};

// Where `text` still holds the Library's date-limit wording, outside quotes and as whole words,
// once read_suffixes has taken off every limit read_limit reads: the wording's offset (from its
// `with`) in `text`, or npos. Read as words it would search `with AND Cochrane AND ...` and drop
// the limit, so the caller refuses it.
std::size_t unread_limit_wording(std::string_view text) {
  const auto l = lower(text);
  for (const auto wording : limit_wording) {
    for (auto at = l.find(wording); at != std::string::npos; at = l.find(wording, at + 1)) {
      const auto end = at + wording.size();
      const bool word_end = end == l.size() || !is_ascii_letter(l[end]);
      const bool quoted = std::count(l.begin(), l.begin() + static_cast<std::ptrdiff_t>(at), '"') % 2 == 1;
      if (word_end && !quoted) return at + 1;
    }
  }
  return std::string_view::npos;
}

// What the export appends to a line, taken off its end, last first: the Library's record of word
// variations (the line's `variations`), of the results tab (carried as the line's comment, W302),
// and its date limits. False, with E301 at the wording, where the line holds the Library's
// date-limit wording in a form not read as a limit (an open end `from Jan 2014`, a day's date
// `Between 01/01/2014 and ...`, a month misspelt): no export in the corpora prints those, so
// each is refused rather than read as search words.
bool read_suffixes(std::string_view& text, std::uint32_t offset, ast::Line& line, std::string& comment,
                   DiagnosticSink& sink) {
  std::vector<std::string> notes;
  const auto cut = [&](std::size_t at) {
    const Span where{offset + static_cast<std::uint32_t>(at), offset + static_cast<std::uint32_t>(text.size())};
    text = text.substr(0, at);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    return where;
  };
  for (bool found = true; found;) {
    const auto l = lower(text);
    found = false;
    if (l.size() > word_variations.size() && l.ends_with(lower(word_variations))) {
      // the language's `variations`, which each database's writer runs or reports (W116, N002)
      line.variations = cut(l.size() - word_variations.size());
      found = true;
      continue;
    }
    for (const auto product : products) {
      const auto tail = lower(fmt::format(" in {}", product));
      if (l.size() <= tail.size() || !l.ends_with(tail)) continue;
      auto at = l.size() - tail.size();
      if (at > 0 && l[at - 1] == ',') --at;
      const auto where = cut(at + (l[at] == ',' ? 0 : 1));
      if (product == trials_product) {
        sink.report(DiagCode::W302, where,
                    "the Library showed this line's results in its Trials tab, which is CENTRAL: the language cannot "
                    "name a tab, so `in Trials` is carried as the line's comment; compiled for another database, "
                    "the line finds all of that database's records, not only trials");
      } else {
        sink.report(DiagCode::W302, where,
                    fmt::format("the Library showed this line's results in its {} tab, not in CENTRAL's Trials: the "
                                "language cannot name a tab, so `in {}` is carried as the line's comment; compiled for "
                                "CENTRAL the line finds trials instead",
                                product, product));
      }
      notes.emplace(notes.begin(), fmt::format("results tab: in {}", product));
      found = true;
      break;
    }
    if (found) continue;
    for (const auto set : register_sets) {
      const auto tail = lower(fmt::format(" and {}", set));
      if (l.size() <= tail.size() || !l.ends_with(tail)) continue;
      const auto where = cut(l.size() - tail.size() + 1);
      const bool central = set == register_sets.front();
      sink.report(DiagCode::W302, where,
                  fmt::format("the Register of Studies ANDed this line with {}, a set of its own records: the language "
                              "cannot name it, so `AND {}` is carried as the line's comment, read as applying to the "
                              "whole line; {}",
                              central ? "CENTRAL's records" : "the records of the group's register", set,
                              central ? "compiled for CENTRAL the line finds CENTRAL's records, and for another "
                                        "database all of that database's"
                                      : "compiled for CENTRAL the line finds CENTRAL's records instead"));
      notes.emplace(notes.begin(), fmt::format("Register of Studies: AND {}", set));
      found = true;
      break;
    }
    if (found) continue;
    if (auto limit = read_limit(text, offset)) {
      line.limits.insert(line.limits.begin(), std::move(*limit));
      while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
      found = true;
    }
  }
  for (const auto& note : notes) comment += (comment.empty() ? "" : "; ") + note;
  if (const auto at = unread_limit_wording(text); at != std::string_view::npos) {
    sink.report(DiagCode::E301,
                {offset + static_cast<std::uint32_t>(at), offset + static_cast<std::uint32_t>(text.size())},
                fmt::format("`{}` is the Library's date limit in a form searchc does not read as one, and as words "
                            "it would search them instead of limiting the line; it reads `with Cochrane Library "
                            "publication date Between Jan 2014 and Jul 2021` (or `from Jan 2014 to Jul 2021`), `with "
                            "Publication Year from 1990 to 2021`, and `from 2009 to 2013`: both ends, months by name",
                            text.substr(at)));
    return false;
  }
  return true;
}

}  // namespace

Imported read(const SourceFile& source, DiagnosticSink& sink) {
  std::vector<DirectedReading> readings;  // their direction is said once every line is read
  Imported out;
  out.from = "Cochrane CENTRAL";
  History history;
  ast::Database record{"central", {}, {}, {}};
  std::uint64_t next_number = 1;
  // The layout of the Search Manager's history (docs/import.md, "The layout of a pasted
  // history"): a hit count may follow a field list (`:ti,ab,kw`), a group, a bracket, a product
  // (`in Trials`) or a descriptor's `explode all trees`, `this term only`, `explode tree 1`.
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
            for (const auto product : products) {  // `#3 and #6 in Trials 9`
              if (l.ends_with(fmt::format(" in {}", lower(product)))) return true;
            }
            if (!l.starts_with("mesh descriptor")) return false;
            auto end = std::string_view(l);
            while (!end.empty() && is_ascii_digit(end.back())) end.remove_suffix(1);
            return l.ends_with("trees") || l.ends_with("only") || (end.size() < l.size() && end.ends_with("tree "));
          },
  };
  const auto lines = history_lines(source, layout, sink, &record.entries);
  std::optional<Span> mark;
  for (const auto& h : lines) {
    if (const auto piece = register_mark(h.text)) {
      const auto at = h.offset + static_cast<std::uint32_t>(piece->data() - h.text.data());
      mark = Span{at, at + static_cast<std::uint32_t>(piece->size())};
      break;
    }
  }
  if (mark) {
    sink.report(DiagCode::W314, *mark,
                "this is the Cochrane Register of Studies' syntax, not the Cochrane Library's: read by the forms the "
                "Register's published strategies show (`:TI,AB,KY`, `adj3` and `NEAR5` as proximity, `AND "
                "CENTRAL:TARGET`), each reading said where it stands, since the Register's help is not public");
  }
  ReadingNotes notes(sink);
  for (const auto& h : lines) {
    auto text = h.text;
    const auto number = h.number.value_or(next_number);
    next_number = number + 1;
    const Span whole{h.offset, h.offset + static_cast<std::uint32_t>(text.size())};
    ast::Line line;
    line.name = line_name(number);
    line.name_span = whole;
    line.span = whole;
    std::string comment;
    if (!read_suffixes(text, h.offset, line, comment, sink)) {
      history.unread(number);
      continue;
    }
    Reader reader(sink, history, mark.has_value(), notes, readings);
    if (auto node = reader.read(text, h.offset)) {
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
  say_directed(out.strategy.lines, readings, sink);
  if (!record.entries.empty()) out.strategy.databases.push_back(std::move(record));
  return out;
}

}  // namespace searchc::central
