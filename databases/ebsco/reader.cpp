// The EBSCOhost importer, for CINAHL Complete and APA PsycInfo. The syntax is
// databases/ebsco/syntax.hpp's, the one the writer writes, with its sources in docs/databases.md
// ("CINAHL Complete (EBSCOhost) (`cinahl`)").
//
// Reads EBSCOhost's search history as its table shows it and appendices print it: `S1 ...` rows,
// newest first or oldest, with or without the header row, the Search Options column (search
// mode, limiters, expanders, "Narrow by") and the result counts, in columns of tabs or spaces.
// In a search: `S1 OR S2`; field codes before a word, a run of words or a group (`TI x`,
// `AB (a OR b)`); headings `(MH "X+")`, `(MM "X")`, PsycInfo's `(DE "X")`; `Nn` and `Wn` (n
// words between: the language's NEAR/(n + 1)); `*`, `?` and `#` as EBSCO defines them; a year
// limit `DT 2014-2021` ANDed onto a search. Every reading that is not exact is reported at its
// place: words side by side (within five words, N5, in the default search mode, W307), AND
// before OR (EBSCO's help, W307), proximity mixed with AND or OR (read first, the wider reading,
// W304), a limiter or expander the language lacks (kept as the line's comment, W302). NOT mixed
// with other operators without parentheses is refused (E302): no page says how they group.
#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "base/text.hpp"
#include "compiler/format.hpp"
#include "databases/dates.hpp"
#include "databases/ebsco/ebsco.hpp"
#include "databases/ebsco/syntax.hpp"
#include "databases/history.hpp"
#include "databases/import.hpp"
#include "databases/reader.hpp"

namespace searchc::ebsco {
namespace {

using namespace import;

// What differs between the databases on EBSCOhost when read: the thesaurus and its codes, and
// where a search without a field code looks.
struct Dialect {
  std::string_view id;
  std::string_view from;  // "CINAHL Complete (EBSCOhost)"
  ast::Vocabulary vocabulary;
  HeadingCodes headings;
  HeadingCodes other;  // the other database's heading codes, read with a warning (W412)
  // The fields a search without a code is read in (empty: all text), and the reading (W303).
  FieldSet unscoped;
  std::string_view unscoped_reading;
};

// EBSCO's CINAHL FAQ: "the default fields for unqualified searches are: Title, Abstract, Subject
// headings" (docs/databases.md). The language's keywords, EBSCO's `SU`, hold author keywords too.
constexpr Dialect cinahl{"cinahl",
                         "CINAHL Complete (EBSCOhost)",
                         ast::Vocabulary::cinahl,
                         cinahl_headings,
                         apa_headings,
                         FieldSet{Field::title, Field::abstract, Field::keywords},
                         "CINAHL Complete searches words without a field code in the title, the abstract and the "
                         "subject headings: read as `[ti,ab,kw]`, whose keywords hold author keywords too, which may "
                         "find more"};
constexpr Dialect psycinfo{"psycinfo-ebsco",
                           "APA PsycInfo (EBSCOhost)",
                           ast::Vocabulary::apa,
                           apa_headings,
                           cinahl_headings,
                           FieldSet{},
                           "APA PsycInfo on EBSCOhost searches words without a field code in its default fields, "
                           "which no EBSCO page read names: read as all text, which may find more (unverified)"};

// Whether `node` holds a search a field code or the history places: a scope, a line reference,
// a heading.
bool placed(const ast::Node& node) {
  return ast::any_node(node, [](const ast::Node& n) {
    return std::holds_alternative<ast::Fielded>(n.kind) || std::holds_alternative<ast::LineRef>(n.kind) ||
           std::holds_alternative<ast::Heading>(n.kind) || std::holds_alternative<ast::Native>(n.kind);
  });
}

// Each largest part of `node` that no field code scopes, read in `fields` (`a AND TI b` is
// `a[ti,ab,kw] AND b[ti]`); `first` is set to the first such part's span.
void scope_unscoped(ast::Node& node, FieldSet fields, std::optional<Span>& first) {
  if (!placed(node)) {
    if (!first) first = node.span;
    if (!fields.empty()) node = ast::field_scope(node.span, fields, std::move(node));
    return;
  }
  if (auto* b = std::get_if<ast::Bool>(&node.kind)) {
    for (auto& o : b->operands) scope_unscoped(o, fields, first);
  } else if (auto* x = std::get_if<ast::Not>(&node.kind)) {
    for (auto& o : x->operands) scope_unscoped(o, fields, first);
  }
}

// How the search mode joins words typed side by side.
enum class Mode : std::uint8_t { boolean_phrase, all_terms, any_terms };

// An operator as read: AND, OR, NOT, proximity; `typed` false for words side by side.
struct Op {
  enum Kind : std::uint8_t { and_, or_, not_, near } kind = and_;
  int distance = 1;  // the language's
  bool ordered = false;
  bool typed = true;
  Span where;

