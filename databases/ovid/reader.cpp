// The importer of Ovid's databases. The syntax is databases/ovid/syntax.hpp's, with its sources
// in docs/databases.md ("Ovid MEDLINE (`ovid`)"); each database gives its field codes and its
// thesaurus (`Platform`), so Embase and APA PsycInfo on Ovid read as MEDLINE does.
//
// Ovid reads words side by side as one phrase, `exp X/` and `X/` as subject headings (`*X/`
// focused, `X/dt` with a qualifier, `dt.fs.` floating), `.ti,ab.` as fields after a word or a
// group, `adjN` as within N words (N - 1 between, the language's NEAR/N), bare `adj` as next
// to each other in order, `$` and `:` as truncation, `#` as one character, bare numbers and
// `or/1-5` as earlier lines, and `limit N to ...` as a new search. Its precedence is not
// documented, so operators mixed without parentheses are refused (E302). Ovid takes commands,
// field codes and qualifiers in either case. Its commands `remove duplicates from N` and
// `... use <segment>` (multi-file searching), its notes in square brackets and its frequency
// operator `/freq=n` are read as the search they keep, with what the language cannot say
// carried as the line's comment (W302). docs/import.md, "Ovid MEDLINE", cites each rule.
#include "databases/ovid/ovid.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "base/text.hpp"
#include "base/visit.hpp"
#include "compiler/fields.hpp"
#include "compiler/format.hpp"
#include "compiler/limits.hpp"
#include "databases/history.hpp"
#include "databases/import.hpp"
#include "databases/ovid/syntax.hpp"
#include "databases/reader.hpp"

namespace searchc::ovid {
namespace {

using namespace import;

// What stands in a line for a search of entry dates until the line is read to its end: the
// language has entry dates only as a limit on a search.
bool is_dates(const ast::Node& node) {
  const auto* n = std::get_if<ast::Native>(&node.kind);
  return n != nullptr && n->text.empty();
}

class LineReader {
 public:
  LineReader(const Platform& database, DiagnosticSink& sink, const History& history, ReadingNotes& notes,
             std::vector<DirectedReading>& readings)
      : database_(database), sink_(sink), history_(history), notes_(notes), readings_(readings) {}

  // One search; nullopt when it cannot be read (reported).
  std::optional<ast::Node> read(std::string_view text, std::uint32_t offset) {
    line_ = text;
    line_offset_ = offset;
    tokens_.clear();
    all_text_.clear();
    pos_ = 0;
    if (!tokenize(text, offset)) return std::nullopt;
    if (tokens_.empty()) {
      fail({offset, offset}, "this line has no search");
      return std::nullopt;
    }
    if (auto list = combination()) return list;
    if (failed_) return std::nullopt;
    auto node = expression();
    if (!node) return std::nullopt;
    if (pos_ < tokens_.size()) {
      const auto& t = tokens_[pos_];
      fail(span(t),
           t.kind == Token::close ? "a `)` has no matching `(`" : fmt::format("cannot read `{}` here", text_of(t)));
      return std::nullopt;
    }
    if (!fields_within_proximity(*node)) return std::nullopt;
    outside_suffixes(*node);
    return node;
  }

  // `or/1 - 2`, `OR 1-14`, `and/1, 3-5`: a combination of lines, with spaces Ovid's own form
  // `or/1-14` does not have; nullopt when the line is no such thing.
  std::optional<ast::Node> combination() {
    const auto first = text_of(tokens_.front());
    const auto op = lower(first.substr(0, first.find('/')));
    if (op != "or" && op != "and") return std::nullopt;
    const bool slash = first.find('/') != std::string_view::npos;
    std::string list(slash ? first.substr(first.find('/') + 1) : std::string_view());
    for (std::size_t i = 1; i < tokens_.size(); ++i) {
      if (tokens_[i].kind != Token::word) return std::nullopt;
      list += text_of(tokens_[i]);
    }
    if (list.empty() || list.find_first_not_of("0123456789,-") != std::string::npos) return std::nullopt;
    if (tokens_.size() == 1 && slash) return std::nullopt;  // Ovid's own `or/1-5`, read by words()
    const Span where = cover(span(tokens_.front()), span(tokens_.back()));
    const auto written = fmt::format("{}/{}", op, list);
    if (!slash) {
      sink_.report(
          DiagCode::W308, where,
          fmt::format("`{}` is read as `{}`, Ovid's combination of these lines", text_of_span(where), written));
    }
    return line_list(written, where);
  }

  std::vector<std::string> kept;  // what the line holds that the language cannot say: its comment

  // `or/1-5`, `and/2,4-6`: the lines, or nullopt when `word` is no such list.
  std::optional<ast::Node> line_list(std::string_view word, Span where) {
    const auto slash = word.find('/');
    if (slash == std::string_view::npos) return std::nullopt;
    const auto op = lower(word.substr(0, slash));
    if (op != "or" && op != "and") return std::nullopt;
    ast::Nodes refs;
    std::string list(word.substr(slash + 1));
    // Ovid exports sometimes carry U+2010 or U+2013 for the hyphen of a range.
    for (const std::string_view dash : {"\u2010", "\u2013"}) {
      for (auto at = list.find(dash); at != std::string::npos; at = list.find(dash)) list.replace(at, dash.size(), "-");
    }
    for (std::size_t p = 0; p < list.size();) {
      const auto comma = std::min(list.find(',', p), list.size());
      const auto item = std::string_view(list).substr(p, comma - p);
      const auto dash = item.find('-');
      const auto first = item.substr(0, dash);
      const auto last = dash == std::string_view::npos ? first : item.substr(dash + 1);
      if (!all_digits(first) || !all_digits(last)) return std::nullopt;
      const auto from = read_digits(first, 1'000'000);
      const auto to = read_digits(last, 1'000'000);
      if (to < from || to - from > 10'000) {
        fail(where, fmt::format("`{}` is not a range of lines", item));
        return std::nullopt;
      }
      for (auto n = from; n <= to; ++n) {
        auto ref = reference(n, where);
        if (!ref) return std::nullopt;
        refs.push_back(std::move(*ref));
      }
      p = comma + 1;
    }
    if (refs.empty()) {
      fail(where, fmt::format("`{}` names no lines", word));
      return std::nullopt;
    }
    if (refs.size() == 1) return std::move(refs.front());
    refs.shrink_to_fit();
    return ast::Node{where, false, ast::Bool{op == "or" ? ast::BoolOp::or_ : ast::BoolOp::and_, std::move(refs)}};
  }

  std::optional<ast::Node> reference(std::uint64_t number, Span where) {
    auto ref = history_.reference(number, where, fmt::format("line {}", number), sink_);
    if (!ref) failed_ = true;
    return ref;
  }

  void fail(Span where, std::string message) {
    sink_.report(DiagCode::E301, where, std::move(message));
    failed_ = true;
  }

