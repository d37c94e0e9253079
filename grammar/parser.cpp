// The parser: the PEGTL actions that build the syntax tree, and the one parse of the grammar.
#include "grammar/parser.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>

#include "base/text.hpp"
#include "base/utf8.hpp"
#include "grammar/errors.hpp"
#include "grammar/parse_state.hpp"
#include "grammar/rules.hpp"

namespace searchc {
namespace grammar {
namespace {

template <typename Rule>
struct action : pegtl::nothing<Rule> {};

template <>
struct action<statement_begin> {
  static void apply0(ParseState& st) {
    st.line = {};
    st.database.reset();
    st.records.reset();
    st.block = {};
    st.line_parts = {};
    st.entry_parts = {};
  }
};

template <>
struct action<entry_begin> {
  static void apply0(ParseState& st) {
    st.line = {};
    st.line_parts = {};
    st.entry_parts = {};
  }
};

std::string describe_code_point(char32_t cp) {
  switch (cp) {
    case 0xA0:
      return "a non-breaking space (U+00A0)";
    case 0xAD:
      return "a soft hyphen (U+00AD)";
    case 0x200B:
      return "a zero-width space (U+200B)";
    case 0xFEFF:
      return "a zero-width no-break space (U+FEFF)";
    default:
      return fmt::format("a special space (U+{:04X})", static_cast<std::uint32_t>(cp));
  }
}

// E006 at `span`, which holds the special space or soft hyphen `cp`.
void report_special(ParseState& st, Span span, char32_t cp) {
  if (cp == 0xAD) {
    if (auto* d = st.report_once(
            DiagCode::E006, span,
            fmt::format("{} is an invisible character: no record holds the word with it", describe_code_point(cp)))) {
      d->notes.emplace_back("remove it; it often comes from copying out of a word processor");
    }
    return;
  }
  if (auto* d =
          st.report_once(DiagCode::E006, span, fmt::format("{} is not an ordinary space", describe_code_point(cp)))) {
    d->notes.emplace_back("replace it with an ordinary space; it often comes from copying out of a word processor");
  }
}

// Whether `cp` is one of rules.hpp's `special_space` or `soft_hyphen`, for the text of a phrase,
// which the grammar reads whole.
bool special_character(char32_t cp) {
  return cp == 0xA0 || cp == 0xAD || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
         cp == 0xFEFF;
}

template <>
struct action<special_space> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    report_special(st, st.span(in), decode_utf8(in.string_view(), 0).code_point);
  }
};

template <>
struct action<soft_hyphen> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    report_special(st, st.span(in), 0xAD);
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
    for (std::size_t at = 0; at < body.size();) {
      if (static_cast<unsigned char>(body[at]) < 0x80U) {
        ++at;
        continue;
      }
      const auto c = decode_utf8(body, at);
      if (special_character(c.code_point)) {
        const auto begin = span.begin + static_cast<std::uint32_t>(open + at);
        report_special(st, Span{begin, begin + static_cast<std::uint32_t>(c.length)}, c.code_point);
      }
      at += std::max<std::size_t>(c.length, 1);
    }
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
    st.entry_parts.hits_line = make_ref(st, in.string_view(), st.span(in));
  }
};

template <>
struct action<thesaurus_name> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.line_parts.heading = {};
    st.line_parts.heading.vocabulary = *ast::vocabulary_named(in.string_view());
  }
};

std::string_view unquote(std::string_view quoted) {
  return quoted.substr(1, quoted.size() - 2);
}

template <>
struct action<heading_label> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.line_parts.heading.label = fold_space(unquote(in.string_view()));
    if (st.line_parts.heading.label.empty()) {
      auto& d = st.sink.report(DiagCode::E024, st.span(in), "the heading is empty");
      d.notes.emplace_back("write the heading as MeSH spells it: `mesh(\"Multiple Sclerosis\")`");
    }
  }
};

// Qualifiers and `as-written` are MeSH's: searchc knows MeSH's qualifiers and checks its
// headings, while the licensed thesauri's headings are taken as written.
void mesh_only(ParseState& st, Span span, bool qualifier) {
  const auto vocabulary = st.line_parts.heading.vocabulary;
  if (vocabulary == ast::Vocabulary::mesh) return;
  const auto name = ast::vocabulary_name(vocabulary);
  auto& d = st.sink.report(
      DiagCode::E128, span,
      fmt::format("{} for MeSH headings only, not for {}", qualifier ? "qualifiers are" : "`as-written` is", name));
  d.notes.push_back(qualifier ? fmt::format("searchc does not write {} subheadings: search the heading without them, "
                                            "or write the database's own line in a `database` block",
                                            name)
                              : fmt::format("a heading of {} is taken as written already: remove `as-written`", name));
}

