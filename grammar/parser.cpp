// The parser: PEGTL actions that build the syntax tree, and the error messages of every rule
// that can fail.
#include "grammar/parser.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <limits>
#include <set>

#include "base/text.hpp"
#include "base/utf8.hpp"
#include "grammar/expression_builder.hpp"
#include "grammar/rules.hpp"

namespace searchc {
namespace grammar {
namespace {

struct ParseState {
  ParseState(const SourceFile& file, DiagnosticSink& diagnostics)
      : source(file), sink(diagnostics), expr(file, diagnostics) {}

  const SourceFile& source;
  DiagnosticSink& sink;
  ExpressionBuilder expr;
  ast::Strategy strategy;

  // The statement being read. Reset at the start of each statement, so that a statement that
  // failed half-way leaves nothing behind.
  ast::Line line;
  std::optional<ast::Database> database;
  Span block_open;
  std::uint32_t block_end = 0;
  ast::Heading heading;
  std::uint32_t heading_begin = 0;
  std::vector<ast::FieldName> field_names;
  ast::Limit limit;
  ast::Date date;
  std::string text;
  int distance = 1;
  std::optional<ast::LineRef> hits_line;
  std::uint64_t hits = 0;
  std::string search_label;
  std::optional<ast::Records> records;
  std::optional<std::uint64_t> change_hits;

  // Some actions run again when the parser backtracks over white space; report those once.
  std::set<std::pair<DiagCode, std::uint32_t>> reported;

  std::uint32_t offset(const char* p) const { return static_cast<std::uint32_t>(p - source.text().data()); }
  template <typename Input>
  Span span(const Input& in) const {
    return {offset(in.begin()), offset(in.end())};
  }
  Diagnostic* report_once(DiagCode code, Span where, std::string message) {
    if (!reported.emplace(code, where.begin).second) return nullptr;
    return &sink.report(code, where, std::move(message));
  }
};

[[noreturn]] void abort_statement() {
  throw statement_abort{};
}

// ---- Looking ahead, for error messages --------------------------------------------------------

template <typename Rule>
bool starts_with(std::string_view rest) {
  pegtl::memory_input in(rest.data(), rest.size(), "");
  return pegtl::parse<Rule>(in);
}

bool at_line_end(std::string_view rest) {
  return rest.empty() || rest.front() == '\n' || rest.substr(0, 2) == "\r\n";
}

// The next token of the input, for quoting in a message: a phrase, a word, or one character.
std::string_view next_token(std::string_view rest) {
  if (rest.empty()) return "end of file";
  pegtl::memory_input in(rest.data(), rest.size(), "");
  if (pegtl::parse<pegtl::sor<pegtl::seq<quote, phrase_body, quote>, pegtl::plus<term_char>>>(in)) {
    return rest.substr(0, static_cast<std::size_t>(in.current() - rest.data()));
  }
  return rest.substr(0, decode_utf8(rest, 0).length);
}

// Where the error is: the current position and the rest of the input.
struct Here {
  std::uint32_t offset;
  std::string_view rest;