  std::vector<ast::Limit> dates;  // the entry-date searches read, in order

 private:
  std::string_view text_of(const Token& t) const { return token_text(t, line_, line_offset_); }
  std::string_view text_of_span(Span s) const { return line_.substr(s.begin - line_offset_, s.end - s.begin); }

  bool tokenize(std::string_view text, std::uint32_t offset) {
    const auto add = [&](Token::Kind kind, std::size_t from, std::size_t to) {
      tokens_.push_back({offset + static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to - from), kind});
    };
    for (std::size_t i = 0; i < text.size();) {
      const char c = text[i];
      const auto at = offset + static_cast<std::uint32_t>(i);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {  // a line break within a search is a space
        ++i;
      } else if (c == '(' || c == ')') {
        add(c == '(' ? Token::open : Token::close, i, i + 1);
        ++i;
      } else if (c == '"') {
        auto end = text.find('"', i + 1);
        if (end == std::string_view::npos) {
          fail({at, at + 1}, "this quotation is never closed");
          return false;
        }
        // A field suffix may follow the closing quotation mark: "heart attack".ti.
        auto stop = end + 1;
        while (stop < text.size() && std::string_view(" \t\r\n()").find(text[stop]) == std::string_view::npos) ++stop;
        add(Token::phrase, i, stop);
        i = stop;
      } else if (c == '[') {
        // a note: `[not exploded]`, `[publication type]`, `[Surgery]`
        const auto end = text.find(']', i + 1);
        if (end == std::string_view::npos) {
          fail({at, at + 1}, "this `[` is never closed");
          return false;
        }
        add(Token::bracket, i, end + 1);
        i = end + 1;
      } else {
        auto end = i;
        while (end < text.size() && std::string_view(" \t\r\n()\"[").find(text[end]) == std::string_view::npos) ++end;
        // `asthma.ab./freq=2`: the frequency operator is a token of its own
        const auto freq = lower(text.substr(i, end - i)).find(frequency_word);
        if (freq != std::string::npos && freq > 0) {
          add(Token::word, i, i + freq);
          add(Token::word, i + freq, end);
        } else {
          add(Token::word, i, end);
        }
        i = end;
      }
    }
    return true;
  }

  const Token* peek() const { return pos_ < tokens_.size() ? &tokens_[pos_] : nullptr; }

  // One kind of operator per level of parentheses, as the language requires.
  std::optional<ast::Node> expression() {
    auto first = operand();
    if (!first) return std::nullopt;
    trailers(*first);
    ast::Nodes operands;
    operands.push_back(std::move(*first));
    std::optional<std::string> op;
    Span op_span;
    while (const auto* t = peek()) {
      if (t->kind != Token::word || !is_ovid_operator(text_of(*t))) break;
      const auto this_op = lower(text_of(*t));
      if (op && *op != this_op) {
        refuse_mixed(operands, *op, *t);
        return std::nullopt;
      }
      op = this_op;
      op_span = span(*t);
      ++pos_;
      // `or or`: the operator doubled, which joins nothing more
      if (const auto* again = peek(); again != nullptr && again->kind == Token::word && iequal(text_of(*again), *op)) {
        sink_.report(DiagCode::W308, cover(op_span, span(*again)),
                     fmt::format("`{0} {0}`: the doubled operator is read once, as Ovid reads it", *op));
        ++pos_;
      }
      auto next = operand();
      if (!next) return std::nullopt;
      trailers(*next);
      operands.push_back(std::move(*next));
    }
    if (operands.size() == 1) return std::move(operands.front());
    operands.shrink_to_fit();  // what the list grew by and does not use would stay as long as the tree
    const Span whole = cover(operands.front().span, operands.back().span);
    if (*op == "not" && operands.size() > max_unparenthesised_chain + 1) {  // each NOT nests the one before
      fail(whole, fmt::format("more than {} NOT or proximity operators in a row without parentheses",
                              max_unparenthesised_chain));
      return std::nullopt;
    }
    if (*op == "and" || *op == "or") {
      return ast::Node{whole, false,
                       ast::Bool{*op == "and" ? ast::BoolOp::and_ : ast::BoolOp::or_, std::move(operands)}};
    }
    if (*op == "not") {
      // a not b not c is (a not b) not c
      ast::Node left = std::move(operands.front());
      for (std::size_t i = 1; i < operands.size(); ++i) {
        ast::Nodes pair;
        pair.push_back(std::move(left));
        pair.push_back(std::move(operands[i]));
        left = ast::Node{cover(pair.front().span, pair.back().span), true, ast::Not{std::move(pair)}};
      }
      return left;
    }
    const int distance = *op == adjacent_word
                             ? 1
                             : static_cast<int>(read_digits(std::string_view(*op).substr(adjacent_word.size()), 100));
    if (distance < 1 || distance > 100) {
      fail(op_span, fmt::format("`{}` is outside the distances the language has (1 to 100)", *op));
      return std::nullopt;
    }
    return same_fields_outside(ast::Node{whole, false, ast::Near{distance, *op == adjacent_word, std::move(operands)}});
  }

  // Refuses `a or b and c` (E302) and says the two readings Ovid might give it.
  void refuse_mixed(const ast::Nodes& before, std::string_view op, const Token& second) {
    // the searches before the last one, shortened past two: `a or b or c and d` shows `... or c`
    const auto last = text_of_span(before.back().span);
    const std::string first_part =
        before.size() > 2 ? fmt::format("... {} ", op)
                          : std::string(text_of_span({before.front().span.begin, before.back().span.begin}));
    const auto* next = pos_ + 1 < tokens_.size() ? &tokens_[pos_ + 1] : nullptr;
    std::string right = "...";
    if (next != nullptr && next->kind != Token::close) {
      const bool more = pos_ + 2 < tokens_.size() && tokens_[pos_ + 2].kind != Token::close;
      right = fmt::format("{}{}", text_of(*next), more ? " ..." : "");
    }
    const auto second_op = text_of(second);
    auto& d = sink_.report(
        DiagCode::E302, cover(before.back().span, span(second)),
        fmt::format("`{}` and `{}` are mixed without parentheses, and Ovid does not document which "
                    "applies first: this reads as `({}{}) {} {}` or as `{}({} {} {})`",
                    op, second_op, first_part, last, second_op, right, first_part, last, second_op, right));
    d.notes.emplace_back("add the parentheses the search means in the Ovid strategy, then import it again");
    failed_ = true;
  }

