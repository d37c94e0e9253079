// The LILACS importer: a query of the Virtual Health Library's portal, one query, or numbered
// lines `#1 tw:(...)` as appendices print them. The syntax is databases/lilacs/syntax.hpp's, with
// its sources in docs/databases.md ("LILACS (BVS portal) (`lilacs`)").
//
// The portal rewrites a query before its search engine (Solr) reads it (iahx-controller's
// `format_query`): outside quotation marks and brackets it lower-cases the text, turns `$` into
// `*`, upper-cases `or`, `and not` and `and` into operators, and passes `AND NOT` on as `NOT`. So
// AND, OR and AND NOT are read in any case, and a `NOT` alone, which the rewriting leaves a
// lower-case word, is refused (E301). Solr gives AND, OR and NOT mixed without parentheses no
// order to rely on: a mix is refused (E302). Words side by side are read as AND (W307, once),
// the default operator of BIREME's schema (iahx-server, `schema.xml`, `defaultOperator="AND"`).
// A field prefix applies to the word, phrase or group after it; a word without one is searched
// in `tw` (the schema's `defaultSearchField`), the title, abstract and descriptors. `mh:` and `mj:` take DeCS
// descriptors, read as MeSH headings by their English names, not exploded (the writer's reading); a descriptor's
// Spanish or Portuguese name, which is no MeSH name, is refused (E301); an English name MeSH
// lacks is carried as written (W309, where the heading is checked). `id:` is read in all text
// (W303); `sh:` (a qualifier alone), `db:` (the database filter) and names that are no searched
// field of the schema are refused. `year_cluster:[2014 TO 2021]` ANDed onto a line is its year limit.
#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "base/text.hpp"
#include "databases/lilacs/lilacs.hpp"
#include "databases/lilacs/syntax.hpp"
#include "databases/query_reader.hpp"