  Span token_span() const {
    if (at_line_end(rest)) return {offset, offset};
    return {offset, offset + static_cast<std::uint32_t>(next_token(rest).size())};
  }
};

template <typename Input>
Here here(const Input& in, const ParseState& st) {
  const auto offset = st.offset(in.current());
  return {offset, std::string_view(st.source.text()).substr(offset)};
}

// Skips blanks at the error position, so the caret lands on what is there.
Here skip_blanks(Here h) {
  while (!h.rest.empty() && (h.rest.front() == ' ' || h.rest.front() == '\t')) {
    h.rest.remove_prefix(1);
    ++h.offset;
  }
  return h;
}

// Where the quotation that is never closed was opened: the last quotation mark on this line.
Span opening_quote(const ParseState& st, std::uint32_t at) {
  const auto& text = st.source.text();
  for (std::uint32_t i = at; i > 0; --i) {
    const char c = text[i - 1];
    if (c == '\n') break;
    if (c == '"') return {i - 1, i};
    if (static_cast<unsigned char>(c) >= 0x80 && starts_with<quote>(std::string_view(text).substr(i - 1))) {
      return {i - 1, i - 1 + static_cast<std::uint32_t>(decode_utf8(text, i - 1).length)};
    }
  }
  return {at, at};
}

std::string last_operand_text(ParseState& st) {
  const auto* node = st.expr.last_operand();
  if (node == nullptr) return {};
  const auto text = st.source.slice(node->span);
  if (text.size() <= 40) return std::string(text);
  // Cut at a character boundary, so that the message stays valid UTF-8.
  std::size_t cut = 40;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U) --cut;
  return std::string(text.substr(0, cut));
}

// What stands where a line (or a group) should end: the shared diagnosis for `line_end`,
// `entry_end` and `group_close`.
void report_unexpected(ParseState& st, Here h) {
  const auto token = next_token(h.rest);
  const char c = h.rest.front();
  if (c == ')') {
    auto& d = st.sink.report(DiagCode::E014, {h.offset, h.offset + 1}, "this `)` has no matching `(`");
    d.notes.emplace_back("remove it, or add the `(` it closes");
  } else if (starts_with<pegtl::sor<pegtl::one<'(', '#'>, quote, term_char>>(h.rest)) {
    const auto before = last_operand_text(st);
    auto& d = st.sink.report(DiagCode::E018, h.token_span(),
                             before.empty() ? fmt::format("no operator before `{}`", token)
                                            : fmt::format("no operator between `{}` and `{}`", before, token));
    d.notes.emplace_back("join them with AND, OR or NOT");
    const auto* previous = st.expr.last_operand();
    if (previous != nullptr && std::holds_alternative<ast::Term>(previous->kind) &&
        starts_with<pegtl::seq<pegtl::not_at<pegtl::one<'#'>>, term_char>>(h.rest)) {
      d.notes.push_back(fmt::format("to search the words next to each other, write them as a phrase: \"{} {}\"",
                                    last_operand_text(st), token));
    }
  } else if (c == '$') {
    auto& d = st.sink.report(DiagCode::E028, {h.offset, h.offset + 1}, "`$` cannot appear in a search term");
    d.notes.emplace_back("truncation is written `*`, as in `transplant*`");
  } else if (c == ':') {
    auto& d = st.sink.report(DiagCode::E028, {h.offset, h.offset + 1}, "`:` cannot appear in a search term");
    d.notes.emplace_back("fields are written in brackets after a term or group: `(stem NEXT cell*)[ti,ab,kw]`");
  } else if (c == '{' || c == '}') {
    auto& d =
        st.sink.report(DiagCode::E028, {h.offset, h.offset + 1}, fmt::format("`{}` cannot appear in a search", c));
    d.notes.emplace_back("to combine lines, write `#a OR #b OR #c`");
  } else {
    st.sink.report(DiagCode::E028, h.token_span(), fmt::format("unexpected `{}`", token));
  }
}

// ---- Error messages of the rules in must<> ----------------------------------------------------
//
// error<Rule>::report(st, here) reports the diagnostic for a rule that failed where it had to
// match. The primary template is declared only, so a must<> without a message does not compile.

template <typename Rule>
struct error;

void report_unclosed_paren(ParseState& st) {
  auto& d = st.sink.report(DiagCode::E013, *st.expr.open_paren(), "this `(` is never closed");
  d.notes.emplace_back(
      "add the `)` that closes it; a search goes on over several lines only when "
      "the lines after the first are indented");
}

void report_unclosed_quote(ParseState& st, Here h, std::string_view what) {
  auto& d = st.sink.report(DiagCode::E016, opening_quote(st, h.offset), fmt::format("this {} is never closed", what));
  d.notes.emplace_back("close it with `\"` on the same line");
}

template <>
struct error<distance> {
  static void report(ParseState& st, Here h) {
    auto& d = st.sink.report(DiagCode::E020, h.token_span(),
                             fmt::format("`NEAR/` needs a whole number from 1 to 100, found `{}`", next_token(h.rest)));
    d.notes.emplace_back("`NEAR/3` finds words within 3 words of each other, in either order");
  }
};

template <>
struct error<near_without_distance> {
  static void report(ParseState& st, Here h) {
    const auto begin = h.offset >= 4 ? h.offset - 4 : 0;
    auto& d = st.sink.report(DiagCode::E019, {begin, h.offset}, "`NEAR` needs a distance");
    d.notes.emplace_back(
        "write `NEAR/3` for words within 3 words of each other, in either order; "
        "databases differ in what a bare NEAR means");
  }
};

template <typename Ws>
struct error<first_operand<Ws>> {
  static void report(ParseState& st, Here h) {
    h = skip_blanks(h);
    const bool in_group = st.expr.open_paren().has_value();
    if (starts_with<operator_ahead>(h.rest)) {
      auto& d = st.sink.report(DiagCode::E023, h.token_span(),
                               fmt::format("`{}` has no search before it", next_token(h.rest)));
      d.notes.emplace_back("an operator joins two searches: `a OR b`");
    } else if (!h.rest.empty() && h.rest.front() == ')' && in_group) {
      auto& d = st.sink.report(DiagCode::E015, cover(*st.expr.open_paren(), {h.offset, h.offset + 1}),
                               "these parentheses are empty");
      d.notes.emplace_back("put a search between them, or remove them");
    } else if (!h.rest.empty() && h.rest.front() == ')') {
      report_unexpected(st, h);
    } else if (at_line_end(h.rest) && in_group) {
      report_unclosed_paren(st);
    } else if (at_line_end(h.rest)) {
      auto& d = st.sink.report(DiagCode::E012, {h.offset, h.offset},
                               fmt::format("the line `{}` has no search after `=`", st.line.name));
      d.notes.emplace_back("a line reads `name = search`, for example `ms = \"multiple sclerosis\"[ti,ab]`");
    } else {
      st.sink.report(DiagCode::E028, h.token_span(),
                     fmt::format("a search cannot start with `{}`", next_token(h.rest)));
    }
  }
};

template <typename Ws>
struct error<next_operand<Ws>> {
  static void report(ParseState& st, Here h) {
    h = skip_blanks(h);
    const auto* op = st.expr.last_operator();
    const auto op_text = op != nullptr ? operator_text(*op) : std::string("operator");
    if (starts_with<operator_ahead>(h.rest)) {
      auto& d =
          st.sink.report(DiagCode::E012, h.token_span(),
                         fmt::format("`{}` follows `{}` with no search between them", next_token(h.rest), op_text));
      d.notes.emplace_back("remove one of the operators, or put the missing search between them");
    } else if (at_line_end(h.rest) && st.expr.open_paren().has_value()) {
      report_unclosed_paren(st);
    } else if (at_line_end(h.rest) || h.rest.front() == ')') {
      const Span where = op != nullptr ? op->span : Span{h.offset, h.offset};
      auto& d = st.sink.report(DiagCode::E012, where, fmt::format("`{}` has no search after it", op_text));
      if (at_line_end(h.rest) && !st.expr.open_paren()) {
        d.notes.emplace_back(
            "a search goes on over several lines only inside parentheses; "
            "otherwise remove the operator or add the missing search");
      } else {
        d.notes.emplace_back("remove the operator or add the missing search");
      }
    } else {
      st.sink.report(DiagCode::E028, h.token_span(),
                     fmt::format("expected a search after `{}`, found `{}`", op_text, next_token(h.rest)));
    }
  }
};

template <>
struct error<group_body> {
  static void report(ParseState& st, Here h) { error<first_operand<inner_ws>>::report(st, h); }
};

template <>
struct error<group_close> {
  static void report(ParseState& st, Here h) {
    h = skip_blanks(h);
    if (at_line_end(h.rest)) {
      report_unclosed_paren(st);
    } else {
      report_unexpected(st, h);
    }
  }
};

template <>
struct error<line_end> {
  static void report(ParseState& st, Here h) { report_unexpected(st, skip_blanks(h)); }
};

template <>
struct error<entry_end> {
  static void report(ParseState& st, Here h) { report_unexpected(st, skip_blanks(h)); }
};

template <>
struct error<equals> {
  static void report(ParseState& st, Here h) {
    h = skip_blanks(h);
    if (starts_with<term_char>(h.rest) && h.offset == st.line.name_span.end) {
      auto& d = st.sink.report(DiagCode::E029, cover(st.line.name_span, h.token_span()),
                               fmt::format("`{}{}` cannot be a line name", st.line.name, next_token(h.rest)));
      d.notes.emplace_back("line names hold letters, digits and `_`, as in `ms_text`");
    } else {
      auto& d = st.sink.report(DiagCode::E011, h.token_span(),
                               fmt::format("expected `=` after the line name `{}`", st.line.name));
      d.notes.emplace_back("a line reads `name = search`");
    }
  }
};

template <>
struct error<bad_statement_start> {
  static void report(ParseState& st, Here h) {
    if (!h.rest.empty() && (h.rest.front() == ' ' || h.rest.front() == '\t')) {
      h = skip_blanks(h);
      auto& d = st.sink.report(DiagCode::E010, h.token_span(), "a statement must start at the beginning of its line");
      d.notes.emplace_back("indent only the lines that continue a search inside parentheses");
    } else if (h.rest.size() > 1 && h.rest.front() == '#' && std::isdigit(static_cast<unsigned char>(h.rest[1])) != 0) {
      auto& d = st.sink.report(DiagCode::E010, h.token_span(), "lines are named, not numbered");
      d.notes.emplace_back("write `ms_text = ...` and refer to the line as `#ms_text`");
    } else if (std::isdigit(static_cast<unsigned char>(h.rest.front())) != 0) {
      auto& d = st.sink.report(DiagCode::E029, h.token_span(), "a line name must start with a letter or `_`");
      d.notes.emplace_back("write a name such as `ms_text`");
    } else {
      auto& d = st.sink.report(DiagCode::E010, h.token_span(),
                               fmt::format("expected a line such as `name = search`, found `{}`", next_token(h.rest)));
      d.notes.emplace_back("a statement is a search line, `strategy \"title\"` or `database id { ... }`");
    }
  }
};

template <>
struct error<phrase_close> {
  static void report(ParseState& st, Here h) { report_unclosed_quote(st, h, "phrase"); }
};

template <>
struct error<text_close> {
  static void report(ParseState& st, Here h) { report_unclosed_quote(st, h, "quotation"); }
};

template <>
struct error<ref_target> {
  static void report(ParseState& st, Here h) {
    auto& d = st.sink.report(DiagCode::E028, {h.offset > 0 ? h.offset - 1 : 0, h.token_span().end},
                             "`#` must be followed by the name of an earlier line");
    d.notes.emplace_back("for example `#ms_text`");
  }
};

template <typename Rule, DiagCode Code>
struct message_error {
  static void report(ParseState& st, Here h) {
    h = skip_blanks(h);
    const auto token = next_token(h.rest);
    auto& d = st.sink.report(
        Code, h.token_span(),
        at_line_end(h.rest) ? fmt::format("{}", Rule::expected) : fmt::format("{}, found `{}`", Rule::expected, token));
    if (starts_with<curly_quote>(h.rest)) {
      d.notes.emplace_back("use straight double quotes `\"`, not curly ones");
    } else if (!std::string_view(Rule::hint).empty()) {
      d.notes.emplace_back(Rule::hint);
    }
  }
};

#define SEARCHC_ERROR(rule, code, expected_text, hint_text) \
  struct rule##_message {                                   \
    static constexpr const char* expected = expected_text;  \
    static constexpr const char* hint = hint_text;          \
  };                                                        \
  template <>                                               \
  struct error<rule> : message_error<rule##_message, DiagCode::code> {}

SEARCHC_ERROR(heading_first, E024, "expected a heading in double quotes or a qualifier after `mesh(`",
              "for example `mesh(\"Multiple Sclerosis\")` or `mesh(/DT)`");
SEARCHC_ERROR(heading_option, E024, "expected `noexp`, `major` or a qualifier such as `/DT`",
              "options follow the heading: `mesh(\"Multiple Sclerosis\", noexp, /DT)`");
SEARCHC_ERROR(heading_close, E024, "expected `,` or `)` in the heading", "");
SEARCHC_ERROR(qualifier_value, E024, "expected a qualifier after `/`",
              "write its abbreviation or its name: `/DT` or `/\"drug therapy\"`");
SEARCHC_ERROR(field_list, E022, "expected a field name after `[`", "for example `[ti,ab,kw]`");
SEARCHC_ERROR(field_name, E022, "expected a field name after `,`", "for example `[ti,ab,kw]`");
SEARCHC_ERROR(field_close, E022, "expected `,` or `]` in the field list",
              "fields are separated by commas: `[ti,ab,kw]`");
SEARCHC_ERROR(limit_key, E026, "expected the limit's name after `limit`", "for example `limit year 2014 to 2021`");
SEARCHC_ERROR(limit_value, E026, "expected a range or a word after the limit's name",
              "write `2014 to 2021`, `from 2014` or `to 2021`, or a word: `limit study-type interventional`");
SEARCHC_ERROR(role_name, E026, "expected `condition` or `intervention` after `role`",
              "for example `ms = #ms_mesh OR #ms_text role condition`");
SEARCHC_ERROR(native_text, E024, "expected text in double quotes after `native(`",
              "for example `native(\"multiple sclerosis\")`");
SEARCHC_ERROR(native_close, E024, "expected `)` after the text of `native(`", "");
SEARCHC_ERROR(kw_narrower, E027, "expected `narrower` after `accept`", "write `accept narrower`");
SEARCHC_ERROR(kw_headings, E027, "expected `headings` after `expand`", "write `expand headings`");
SEARCHC_ERROR(search_equals, E027, "expected `=` after `search` and its label",
              "for example `search \"Advanced search\" = #condition AND #intervention`");
SEARCHC_ERROR(kw_to, E026, "expected `to` after the first date", "write `2014 to 2021`");
SEARCHC_ERROR(limit_from, E025, "expected a date", "write a year, a month or a day: `2014`, `2014-01`, `2014-01-31`");
SEARCHC_ERROR(limit_to, E025, "expected a date", "write a year, a month or a day: `2021`, `2021-07`, `2021-07-31`");
SEARCHC_ERROR(searched_date, E025, "expected the date of the search", "write it as `2021-06-11`");
SEARCHC_ERROR(change_date, E025, "expected the date of the change", "write it as `2021-06-22`");
SEARCHC_ERROR(strategy_title, E030, "expected the strategy's title in double quotes",
              "for example `strategy \"Stem cell transplantation for multiple sclerosis\"`");
SEARCHC_ERROR(text, E027, "expected text in double quotes", "for example `note \"limited to 2014 or later\"`");
SEARCHC_ERROR(records_count, E027, "expected a number of records", "for example `deduplicated 346`");
SEARCHC_ERROR(change_hits, E027, "expected the number of records the change added after `hits`",
              "for example `change 2021-06-22 \"Lines #12 to #16 added\" hits 20`");
SEARCHC_ERROR(hits_count, E027, "expected the number of hits",
              "for example `hits 230`, or `hits #final 230` for one line");
SEARCHC_ERROR(database_id, E027, "expected the database's name after `database`", "for example `database central {`");
SEARCHC_ERROR(block_open, E027, "expected `{` to open the block", "for example `database central {` or `records {`");
SEARCHC_ERROR(block_open_end, E027, "expected the end of the line after `{`",
              "each entry of a database block goes on its own line");

#undef SEARCHC_ERROR

constexpr std::array<std::string_view, 8> entry_keywords = {"interface", "searched", "hits",   "note",
                                                            "change",    "search",   "accept", "expand"};

template <>
struct error<unknown_records_entry> {
  static void report(ParseState& st, Here h) {
    h = skip_blanks(h);
    auto& d = st.sink.report(DiagCode::E027, h.token_span(),
                             fmt::format("`{}` is not an entry of the `records` block", next_token(h.rest)));
    if (auto match = closest_match(next_token(h.rest), {"other-sources", "deduplicated", "note"})) {
      d.notes.push_back(fmt::format("did you mean `{}`?", *match));
    }
    d.notes.emplace_back(
        "the block holds `other-sources N` (records found outside the databases), "
        "`deduplicated N` (records left after removing duplicates) and `note \"...\"`");
  }
};

template <>
struct error<unknown_entry> {
  static void report(ParseState& st, Here h) {
    h = skip_blanks(h);
    const auto token = next_token(h.rest);
    auto& d =
        st.sink.report(DiagCode::E027, h.token_span(), fmt::format("`{}` is not an entry of a database block", token));
    const std::vector<std::string_view> candidates(entry_keywords.begin(), entry_keywords.end());
    if (auto match = closest_match(token, candidates)) d.notes.push_back(fmt::format("did you mean `{}`?", *match));
    d.notes.emplace_back(
        "a block holds `interface`, `searched`, `hits`, `note`, `change`, `search`, "
        "`accept narrower`, `expand headings` and lines that replace a line for this database "
        "(`name = search`)");
  }
};

template <typename Rule>
struct control : pegtl::normal<Rule> {
  template <typename Input, typename... States>
  [[noreturn]] static void raise(const Input& in, ParseState& st) {
    error<Rule>::report(st, here(in, st));
    abort_statement();
  }
};

// ---- Actions ------------------------------------------------------------------------------

template <typename Rule>
struct action : pegtl::nothing<Rule> {};

template <>
struct action<statement_begin> {
  static void apply0(ParseState& st) {
    st.line = {};
    st.database.reset();
    st.records.reset();
    st.field_names.clear();
  }
};

template <>
struct action<entry_begin> {
  static void apply0(ParseState& st) {
    st.line = {};
    st.field_names.clear();
    st.hits_line.reset();
    st.change_hits.reset();
  }
};

std::string describe_code_point(char32_t cp) {
  switch (cp) {
    case 0xA0:
      return "a non-breaking space (U+00A0)";
    case 0x200B:
      return "a zero-width space (U+200B)";
    case 0xFEFF:
      return "a zero-width no-break space (U+FEFF)";
    default:
      return fmt::format("a special space (U+{:04X})", static_cast<std::uint32_t>(cp));
  }
}

template <>
struct action<special_space> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    const auto cp = decode_utf8(in.string_view(), 0).code_point;
    if (auto* d = st.report_once(DiagCode::E006, st.span(in),
                                 fmt::format("{} is not an ordinary space", describe_code_point(cp)))) {
      d->notes.emplace_back("replace it with an ordinary space; it often comes from copying out of a word processor");
    }
  }
};