  // After a search: Ovid's notes in square brackets and its frequency operator, which the
  // language cannot say; both are kept as the line's comment (W302). A note saying that a
  // heading is a publication type, `exp clinical trial/ [publication type]`, makes it one.
  void trailers(ast::Node& node) {
    while (const auto* t = peek()) {
      const auto text = text_of(*t);
      if (t->kind == Token::bracket) {
        ++pos_;
        const auto inside = fold_space(text.substr(1, text.size() - 2));
        auto* h = std::get_if<ast::Heading>(&node.kind);
        if (h != nullptr && h->qualifiers.empty() && (iequal(inside, "publication type") || iequal(inside, "pt"))) {
          sink_.report(DiagCode::W303, cover(node.span, span(*t)),
                       fmt::format("the note `{}` says this is a publication type: read as the publication type "
                                   "`\"{}\"[pt]`, not as a subject heading{}",
                                   text, h->label,
                                   h->explode ? "; the narrower publication types `exp` adds are not named" : ""));
          const auto where = cover(node.span, span(*t));
          auto label = h->label;
          node = ast::field_scope(where, FieldSet{Field::publication_type},
                                  ast::Node{where, false, ast::Phrase{std::move(label)}});
          continue;
        }
        sink_.report(DiagCode::W302, span(*t),
                     fmt::format("the note `{}` is not part of Ovid's search: it is kept as the line's comment", text));
        kept.emplace_back(text);
        continue;
      }
      if (t->kind == Token::word && iequal(text.substr(0, frequency_word.size()), frequency_word)) {
        ++pos_;
        readings_.push_back({DiagCode::W302, span(*t),
                             fmt::format("`{}` (Ovid's frequency operator: the search's words at least {} times in "
                                         "the field) has no counterpart in the language, and is kept as the line's "
                                         "comment: the search is read without it",
                                         text, text.substr(frequency_word.size())),
                             Effect::broader});
        kept.emplace_back(fmt::format("Ovid: {}", text));
        continue;
      }
      break;
    }
  }

  // The inner fields of a proximity search under an outer one, `((a or b).tw. adj3 c).tw.`:
  // each inner scope that covers the outer fields adds nothing and is dropped.
  static void drop_inner_fields(ast::Node& body, FieldSet outer) {
    auto* near = std::get_if<ast::Near>(&body.kind);
    if (near == nullptr) return;
    for (auto& o : near->operands) {
      auto* f = std::get_if<ast::Fielded>(&o.kind);
      if (f != nullptr && f->names.empty() && outer.subset_of(f->fields)) {
        auto inner = std::move(f->body.front());
        o = std::move(inner);
      }
    }
  }

  // A field scope left inside a proximity search: the two sides are in different fields,
  // which the language cannot search within a distance of each other (E301).
  bool fields_within_proximity(const ast::Node& node) {
    const auto inside = field_scope_in_proximity(node);
    if (!inside) return true;
    fail(*inside,
         "this side of the proximity operator is searched in other fields than the other side; the language "
         "searches words within a distance of each other only in one field scope");
    return false;
  }

  std::optional<ast::Node> operand() {
    const auto* t = peek();
    if (t == nullptr) {
      const auto end = tokens_.empty() ? 0U : span(tokens_.back()).end;
      fail({end, end}, "an operator has no search after it");
      return std::nullopt;
    }
    if (t->kind == Token::open) {
      const auto open = *t;
      // (2012 or 2013).ed.: numbers in a group with a field are terms, not lines
      const bool fielded_group = group_has_field(pos_);
      ++pos_;
      // `(or jcd or cjd)`: an operator right after `(` joins nothing
      if (const auto* op = peek();
          op != nullptr && op->kind == Token::word && is_ovid_operator(text_of(*op)) && !iequal(text_of(*op), "not")) {
        sink_.report(DiagCode::W308, span(*op),
                     fmt::format("`{}` right after `(` joins nothing: it is left out, as Ovid reads it", text_of(*op)));
        ++pos_;
      }
      if (fielded_group) ++fielded_groups_;
      auto inner = expression();
      if (fielded_group) --fielded_groups_;
      if (!inner) return std::nullopt;
      if (!peek() || peek()->kind != Token::close) {
        fail(span(open), "this `(` is never closed");
        return std::nullopt;
      }
      const auto close = *peek();
      ++pos_;
      inner->grouped = true;
      inner->span = cover(span(open), span(close));
      // (a or b).ti,ab.; `(a or b). tw.`, with a space inside the suffix, is refused at the space:
      // that Ovid reads it as `.tw.` is undocumented, and the text is a typo of the source.
      if (peek() && peek()->kind == Token::word && text_of(*peek()) == "." && peek()->offset == span(close).end &&
          pos_ + 1 < tokens_.size() && ends_in_field(fmt::format("x.{}", text_of(tokens_[pos_ + 1])))) {
        fail(cover(span(*peek()), span(tokens_[pos_ + 1])),
             fmt::format("a space inside the field suffix `. {}`: Ovid's suffix is written without it, `.{}`",
                         text_of(tokens_[pos_ + 1]), text_of(tokens_[pos_ + 1])));
        return std::nullopt;
      }
      if (peek() && peek()->kind == Token::word && text_of(*peek()).front() == '.' &&
          peek()->offset == span(close).end) {
        const auto suffix = *peek();
        ++pos_;
        return fielded(std::move(*inner), text_of(suffix).substr(1), span(suffix));
      }
      return inner;
    }
    if (t->kind == Token::close) {
      fail(span(*t), "expected a search, found `)`");
      return std::nullopt;
    }
    if (t->kind == Token::phrase) {
      ++pos_;
      const auto close = text_of(*t).find('"', 1);
      const auto inner = text_of(*t).substr(1, close - 1);
      const auto after = text_of(*t).substr(close + 1);
      if (fold_space(inner).empty()) {
        fail(span(*t), "an empty phrase");
        return std::nullopt;
      }
      // "Bites and Stings"/: a heading in quotation marks
      if (!after.empty() && after.front() == '/')
        return heading(std::string(inner) + std::string(after), inner.size(), false, span(*t));
      if (iequal(after, floating_suffix)) return floating(inner, span(*t));
      if (iequal(after, exploded_floating_suffix)) return exploded_floating(inner, span(*t));
      auto node = text_node(std::string(inner), true, span(*t));
      if (!after.empty() && after.front() == '.') return fielded(std::move(node), after.substr(1), span(*t));
      if (!after.empty()) {
        fail(span(*t), fmt::format("cannot read `{}` after the quotation", after));
        return std::nullopt;
      }
      return node;
    }
    if (is_ovid_operator(text_of(*t))) {
      fail(span(*t), fmt::format("`{}` has no search before it", text_of(*t)));
      return std::nullopt;
    }
    // exp "Bites and Stings"/, *"Bites and Stings"/, exp *"Bites and Stings"/
    const auto quoted_heading_after = [&](std::size_t at) {
      if (at < tokens_.size() && tokens_[at].kind == Token::phrase) return true;
      return at + 1 < tokens_.size() && text_of(tokens_[at]) == "*" && tokens_[at + 1].kind == Token::phrase &&
             tokens_[at + 1].offset == tokens_[at].offset + 1;
    };
    if ((iequal(text_of(*t), explode_word) && quoted_heading_after(pos_ + 1)) ||
        (text_of(*t) == "*" && quoted_heading_after(pos_))) {
      const auto first = *t;
      const bool explode = iequal(text_of(first), explode_word);
      if (explode) ++pos_;
      const bool major = text_of(*peek()) == "*";
      if (major) ++pos_;
      auto node = operand();
      if (node) {
        if (auto* h = std::get_if<ast::Heading>(&node->kind)) {
          h->explode = h->explode || explode;
          h->major = h->major || major;
          node->span = cover(span(first), node->span);
          return node;
        }
      }
      fail(span(first), fmt::format("`{}` must be followed by a subject heading ending in `/`", text_of(first)));
      return std::nullopt;
    }
    return words();
  }