  bool same(const Op& o) const {
    return kind == o.kind && typed == o.typed && (kind != near || (distance == o.distance && ordered == o.ordered));
  }
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && folded_spaces.contains(s.front())) s.remove_prefix(1);
  while (!s.empty() && folded_spaces.contains(s.back())) s.remove_suffix(1);
  return s;
}

bool starts_with_i(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequal(s.substr(0, prefix.size()), prefix);
}

// The columns that may follow a search on its row, by the start of their name.
constexpr std::array<std::string_view, 9> column_starts = {search_modes_column, limiters_column,    expanders_column,
                                                           narrow_by_column,    run_via_columns[0], run_via_columns[1],
                                                           run_via_columns[2],  "View Results",     "View Details"};

// Where the columns after the search start in `text`: at a tab, or at a column's name after a
// space, outside quotation marks and parentheses; npos when the row holds the search alone.
std::size_t columns_start(std::string_view text) {
  int depth = 0;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '(') ++depth;
    if (c == ')') --depth;
    if (c == '\t' && i > 0) return i;
    if (depth == 0 && (i == 0 || folded_spaces.contains(text[i - 1]))) {
      for (const auto start : column_starts) {
        if (starts_with_i(text.substr(i), start)) return i;
      }
    }
  }
  return std::string_view::npos;
}

// The options of a row: the columns after its search, each a piece of the source.
struct Row {
  HistoryLine line;
  std::vector<std::string_view> columns;
};

// A count as the Actions column prints it: `View Results (1,234)`.
std::optional<std::uint64_t> results_count(std::string_view column) {
  const auto open = column.find('(');
  const auto close = column.find(')');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) return std::nullopt;
  std::string digits;
  for (const char c : column.substr(open + 1, close - open - 1)) {
    if (c != ',') digits += c;
  }
  if (digits.empty() || digits.size() > 15 || !all_digits(digits)) return std::nullopt;
  return read_digits(digits, 1'000'000'000'000'000ULL);
}

// `2014-2021`, `20100601-20201231`, `2014`: the publication dates from the first to the last,
// named as coarsely as they can be (whole years where they run from 1 January to 31 December).
std::optional<DigitDates> limiter_dates(std::string_view range) {
  const auto dates = read_digit_dates(range);
  if (!dates) return std::nullopt;
  return coarsest(*dates);
}

ast::Limit year_limit(const DigitDates& dates, Span where) {
  auto limit = date_limit(ast::LimitKind::publication_year, dates.from, dates.to, where);
  limit.key_span = where;
  return limit;
}

// `english[la]`, the records in a language, as a search ANDed on.
ast::Node language_search(std::string_view language, Span where) {
  ast::Nodes body;
  body.push_back(ast::Node{where, false, ast::Term{lower(language)}});
  return ast::Node{where, false, ast::Fielded{{}, FieldSet{Field::language}, std::move(body)}};
}

// What the options of a row make of its search: the mode, limits, searches ANDed on, the
// comment, and the count.
struct Options {
  Mode mode = Mode::boolean_phrase;
  std::vector<ast::Limit> limits;
  ast::Nodes and_on;
  std::vector<std::string> kept;
  std::optional<std::uint64_t> hits;
};

class OptionReader {
 public:
  // `search`: the span of the search the options apply to, where their readings' direction is
  // taken (DirectedReading::stands).
  OptionReader(const SourceFile& source, DiagnosticSink& sink, ReadingNotes& notes,
               std::vector<DirectedReading>& readings, Span search)
      : source_(source), sink_(sink), notes_(notes), readings_(readings), search_(search) {}

  Options read(const std::vector<std::string_view>& columns) {
    Options out;
    for (const auto column : columns) {
      for (const auto piece : pieces(column)) one(piece, out);
    }
    return out;
  }

 private:
  Span span_of(std::string_view piece) const {
    const auto at = static_cast<std::uint32_t>(piece.data() - source_.text().data());
    return {at, at + static_cast<std::uint32_t>(piece.size())};
  }

  // A column as printed may hold several options one after another, `Limiters - ...
  // Search modes - ...`: each starts with its name.
  static std::vector<std::string_view> pieces(std::string_view column) {
    std::vector<std::string_view> out;
    std::size_t begin = 0;
    for (std::size_t i = 1; i < column.size(); ++i) {
      if (!folded_spaces.contains(column[i - 1])) continue;
      for (const auto start : column_starts) {
        if (!starts_with_i(column.substr(i), start)) continue;
        if (const auto piece = trim(column.substr(begin, i - begin)); !piece.empty()) out.push_back(piece);
        begin = i;
        break;
      }
    }
    if (const auto piece = trim(column.substr(begin)); !piece.empty()) out.push_back(piece);
    return out;
  }