template <>
struct action<qualifier> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    auto value = in.string_view().substr(1);
    if (!value.empty() && value.front() == '"') value = unquote(value);
    mesh_only(st, st.span(in), true);
    st.line_parts.heading.qualifiers.push_back(ast::Qualifier{fold_space(value), {}, {}, st.span(in)});
  }
};

void heading_flag(ParseState& st, Span span, bool already, std::string_view flag) {
  if (already) {
    st.sink.report(DiagCode::E120, span, fmt::format("`{}` is given twice", flag));
  } else if (st.line_parts.heading.label.empty()) {
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
    heading_flag(st, st.span(in), !st.line_parts.heading.explode, "noexp");
    st.line_parts.heading.explode = false;
  }
};

template <>
struct action<kw_major> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    heading_flag(st, st.span(in), st.line_parts.heading.major, "major");
    st.line_parts.heading.major = true;
  }
};

template <>
struct action<kw_as_written> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    heading_flag(st, st.span(in), st.line_parts.heading.as_written, "as-written");
    mesh_only(st, st.span(in), false);
    st.line_parts.heading.as_written = true;
  }
};

template <>
struct action<heading> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.expr.add_operand(ast::Node{st.span(in), false, std::move(st.line_parts.heading)});
    st.line_parts.heading = {};
  }
};

template <>
struct action<native_text> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.line_parts.native_text = std::string(unquote(in.string_view()));
    if (fold_space(st.line_parts.native_text).empty()) {
      auto& d = st.sink.report(DiagCode::E024, st.span(in), "the text of `native(...)` is empty");
      d.notes.emplace_back("write the database's own search in the quotation marks");
    }
    check_length(st, st.line_parts.native_text, st.span(in), "text");
  }
};

template <>
struct action<native> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.expr.add_operand(ast::Node{st.span(in), false, ast::Native{std::move(st.line_parts.native_text)}});
    st.line_parts.native_text.clear();
  }
};

template <>
struct action<field_name> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.line_parts.field_names.push_back(ast::FieldName{in.string(), st.span(in)});
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
    *node = ast::Node{span, false, ast::Fielded{std::move(st.line_parts.field_names), {}, std::move(body)}};
    st.line_parts.field_names.clear();
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
    st.line_parts.distance = static_cast<int>(std::clamp<std::uint64_t>(n, 1, 100));
  }
};

template <>
struct action<op_near> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.expr.add_operator(Operator{OperatorKind::near, st.line_parts.distance, false, st.span(in)});
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
    st.entry_parts.date = read_date(in, st);
  }
};

template <>
struct action<limit_key> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.line_parts.limit = ast::Limit{};
    st.line_parts.limit.key = in.string();
    st.line_parts.limit.key_span = st.span(in);
  }
};

template <>
struct action<limit_from> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.line_parts.limit.from = read_date(in, st);
  }
};

template <>
struct action<limit_to> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.line_parts.limit.to = read_date(in, st);
  }
};

template <>
struct action<limit_word> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.line_parts.limit.value = in.string();
    st.line_parts.limit.value_span = st.span(in);
  }
};

template <>
struct action<role_name> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.line_parts.role = {};
    st.line_parts.role.name = in.string();
    st.line_parts.role.span = st.span(in);
  }
};

template <>
struct action<role_source> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.line_parts.role.source = std::string(unquote(in.string_view()));
    st.line_parts.role.source_span = st.span(in);
  }
};

template <>
struct action<role> {
  static void apply0(ParseState& st) {
    if (st.line.role) {
      auto& d = st.sink.report(DiagCode::E124, st.line_parts.role.span, "the line has a role already");
      d.labels.push_back({st.line.role->span, "first given here"});
      return;
    }
    st.line.role = std::move(st.line_parts.role);
  }
};

template <>
struct action<variations> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    if (st.line.variations) {
      auto& d = st.sink.report(DiagCode::E130, st.span(in), "the line says `variations` already");
      d.labels.push_back({*st.line.variations, "first said here"});
      return;
    }
    st.line.variations = st.span(in);
  }
};

template <>
struct action<limit> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.line_parts.limit.span = st.span(in);
    st.line.limits.push_back(std::move(st.line_parts.limit));
    st.line_parts.limit = {};
  }
};

template <>
struct action<searched_date> : date_action {};
template <>
struct action<change_date> : date_action {};
template <>
struct action<peer_review_date> : date_action {};

template <>
struct action<text> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.entry_parts.text = std::string(unquote(in.string_view()));
  }
};