  // True when the group opened by the token at `open` is followed by a field suffix, `(...).ed.`.
  bool group_has_field(std::size_t open) const {
    int depth = 0;
    for (auto i = open; i < tokens_.size(); ++i) {
      if (tokens_[i].kind == Token::open) ++depth;
      if (tokens_[i].kind != Token::close || --depth > 0) continue;
      return i + 1 < tokens_.size() && tokens_[i + 1].kind == Token::word && text_of(tokens_[i + 1]).front() == '.' &&
             tokens_[i + 1].offset == span(tokens_[i]).end;
    }
    return false;
  }

  // `asthma.ti,ab.`: a word that ends in a field suffix, which ends the words of a search.
  static bool ends_in_field(std::string_view word) {
    if (word.size() < 4 || word.back() != '.') return false;
    const auto dot = word.rfind('.', word.size() - 2);
    return dot != std::string_view::npos && dot > 0 && is_code_list(word.substr(dot + 1, word.size() - dot - 2));
  }

  // Words up to the next operator or parenthesis: a heading, a line number, a term or a phrase.
  std::optional<ast::Node> words() {
    std::vector<Token> run;
    while (const auto* t = peek()) {
      if (t->kind != Token::word || is_ovid_operator(text_of(*t))) break;
      if (!run.empty() && iequal(text_of(*t).substr(0, frequency_word.size()), frequency_word)) break;
      run.push_back(*t);
      ++pos_;
      if (ends_in_field(text_of(*t))) break;  // what follows a field suffix is no part of these words
    }
    if (run.empty()) {
      fail(span(*peek()), fmt::format("expected a search, found `{}`", text_of(*peek())));
      return std::nullopt;
    }
    const Span whole = cover(span(run.front()), span(run.back()));
    const bool hash = text_of(run.front()).front() == '#';
    const auto ref_text = hash ? text_of(run.front()).substr(1) : text_of(run.front());
    if (run.size() == 1 && all_digits(ref_text) && (hash || fielded_groups_ == 0)) {
      return reference(read_digits(ref_text, 1'000'000), whole);
    }
    if (run.size() == 1) {
      if (auto list = line_list(text_of(run.front()), span(run.front()))) return list;
      if (failed_) return std::nullopt;
    }
    bool explode = false;
    if (iequal(text_of(run.front()), explode_word) && run.size() > 1) {
      explode = true;
      run.erase(run.begin());
    }
    const auto last = text_of(run.back());
    std::string joined;
    for (const auto& w : run) {
      if (!joined.empty()) joined += ' ';
      joined += text_of(w);
    }
    // dt.fs. or drug therapy.fs.: a floating qualifier, by abbreviation or by name
    if (last.size() > floating_suffix.size() &&
        iequal(last.substr(last.size() - floating_suffix.size()), floating_suffix)) {
      return floating(std::string_view(joined).substr(0, joined.size() - floating_suffix.size()), whole);
    }
    // th.xs.: the floating qualifier exploded, which the language says as the qualifier
    if (last.size() > exploded_floating_suffix.size() &&
        iequal(last.substr(last.size() - exploded_floating_suffix.size()), exploded_floating_suffix)) {
      return exploded_floating(std::string_view(joined).substr(0, joined.size() - exploded_floating_suffix.size()),
                               whole);
    }
    const auto slash = joined.rfind('/');
    if (slash != std::string::npos) {
      // X/, X/dt, X/di, pa, ra, and Ovid's note on them: X/ad [Administration & Dosage]
      auto qualifiers = joined.substr(slash + 1);
      qualifiers = qualifiers.substr(0, qualifiers.find('['));
      qualifiers.erase(std::remove(qualifiers.begin(), qualifiers.end(), ' '), qualifiers.end());
      if (qualifiers.empty() || is_code_list(qualifiers)) {
        auto node = heading(joined.substr(0, slash + 1) + qualifiers, slash, explode, whole);
        skip_qualifier_note(!qualifiers.empty());
        return node;
      }
    }
    if (explode) {
      fail(whole, "`exp` must be followed by a subject heading ending in `/`");
      return std::nullopt;
    }
    // heart attack.ti,ab.: the field suffix ends the last word (Ovid also reads `.mp` without its last dot)
    const auto dot = last.find('.');
    if (dot != std::string_view::npos && dot > 0 && (last.back() == '.' || is_code_list(last.substr(dot + 1)))) {
      const auto suffix = last.substr(dot);
      joined.resize(joined.size() - suffix.size());
      const Span suffix_span{whole.end - static_cast<std::uint32_t>(suffix.size()), whole.end};
      // dement*.: a dot with no field code, after one word; after several it ends a sentence,
      // `+ RCT filter terms.`, which is prose among the searches
      if (suffix == "." && run.size() > 1) {
        fail(suffix_span,
             fmt::format("`{}` ends like a sentence, not like a search: the dot names no field", text_of_span(whole)));
        return std::nullopt;
      }
      auto node = words_node(joined, run.size() > 1, whole);
      if (suffix == ".") {
        sink_.report(DiagCode::W308, suffix_span,
                     fmt::format("the dot at the end of `{}` names no field: read as `{}`, as Ovid reads it",
                                 text_of_span(whole), joined));
        return node;
      }
      return fielded(std::move(node), suffix.substr(1), suffix_span);
    }
    return words_node(joined, run.size() > 1, whole);
  }

  // Words typed side by side, which Ovid searches as one phrase (W307, the reading shown).
  ast::Node words_node(const std::string& joined, bool several, Span where) {
    if (several) {
      sink_.report(DiagCode::W307, where,
                   fmt::format("Ovid searches words typed side by side as one phrase: read as `\"{}\"`", joined));
    }
    return text_node(joined, several, where);
  }

