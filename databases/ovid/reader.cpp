// The Ovid MEDLINE importer. The syntax is databases/ovid/syntax.hpp's, with its sources in
// docs/databases.md ("Ovid MEDLINE (`ovid`)").
//
// Ovid reads words side by side as one phrase, `exp X/` and `X/` as subject headings (`*X/`
// focused, `X/dt` with a qualifier, `dt.fs.` floating), `.ti,ab.` as fields after a word or a
// group, `adjN` as within N words (N - 1 between, the language's NEAR/N), bare `adj` as next
// to each other in order, `$` and `:` as truncation, `#` as one character, bare numbers and
// `or/1-5` as earlier lines, and `limit N to ...` as a new search. Its precedence is not
// documented, so operators mixed without parentheses are refused (E302).
#include "databases/ovid/ovid.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "base/text.hpp"
#include "compiler/fields.hpp"
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
  LineReader(DiagnosticSink& sink, const History& history, ReadingNotes& notes)
      : sink_(sink), history_(history), notes_(notes) {}

  // One search; nullopt when it cannot be read (reported).
  std::optional<ast::Node> read(std::string_view text, std::uint32_t offset) {
    line_ = text;
    line_offset_ = offset;
    tokens_.clear();
    pos_ = 0;
    if (!tokenize(text, offset)) return std::nullopt;
    if (tokens_.empty()) {
      fail({offset, offset}, "this line has no search");
      return std::nullopt;
    }
    auto node = expression();
    if (!node) return std::nullopt;
    if (pos_ < tokens_.size()) {
      const auto& t = tokens_[pos_];
      fail(span(t),
           t.kind == Token::close ? "a `)` has no matching `(`" : fmt::format("cannot read `{}` here", text_of(t)));
      return std::nullopt;
    }
    return node;
  }

  // `or/1-5`, `and/2,4-6`: the lines, or nullopt when `word` is no such list.
  std::optional<ast::Node> line_list(std::string_view word, std::uint32_t offset) {
    const auto slash = word.find('/');
    if (slash == std::string_view::npos) return std::nullopt;
    const auto op = lower(word.substr(0, slash));
    if (op != "or" && op != "and") return std::nullopt;
    ast::Nodes refs;
    const Span where{offset, offset + static_cast<std::uint32_t>(word.size())};
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
      } else {
        auto end = i;
        while (end < text.size() && std::string_view(" \t\r\n()\"").find(text[end]) == std::string_view::npos) ++end;
        add(Token::word, i, end);
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
    ast::Nodes operands;
    operands.push_back(std::move(*first));
    std::optional<std::string> op;
    Span op_span;
    while (const auto* t = peek()) {
      if (t->kind != Token::word || !is_ovid_operator(text_of(*t))) break;
      const auto this_op = lower(text_of(*t));
      if (op && *op != this_op) {
        refuse_mixed_operators(sink_, {op_span.begin, span(*t).end}, *op, this_op, "Ovid", "the Ovid strategy");
        failed_ = true;
        return std::nullopt;
      }
      op = this_op;
      op_span = span(*t);
      ++pos_;
      auto next = operand();
      if (!next) return std::nullopt;
      operands.push_back(std::move(*next));
    }
    if (operands.size() == 1) return std::move(operands.front());
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
    return ast::Node{whole, false, ast::Near{distance, *op == adjacent_word, std::move(operands)}};
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
      ++pos_;
      auto inner = expression();
      if (!inner) return std::nullopt;
      if (!peek() || peek()->kind != Token::close) {
        fail(span(open), "this `(` is never closed");
        return std::nullopt;
      }
      const auto close = *peek();
      ++pos_;
      inner->grouped = true;
      inner->span = cover(span(open), span(close));
      // (a or b).ti,ab.
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

  // Words up to the next operator or parenthesis: a heading, a line number, a term or a phrase.
  std::optional<ast::Node> words() {
    std::vector<Token> run;
    while (const auto* t = peek()) {
      if (t->kind != Token::word || is_ovid_operator(text_of(*t))) break;
      run.push_back(*t);
      ++pos_;
    }
    const Span whole = cover(span(run.front()), span(run.back()));
    const auto ref_text = text_of(run.front()).front() == '#' ? text_of(run.front()).substr(1) : text_of(run.front());
    if (run.size() == 1 && all_digits(ref_text)) return reference(read_digits(ref_text, 1'000'000), whole);
    if (run.size() == 1) {
      if (auto list = line_list(text_of(run.front()), run.front().offset)) return list;
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
      auto node = text_node(joined, run.size() > 1, whole);
      return fielded(std::move(node), suffix.substr(1), suffix_span);
    }
    return text_node(joined, run.size() > 1, whole);
  }

  // `dt.fs.`, `dt,th.fs.`, `"drug therapy".fs.`: any heading with one of the qualifiers.
  static ast::Node floating(std::string_view qualifiers, Span where) {
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
    if (end > pos_ + 1 && end < tokens_.size() && tokens_[end].kind == Token::close) pos_ = end + 1;
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
    for (const auto q : split(text.substr(slash + 1), ',')) h.qualifiers.push_back({std::string(q), {}, {}, where});
    if (h.label.empty()) {
      fail(where, "a subject heading without its name before `/`");
      return std::nullopt;
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
          notes_.note_once(DiagCode::W301, where,
                           "`$n` (at most n more characters) is imported as `*` (any number), which finds more");
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
    const auto optional = static_cast<std::size_t>(std::count(raw.begin(), raw.end(), optional_character));
    if (optional == 0) return {raw};
    if (optional > 3) {
      notes_.note_once(DiagCode::W301, where,
                       "`?` (one character or none) is imported as `*` in words with more than three of "
                       "them, which finds more");
      auto wide = raw;
      std::replace(wide.begin(), wide.end(), optional_character, '*');
      return {wide};
    }
    std::vector<std::string> out{""};
    for (const char c : raw) {
      if (c != optional_character) {
        for (auto& f : out) f += c;
        continue;
      }
      std::vector<std::string> both;
      for (const auto& f : out) {
        both.push_back(f);
        both.push_back(f + one_character);
      }
      out = std::move(both);
    }
    return out;
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

  // `ti,ab`: two-letter field codes joined by commas.
  static bool is_code_list(std::string_view s) {
    if (s.empty()) return false;
    for (const auto code : split(s, ',')) {
      if (code.size() != 2 || !std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
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
        h.label = term != nullptr ? term->text : phrase->text;
        return ast::Node{cover(body.span, where), false, std::move(h)};
      }
    }
    // (2012$ or 2013$).ed.: entry dates, which become the limit of the search they are ANDed onto
    const auto codes = split(lowered, ',');
    if (std::find(codes.begin(), codes.end(), entry_date_code) != codes.end() &&
        std::all_of(codes.begin(), codes.end(),
                    [](std::string_view c) { return c == entry_date_code || c == created_date_code; })) {
      auto limit = read_entry_dates(body, cover(body.span, where));
      if (!limit) {
        fail(where,
             "cannot read these entry dates: expected one unbroken range of dates such as "
             "`(201311$ or 2014$).ed.`");
        return std::nullopt;
      }
      if (codes.size() > 1) {
        notes_.note_once(DiagCode::W303, where,
                         "`.dc.` (date created) is read as the entry date, the date it is close to");
      }
      dates.push_back(std::move(*limit));
      return ast::Node{cover(body.span, where), false, ast::Native{}};
    }
    FieldSet fields;
    bool all = false;
    for (const auto code : split(suffix, ',')) {
      const auto* it = find_field_code(field_codes(), code);
      if (std::any_of(date_codes.begin(), date_codes.end(), [&](std::string_view d) { return iequal(code, d); })) {
        fail(where, fmt::format("`.{}.` searches dates as words; write the dates as a `limit` in the language", code));
        return std::nullopt;
      }
      if (it == nullptr) {
        notes_.note_once(
            DiagCode::W303, where,
            fmt::format("`.{}.` has no counterpart in the language and is searched in all text, which finds "
                        "more records",
                        code));
        all = true;
        continue;
      }
      if (!it->note.empty()) notes_.note_once(DiagCode::W303, where, it->note);
      if (it->fields.empty()) all = true;
      for (const auto f : it->fields.members()) fields.insert(f);
    }
    if (all || fields.empty()) return body;  // .mp. is Ovid's default: all text
    const Span whole = cover(body.span, where);
    return ast::field_scope(whole, fields, std::move(body));
  }

  DiagnosticSink& sink_;
  const History& history_;
  ReadingNotes& notes_;
  std::string_view line_;  // the line being read, which starts at `line_offset_` in the source
  std::uint32_t line_offset_ = 0;
  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
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
    sink.report(DiagCode::E301, n.span, "entry dates can only be ANDed onto a search, which they limit")
        .notes.emplace_back("write the search and its entry dates as `N and (2012$ or 2013$).ed.`");
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
                  fmt::format("line {} searches entry dates and no line uses it, so it is left out", name.substr(1)));
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

}  // namespace

Imported read(const SourceFile& source, DiagnosticSink& sink) {
  Imported out;
  out.from = "Ovid MEDLINE";
  History history;
  ReadingNotes notes(sink);
  ast::Database record{"ovid", {}, {}, {}};
  std::uint64_t next_number = 1;
  std::map<std::string, ast::Limit> date_lines;  // lines that search entry dates alone, by name
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
  for (const auto& h : history_lines(source, layout, sink, &record.entries)) {
    auto line = h.text;
    const auto offset = h.offset;
    const auto number = h.number.value_or(next_number);
    const auto hits = h.hits;
    std::string comment(h.note);
    const Span whole{offset, offset + static_cast<std::uint32_t>(line.size())};
    LineReader reader(sink, history, notes);
    next_number = number + 1;
    ast::Line result;
    result.name = line_name(number);
    result.name_span = whole;
    result.span = whole;
    if (lower(line.substr(0, 6)) == "limit ") {
      // limit 13 to yr="2014 - 2021": a new search, the line limited
      const auto rest = line.substr(6);
      const auto to = rest.find(" to ");
      const auto target = to == std::string_view::npos ? std::string_view() : rest.substr(0, to);
      if (!all_digits(target)) {
        sink.report(DiagCode::E301, whole, "cannot read this limit: expected `limit N to ...`");
        history.unread(number);
        continue;
      }
      auto ref = reader.reference(read_digits(target, 1'000'000), whole);
      if (!ref) {
        history.unread(number);
        continue;
      }
      result.query = std::move(*ref);
      if (auto limit = read_year_limit(rest.substr(to + 4), whole)) {
        result.limits.push_back(std::move(*limit));
      } else {
        auto& d = sink.report(DiagCode::W302, whole,
                              fmt::format("the language has no limit like `{}`: the line is imported as line {} "
                                          "without it, which finds more records, and the limit is kept as a comment",
                                          line, target));
        d.notes.emplace_back("apply the limit by hand where the strategy is run");
        comment = fmt::format("Ovid: {}", line);
      }
    } else if (auto node = reader.read(line, offset)) {
      result.query = std::move(*node);
    } else {
      history.unread(number);
      continue;
    }
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
  if (!record.entries.empty()) out.strategy.databases.push_back(std::move(record));
  return out;
}

}  // namespace searchc::ovid