  void one(std::string_view piece, Options& out) {
    // the Results column printed after the options, `Search modes - Boolean/Phrase 120`
    if (const auto space = piece.find_last_of(" \t"); space != std::string_view::npos) {
      const auto last = piece.substr(space + 1);
      if (!last.empty() && is_ascii_digit(last.front()) &&
          last.find_first_not_of("0123456789,") == std::string_view::npos) {
        if (const auto n = results_count(fmt::format("({})", last)); n && !out.hits) {
          out.hits = n;
          sink_.report(
              DiagCode::W306, span_of(last),
              fmt::format("`{}` at the end of the row is its Results column: kept as the run's hit count", last));
          piece = trim(piece.substr(0, space));
        }
      }
    }
    const auto where = span_of(piece);
    if (starts_with_i(piece, search_modes_column)) {
      mode(trim(piece.substr(search_modes_column.size())), where, out);
    } else if (starts_with_i(piece, limiters_column)) {
      for (const auto item : split(piece.substr(limiters_column.size()), ';')) limiter(trim(item), out);
    } else if (starts_with_i(piece, expanders_column)) {
      for (auto item : split(piece.substr(expanders_column.size()), ';')) {
        item = trim(item);
        if (item.empty()) continue;
        readings_.push_back({DiagCode::W302,
                             span_of(item),
                             fmt::format("the expander `{}` widened the search in ways the language cannot say, and "
                                         "is kept as the line's comment: the search is read without it",
                                         item),
                             Effect::narrower,
                             {},
                             search_});
        out.kept.push_back(fmt::format("EBSCOhost expander: {}", item));
      }
    } else if (starts_with_i(piece, narrow_by_column)) {
      narrow_by(piece, out);
    } else if (starts_with_i(piece, "View Results")) {
      if (const auto n = results_count(piece); n && !out.hits) out.hits = n;
      notes_.note_once(DiagCode::W306, where,
                       "the Actions column (`View Results (n)`, `View Details`, `Edit`) is not part of the search: "
                       "its count is kept as the run's hit count");
    } else if (starts_with_i(piece, "View Details") || iequal(piece, "Edit")) {
      notes_.note_once(DiagCode::W306, where,
                       "the Actions column (`View Results (n)`, `View Details`, `Edit`) is not part of the search: "
                       "its count is kept as the run's hit count");
    } else if (std::any_of(run_via_columns.begin(), run_via_columns.end(),
                           [&](std::string_view c) { return starts_with_i(piece, c); })) {
      notes_.note_once(DiagCode::W306, where,
                       "the Last Run Via column (`Interface - ...`, `Search Screen - ...`, `Database - ...`) says "
                       "where the search was run, not what it searched: skipped");
    } else {
      sink_.report(DiagCode::E301, where, fmt::format("cannot read the column `{}` of this search's row", piece));
      failed = true;
    }
  }

  void mode(std::string_view name, Span where, Options& out) {
    if (iequal(name, boolean_phrase_mode)) {
      out.mode = Mode::boolean_phrase;
    } else if (iequal(name, all_terms_mode)) {
      out.mode = Mode::all_terms;
    } else if (iequal(name, any_terms_mode)) {
      out.mode = Mode::any_terms;
    } else {
      sink_.report(DiagCode::W411, where,
                   fmt::format("the search mode `{}` is not one the language can say (it searches by its own "
                               "choice of words, or ranks without requiring them): the search is read in the "
                               "Boolean/Phrase mode, which may find other records",
                               name));
      out.kept.push_back(fmt::format("EBSCOhost search mode: {}", name));
    }
  }

  void limiter(std::string_view item, Options& out) {
    if (item.empty()) return;
    const auto where = span_of(item);
    const auto colon = item.find(':');
    const auto name = trim(item.substr(0, colon));
    if (colon != std::string_view::npos &&
        std::any_of(date_limiters.begin(), date_limiters.end(), [&](std::string_view d) { return iequal(d, name); })) {
      const auto dates = limiter_dates(trim(item.substr(colon + 1)));
      if (dates && out.limits.empty()) {
        out.limits.push_back(year_limit(*dates, where));
        return;
      }
    }
    if (iequal(item, english_limiter)) {
      sink_.report(DiagCode::W303, where,
                   "the limiter `English Language` is read as `english[la]` ANDed onto the search, the records in "
                   "English");
      out.and_on.push_back(language_search("english", where));
      return;
    }
    readings_.push_back({DiagCode::W302,
                         where,
                         fmt::format("the language has no limit like `{}`, which is kept as the line's comment: the "
                                     "search is read without it",
                                     item),
                         Effect::broader,
                         {},
                         search_});
    out.kept.push_back(fmt::format("EBSCOhost limiter: {}", item));
  }

  // `Narrow by Language: - english`: the language is read as a search ANDed on; any other
  // facet is kept as the comment.
  void narrow_by(std::string_view piece, Options& out) {
    const auto where = span_of(piece);
    const auto facet = trim(piece.substr(narrow_by_column.size()));
    const auto colon = facet.find(':');
    const auto value = colon == std::string_view::npos ? std::string_view() : trim(facet.substr(colon + 1));
    const auto word = trim(value.starts_with('-') ? value.substr(1) : value);
    if (colon != std::string_view::npos && iequal(trim(facet.substr(0, colon)), "Language") && !word.empty() &&
        std::all_of(word.begin(), word.end(), [](char c) { return is_ascii_letter(c); })) {
      sink_.report(DiagCode::W303, where,
                   fmt::format("`{}` is read as `{}[la]` ANDed onto the search, the records in that language", piece,
                               lower(word)));
      out.and_on.push_back(language_search(word, where));
      return;
    }
    readings_.push_back({DiagCode::W302,
                         where,
                         fmt::format("the language cannot narrow a search by `{}`, which is kept as the line's "
                                     "comment: the search is read without it",
                                     facet),
                         Effect::broader,
                         {},
                         search_});
    out.kept.push_back(fmt::format("EBSCOhost: {}", piece));
  }

 public:
  bool failed = false;

 private:
  const SourceFile& source_;
  DiagnosticSink& sink_;
  ReadingNotes& notes_;
  std::vector<DirectedReading>& readings_;
  Span search_;
};

// A marker standing in a search for `DT 2014-2021` until the line is read to its end.
constexpr std::string_view date_marker =
    "\x01"
    "DT";

class LineReader {
 public:
  LineReader(const Dialect& dialect, Mode mode, DiagnosticSink& sink, const History& history, ReadingNotes& notes,
             std::vector<DirectedReading>& readings)
      : dialect_(dialect), mode_(mode), sink_(sink), history_(history), notes_(notes), readings_(readings) {}