  // `th.xs.`, `"therapy".xs.`: the floating qualifier exploded, with its narrower qualifiers,
  // which the language says as the qualifier (W303).
  std::optional<ast::Node> exploded_floating(std::string_view qualifiers, Span where) {
    if (database_.thesaurus != ast::Vocabulary::mesh) return floating(qualifiers, where);
    sink_.report(DiagCode::W303, where,
                 fmt::format("`{}` (the qualifier exploded, with its narrower qualifiers, under any heading) is "
                             "read as the floating qualifier `mesh(/{})`; the language does not say whether a "
                             "qualifier is exploded, and a database that does not explode it finds fewer records",
                             text_of_span(where),
                             qualifiers.find(' ') == std::string_view::npos ? std::string(qualifiers)
                                                                            : fmt::format("\"{}\"", qualifiers)));
    return floating(qualifiers, where);
  }

  // `dt.fs.`, `dt,th.fs.`, `"drug therapy".fs.`: any heading with one of the qualifiers.
  // The language has floating qualifiers of MeSH alone: another thesaurus's floating
  // subheadings are refused, as no search it can say finds their records and few others.
  std::optional<ast::Node> floating(std::string_view qualifiers, Span where) {
    if (database_.thesaurus != ast::Vocabulary::mesh) {
      fail(where, fmt::format("`{}` searches a floating subheading of {}, which the language cannot say; write the "
                              "headings it should find with their subheading removed, or keep the line as "
                              "`native(\"...\")` in a `database {} {{ ... }}` block",
                              text_of_span(where), ast::vocabulary_name(database_.thesaurus), database_.id));
      return std::nullopt;
    }
    ast::Heading h;
    for (const auto q : split(qualifiers, ',')) h.qualifiers.push_back({fold_space(q), {}, {}, where});
    return ast::Node{where, false, std::move(h)};
  }

  // Ovid's note after a qualifier in parentheses, `exp Heart/su (surgery)`: words with no
  // operator, right after a heading with a qualifier.
  void skip_qualifier_note(bool qualified) {
    if (!qualified || !peek() || peek()->kind != Token::open) return;
    auto end = pos_ + 1;
    while (end < tokens_.size() && tokens_[end].kind == Token::word && !is_ovid_operator(text_of(tokens_[end]))) ++end;
    if (end > pos_ + 1 && end < tokens_.size() && tokens_[end].kind == Token::close) {
      const Span note = cover(span(tokens_[pos_]), span(tokens_[end]));
      sink_.report(DiagCode::W302, note,
                   fmt::format("the note `{}` is not part of Ovid's search: it is kept as the line's comment",
                               text_of_span(note)));
      kept.emplace_back(text_of_span(note));
      pos_ = end + 1;
    }
  }

  std::optional<ast::Node> heading(std::string_view text, std::size_t slash, bool explode, Span where) {
    ast::Heading h;
    h.explode = explode;
    auto label = std::string(text.substr(0, slash));
    if (!label.empty() && label.front() == '*') {
      h.major = true;
      label.erase(0, 1);
    }
    h.label = fold_space(label);
    h.vocabulary = database_.thesaurus;
    for (const auto q : split(text.substr(slash + 1), ',')) h.qualifiers.push_back({std::string(q), {}, {}, where});
    if (h.label.empty()) {
      fail(where, "a subject heading without its name before `/`");
      return std::nullopt;
    }
    // The language qualifies MeSH headings only (E128): another thesaurus's subheadings are
    // read as the heading with any subheading, which finds more records.
    if (h.vocabulary != ast::Vocabulary::mesh && !h.qualifiers.empty()) {
      h.qualifiers.clear();
      ast::Node node{where, false, std::move(h)};
      sink_.report(
          DiagCode::W303, where,
          fmt::format("the language cannot restrict a heading of {} to its subheadings: `{}` is read as "
                      "`{}`, the heading with any subheading, which finds more records",
                      ast::vocabulary_name(database_.thesaurus), text_of_span(where), format_expression(node)));
      return node;
    }
    return ast::Node{where, false, std::move(h)};
  }

  // Ovid's wildcards as the language's: `$` and `:` truncate, `#` is one character; `$n` and
  // `?` have no exact counterpart and become `*`, which finds more.
  std::string wildcards(std::string_view word, Span where) {
    std::string out;
    for (std::size_t i = 0; i < word.size(); ++i) {
      const char c = word[i];
      if (c == truncation || c == truncation_also) {
        out += '*';
        if (c == truncation && i + 1 < word.size() && word[i + 1] >= '0' && word[i + 1] <= '9') {
          while (i + 1 < word.size() && word[i + 1] >= '0' && word[i + 1] <= '9') ++i;
          readings_.push_back({DiagCode::W301, where,
                               "`$n` (at most n more characters) is imported as `*` (any number)", Effect::broader});
        }
      } else if (c == one_character) {
        out += '?';
      } else {
        out += c;
      }
    }
    return out;
  }

  // Ovid's `?` is one character or none, which the language says as two forms: `h?emo` is
  // `hemo` or `h?emo` (the language's `?` being exactly one). Past three of them in a word the
  // forms become too many, and `*` stands in, which finds more.
  std::vector<std::string> forms(const std::string& raw, Span where) {
    return optional_forms(raw, optional_character, notes_, where,
                          "`?` (one character or none) is imported as `*` in words with more than three of them, "
                          "which finds more");
  }

  // A word or phrase, and its forms when it has Ovid's `?`.
  ast::Node text_node(const std::string& raw, bool phrase, Span where) {
    ast::Nodes alternatives;
    for (const auto& form : forms(raw, where)) alternatives.push_back(single_text(form, phrase, where));
    if (alternatives.size() == 1) return std::move(alternatives.front());
    return ast::Node{where, true, ast::Bool{ast::BoolOp::or_, std::move(alternatives)}};
  }

  // Words the language would read otherwise (its operators, or with its punctuation) become
  // phrases, which search the same.
  ast::Node single_text(const std::string& raw, bool phrase, Span where) {
    auto text = wildcards(raw, where);
    if (phrase || needs_phrase(text)) return ast::Node{where, false, ast::Phrase{fold_space(text)}};
    return ast::Node{where, false, ast::Term{text}};
  }

  // `ti,ab`, `TI,AB`: two-letter field codes joined by commas, in either case (Ovid reads
  // commands in upper or lower case).
  // Two-letter codes separated by single commas: `ti,ab`, not `,` or `ti,,ab`.
  static bool is_code_list(std::string_view s) {
    const auto codes = split(s, ',');
    if (codes.empty() || codes.size() != static_cast<std::size_t>(std::count(s.begin(), s.end(), ',')) + 1) {
      return false;
    }
    for (const auto code : codes) {
      if (code.size() != 2 || !std::all_of(code.begin(), code.end(),
                                           [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); })) {
        return false;
      }
    }
    return true;
  }