template <>
struct action<line_name> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.line.name = in.string();
    st.line.name_span = st.span(in);
  }
};

template <>
struct action<equals> {
  static void apply0(ParseState& st) { st.expr.reset(); }
};

template <>
struct action<search_equals> : action<equals> {};

template <>
struct action<group_open> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    if (!st.expr.open_group(st.span(in))) abort_statement();
  }
};

template <>
struct action<group_close> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    if (!st.expr.close_group(st.span(in))) abort_statement();
  }
};

// A term's, a phrase's or a native text's length is that of its text, without its quotation
// marks and with its spaces folded, as the importers measure what they read (E032).
void check_length(ParseState& st, std::string_view text, Span span, std::string_view what) {
  check_term_length(text.size(), span, what, st.sink);
}

template <>
struct action<term> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    check_length(st, in.string_view(), st.span(in), "term");
    st.expr.add_operand(ast::Node{st.span(in), false, ast::Term{in.string()}});
  }
};

template <>
struct action<phrase> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    const auto whole = in.string_view();
    const auto span = st.span(in);
    const auto open = decode_utf8(whole, 0).length;
    std::size_t close = 1;
    while (close < whole.size() && (static_cast<unsigned char>(whole[whole.size() - close]) & 0xC0U) == 0x80U) {
      ++close;
    }
    const auto body = whole.substr(open, whole.size() - open - close);
    if (open > 1 || whole.back() != '"') {
      auto& d = st.sink.report(DiagCode::E005, span, "curly quotation marks around a phrase");
      d.notes.push_back(fmt::format("use straight double quotes: \"{}\"", fold_space(body)));
    }
    auto folded = fold_space(body);
    if (folded.empty()) {
      auto& d = st.sink.report(DiagCode::E017, span, "this phrase is empty");
      d.notes.emplace_back("put words between the quotation marks, or remove them");
    }
    check_length(st, folded, span, "phrase");
    st.expr.add_operand(ast::Node{span, false, ast::Phrase{std::move(folded)}});
  }
};