  // The line's search, its year limits added to `limits`; nullopt after an error (reported).
  std::optional<ast::Node> read(std::string_view text, std::uint32_t offset, std::vector<ast::Limit>& limits) {
    line_ = text;
    line_offset_ = offset;
    if (!tokenize(text, offset)) return std::nullopt;
    if (tokens_.empty()) return fail({offset, offset}, "this line has no search");
    auto node = expression();
    if (!node) return std::nullopt;
    if (pos_ < tokens_.size()) {
      const auto& t = tokens_[pos_];
      return fail(span(t), t.kind == Token::close ? std::string("a `)` has no matching `(`")
                                                  : fmt::format("cannot read `{}` here", text_of(t)));
    }
    if (!dates_.empty() && !take_dates(*node, limits)) return std::nullopt;
    if (!fields_within_proximity(*node)) return std::nullopt;
    std::optional<Span> unscoped;
    scope_unscoped(*node, dialect_.unscoped, unscoped);
    if (unscoped) notes_.note_once(DiagCode::W303, *unscoped, dialect_.unscoped_reading);
    return node;
  }

 private:
  std::nullopt_t fail(Span where, std::string message) {
    if (!failed_) sink_.report(DiagCode::E301, where, std::move(message));
    failed_ = true;
    return std::nullopt;
  }
  std::string_view text_of(const Token& t) const { return token_text(t, line_, line_offset_); }
  const Token* peek(std::size_t ahead = 0) const {
    return pos_ + ahead < tokens_.size() ? &tokens_[pos_ + ahead] : nullptr;
  }