  std::optional<ast::Node> fielded(ast::Node body, std::string_view suffix, Span where) {
    if (!suffix.empty() && suffix.back() == '.') suffix.remove_suffix(1);
    if (!is_code_list(suffix)) {
      fail(where, fmt::format("cannot read the field suffix `.{}.`", suffix));
      return std::nullopt;
    }
    const auto lowered = lower(suffix);
    // `asthma.sh.` is the subject heading field itself: the heading `asthma/`
    if (lowered == "sh") {
      const auto* term = std::get_if<ast::Term>(&body.kind);
      const auto* phrase = std::get_if<ast::Phrase>(&body.kind);
      if (term != nullptr || phrase != nullptr) {
        ast::Heading h;
        h.explode = false;
        h.vocabulary = database_.thesaurus;
        h.label = term != nullptr ? term->text : phrase->text;
        return ast::Node{cover(body.span, where), false, std::move(h)};
      }
    }
    auto codes = split(lowered, ',');
    if (auto date = date_search(body, codes, where)) return date;
    if (failed_) return std::nullopt;
    FieldSet fields;
    bool all = false;
    // A row named by several codes together (Embase's `.kf,hw.`) is read as one where all its
    // codes are there: the pair reads exactly where one of them alone would not.
    for (const auto& row : database_.field_codes) {
      for (const auto name : row.names) {
        const auto parts = split(name, ',');
        if (parts.size() < 2 || !std::all_of(parts.begin(), parts.end(),
                                             [&](auto p) { return std::count(codes.begin(), codes.end(), p) > 0; }))
          continue;
        std::erase_if(codes, [&](auto c) { return std::count(parts.begin(), parts.end(), c) > 0; });
        if (!row.note.empty()) field_reading(row, std::string(row.note), where, notes_, readings_);
        for (const auto f : row.fields.members()) fields.insert(f);
      }
    }
    for (const auto code : codes) {
      const auto* it = find_field_code(database_.field_codes, code);
      if (std::find(date_codes.begin(), date_codes.end(), code) != date_codes.end()) {
        fail(where, fmt::format("`.{}.` searches dates as words; write the dates as a `limit` in the language", code));
        return std::nullopt;
      }
      if (it == nullptr) {
        readings_.push_back(
            all_text_reading(where, fmt::format(".{}.", code),
                             std::find(coded_codes.begin(), coded_codes.end(), code) != coded_codes.end()));
        all = true;
        continue;
      }
      if (!it->note.empty()) field_reading(*it, std::string(it->note), where, notes_, readings_);
      if (code == default_fields_code) default_fields(where);
      if (it->fields.empty()) all = true;
      for (const auto f : it->fields.members()) fields.insert(f);
    }
    if (all || fields.empty()) {  // all text
      all_text_.push_back(body.span);
      return body;
    }
    drop_inner_fields(body, fields);
    const Span whole = cover(body.span, where);
    return ast::field_scope(whole, fields, std::move(body));
  }

  // (2012$ or 2013$).ed., (201901$ or 201902$).em., (1976 or 1977).yr.: dates, which become the
  // limit of the search they are ANDed onto; nullopt when `codes` are no date fields (or when
  // the dates cannot be read, reported).
  std::optional<ast::Node> date_search(const ast::Node& body, const std::vector<std::string_view>& codes, Span where) {
    const auto in = [&](const auto& set) {
      return std::all_of(codes.begin(), codes.end(),
                         [&](std::string_view c) { return std::find(set.begin(), set.end(), c) != set.end(); });
    };
    const auto entry = std::any_of(codes.begin(), codes.end(), [](std::string_view c) {
      return std::find(entry_date_codes.begin(), entry_date_codes.end(), c) != entry_date_codes.end();
    });
    const bool entry_dates =
        entry && std::all_of(codes.begin(), codes.end(), [](std::string_view c) {
          return c == created_date_code ||
                 std::find(entry_date_codes.begin(), entry_date_codes.end(), c) != entry_date_codes.end();
        });
    const bool years = in(year_codes);
    if (!entry_dates && !years) return std::nullopt;
    const Span whole = cover(body.span, where);
    std::optional<ast::Limit> limit;
    if (entry_dates) {
      bool untruncated = true;  // cleared when a year or month is written without `$`
      limit = read_entry_dates(body, whole, &untruncated);
      if (limit && !untruncated) {
        sink_.report(DiagCode::W303, whole,
                     "a year or month written without `$` is read as every date in it, as `2012$` finds; Ovid's "
                     "entry dates hold the whole date (20120315), so without `$` Ovid may find fewer records");
      }
      if (limit && std::find(codes.begin(), codes.end(), created_date_code) != codes.end()) {
        notes_.note_once(DiagCode::W303, where,
                         "`.dc.` (date created) is read as the entry date, the date it is close to");
      }
    } else {
      limit = read_years(body, whole);
      if (limit && std::find(codes.begin(), codes.end(), "dp") != codes.end()) {
        notes_.note_once(DiagCode::W303, where, "`.dp.` (date of publication) is read as the year of publication");
      }
    }
    if (!limit) {
      fail(where, entry_dates ? "cannot read these entry dates: expected one unbroken range of dates such as "
                                "`(201311$ or 2014$).ed.`"
                              : fmt::format("cannot read these years: expected one unbroken range of years such as "
                                            "`(2012 or 2013).{}.`",
                                            codes.front()));
      return std::nullopt;
    }
    dates.push_back(std::move(*limit));
    return ast::Node{whole, false, ast::Native{}};
  }

  void default_fields(Span where) {
    readings_.push_back({DiagCode::W303, where, std::string(default_fields_reading), Effect::broader});
  }

  // Each largest search of words outside any field suffix, which Ovid searches in its default
  // fields, `.mp.`: read as all text, as `.mp.` is (default_fields_reading), and said where it
  // stands, once for the import in each direction (say_directed).
  void outside_suffixes(const ast::Node& n) {
    if (std::find(all_text_.begin(), all_text_.end(), n.span) != all_text_.end()) return;
    const auto words = [&] { default_fields(n.span); };
    std::visit(overloaded{
                   [&](const ast::Term&) { words(); },
                   [&](const ast::Phrase&) { words(); },
                   [&](const ast::Near&) { words(); },
                   [&](const ast::Bool& b) {
                     for (const auto& o : b.operands) outside_suffixes(o);
                   },
                   [&](const ast::Not& x) {
                     for (const auto& o : x.operands) outside_suffixes(o);
                   },
                   // in fields of their own: a suffix, a heading, a line, dates
                   [](const ast::Fielded&) {},
                   [](const ast::Heading&) {},
                   [](const ast::LineRef&) {},
                   [](const ast::Native&) {},
               },
               n.kind);
  }

  const Platform& database_;
  DiagnosticSink& sink_;
  const History& history_;
  ReadingNotes& notes_;
  std::vector<DirectedReading>& readings_;  // said once every line is read (say_directed)
  std::string_view line_;                   // the line being read, which starts at `line_offset_` in the source
  std::uint32_t line_offset_ = 0;
  std::vector<Span> all_text_;  // the searches of the line read with a suffix of all text (`.af.`, `.mp.`)
  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  int fielded_groups_ = 0;  // how many of the groups being read have a field suffix
  bool failed_ = false;
};