ast::LineRef make_ref(ParseState& st, std::string_view whole, Span span) {
  const auto target = whole.substr(1);
  if (!target.empty() && std::isdigit(static_cast<unsigned char>(target.front())) != 0) {
    auto& d = st.sink.report(DiagCode::E105, span, fmt::format("`{}` refers to a line by number", whole));
    const auto n = read_digits(target, 1'000'000);
    if (n >= 1 && n <= st.strategy.lines.size()) {
      const auto& name = st.strategy.lines[n - 1].name;
      d.notes.push_back(fmt::format("line {} is named `{}`: write `#{}`", n, name, name));
    } else {
      d.notes.emplace_back("lines are referred to by name, as in `#ms_text`");
    }
  }
  return ast::LineRef{std::string(target), -1};
}

template <>
struct action<line_ref> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    const auto span = st.span(in);
    st.expr.add_operand(ast::Node{span, false, make_ref(st, in.string_view(), span)});
  }
};

template <>
struct action<hits_line> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.hits_line = make_ref(st, in.string_view(), st.span(in));
  }
};

template <>
struct action<heading_open> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.heading = {};
    st.heading_begin = st.offset(in.begin());
  }
};

std::string_view unquote(std::string_view quoted) {
  return quoted.substr(1, quoted.size() - 2);
}