namespace searchc::lilacs {
namespace {

using namespace import;

constexpr std::string_view from = "LILACS";

// The identifier, `id:` (a field of iAHx's schema, which Polyglot writes for a PMID): read in all
// text (W303), where identifiers are seldom found. Other names (`cp:`, `ai:`, `aid:`, `sh:`) are
// no fields that the schema searches, and are refused.
constexpr std::string_view identifier_prefix = "id";

std::string_view trim(std::string_view s) {
  while (!s.empty() && folded_spaces.contains(s.front())) s.remove_prefix(1);
  while (!s.empty() && folded_spaces.contains(s.back())) s.remove_suffix(1);
  return s;
}

bool has_non_ascii(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

enum class Op : std::uint8_t { and_, or_, not_ };
using Item = import::Item<Op>;

constexpr OperatorWord<Op> operators[] = {
    {"AND NOT", Op::not_},
    {"AND", Op::and_},
    {"OR", Op::or_},
    {"NOT", Op::not_, 0, false,
     "the portal turns `and not` into an operator but leaves `{0}` alone a word of the search; write `AND NOT`"},
};

std::string_view op_name(Op op) {
  switch (op) {
    case Op::and_:
      return "AND";
    case Op::or_:
      return "OR";
    case Op::not_:
      return "AND NOT";
  }
  return "";
}

class LineReader : public QueryReader {
 public:
  LineReader(std::string_view text, std::uint32_t offset, const History& history, DiagnosticSink& sink,
             ReadingNotes& notes, std::string name, std::size_t first_index)
      : QueryReader(text, offset, sink, from, std::move(name), first_index), history_(history), notes_(notes) {}

  // The line's search, its year limit in `limits`; nullopt after an error.
  std::optional<ast::Node> read(std::vector<ast::Limit>& limits) { return finish(group(false), limits); }

 private:
  // A word ends at a space, a parenthesis, a quotation mark or the colon of a prefix.
  static bool ends_word(char c) { return folded_spaces.contains(c) || c == '(' || c == ')' || c == '"' || c == ':'; }
  std::string_view peek_word() const {
    auto end = at_;
    while (end < text_.size() && !ends_word(text_[end])) ++end;
    return text_.substr(at_, end - at_);
  }
  // Whether a field prefix, `ti:`, `year_cluster:`, starts at `at_`.
  std::optional<std::string_view> peek_prefix() const {
    auto end = at_;
    while (end < text_.size() && (is_ascii_letter(text_[end]) || text_[end] == '_')) ++end;
    if (end == at_ || end >= text_.size() || text_[end] != ':') return std::nullopt;
    return text_.substr(at_, end - at_);
  }

  // A word or a phrase as the language's leaf, or, inside `mh:` or `mj:`, as a heading.
  std::optional<ast::Node> leaf(std::string_view raw, bool phrase, Span where) {
    auto f = fold_space(raw);
    if (heading_) {
      if (has_non_ascii(f)) {
        return fail(where, fmt::format("`{}` is not a MeSH name: DeCS's Spanish or Portuguese name of a descriptor, "
                                       "which searchc cannot map to MeSH; write the descriptor's English name, "
                                       "which DeCS gives",
                                       f));
      }
      ast::Heading h;
      h.label = std::move(f);
      h.explode = false;
      h.major = *heading_;
      return ast::Node{where, false, std::move(h)};
    }
    if (phrase) {
      if (f.find_first_of("*$?") != std::string::npos) {
        return fail(where,
                    "a wildcard inside quotation marks, which the portal passes on as typed and whose "
                    "reading it does not document");
      }
    } else {
      std::replace(f.begin(), f.end(), truncation, '*');
    }
    const bool as_phrase = (phrase && f.find(' ') != std::string::npos) || needs_phrase(f);
    auto node = as_phrase ? ast::Node{where, false, ast::Phrase{f}} : ast::Node{where, false, ast::Term{f}};
    if (in_prefix_) return node;
    // without a prefix, the schema's default field, `tw`
    return ast::Node{where, false,
                     ast::Fielded{{}, find_field_code(field_prefixes(), text_words)->fields, {std::move(node)}}};
  }

  // `year_cluster:[2014 TO 2021]`, an open end `*`, or one year `year_cluster:2014`: a limit clause.
  std::optional<ast::Node> years(std::size_t start) {
    constexpr std::string_view form = "a year range is `year_cluster:[2014 TO 2021]`, an open end `*`";
    ast::Limit limit;
    limit.key = "year";
    limit.kind = ast::LimitKind::publication_year;
    const auto year = [](std::string_view s) -> std::optional<std::optional<ast::Date>> {
      if (s == "*") return std::optional<ast::Date>{};
      if (s.size() != 4 || !all_digits(s)) return std::nullopt;
      return ast::Date{static_cast<int>(read_digits(s, 9999)), 0, 0};
    };
    if (at_ < text_.size() && text_[at_] == '[') {
      const auto close = text_.find(']', at_);
      if (close == std::string_view::npos) return fail(here(1), "this `[` is never closed");
      const auto inside = trim(text_.substr(at_ + 1, close - at_ - 1));
      at_ = close + 1;
      limit.span = from_to(start, at_);
      const auto to = inside.find(" TO ");
      if (to == std::string_view::npos) return fail(limit.span, form);
      const auto a = year(trim(inside.substr(0, to)));
      const auto b = year(trim(inside.substr(to + 4)));
      if (!a || !b || (!*a && !*b)) return fail(limit.span, form);
      limit.from = *a;
      limit.to = *b;
    } else {
      const auto word = peek_word();
      at_ += word.size();
      limit.span = from_to(start, at_);
      const auto one = year(word);
      if (!one || !*one) return fail(limit.span, form);
      limit.from = *one;
      limit.to = *one;
    }
    return clause(std::move(limit));
  }

  // A field prefix and the word, phrase or group after it.
  std::optional<ast::Node> prefixed(std::string_view prefix, std::size_t start) {
    const auto name_span = from_to(start, start + prefix.size() + 1);
    if (in_prefix_) return fail(name_span, "a field prefix inside another field's search");
    at_ += prefix.size() + 1;
    if (iequal(prefix, year_field)) return years(start);
    if (iequal(prefix, qualifier_prefix)) {
      return fail(name_span,
                  "a qualifier searched alone (`sh:`), which the language cannot say: write it on its "
                  "heading, mesh(\"...\", \"qualifier\")");
    }
    if (iequal(prefix, database_prefix)) {
      return fail(name_span,
                  "the database filter `db:`, which searchc says by the database a strategy is compiled "
                  "for: leave it out");
    }
    FieldSet fields;
    if (iequal(prefix, heading_prefix) || iequal(prefix, major_prefix)) {
      heading_ = iequal(prefix, major_prefix);
    } else if (const auto* code = find_field_code(field_prefixes(), prefix)) {
      fields = code->fields;
    } else if (iequal(prefix, identifier_prefix)) {
      readings_.push_back(all_text_reading(name_span, fmt::format("{}:", prefix), true));
    } else {
      return fail(name_span, fmt::format("`{}:` is not a field prefix searchc reads: no field of the portal's "
                                         "search engine that it searches, as BIREME's schema gives them",
                                         prefix));
    }
    in_prefix_ = true;
    auto body = operand();
    in_prefix_ = false;
    const bool heading = heading_.has_value();
    heading_.reset();
    if (!body) return std::nullopt;
    if (heading || fields.empty()) return body;
    return ast::Node{from_to(start, at_), false, ast::Fielded{{}, fields, {std::move(*body)}}};
  }

  // A quoted phrase, `"..."`.
  std::optional<ast::Node> quotation(std::size_t start) {
    const auto end = text_.find('"', at_ + 1);
    if (end == std::string_view::npos) return fail(here(1), "a quotation is never closed");
    const auto inside = trim(text_.substr(at_ + 1, end - at_ - 1));
    at_ = end + 1;
    if (inside.empty()) return fail(from_to(start, at_), "an empty phrase");
    return leaf(inside, true, from_to(start, at_));
  }

  // One operand at `at_`: a group, a prefix and its search, a line, a phrase or a word.
  std::optional<ast::Node> operand() {
    skip_space();
    if (at_ >= text_.size()) return fail(here(0), "a search is missing here");
    const auto start = at_;
    if (text_[at_] == '(') return parenthesised([&] { return group(true); });
    if (text_[at_] == '"') return quotation(start);
    if (const auto prefix = peek_prefix()) return prefixed(*prefix, start);
    const auto word = peek_word();
    if (word.empty()) return fail(here(1), fmt::format("`{}` cannot stand here", text_[at_]));
    at_ += word.size();
    const auto where = from_to(start, at_);
    if (names_lines(word)) {
      if (in_prefix_) return fail(where, "a line inside a field's search");
      auto ref = history_.lines(word, where, from, sink_);
      failed_ = failed_ || !ref;
      return ref;
    }
    // the portal upper-cases `and`, `or` and `not` into operators, which need a search before them
    if (is_boolean_word(word)) return fail(where, "an operator with no search before it");
    // Solr's own syntax (`-x`, `x~2`, `x^3`, `[a TO b]`, `/regex/`), which the portal passes on
    if (word.front() == '-' || word.find_first_of("[]{}^~\\/!+") != std::string_view::npos) {
      return fail(where, fmt::format("`{}` holds a mark of the search engine's own syntax, which searchc does not "
                                     "read; put the word in quotation marks if it is a word",
                                     word));
    }
    return leaf(word, false, where);
  }

  // Operands and operators up to `)` (inside parentheses) or the end; words side by side are ANDed.
  std::optional<ast::Node> group(bool inside) {
    auto items = group_items<Op>(
        inside, Op::and_, [&] { return take_operator<Op>(operators, peek_word()); }, [&] { return operand(); });
    if (!items || items->empty()) return std::nullopt;
    return combine(std::move(*items));
  }

  // One operator to a level: Solr (the standard query parser) gives AND, OR and NOT no order,
  // so a mix without parentheses is refused (E302).
  std::optional<ast::Node> combine(std::vector<Item> items) {
    for (std::size_t i = 1; i < items.size(); i += 2) {
      const auto& op = items[i];
      if (op.span.begin == op.span.end) {
        notes_.note_once(DiagCode::W307, op.span,
                         "words side by side without an operator are read as AND, the default operator of the "
                         "portal's search engine");
      }
      if (op.op != items[1].op) {
        refuse_mixed_operators(sink_, {items[1].span.begin, op.span.end}, op_name(items[1].op), op_name(op.op),
                               "the Virtual Health Library portal", "");
        failed_ = true;
        return std::nullopt;
      }
    }
    return combine_levels(std::move(items), {Op::or_, Op::and_, Op::not_},
                          [](const Item& op, ast::Node left, ast::Node right, Span span) -> std::optional<ast::Node> {
                            switch (op.op) {
                              case Op::or_:
                                return join_bool(ast::BoolOp::or_, std::move(left), std::move(right), span);
                              case Op::and_:
                                return join_bool(ast::BoolOp::and_, std::move(left), std::move(right), span);
                              case Op::not_:
                                return join_not(std::move(left), std::move(right), span);
                            }
                            return std::nullopt;
                          });
  }

  const History& history_;
  ReadingNotes& notes_;
  bool in_prefix_ = false;
  std::optional<bool> heading_;  // inside `mh:` (false) or `mj:` (true): leaves are headings
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
  return read_queries<LineReader>(source, sink, from, "lilacs", layout);
}

}  // namespace searchc::lilacs