// Takes the searches of entry dates ANDed onto the line's search, `1 and (2012$ or 2013$).ed.`
// or `1 and 2` where line 2 is one, as the line's limits, and marks each line of dates it uses
// in `used`. Entry dates anywhere else are an error (E301), since the language has them only
// as a limit.
bool take_dates(ast::Line& line, const std::vector<ast::Limit>& read,
                const std::map<std::string, ast::Limit>& date_lines, std::set<std::string>& used,
                DiagnosticSink& sink) {
  const auto limit_of = [&](const ast::Node& n) -> std::optional<ast::Limit> {
    if (is_dates(n)) {
      const auto found = std::find_if(read.begin(), read.end(), [&](const ast::Limit& l) { return l.span == n.span; });
      if (found != read.end()) return *found;
    }
    if (const auto* ref = std::get_if<ast::LineRef>(&n.kind)) {
      if (const auto found = date_lines.find(ref->name); found != date_lines.end()) {
        used.insert(ref->name);
        auto limit = found->second;
        limit.span = n.span;
        return limit;
      }
    }
    return std::nullopt;
  };
  if (auto* b = std::get_if<ast::Bool>(&line.query.kind); b != nullptr && b->op == ast::BoolOp::and_) {
    ast::Nodes kept;
    for (auto& o : b->operands) {
      if (auto limit = limit_of(o)) {
        line.limits.push_back(std::move(*limit));
      } else {
        kept.push_back(std::move(o));
      }
    }
    if (kept.size() == 1) {
      line.query = std::move(kept.front());
    } else if (!kept.empty()) {
      b->operands = std::move(kept);
    }
  }
  bool ok = true;
  ast::any_node(line.query, [&](const ast::Node& n) {
    if (!limit_of(n)) return false;
    sink.report(DiagCode::E301, n.span,
                "dates (`.ed.`, `.em.`, `.yr.`) can only be ANDed onto a search, which they limit")
        .notes.emplace_back("write the search and its dates as `N and (2012$ or 2013$).ed.`");
    ok = false;
    return false;
  });
  return ok;
}

// The lines of entry dates alone are limits of the lines that use them now: they leave the
// strategy, with their hit counts; one that no line uses is reported (W302).
void drop_date_lines(Imported& out, ast::Database& record, const std::map<std::string, ast::Limit>& date_lines,
                     const std::set<std::string>& used, DiagnosticSink& sink) {
  for (const auto& [name, limit] : date_lines) {
    if (!used.contains(name)) {
      sink.report(DiagCode::W302, limit.span,
                  fmt::format("line {} searches dates and no line uses it, so it is left out", name.substr(1)));
    }
  }
  std::vector<ast::Line> lines;
  std::vector<std::string> comments;
  for (std::size_t i = 0; i < out.strategy.lines.size(); ++i) {
    if (date_lines.contains(out.strategy.lines[i].name)) continue;
    lines.push_back(std::move(out.strategy.lines[i]));
    comments.push_back(std::move(out.comments[i]));
  }
  out.strategy.lines = std::move(lines);
  out.comments = std::move(comments);
  std::erase_if(record.entries, [&](const ast::Entry& e) {
    const auto* hits = std::get_if<ast::Hits>(&e.kind);
    return hits != nullptr && hits->line && date_lines.contains(hits->line->name);
  });
}

// A search restricted to one database segment of a multi-file search, `3 use emez`: the
// search, and the comment that keeps the segment.
struct Segment {
  std::string_view search;
  std::string comment;
};

// `... use <segment>` at the end of `line` (which starts at `offset`): Ovid's multi-file
// searching restricts the search before it to the segment's records. The search before it must
// end as a search does (a line number, a heading's `/` and qualifiers, a field suffix, a
// quotation or a note), so that `tobacco use disorder` and `(alcohol or drug) use disorder`
// stay words. Reported W302 at `use ...`.
std::optional<Segment> read_segment(std::string_view line, std::uint32_t offset, DiagnosticSink& sink) {
  const auto lowered = lower(line);
  const auto at = lowered.rfind(fmt::format(" {} ", segment_word));
  if (at == std::string::npos) return std::nullopt;
  const auto code = line.substr(at + segment_word.size() + 2);
  if (code.empty() || !std::all_of(code.begin(), code.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      })) {
    return std::nullopt;
  }
  auto search = line.substr(0, at);
  while (!search.empty() && (search.back() == ' ' || search.back() == '\t')) search.remove_suffix(1);
  if (search.empty()) return std::nullopt;
  const auto last_word =
      search.substr(search.find_last_of(" \t") == std::string_view::npos ? 0 : search.find_last_of(" \t") + 1);
  const char end = search.back();
  if (!((end >= '0' && end <= '9') || std::string_view("/.]\"").find(end) != std::string_view::npos ||
        last_word.find('/') != std::string_view::npos)) {
    return std::nullopt;
  }
  const auto begin = offset + static_cast<std::uint32_t>(at + 1);
  sink.report(DiagCode::W302, {begin, offset + static_cast<std::uint32_t>(line.size())},
              fmt::format("`{} {}` restricts the search to the records of the Ovid database segment `{}` (multi-file "
                          "searching); the language searches one database at a time, so the search is read alone, "
                          "which finds more records where several segments were open, and the segment is kept as "
                          "the line's comment",
                          segment_word, code, code));
  return Segment{search, fmt::format("Ovid: {} {}", segment_word, code)};
}