template <>
struct action<imported_syntax> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    const auto span = st.span(in);
    if (st.strategy.imported_from) {
      st.sink.report(DiagCode::E034, span, "the strategy says where it was imported from already");
    } else if (!st.strategy.lines.empty() || !st.strategy.databases.empty()) {
      auto& d = st.sink.report(DiagCode::E034, span, "`imported from` must come before the first line");
      d.notes.emplace_back("move it to the top of the file, after the title");
    } else {
      st.strategy.imported_from = in.string();
      st.strategy.imported_from_span = span;
    }
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
  if (st.line.role) {
    st.line.span = cover(st.line.span, st.line.role->source ? st.line.role->source_span : st.line.role->span);
  }
  if (st.line.variations) st.line.span = cover(st.line.span, *st.line.variations);
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
    st.block.open = st.span(in);
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
    add_entry(st, in, ast::Interface{std::move(st.entry_parts.text)});
  }
};

template <>
struct action<searched_entry> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    add_entry(st, in, ast::Searched{st.entry_parts.date});
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
    st.entry_parts.hits = read_count(in, st);
  }
};

template <>
struct action<records_count> : action<hits_count> {};

template <>
struct action<change_hits> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.entry_parts.change_hits = read_count(in, st);
  }
};

template <>
struct action<hits_entry> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    add_entry(st, in, ast::Hits{st.entry_parts.hits, std::move(st.entry_parts.hits_line)});
    st.entry_parts.hits_line.reset();
  }
};

template <>
struct action<note_entry> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    add_entry(st, in, ast::Note{std::move(st.entry_parts.text)});
  }
};

template <>
struct action<change_entry> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    add_entry(st, in, ast::Change{st.entry_parts.date, std::move(st.entry_parts.text), st.entry_parts.change_hits});
    st.entry_parts.change_hits.reset();
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
    st.entry_parts.search_label.clear();
  }
};

template <>
struct action<search_label> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.entry_parts.search_label = fold_space(unquote(in.string_view()));
  }
};

template <>
struct action<search_entry> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    if (!finish_line(st)) abort_statement();
    add_entry(st, in, ast::Search{std::move(st.entry_parts.search_label), std::move(st.line)});
    st.line = {};
    st.entry_parts.search_label.clear();
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
    st.block.end = st.offset(in.end());
  }
};

template <>
struct action<block_unclosed> {
  static void apply0(ParseState& st) {
    st.block.end = static_cast<std::uint32_t>(st.source.text().size());
    auto& d = st.sink.report(DiagCode::E031, st.block.open,
                             st.database ? fmt::format("the block of `{}` is never closed", st.database->id)
                                         : std::string("the `records` block is never closed"));
    d.notes.emplace_back("end the block with `}` on a line of its own");
  }
};

template <>
struct action<database_statement> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.database->span = {st.offset(in.begin()), st.block.end};
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
    add_records_entry(st, in, ast::OtherSources{st.entry_parts.hits});
  }
};

template <>
struct action<deduplicated_entry> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    add_records_entry(st, in, ast::Deduplicated{st.entry_parts.hits});
  }
};

template <>
struct action<records_note_entry> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    add_records_entry(st, in, ast::Note{std::move(st.entry_parts.text)});
  }
};

template <>
struct action<peer_review_text> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.entry_parts.text = std::string(unquote(in.string_view()));
    if (fold_space(st.entry_parts.text).empty()) {
      auto& d = st.sink.report(DiagCode::E027, st.span(in), "the peer review does not say who made it, or how");
      d.notes.emplace_back("for example `peer-review 2021-05-30 \"PRESS 2015, by a second librarian\"`");
    }
  }
};

template <>
struct action<peer_review_entry> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    add_records_entry(st, in, ast::PeerReview{st.entry_parts.date, std::move(st.entry_parts.text)});
  }
};

template <>
struct action<records_statement> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.records->span = {st.offset(in.begin()), st.block.end};
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
  // A line of the strategy takes at least a line of the source: reserved, so that a long
  // strategy's lines are not held twice while the vector grows.
  state.strategy.lines.reserve(source.line_count());
  pegtl::memory_input<pegtl::tracking_mode::lazy> in(source.text(), source.name());
  pegtl::parse<file, action, control>(in, state);
  if (state.strategy.lines.empty() && !sink.has_errors()) {
    auto& d = sink.report(DiagCode::E003, {0, 0}, "the strategy has no search lines");
    d.notes.emplace_back("write at least one line, such as `ms = mesh(\"Multiple Sclerosis\")`");
  }
  return std::move(state.strategy);
}

}  // namespace searchc
