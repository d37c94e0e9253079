// The error messages of the parser: for each rule in must<> or raise<>, the diagnostic it
// reports when it fails, chosen by looking at what follows, and the control class that reports
// it and abandons the statement. Included by grammar/parser.cpp alone.
#pragma once

#include <fmt/format.h>

#include <array>
#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/utf8.hpp"
#include "compiler/diagnostics.hpp"
#include "compiler/source.hpp"
#include "grammar/parse_state.hpp"
#include "grammar/rules.hpp"

namespace searchc::grammar {

// ---- Looking ahead, for error messages --------------------------------------------------------

template <typename Rule>
bool starts_with(std::string_view rest) {
  pegtl::memory_input in(rest.data(), rest.size(), "");
  return pegtl::parse<Rule>(in);
}

inline bool at_line_end(std::string_view rest) {
  return rest.empty() || rest.front() == '\n' || rest.substr(0, 2) == "\r\n";
}

// The next token of the input, for quoting in a message: a phrase, a word, or one character.
inline std::string_view next_token(std::string_view rest) {
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
inline Here skip_blanks(Here h) {
  while (!h.rest.empty() && (h.rest.front() == ' ' || h.rest.front() == '\t')) {
    h.rest.remove_prefix(1);
    ++h.offset;
  }
  return h;
}

// Where the quotation that is never closed was opened: the last quotation mark on this line.
inline Span opening_quote(const ParseState& st, std::uint32_t at) {
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

inline std::string last_operand_text(ParseState& st) {
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
inline void report_unexpected(ParseState& st, Here h) {
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

inline void report_unclosed_paren(ParseState& st) {
  auto& d = st.sink.report(DiagCode::E013, *st.expr.open_paren(), "this `(` is never closed");
  d.notes.emplace_back(
      "add the `)` that closes it; a search goes on over several lines only when "
      "the lines after the first are indented");
}

inline void report_unclosed_quote(ParseState& st, Here h, std::string_view what) {
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

SEARCHC_ERROR(heading_first, E024, "expected a heading in double quotes or a qualifier after `(`",
              "for example `mesh(\"Multiple Sclerosis\")`, `mesh(/DT)` or `emtree(\"multiple sclerosis\")`");
SEARCHC_ERROR(heading_option, E024, "expected `noexp`, `major`, `as-written` or a qualifier such as `/DT`",
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
SEARCHC_ERROR(role_name, E026, "expected `condition`, `intervention` or `filter` after `role`",
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
SEARCHC_ERROR(peer_review_date, E025, "expected the date of the peer review",
              "write it as `2021-05-30`, before who made it and how: "
              "`peer-review 2021-05-30 \"PRESS 2015, by a second librarian\"`");
SEARCHC_ERROR(peer_review_text, E027, "expected who peer-reviewed the strategy and how, in double quotes",
              "for example `peer-review 2021-05-30 \"PRESS 2015, by a second librarian\"`");
SEARCHC_ERROR(strategy_title, E030, "expected the strategy's title in double quotes",
              "for example `strategy \"Stem cell transplantation for multiple sclerosis\"`");
SEARCHC_ERROR(text, E027, "expected text in double quotes", "for example `note \"limited to 2014 or later\"`");
SEARCHC_ERROR(records_count, E027, "expected a number of records", "for example `deduplicated 346`");
SEARCHC_ERROR(change_hits, E027, "expected the number of records the change added after `hits`",
              "for example `change 2021-06-22 \"Lines #12 to #16 added\" hits 20`");
SEARCHC_ERROR(hits_count, E027, "expected the number of hits",
              "for example `hits 230`, or `hits #final 230` for one line");
SEARCHC_ERROR(imported_from, E034, "expected `from` and the id of the database the strategy was imported from",
              "for example `imported from ovid`");
SEARCHC_ERROR(database_id, E027, "expected the database's name after `database`", "for example `database central {`");
SEARCHC_ERROR(block_open, E027, "expected `{` to open the block", "for example `database central {` or `records {`");
SEARCHC_ERROR(block_open_end, E027, "expected the end of the line after `{`",
              "each entry of a database block goes on its own line");

#undef SEARCHC_ERROR

inline constexpr std::array<std::string_view, 8> entry_keywords = {"interface", "searched", "hits",   "note",
                                                                   "change",    "search",   "accept", "expand"};

template <>
struct error<unknown_records_entry> {
  static void report(ParseState& st, Here h) {
    h = skip_blanks(h);
    auto& d = st.sink.report(DiagCode::E027, h.token_span(),
                             fmt::format("`{}` is not an entry of the `records` block", next_token(h.rest)));
    if (auto match = closest_match(next_token(h.rest), {"other-sources", "deduplicated", "note", "peer-review"})) {
      d.notes.push_back(fmt::format("did you mean `{}`?", *match));
    }
    d.notes.emplace_back(
        "the block holds `other-sources N` (records found outside the databases), "
        "`deduplicated N` (records left after removing duplicates), `note \"...\"` and "
        "`peer-review DATE \"who and how\"` (the strategy's peer review)");
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

}  // namespace searchc::grammar