template <>
struct action<heading_label> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.heading.label = fold_space(unquote(in.string_view()));
    if (st.heading.label.empty()) {
      auto& d = st.sink.report(DiagCode::E024, st.span(in), "the heading is empty");
      d.notes.emplace_back("write the heading as MeSH spells it: `mesh(\"Multiple Sclerosis\")`");
    }
  }
};

template <>
struct action<qualifier> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    auto value = in.string_view().substr(1);
    if (!value.empty() && value.front() == '"') value = unquote(value);
    st.heading.qualifiers.push_back(ast::Qualifier{fold_space(value), {}, {}, st.span(in)});
  }
};

void heading_flag(ParseState& st, Span span, bool already, std::string_view flag) {
  if (already) {
    st.sink.report(DiagCode::E120, span, fmt::format("`{}` is given twice", flag));
  } else if (st.heading.label.empty()) {
    auto& d = st.sink.report(DiagCode::E120, span, fmt::format("`{}` needs a heading", flag));
    d.notes.emplace_back(
        "a floating qualifier such as `mesh(/DT)` stands for any heading with that "
        "qualifier, so it cannot be narrowed this way");
  }
}

template <>
struct action<kw_noexp> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    heading_flag(st, st.span(in), !st.heading.explode, "noexp");
    st.heading.explode = false;
  }
};