  // Words, phrases in double quotation marks and parentheses.
  bool tokenize(std::string_view text, std::uint32_t offset) {
    const auto add = [&](Token::Kind kind, std::size_t from, std::size_t to) {
      tokens_.push_back({offset + static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to - from), kind});
    };
    for (std::size_t i = 0; i < text.size();) {
      const char c = text[i];
      if (folded_spaces.contains(c)) {
        ++i;
      } else if (c == '(' || c == ')') {
        add(c == '(' ? Token::open : Token::close, i, i + 1);
        ++i;
      } else if (c == '"') {
        const auto end = text.find('"', i + 1);
        if (end == std::string_view::npos) {
          const auto at = offset + static_cast<std::uint32_t>(i);
          fail({at, at + 1}, "this quotation is never closed");
          return false;
        }
        add(Token::phrase, i, end + 1);
        i = end + 1;
      } else {
        auto end = i;
        while (end < text.size() && !folded_spaces.contains(text[end]) && text[end] != '(' && text[end] != ')' &&
               text[end] != '"') {
          ++end;
        }
        add(Token::word, i, end);
        i = end;
      }
    }
    return true;
  }

  // The operator `t` is, or nullopt: AND, OR, NOT, `Nn`, `Wn`, in any case.
  std::optional<Op> operator_of(const Token& t) {
    if (t.kind != Token::word) return std::nullopt;
    const auto word = text_of(t);
    if (!is_operator(word)) return std::nullopt;
    if (iequal(word, "and")) return Op{Op::and_, 1, false, true, span(t)};
    if (iequal(word, "or")) return Op{Op::or_, 1, false, true, span(t)};
    if (iequal(word, "not")) return Op{Op::not_, 1, false, true, span(t)};
    const auto between = read_digits(word.substr(1), 1000);
    const bool ordered = ascii_lower(word.front()) == ascii_lower(within_letter);
    return Op{Op::near, static_cast<int>(between) + 1, ordered, true, span(t)};
  }

  // A field code (`TI`, `MH`, `DT`) that scopes what follows it: a code followed by a search.
  bool code_scopes(std::size_t at) const {
    if (at >= tokens_.size() || tokens_[at].kind != Token::word) return false;
    const auto word = text_of(tokens_[at]);
    if (!is_code(word)) return false;
    if (at + 1 >= tokens_.size() || tokens_[at + 1].kind == Token::close) return false;
    return tokens_[at + 1].kind != Token::word || !is_operator(text_of(tokens_[at + 1]));
  }
  // Codes are read in capitals only, as EBSCO prints them: `an`, `is`, `do` are words.
  static bool is_code(std::string_view word) {
    if (!std::all_of(word.begin(), word.end(), [](char c) { return is_ascii_upper(c); })) return false;
    return find_field_code(field_codes(), word) != nullptr || heading_code(word) || word == date_code;
  }
  // `MH`, `MM`, `DE`: the heading codes of either database on EBSCOhost.
  static bool heading_code(std::string_view word) {
    for (const auto& codes : {cinahl_headings, apa_headings}) {
      if (iequal(word, codes.exact) || iequal(word, codes.major)) return true;
    }
    return false;
  }

  // Operands and operators of one level of parentheses, grouped as EBSCOhost groups them:
  // words side by side first, then proximity, then AND, then OR; NOT only alone.
  std::optional<ast::Node> expression() {
    auto first = operand();
    if (!first) return std::nullopt;
    ast::Nodes operands;
    operands.push_back(std::move(*first));
    std::vector<Op> ops;
    while (const auto* t = peek()) {
      if (t->kind == Token::close) break;
      auto op = operator_of(*t);
      if (op) {
        ++pos_;
        if (op->distance > 100)
          return fail(op->where, fmt::format("`{}` is outside the distances the language has "
                                             "(at most 99 words between)",
                                             text_of(tokens_[pos_ - 1])));
        // `W2`: the order is dropped once every line is read (import::drop_wider_order)
        if (op->kind == Op::near && op->ordered && op->distance > 1)
          readings_.push_back(order_dropped(op->where, text_of(tokens_[pos_ - 1]), op->distance));
      } else {
        op = side_by_side(span(*t));
      }
      auto next = operand();
      if (!next) return std::nullopt;
      operands.push_back(std::move(*next));
      ops.push_back(*op);
    }
    return combine(std::move(operands), std::move(ops));
  }

  // Words typed side by side, joined as the search mode joins them.
  Op side_by_side(Span where) const {
    switch (mode_) {
      case Mode::boolean_phrase:
        return Op{Op::near, side_by_side_between + 1, false, false, where};
      case Mode::all_terms:
        return Op{Op::and_, 1, false, false, where};
      case Mode::any_terms:
        return Op{Op::or_, 1, false, false, where};
    }
    return {};
  }

  static ast::Node make(const Op& op, ast::Nodes operands) {
    const Span whole = cover(operands.front().span, operands.back().span);
    switch (op.kind) {
      case Op::and_:
      case Op::or_:
        return {whole, false,
                ast::Bool{op.kind == Op::and_ ? ast::BoolOp::and_ : ast::BoolOp::or_, std::move(operands)}};
      case Op::not_:
        return {whole, false, ast::Not{std::move(operands)}};
      case Op::near:
        return same_fields_outside({whole, false, ast::Near{op.distance, op.ordered, std::move(operands)}});
    }
    return {};
  }

  // The tier an operator is joined in: words side by side first, then proximity, AND, OR, NOT.
  static int tier(const Op& op) {
    if (!op.typed) return 0;
    switch (op.kind) {
      case Op::near:
        return 1;
      case Op::and_:
        return 2;
      case Op::or_:
        return 3;
      case Op::not_:
        return 4;
    }
    return 4;
  }

  std::optional<ast::Node> combine(ast::Nodes operands, std::vector<Op> ops) {
    if (ops.empty()) return std::move(operands.front());
    std::array<bool, 5> tiers{};
    for (const auto& op : ops) tiers[static_cast<std::size_t>(tier(op))] = true;
    const auto whole = cover(operands.front().span, operands.back().span);
    if (tiers[4] && (tiers[1] || tiers[2] || tiers[3])) {
      const auto& other = *std::find_if(ops.begin(), ops.end(), [](const Op& o) { return o.typed && tier(o) != 4; });
      const auto& no = *std::find_if(ops.begin(), ops.end(), [](const Op& o) { return tier(o) == 4; });
      refuse_mixed_operators(sink_, cover(ops.front().where, ops.back().where), token_at(other.where),
                             token_at(no.where), "EBSCOhost", fmt::format("the {} strategy", dialect_.from));
      failed_ = true;
      return std::nullopt;
    }
    for (int t = 0; t <= 4; ++t) {
      std::size_t i = 0;
      ast::Nodes next_operands;
      std::vector<Op> next_ops;
      next_operands.push_back(std::move(operands.front()));
      while (i < ops.size()) {
        if (tier(ops[i]) != t) {
          next_ops.push_back(ops[i]);
          next_operands.push_back(std::move(operands[i + 1]));
          ++i;
          continue;
        }
        const auto op = ops[i];
        ast::Nodes group;
        group.push_back(std::move(next_operands.back()));
        while (i < ops.size() && tier(ops[i]) == t && (t == 4 ? group.size() < 2 : true)) {
          if (!ops[i].same(op)) {
            return fail(ops[i].where,
                        fmt::format("`{}` and `{}` are different proximity operators in a row without parentheses, "
                                    "which the language cannot join",
                                    token_at(op.where), token_at(ops[i].where)));
          }
          group.push_back(std::move(operands[i + 1]));
          ++i;
        }
        next_operands.back() = make(op, std::move(group));
        next_operands.back().grouped = true;
      }
      operands = std::move(next_operands);
      ops = std::move(next_ops);
    }
    auto result = std::move(operands.front());
    result.grouped = false;
    // what the text does not show, said once for the level
    const auto shown = format_expression(result);
    if (tiers[0]) {
      sink_.report(DiagCode::W307, whole,
                   mode_ == Mode::boolean_phrase
                       ? fmt::format("EBSCOhost searches words typed side by side within {} words of each other, in "
                                     "either order (N{}): read as `{}`",
                                     side_by_side_between, side_by_side_between, shown)
                       : fmt::format("in the search mode \"{}\", EBSCOhost joins words typed side by side with {}: "
                                     "read as `{}`",
                                     mode_ == Mode::all_terms ? all_terms_mode : any_terms_mode,
                                     mode_ == Mode::all_terms ? "AND" : "OR", shown));
    }
    if (tiers[1] && (tiers[2] || tiers[3])) {
      sink_.report(DiagCode::W304, whole,
                   fmt::format("proximity and AND or OR are mixed without parentheses, and EBSCOhost does not "
                               "document which applies first: read with proximity first, the reading that finds "
                               "more, as `{}`",
                               shown));
    } else if (tiers[2] && tiers[3]) {
      sink_.report(DiagCode::W307, whole,
                   fmt::format("EBSCOhost applies AND before OR (EBSCO's help): read as `{}`", shown));
    }
    return result;
  }

  std::string_view token_at(Span where) const {
    return line_.substr(where.begin - line_offset_, where.end - where.begin);
  }

  std::optional<ast::Node> operand() {
    const auto* t = peek();
    if (t == nullptr) {
      const auto end = tokens_.empty() ? line_offset_ : span(tokens_.back()).end;
      return fail({end, end}, "an operator has no search after it");
    }
    const auto token = *t;
    switch (token.kind) {
      case Token::open: {
        ++pos_;
        auto node = expression();
        if (!node) return std::nullopt;
        if (!peek() || peek()->kind != Token::close) return fail(span(token), "this `(` is never closed");
        node->grouped = true;
        node->span = cover(span(token), span(*peek()));
        ++pos_;
        return node;
      }
      case Token::close:
      case Token::bracket:
      case Token::brace:  // neither made by tokenize
        return fail(span(token), fmt::format("expected a search, found `{}`", text_of(token)));
      case Token::phrase:
        ++pos_;
        return text_node(text_of(token).substr(1, token.size - 2), true, span(token));
      case Token::word:
        break;
    }
    const auto word = text_of(token);
    if (operator_of(token)) return fail(span(token), fmt::format("`{}` has no search before it", word));
    if (code_scopes(pos_)) {
      ++pos_;
      return scoped(word, span(token));
    }
    ++pos_;
    if (names_range(word, history_letter)) {
      failed_ = true;
      return history_.lines(word, span(token), "EBSCOhost", sink_, history_letter);
    }
    if (is_history_reference(word)) {
      auto ref =
          history_.reference(read_digits(word.substr(1), 1'000'000), span(token), fmt::format("`{}`", word), sink_);
      if (!ref) failed_ = true;
      return ref;
    }
    return text_node(word, false, span(token));
  }

  // What a code scopes: a group, or the words and phrases typed side by side after it.
  std::optional<ast::Node> scoped(std::string_view code, Span code_span) {
    std::optional<ast::Node> body;
    if (heading_code(code)) return heading(code, code_span);
    if (iequal(code, date_code)) return dates(code_span);
    if (peek()->kind == Token::open) {
      body = operand();
    } else {
      body = run();
    }
    if (!body) return std::nullopt;
    const auto* row = find_field_code(field_codes(), code);
    const Span whole = cover(code_span, body->span);
    if (!row->note.empty()) field_reading(*row, fmt::format("`{}`: {}", code, row->note), code_span, notes_, readings_);
    // all text, as `[all]`: the words of no code are read in the database's default fields
    return ast::field_scope(whole, row->fields.empty() ? FieldSet{Field::all_text} : row->fields, std::move(*body));
  }

  // Words and phrases side by side, up to an operator, a parenthesis or a field code.
  std::optional<ast::Node> run() {
    ast::Nodes operands;
    std::vector<Op> ops;
    while (const auto* t = peek()) {
      if ((t->kind != Token::word && t->kind != Token::phrase) || operator_of(*t) || code_scopes(pos_)) break;
      if (!operands.empty()) ops.push_back(side_by_side(span(*t)));
      auto next = operand();
      if (!next) return std::nullopt;
      operands.push_back(std::move(*next));
    }
    if (operands.empty()) return fail(span(*peek()), fmt::format("expected a search, found `{}`", text_of(*peek())));
    return combine(std::move(operands), std::move(ops));
  }

  // `MH "Falls+"`, `MM "Falls"`, `DE "Anxiety"`, `MH falls+`: a heading, exploded with `+` where
  // the database explodes so.
  std::optional<ast::Node> heading(std::string_view code, Span code_span) {
    std::string label;
    Span where = code_span;
    if (peek()->kind == Token::phrase) {
      const auto t = *peek();
      ++pos_;
      label = fold_space(text_of(t).substr(1, t.size - 2));
      where = cover(code_span, span(t));
    } else if (peek()->kind == Token::word) {
      while (const auto* t = peek()) {
        if (t->kind != Token::word || operator_of(*t) || code_scopes(pos_)) break;
        label += (label.empty() ? "" : " ") + std::string(text_of(*t));
        where = cover(code_span, span(*t));
        ++pos_;
      }
    }
    if (label.empty()) return fail(where, fmt::format("`{}` names no heading", code));
    // `Asthma+/DT`, `Pressure Ulcer/PC/NU`: a heading with subheadings, as published CINAHL
    // strategies print them (unverified: no EBSCO page read shows the form). The language has
    // none for CINAHL's headings: read as the heading with any subheading, which finds more.
    std::string subheadings;
    while (label.size() > 3 && label[label.size() - 3] == '/' && is_ascii_upper(label[label.size() - 2]) &&
           is_ascii_upper(label.back())) {
      subheadings.insert(0, label.substr(label.size() - 3));
      label.resize(label.size() - 3);
    }
    ast::Heading h;
    h.vocabulary = dialect_.vocabulary;
    h.explode = false;
    if (label.back() == explode_mark) {
      label.pop_back();
      label = fold_space(label);
      h.explode = true;
    }
    if (!subheadings.empty()) {
      readings_.push_back({DiagCode::W302, where,
                           fmt::format("the subheading{} `{}` of the heading `{}` cannot be said in the language: read "
                                       "as the heading with any subheading",
                                       subheadings.size() > 3 ? "s" : "", subheadings, label),
                           Effect::broader});
    }
    if (label.empty() || has_wildcards(label)) {
      return fail(where, fmt::format("`{}` is no heading the language can search: a heading is named whole, "
                                     "without wildcards",
                                     token_at(where)));
    }
    h.major = iequal(code, dialect_.headings.major);
    const bool own = iequal(code, dialect_.headings.exact) || h.major;
    if (!own) {
      sink_.report(DiagCode::W412, where,
                   fmt::format("`{}` is {}'s heading code, not {}'s (`{}`): read as the heading `{}` of {}", code,
                               dialect_.id == cinahl.id ? "APA PsycInfo" : "CINAHL", dialect_.from,
                               dialect_.headings.exact, label, dialect_.from));
    }
    if (h.explode && !dialect_.headings.plus_explodes) {
      h.explode = false;
      sink_.report(DiagCode::W412, where,
                   fmt::format("{} does not explode a heading written with `+` (it explodes only from its "
                               "Thesaurus page): read as the heading `{}` alone, as it runs",
                               dialect_.from, label));
    }
    h.label = std::move(label);
    return ast::Node{where, false, std::move(h)};
  }

  // `DT 2014-2021`, `DT 2014`, `DT 20140601-20211231`: the publication-date limit, to the year,
  // month or day written, which stands for a marker until the line is read (take_dates).
  std::optional<ast::Node> dates(Span code_span) {
    const auto t = *peek();
    ++pos_;
    const auto text = text_of(t);
    const auto dates = limiter_dates(text);
    const Span where = cover(code_span, span(t));
    if (t.kind != Token::word || !dates) {
      return fail(where, fmt::format("cannot read the dates `{}`: expected years such as `DT 2014-2021`", text));
    }
    dates_.push_back(year_limit(*dates, where));
    return ast::Node{where, false, ast::Native{std::string(date_marker)}};
  }

  static bool is_date(const ast::Node& n) {
    const auto* x = std::get_if<ast::Native>(&n.kind);
    return x != nullptr && x->text == date_marker;
  }

  // The dates ANDed onto the line's search become its limits; dates anywhere else are refused.
  bool take_dates(ast::Node& node, std::vector<ast::Limit>& limits) {
    if (auto* b = std::get_if<ast::Bool>(&node.kind);
        b != nullptr && b->op == ast::BoolOp::and_ && dates_.size() == 1) {
      const auto before = b->operands.size();
      std::erase_if(b->operands, is_date);
      if (b->operands.size() < before && !b->operands.empty()) {
        if (b->operands.size() == 1) {
          auto only = std::move(b->operands.front());  // moved out first: it lives inside `node`
          node = std::move(only);
        }
        if (!ast::any_node(node, is_date)) {
          limits.push_back(std::move(dates_.front()));
          return true;
        }
      }
    }
    fail(dates_.front().span, "a date search (`DT`) can only be ANDed once onto a search, which it limits");
    return false;
  }

  // A word or phrase: EBSCOhost's `#` (one character or none) as the forms it stands for, a `?`
  // ending a word dropped as EBSCOhost drops it, a wildcard opening a word refused.
  std::optional<ast::Node> text_node(std::string_view raw, bool phrase, Span where) {
    auto text = fold_space(raw);
    if (text.empty()) return fail(where, "an empty phrase");
    std::string kept;
    bool dropped = false;
    std::vector<std::string_view> stop_words;
    std::size_t words = 0;
    for (const auto word : split(text, ' ')) {
      if (truncation == word.front() || one_character == word.front() || optional_character == word.front()) {
        return fail(where, fmt::format("`{}` opens with a wildcard, which EBSCOhost does not take", word));
      }
      ++words;
      if (is_stop_word(word)) stop_words.emplace_back(word);
      auto w = std::string(word);
      while (w.size() > 1 && w.back() == one_character) {
        w.pop_back();
        dropped = true;
      }
      kept += (kept.empty() ? "" : " ") + w;
    }
    // EBSCOhost "ignores" stop words even in quotation marks and matches any word in their place
    // ("if you searched for sink "or" swim, the results could include sink don't swim", its phrase
    // page, docs/databases.md): the language has no word that stands for any word, so the words
    // are kept as typed (W316), which in a phrase finds fewer. A search of stop words alone is not
    // searched at all ("yields no results"): read as the words, it changes what the search finds,
    // more beside OR, fewer beside AND. The stop list is syntax.hpp's (unverified).
    if (!stop_words.empty() && stop_words.size() < words) {
      readings_.push_back({DiagCode::W316, where,
                           fmt::format("EBSCOhost matches any word in the place of a stop word inside quotation "
                                       "marks (\"sink \"or\" swim\" finds \"sink don't swim\"): `{}` is read "
                                       "with `{}` as typed",
                                       text, fmt::join(stop_words, "`, `")),
                           Effect::narrower});
    } else if (!stop_words.empty()) {
      readings_.push_back({DiagCode::W316, where,
                           fmt::format("EBSCOhost does not search stop words, even inside quotation marks: `{}` is "
                                       "read as the word{} typed, which changes what the search finds",
                                       text, words > 1 ? "s" : ""),
                           Effect::different});
    }
    if (dropped) {
      sink_.report(DiagCode::W307, where,
                   fmt::format("EBSCOhost drops a `?` that ends a word: `{}` is read as `{}`", text, kept));
    }
    ast::Nodes forms;
    for (auto& form : optional_forms(kept, optional_character, notes_, where,
                                     "`#` (one character or none) is imported as `*` in words with more than three "
                                     "of them, which finds more")) {
      if (phrase || needs_phrase(form)) {
        forms.push_back(ast::Node{where, false, ast::Phrase{std::move(form)}});
      } else {
        forms.push_back(ast::Node{where, false, ast::Term{std::move(form)}});
      }
    }
    if (forms.size() == 1) return std::move(forms.front());
    return ast::Node{where, true, ast::Bool{ast::BoolOp::or_, std::move(forms)}};
  }

  // The proximity search's fields, outside it where every side has them; a side in other
  // fields than the others is refused (E301).
  bool fields_within_proximity(const ast::Node& node) {
    const auto inside = field_scope_in_proximity(node);
    if (!inside) return true;
    fail(*inside,
         "this side of the proximity search is searched in other fields than the other side; the language "
         "searches words within a distance of each other only in one field scope");
    return false;
  }

  const Dialect& dialect_;
  Mode mode_;
  DiagnosticSink& sink_;
  const History& history_;
  ReadingNotes& notes_;
  std::vector<DirectedReading>& readings_;
  std::string_view line_;
  std::uint32_t line_offset_ = 0;
  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  std::vector<ast::Limit> dates_;
  bool failed_ = false;
};