// `limit 1 to (english language and yr="2000 - Current")` (which starts at `offset`): line 1,
// with the years as its limit in `limits`. Every other limit is one the language does not
// have: each is reported where it is written (W302) and kept in `kept`.
std::optional<ast::Node> read_limit_line(std::string_view line, std::uint32_t offset, LineReader& reader,
                                         std::vector<ast::Limit>& limits, std::vector<std::string>& kept,
                                         std::vector<DirectedReading>& readings, DiagnosticSink& sink) {
  const Span whole{offset, offset + static_cast<std::uint32_t>(line.size())};
  const auto to = lower(line).find(" to ");
  const std::string target = to == std::string::npos ? std::string() : fold_space(line.substr(6, to - 6));
  if (to == std::string::npos || !all_digits(target)) {
    sink.report(DiagCode::E301, whole, "cannot read this limit: expected `limit N to ...`");
    return std::nullopt;
  }
  auto ref = reader.reference(read_digits(target, 1'000'000), whole);
  if (!ref) return std::nullopt;
  // The limits, each with its place: `(a and b and c)` or one limit alone.
  std::size_t begin = to + 4;
  std::size_t end = line.size();
  while (begin < end && line[begin] == ' ') ++begin;
  if (begin < end && line[begin] == '(' && line[end - 1] == ')') {
    ++begin;
    --end;
  }
  std::vector<std::pair<std::size_t, std::size_t>> items;  // [from, to) in `line`
  int depth = 0;
  bool quoted = false;
  std::size_t from = begin;
  for (std::size_t i = begin; i < end; ++i) {
    const char c = line[i];
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '(') ++depth;
    if (c == ')') --depth;
    if (depth == 0 && i + 5 <= end && iequal(line.substr(i, 5), " and ")) {
      items.emplace_back(from, i);
      from = i + 5;
      i += 4;
    }
  }
  items.emplace_back(from, end);
  std::vector<std::string> others;
  for (const auto& [first, last] : items) {
    auto item = line.substr(first, last - first);
    const auto lead = std::min(item.size(), item.find_first_not_of(' '));
    item.remove_prefix(lead);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    const Span where{offset + static_cast<std::uint32_t>(first + lead),
                     offset + static_cast<std::uint32_t>(first + lead + item.size())};
    auto limit = read_year_limit(item, where);
    if (!limit) limit = read_entry_date_limit(item, where);
    if (limit &&
        std::none_of(limits.begin(), limits.end(), [&](const ast::Limit& l) { return l.kind == limit->kind; })) {
      limits.push_back(std::move(*limit));
      continue;
    }
    readings.push_back({DiagCode::W302,
                        where,
                        fmt::format("the language has no limit like `{}`, which is kept as the line's comment: the "
                                    "line is read as line {} without it",
                                    item, target),
                        Effect::broader,
                        {"apply the limit by hand where the strategy is run"}});
    others.emplace_back(item);
  }
  if (!others.empty()) kept.push_back(fmt::format("Ovid: limit to {}", fmt::join(others, " and ")));
  return ref;
}

}  // namespace

Imported read(const SourceFile& source, DiagnosticSink& sink) {
  return read_with<&capabilities, &field_codes>(source, sink);
}

Imported read_on_ovid(const SourceFile& source, const Platform& database, DiagnosticSink& sink) {
  Imported out;
  out.from = std::string(database.name);
  History history;
  ast::Database record{std::string(database.id), {}, {}, {}};
  std::uint64_t next_number = 1;
  std::map<std::string, ast::Limit> date_lines;  // lines that search entry dates alone, by name
  std::vector<DirectedReading> readings;
  std::set<std::string> dates_used;
  // The layout of Ovid's history (docs/import.md, "The layout of a pasted history"): a hit count
  // may follow a field suffix (`.ti,ab.`), a heading (`exp Asthma/`, `Asthma/dt`), a group or a
  // note (`]`), and operators are read in any case.
  const Layout layout{
      .numbers = Numbers::bare_or_hash,
      .notes = Notes::ovid,
      .single_line_numbered = true,
      .operators_any_case = true,
      .ends_search =
          [](std::string_view before) {
            return before.ends_with('.') || before.ends_with(')') || before.ends_with(']') ||
                   before.substr(before.find_last_of(' ') + 1).find('/') != std::string_view::npos;
          },
  };
  const auto numbered = history_lines(source, layout, sink, &record.entries);
  // Reserved, so that a long history's lines are not held twice while the vector grows.
  out.strategy.lines.reserve(numbered.size());
  out.comments.reserve(numbered.size());
  for (const auto& h : numbered) {
    auto line = h.text;
    const auto offset = h.offset;
    const auto number = h.number.value_or(next_number);
    const auto hits = h.hits;
    std::vector<std::string> kept;
    if (!h.note.empty()) kept.emplace_back(h.note);
    ReadingNotes notes(sink);  // a reading is reported once in each line that has it
    LineReader reader(database, sink, history, notes, readings);
    next_number = number + 1;
    // `3 use emez`, `exp asthma/ use medall`: the search, in one segment of a multi-file search
    if (const auto segment = read_segment(line, offset, sink)) {
      line = segment->search;
      kept.push_back(segment->comment);
    }
    const Span whole{offset, offset + static_cast<std::uint32_t>(line.size())};
    // `+ RCT filter terms.` below the numbered lines (CD005055 of the review-update collection):
    // the appendix's note that searches it does not print were added. Ovid runs no line that
    // starts with `+`; the note is kept as the comment of the line above (W302).
    if (!h.number && !out.strategy.lines.empty() && line.starts_with("+ ")) {
      sink.report(DiagCode::W302, whole,
                  fmt::format("`{}` is a note of the appendix, not a search Ovid ran: it is kept as the comment of "
                              "`{}`; the searches it names are not printed, so the imported strategy lacks them "
                              "and may find more records than the search that ran",
                              line, out.strategy.lines.back().name));
      auto& comment = out.comments.back();
      comment += fmt::format("{}note: {}", comment.empty() ? "" : "; ", line);
      continue;
    }
    ast::Line result;
    result.name = line_name(number);
    result.name_span = whole;
    result.span = whole;
    std::optional<ast::Node> query;
    if (iequal(line.substr(0, 6), "limit ")) {
      query = read_limit_line(line, offset, reader, result.limits, kept, readings, sink);
    } else if (iequal(line.substr(0, remove_duplicates_words.size()), remove_duplicates_words) &&
               all_digits(line.substr(remove_duplicates_words.size()))) {
      // remove duplicates from 3: line 3's records, each once
      const auto target = line.substr(remove_duplicates_words.size());
      query = reader.reference(read_digits(target, 1'000'000), whole);
      if (query) {
        sink.report(DiagCode::W302, whole,
                    fmt::format("Ovid's `remove duplicates` keeps one record of each set of duplicates found in the "
                                "databases of a multi-file search: the line is read as line {}, whose records they "
                                "are, and the command is kept as the line's comment",
                                target));
        kept.push_back(fmt::format("Ovid: {}", line));
      }
    } else {
      query = reader.read(line, offset);
      for (auto& k : reader.kept) kept.push_back(std::move(k));
    }
    if (!query) {
      history.unread(number);
      continue;
    }
    result.query = std::move(*query);
    std::string comment;
    for (const auto& k : kept) comment += (comment.empty() ? "" : "; ") + k;
    if (is_dates(result.query) && reader.dates.size() == 1) {
      date_lines.emplace(result.name, reader.dates.front());
    } else if ((!reader.dates.empty() || !date_lines.empty()) &&
               !take_dates(result, reader.dates, date_lines, dates_used, sink)) {
      history.unread(number);
      continue;
    }
    if (hits) record.entries.push_back({whole, ast::Hits{*hits, ast::LineRef{result.name, -1}}});
    history.add(number, out.strategy.lines.size());
    out.strategy.lines.push_back(std::move(result));
    out.comments.push_back(std::move(comment));
  }
  if (!date_lines.empty()) drop_date_lines(out, record, date_lines, dates_used, sink);
  say_directed(out.strategy.lines, readings, sink);
  if (!record.entries.empty()) out.strategy.databases.push_back(std::move(record));
  return out;
}

}  // namespace searchc::ovid