template <>
struct action<kw_major> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    heading_flag(st, st.span(in), st.heading.major, "major");
    st.heading.major = true;
  }
};

template <>
struct action<heading> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.expr.add_operand(ast::Node{{st.heading_begin, st.offset(in.end())}, false, std::move(st.heading)});
    st.heading = {};
  }
};

template <>
struct action<native_text> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.text = std::string(unquote(in.string_view()));
    if (fold_space(st.text).empty()) {
      auto& d = st.sink.report(DiagCode::E024, st.span(in), "the text of `native(...)` is empty");
      d.notes.emplace_back("write the database's own search in the quotation marks");
    }
    check_length(st, st.text, st.span(in), "text");
  }
};

template <>
struct action<native> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.expr.add_operand(ast::Node{st.span(in), false, ast::Native{std::move(st.text)}});
    st.text.clear();
  }
};

template <>
struct action<field_name> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.field_names.push_back(ast::FieldName{in.string(), st.span(in)});
  }
};

template <>
struct action<field_suffix> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    auto* node = st.expr.last_operand();
    const Span span = cover(node->span, st.span(in));
    ast::Nodes body;
    body.push_back(std::move(*node));
    *node = ast::Node{span, false, ast::Fielded{std::move(st.field_names), {}, std::move(body)}};
    st.field_names.clear();
  }
};