// The rows of the history: each search with the columns after it, and the lines below it that
// hold only more of its columns (a cell printed over several lines) or its count.
std::vector<Row> rows(const std::vector<HistoryLine>& lines, const SourceFile& source, DiagnosticSink& sink) {
  std::vector<Row> out;
  for (const auto& h : lines) {
    const auto start = columns_start(h.text);
    const bool only_columns = start == 0 || (start != std::string_view::npos && trim(h.text.substr(0, start)).empty());
    if (!h.number && !out.empty() && (only_columns || (all_digits(h.text) || (h.hits && h.text.empty())))) {
      auto& above = out.back();
      if (only_columns) above.columns.push_back(trim(h.text));
      if (!above.line.hits) above.line.hits = h.hits;
      if (all_digits(h.text) && !h.text.empty() && !above.line.hits) {
        above.line.hits = read_digits(h.text, 1'000'000'000'000'000ULL);
        const auto at = static_cast<std::uint32_t>(h.text.data() - source.text().data());
        sink.report(
            DiagCode::W306, {at, at + static_cast<std::uint32_t>(h.text.size())},
            fmt::format("`{}` on a line of its own is the count of the search above: kept as its hit count", h.text));
      }
      continue;
    }
    Row row{h, {}};
    if (start != std::string_view::npos) {
      row.columns.push_back(trim(h.text.substr(start)));
      row.line.text = trim(h.text.substr(0, start));
    }
    out.push_back(std::move(row));
  }
  return out;
}

Imported read(const Dialect& dialect, const SourceFile& source, DiagnosticSink& sink) {
  Imported out;
  out.from = dialect.from;
  History history;
  ast::Database record{std::string(dialect.id), {}, {}, {}};
  std::uint64_t next_number = 1;
  // A count may follow a closing parenthesis or quotation mark, or an exploded heading's `+`.
  const Layout layout{
      .numbers = Numbers::letter_s,
      .single_line_numbered = true,
      .operators_any_case = true,
      .ends_search =
          [](std::string_view before) {
            return before.ends_with(')') || before.ends_with('"') || before.ends_with('+');
          },
  };
  ReadingNotes file_notes(sink);          // the export's columns are reported once in the file
  std::vector<DirectedReading> readings;  // their direction is said once every line is read
  for (auto& row : rows(history_lines(source, layout, sink, &record.entries), source, sink)) {
    const auto& h = row.line;
    const auto number = h.number.value_or(next_number);
    next_number = number + 1;
    const Span whole{h.offset, h.offset + static_cast<std::uint32_t>(h.text.size())};
    OptionReader options_reader(source, sink, file_notes, readings, whole);
    auto options = options_reader.read(row.columns);
    ast::Line line;
    line.name = line_name(number);
    line.name_span = whole;
    line.span = whole;
    ReadingNotes notes(sink);  // a reading is reported once in each line that has it
    LineReader reader(dialect, options.mode, sink, history, notes, readings);
    auto query = options_reader.failed ? std::nullopt : reader.read(h.text, h.offset, line.limits);
    if (!query) {
      history.unread(number);
      continue;
    }
    if (!options.and_on.empty()) {
      ast::Nodes all;
      const auto span = query->span;
      all.push_back(std::move(*query));
      for (auto& n : options.and_on) all.push_back(std::move(n));
      query = ast::Node{span, false, ast::Bool{ast::BoolOp::and_, std::move(all)}};
    }
    line.query = std::move(*query);
    for (auto& l : options.limits) {
      if (line.limits.empty()) line.limits.push_back(std::move(l));
    }
    const auto hits = h.hits ? h.hits : options.hits;
    if (hits) record.entries.push_back({whole, ast::Hits{*hits, ast::LineRef{line.name, -1}}});
    std::string comment;
    for (const auto& k : options.kept) comment += (comment.empty() ? "" : "; ") + k;
    history.add(number, out.strategy.lines.size());
    out.strategy.lines.push_back(std::move(line));
    out.comments.push_back(std::move(comment));
  }
  if (!record.entries.empty()) out.strategy.databases.push_back(std::move(record));
  drop_wider_order(out.strategy.lines);
  say_directed(out.strategy.lines, readings, sink);
  return out;
}

}  // namespace

Imported read_cinahl(const SourceFile& source, DiagnosticSink& sink) {
  return read(cinahl, source, sink);
}

Imported read_psycinfo(const SourceFile& source, DiagnosticSink& sink) {
  return read(psycinfo, source, sink);
}

}  // namespace searchc::ebsco