template <OperatorKind Kind>
struct operator_action {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.expr.add_operator(Operator{Kind, 0, false, st.span(in)});
  }
};

template <>
struct action<op_and> : operator_action<OperatorKind::and_> {};
template <>
struct action<op_or> : operator_action<OperatorKind::or_> {};
template <>
struct action<op_not> : operator_action<OperatorKind::not_> {};

template <>
struct action<op_next> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.expr.add_operator(Operator{OperatorKind::near, 1, true, st.span(in)});
  }
};

template <>
struct action<distance> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    const auto n = read_digits(in.string_view(), 1'000'000);
    if (n < 1 || n > 100) {
      auto& d = st.sink.report(
          DiagCode::E020, st.span(in),
          fmt::format("a proximity distance of {}{} is outside 1 to 100", n >= 1'000'000 ? "over " : "", n));
      d.notes.emplace_back("`NEAR/1` means next to each other in either order; `NEAR/3` within 3 words");
    }
    st.distance = static_cast<int>(std::clamp<std::uint64_t>(n, 1, 100));
  }
};

template <>
struct action<op_near> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.expr.add_operator(Operator{OperatorKind::near, st.distance, false, st.span(in)});
  }
};

// Reads a date the `date` rule matched, reporting impossible ones.
template <typename Input>
ast::Date read_date(const Input& in, ParseState& st) {
  const auto text = in.string_view();
  const auto number = [&](std::size_t pos, std::size_t len) {
    int n = 0;
    for (std::size_t i = pos; i < pos + len; ++i) n = n * 10 + (text[i] - '0');
    return n;
  };
  ast::Date date{number(0, 4), text.size() >= 7 ? number(5, 2) : 0, text.size() >= 10 ? number(8, 2) : 0};
  // a month or day written as 00 reads as one not given, which valid_date accepts
  const bool zero = (text.size() >= 7 && date.month == 0) || (text.size() >= 10 && date.day == 0);
  if (zero || !ast::valid_date(date)) {
    auto& d = st.sink.report(DiagCode::E025, st.span(in), fmt::format("`{}` is not a valid date", text));
    d.notes.emplace_back("dates are written year-month-day: `2021-06-11`, `2021-06` or `2021`");
  }
  return date;
}

struct date_action {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.date = read_date(in, st);
  }
};

template <>
struct action<limit_key> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.limit = ast::Limit{};
    st.limit.key = in.string();
    st.limit.key_span = st.span(in);
  }
};

template <>
struct action<limit_from> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.limit.from = read_date(in, st);
  }
};

template <>
struct action<limit_to> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.limit.to = read_date(in, st);
  }
};

template <>
struct action<limit_word> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.limit.value = in.string();
    st.limit.value_span = st.span(in);
  }
};

template <>
struct action<role_name> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    if (st.line.role) {
      auto& d = st.sink.report(DiagCode::E124, st.span(in), "the line has a role already");
      d.labels.push_back({st.line.role->span, "first given here"});
      return;
    }
    st.line.role = ast::Role{in.string(), st.span(in), std::nullopt};
  }
};

template <>
struct action<limit> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.limit.span = st.span(in);
    st.line.limits.push_back(std::move(st.limit));
    st.limit = {};
  }
};

template <>
struct action<searched_date> : date_action {};
template <>
struct action<change_date> : date_action {};

template <>
struct action<text> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.text = std::string(unquote(in.string_view()));
  }
};

template <>
struct action<strategy_title> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    const auto span = st.span(in);
    if (st.strategy.title) {
      st.sink.report(DiagCode::E030, span, "the strategy has a title already");
    } else if (!st.strategy.lines.empty() || !st.strategy.databases.empty()) {
      auto& d = st.sink.report(DiagCode::E030, span, "the title must come before the first line");
      d.notes.emplace_back("move `strategy \"...\"` to the top of the file");
    } else {
      st.strategy.title = fold_space(unquote(in.string_view()));
      st.strategy.title_span = span;
    }
  }
};

// The finished line: its span runs from the name to the end of its last limit.
bool finish_line(ParseState& st) {
  if (!st.expr.finish(st.line.query)) return false;
  st.line.span = cover(st.line.name_span, st.line.query.span);
  for (const auto& limit : st.line.limits) st.line.span = cover(st.line.span, limit.span);
  if (st.line.role) st.line.span = cover(st.line.span, st.line.role->span);
  return true;
}

template <>
struct action<line_statement> {
  static void apply0(ParseState& st) {
    if (!finish_line(st)) abort_statement();
    st.strategy.lines.push_back(std::move(st.line));
    st.line = {};
  }
};

template <>
struct action<database_id> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.database = ast::Database{in.string(), st.span(in), st.span(in), {}};
  }
};

template <>
struct action<block_open> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.block_open = st.span(in);
  }
};

template <typename Input>
void add_entry(ParseState& st, const Input& in, auto entry) {
  st.database->entries.push_back(ast::Entry{st.span(in), std::move(entry)});
}

template <>
struct action<interface_entry> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    add_entry(st, in, ast::Interface{std::move(st.text)});
  }
};

template <>
struct action<searched_entry> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    add_entry(st, in, ast::Searched{st.date});
  }
};

// A count of records: at most 15 digits, which no database's result reaches.
template <typename Input>
std::uint64_t read_count(const Input& in, ParseState& st) {
  const auto text = in.string_view();
  if (text.size() > 15) {
    st.sink.report(DiagCode::E027, st.span(in), "this number of records is too large");
    return 0;
  }
  return read_digits(text, std::numeric_limits<std::uint64_t>::max());
}

template <>
struct action<hits_count> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.hits = read_count(in, st);
  }
};

template <>
struct action<records_count> : action<hits_count> {};

template <>
struct action<change_hits> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.change_hits = read_count(in, st);
  }
};

template <>
struct action<hits_entry> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    add_entry(st, in, ast::Hits{st.hits, std::move(st.hits_line)});
    st.hits_line.reset();
  }
};

template <>
struct action<note_entry> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    add_entry(st, in, ast::Note{std::move(st.text)});
  }
};

template <>
struct action<change_entry> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    add_entry(st, in, ast::Change{st.date, std::move(st.text), st.change_hits});
    st.change_hits.reset();
  }
};

template <>
struct action<override_entry> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    if (!finish_line(st)) abort_statement();
    add_entry(st, in, ast::Override{std::move(st.line)});
    st.line = {};
  }
};

template <>
struct action<kw_search> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.line.name_span = st.span(in);
    st.search_label.clear();
  }
};

template <>
struct action<search_label> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.search_label = fold_space(unquote(in.string_view()));
  }
};

template <>
struct action<search_entry> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    if (!finish_line(st)) abort_statement();
    add_entry(st, in, ast::Search{std::move(st.search_label), std::move(st.line)});
    st.line = {};
    st.search_label.clear();
  }
};

template <>
struct action<accept_entry> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    add_entry(st, in, ast::AcceptNarrower{});
  }
};

template <>
struct action<expand_entry> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    add_entry(st, in, ast::ExpandHeadings{});
  }
};

template <>
struct action<block_close> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.block_end = st.offset(in.end());
  }
};

template <>
struct action<block_unclosed> {
  static void apply0(ParseState& st) {
    st.block_end = static_cast<std::uint32_t>(st.source.text().size());
    auto& d = st.sink.report(DiagCode::E031, st.block_open,
                             st.database ? fmt::format("the block of `{}` is never closed", st.database->id)
                                         : std::string("the `records` block is never closed"));
    d.notes.emplace_back("end the block with `}` on a line of its own");
  }
};

template <>
struct action<database_statement> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.database->span = {st.offset(in.begin()), st.block_end};
    st.strategy.databases.push_back(std::move(*st.database));
    st.database.reset();
  }
};

template <>
struct action<records_begin> {
  static void apply0(ParseState& st) { st.records = ast::Records{}; }
};

template <typename Input>
void add_records_entry(ParseState& st, const Input& in, auto entry) {
  st.records->entries.push_back(ast::RecordsEntry{st.span(in), std::move(entry)});
}

template <>
struct action<other_sources_entry> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    add_records_entry(st, in, ast::OtherSources{st.hits});
  }
};

template <>
struct action<deduplicated_entry> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    add_records_entry(st, in, ast::Deduplicated{st.hits});
  }
};

template <>
struct action<records_note_entry> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    add_records_entry(st, in, ast::Note{std::move(st.text)});
  }
};

template <>
struct action<records_statement> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.records->span = {st.offset(in.begin()), st.block_end};
    st.strategy.records.push_back(std::move(*st.records));
    st.records.reset();
  }
};

}  // namespace
}  // namespace grammar

ast::Strategy parse(const SourceFile& source, DiagnosticSink& sink) {
  using namespace grammar;
  if (!check_encoding(source, sink)) return {};
  ParseState state(source, sink);
  pegtl::memory_input<pegtl::tracking_mode::lazy> in(source.text(), source.name());
  pegtl::parse<file, action, control>(in, state);
  if (state.strategy.lines.empty() && !sink.has_errors()) {
    auto& d = sink.report(DiagCode::E003, {0, 0}, "the strategy has no search lines");
    d.notes.emplace_back("write at least one line, such as `ms = mesh(\"Multiple Sclerosis\")`");
  }
  return std::move(state.strategy);
}

}  // namespace searchc
