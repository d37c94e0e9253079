// The ProQuest importer: a command line search, one query, or numbered lines as appendices print
// them. The syntax is databases/proquest/syntax.hpp's, with its sources in docs/databases.md
// ("ProQuest (`proquest`)").
//
// Words next to each other are ANDed; the documented order is OR, then PRE/n, then NEAR/n
// (W/n), then AND, then NOT (AND NOT), read with a warning where the text mixes OR with the
// others without parentheses (W307). `NEAR/n` (`N/n`, `W/n`) and `PRE/n` (`P/n`) are read with
// n unchanged, the reading the writer writes (no page settles the counting, W315): PRE/0 and PRE/1
// are NEXT, and a wider PRE/n, whose order the language cannot keep, is read in either order
// (W304, drop_wider_order), still before NEAR/n. A field code, or several joined by commas,
// applies to the group in its parentheses; `NOFT()` and `ALL()` are all text; `SU()`, `MESH()`
// and the other subject codes are read as the keywords (W303), the codes of fields the language
// lacks as all text (W303: more records for words, fewer for identifiers).
// `MESH.EXACT.EXPLODE("x")` and `MESH.EXACT("x")` are MeSH headings. `*` (up to 5 characters)
// and `[*n]` (up to n) are read as the language's `*`, any ending (W301, finds more).
// `PD(20140101-20211231)`, `PD(>20131231)`, `PD(<20220101)` ANDed onto a line is its year limit.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>

#include "base/text.hpp"
#include "databases/dates.hpp"
#include "databases/history.hpp"
#include "databases/proquest/proquest.hpp"
#include "databases/proquest/syntax.hpp"
#include "databases/query_reader.hpp"

namespace searchc::proquest {
namespace {

using namespace import;

constexpr std::string_view from = "ProQuest";

// Codes of subject fields, searched as words: read as the keywords, which hold them (W303).
inline constexpr std::array<std::string_view, 5> subject_codes = {"SU", "SUBJECT", "MAINSUBJECT", "MESH", "MJMESH"};
// Codes of fields the language does not have (affiliation, identifiers, numbers, publisher,
// persons and places as subjects), as Polyglot and published strategies write them: read in all
// text (W303), as the other readers read a field without a counterpart; `coded`: its values are
// codes, numbers or identifiers, not words of the text, so the reading finds fewer.
struct OtherCode {
  std::string_view code;
  bool coded;
};
inline constexpr std::array<OtherCode, 17> other_codes = {{
    {"AF", false},
    {"CA", false},
    {"RN", true},
    {"ED", false},
    {"GI", true},
    {"ISBN", true},
    {"ISSN", true},
    {"ISS", true},
    {"DOI", true},
    {"PAGE", true},
    {"PER", false},
    {"CP", false},
    {"PB", false},
    {"TWK", false},
    {"VOL", true},
    {"BK", false},
    {"JN", false},
}};
// All text: NOFT (the record) and ALL (the record and the full text, read as the record: the
// language has no full text).
inline constexpr std::string_view all_codes[] = {"NOFT", "ALL"};

std::string_view trim(std::string_view s) {
  while (!s.empty() && folded_spaces.contains(s.front())) s.remove_prefix(1);
  while (!s.empty() && folded_spaces.contains(s.back())) s.remove_suffix(1);
  return s;
}

std::string describe_fields(FieldSet fields) {
  std::string out;
  for (const auto f : fields.members()) {
    if (!out.empty()) out += ", ";
    out += field_description(f);
  }
  return out;
}

// What a field code (`TI`, `TI,AB`, `MESH.EXACT.EXPLODE`, `PD`) searches.
struct TagReading {
  enum class Kind : std::uint8_t { unknown, fields, heading, date };
  Kind kind = Kind::unknown;
  FieldSet fields;  // empty: all text
  bool wider = false;
  bool explode = false;
  bool major = false;
  const OtherCode* other = nullptr;  // a field the language lacks, read in all text
};
TagReading read_one(std::string_view code) {
  using K = TagReading::Kind;
  for (const auto a : all_codes) {
    if (iequal(code, a)) return {K::fields, FieldSet{}, iequal(code, "ALL"), false, false};
  }
  for (const auto& c : codes) {
    if (iequal(c.code, code)) return {K::fields, FieldSet{c.field}, false, false, false};
  }
  for (const auto s : subject_codes) {
    if (iequal(s, code)) return {K::fields, FieldSet{Field::keywords}, true, false, false};
  }
  for (const auto& o : other_codes) {
    if (iequal(o.code, code)) return {K::fields, FieldSet{}, true, false, false, &o};
  }
  return {};
}
TagReading read_tag(std::string_view tag) {
  using K = TagReading::Kind;
  if (iequal(tag, mesh_exploded)) return {K::heading, FieldSet{}, false, true, false};
  if (iequal(tag, mesh_exact)) return {K::heading, FieldSet{}, false, false, false};
  if (iequal(tag, "MJMESH.EXACT.EXPLODE")) return {K::heading, FieldSet{}, false, true, true};
  if (iequal(tag, "MJMESH.EXACT")) return {K::heading, FieldSet{}, false, false, true};
  if (iequal(tag, date_code)) return {K::date, FieldSet{}, false, false, false};
  TagReading out{K::fields, FieldSet{}, false, false, false};
  for (std::size_t at = 0; at <= tag.size();) {
    const auto comma = std::min(tag.find(',', at), tag.size());
    const auto one = read_one(tag.substr(at, comma - at));
    if (one.kind == K::unknown) return {};
    if (one.fields.empty()) return one;  // all text holds the others
    out.fields.insert(one.fields);
    out.wider = out.wider || one.wider;
    at = comma + 1;
  }
  return out;
}

// In the order ProQuest runs them: OR, then PRE/n, then NEAR/n, then AND, then NOT.
enum class Op : std::uint8_t { or_, pre, near, and_, not_ };
using Item = import::Item<Op>;

// `NEAR/n` (`N/n`, the older `W/n`) and `PRE/n` (`P/n`) with n unchanged, as the writer writes
// it, PRE in order: PRE/0 and NEAR/0 are next to each other. A bare `NEAR` or `PRE` has a
// default no ProQuest page read gives.
constexpr std::string_view no_distance =
    "`{0}` without a distance, whose default no ProQuest page read gives; write `{0}/n`";
constexpr OperatorWord<Op> operators[] = {
    {"AND NOT", Op::not_},
    {"AND", Op::and_},
    {"OR", Op::or_},
    {"NOT", Op::not_},
    {"NEAR", Op::near, 0, false, no_distance},
    {"PRE", Op::pre, 0, false, no_distance},
    {near_word, Op::near},
    {"N/", Op::near},
    {"W/", Op::near},
    {precedes_word, Op::pre, 0, true},
    {"P/", Op::pre, 0, true},
};

// The word's defined truncations `[*n]` and bare `*`, as the language's `*`.
std::string unbounded(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word.substr(i).starts_with("[*")) {
      const auto close = word.find(']', i);
      if (close != std::string_view::npos && all_digits(word.substr(i + 2, close - i - 2))) {
        out += '*';
        i = close;
        continue;
      }
    }
    out += word[i];
  }
  return out;
}

class LineReader : public QueryReader {
 public:
  LineReader(std::string_view text, std::uint32_t offset, const History& history, DiagnosticSink& sink,
             ReadingNotes& notes, std::string name, std::size_t first_index)
      : QueryReader(text, offset, sink, from, std::move(name), first_index), history_(history), notes_(notes) {}

  // The line's search, its year limit in `limits`; nullopt after an error.
  std::optional<ast::Node> read(std::vector<ast::Limit>& limits) { return finish(group(false), limits); }

 private:
  // A word ends at a space, a parenthesis, a brace, a comma or a quotation mark; the brackets of
  // `[*n]` are part of it.
  static bool ends_word(char c) {
    return folded_spaces.contains(c) || c == '(' || c == ')' || c == '{' || c == '}' || c == ',' || c == '"';
  }
  std::string_view peek_word() const {
    auto end = at_;
    while (end < text_.size() && !ends_word(text_[end])) ++end;
    return text_.substr(at_, end - at_);
  }
  // Whether a field code, `TI,AB(`, `MESH.EXACT.EXPLODE(` (a space before `(` too for a known
  // one), starts at `at_`.
  std::optional<std::string_view> peek_tag() const {
    auto end = at_;
    while (end < text_.size() && (is_ascii_letter(text_[end]) || text_[end] == '.' || text_[end] == ',')) ++end;
    const auto tag = text_.substr(at_, end - at_);
    if (tag.empty() || !is_ascii_letter(tag.front())) return std::nullopt;
    auto next = end;
    if (next < text_.size() && text_[next] == '(') return tag;
    while (next < text_.size() && text_[next] == ' ') ++next;
    if (next < text_.size() && text_[next] == '(' && read_tag(tag).kind != TagReading::Kind::unknown) return tag;
    return std::nullopt;
  }

  ast::Node text_node(std::string_view raw, bool phrase, Span where) {
    auto f = fold_space(raw);
    if (!phrase && f.find('[') != std::string::npos) f = unbounded(f);
    if (!phrase && f.find('*') != std::string::npos) {
      readings_.push_back({DiagCode::W301, where,
                           fmt::format("ProQuest's truncation in `{}` stands for at most 5 characters (`*`) or n "
                                       "(`[*n]`), read as `*`, any ending",
                                       raw),
                           Effect::broader});
    }
    const bool as_phrase = (phrase && f.find(' ') != std::string::npos) || needs_phrase(f);
    return as_phrase ? ast::Node{where, false, ast::Phrase{f}} : ast::Node{where, false, ast::Term{f}};
  }

  // `PD(20140101-20211231)`, `PD(>20131231)`, `PD(<20220101)`, each date to the year, month or
  // day (dates.hpp's read_digit_date), `>` and `<` excluding it: a limit clause, its dates named
  // as coarsely as they can be (`2014` to `2021`, from `2014`).
  std::optional<ast::Node> years(std::size_t start) {
    skip_space();
    const auto close = text_.find(')', at_);
    if (at_ >= text_.size() || text_[at_] != '(' || close == std::string_view::npos) {
      return fail(here(1), "a date is `PD(20140101-20211231)`");
    }
    const auto inside = trim(text_.substr(at_ + 1, close - at_ - 1));
    at_ = close + 1;
    const auto where = from_to(start, at_);
    const std::string_view form = "a publication date is `PD(20140101-20211231)`, `PD(>20131231)` or `PD(<20220101)`";
    std::optional<ast::Date> first;
    std::optional<ast::Date> last;
    if (!inside.empty() && (inside.front() == '>' || inside.front() == '<')) {
      const auto d = read_digit_date(trim(inside.substr(1)));
      if (!d) return fail(where, form);
      if (inside.front() == '>') {
        first = coarsest_first(day_after(*d));
      } else {
        last = coarsest_last(day_before(*d));
      }
    } else {
      const auto dates = read_digit_dates(inside);
      if (!dates) return fail(where, form);
      first = coarsest_first(dates->from);
      last = coarsest_last(dates->to);
    }
    return clause(date_limit(ast::LimitKind::publication_year, first, last, where));
  }

  // `MESH.EXACT.EXPLODE("Multiple Sclerosis")`: one quoted heading.
  std::optional<ast::Node> heading(const TagReading& reading, std::size_t start) {
    skip_space();
    const auto close = text_.find(')', at_);
    if (at_ >= text_.size() || text_[at_] != '(' || close == std::string_view::npos) {
      return fail(here(1), "a heading is `MESH.EXACT(\"...\")`");
    }
    auto label = trim(text_.substr(at_ + 1, close - at_ - 1));
    at_ = close + 1;
    const auto where = from_to(start, at_);
    if (label.size() >= 2 && label.front() == '"' && label.back() == '"') label = label.substr(1, label.size() - 2);
    if (label.empty() || label.find('"') != std::string_view::npos) {
      return fail(where, "a heading search holds one heading in quotation marks");
    }
    ast::Heading h;
    h.label = std::string(trim(label));
    h.explode = reading.explode;
    h.major = reading.major;
    return ast::Node{where, false, std::move(h)};
  }

  // A field code and the group in its parentheses.
  std::optional<ast::Node> tagged(std::string_view tag, std::size_t start) {
    const auto reading = read_tag(tag);
    const auto name_span = from_to(start, start + tag.size());
    if (reading.kind == TagReading::Kind::unknown) {
      return fail(name_span, fmt::format("`{}()` is not a field searchc reads", tag));
    }
    if (in_tag_) return fail(name_span, "a field inside another field's search");
    at_ += tag.size();
    if (reading.kind == TagReading::Kind::date) return years(start);
    if (reading.kind == TagReading::Kind::heading) return heading(reading, start);
    skip_space();
    if (reading.other != nullptr) {
      readings_.push_back(all_text_reading(name_span, fmt::format("{}()", tag), reading.other->coded));
    } else if (reading.wider) {
      notes_.note_once(
          DiagCode::W303, name_span,
          fmt::format("`{}()` is read as {}, the nearest the language has", tag,
                      reading.fields.empty()
                          ? (iequal(tag, "ALL") ? std::string("all text: the language has no full text, so the search "
                                                              "finds fewer")
                                                : std::string("all text, the language having no such field, so the "
                                                              "search finds more"))
                          : fmt::format("the {} field, which holds more, so the search finds more",
                                        describe_fields(reading.fields))));
    }
    in_tag_ = true;
    auto body = operand();
    in_tag_ = false;
    if (!body) return std::nullopt;
    if (reading.fields.empty()) return body;
    return ast::Node{from_to(start, at_), false, ast::Fielded{{}, reading.fields, {std::move(*body)}}};
  }

  // A quoted phrase, `"..."`; `"{...}"`, ProQuest's exact phrase with variants, is the same phrase.
  std::optional<ast::Node> quotation(std::size_t start) {
    const auto end = text_.find('"', at_ + 1);
    if (end == std::string_view::npos) return fail(here(1), "a quotation is never closed");
    auto inside = trim(text_.substr(at_ + 1, end - at_ - 1));
    at_ = end + 1;
    if (inside.size() >= 2 && inside.front() == '{' && inside.back() == '}') {
      inside = trim(inside.substr(1, inside.size() - 2));
    }
    if (inside.empty()) return fail(from_to(start, at_), "an empty phrase");
    return text_node(inside, true, from_to(start, at_));
  }

  std::optional<ast::Node> operand() {
    skip_space();
    if (at_ >= text_.size()) return fail(here(0), "a search is missing here");
    const auto start = at_;
    if (text_[at_] == '(') return parenthesised([&] { return group(true); });
    if (text_[at_] == '"') return quotation(start);
    if (const auto tag = peek_tag()) return tagged(*tag, start);
    const auto word = peek_word();
    if (word.empty()) return fail(here(1), fmt::format("`{}` cannot stand here", text_[at_]));
    at_ += word.size();
    const auto where = from_to(start, at_);
    if (names_lines(word)) {
      if (in_tag_) return fail(where, "a line inside a field's search");
      auto ref = history_.lines(word, where, from, sink_);
      failed_ = failed_ || !ref;
      return ref;
    }
    if (is_recent_search(word)) {
      return fail(where, fmt::format("`{}` may be a search of ProQuest's Recent searches, which searchc reads "
                                     "only in a history whose lines are numbered so; write the search out",
                                     word));
    }
    return text_node(word, false, where);
  }

  // Operands and operators up to `)` (inside parentheses) or the end, combined by precedence;
  // unquoted words next to each other are ANDed (ProQuest's search syntax help).
  std::optional<ast::Node> group(bool inside) {
    auto items = group_items<Op>(
        inside, Op::and_,
        [&] {
          const auto word = peek_word();
          auto op = take_operator<Op>(operators, word);
          if (op && (op->op == Op::near || op->op == Op::pre)) counting_unknown(*op, word);
          return op;
        },
        [&] { return operand(); });
    if (!items || items->empty()) return std::nullopt;
    return combine(std::move(*items));
  }

  // `NEAR/3`, `PRE/1`: no ProQuest page read says whether n counts the words between or within
  // (docs/databases.md), and the writer writes n as the language's, within n words, which finds
  // as many or more. Read so, n unchanged, it may find fewer than ProQuest did: said where it
  // stands (W315), in the direction of its place. `NEAR/0` and `PRE/0`, which say next to each
  // other in either counting, are read exactly.
  void counting_unknown(const Item& op, std::string_view word) {
    const auto slash = word.find('/');
    if (slash == std::string_view::npos || read_digits(word.substr(slash + 1), 100'000) == 0) return;
    readings_.push_back({DiagCode::W315, op.span,
                         fmt::format("ProQuest's help does not say whether `{0}` counts the words between or the "
                                     "words within: read as within {1} word{2}, as searchc writes it, where "
                                     "ProQuest may have allowed {1} word{2} between",
                                     word, op.distance, op.distance == 1 ? "" : "s"),
                         Effect::narrower});
  }

  std::optional<ast::Node> combine(std::vector<Item> items) {
    bool has_other = false;
    bool has_or = false;
    for (std::size_t i = 1; i < items.size(); i += 2) {
      has_other = has_other || items[i].op != Op::or_;
      has_or = has_or || items[i].op == Op::or_;
    }
    if (has_other && has_or) {
      notes_.note_once(DiagCode::W307, items[1].span,
                       "OR mixed with AND, NOT, NEAR/n or PRE/n without parentheses: read with OR first, as "
                       "ProQuest runs them (\"a AND b OR c\" is a AND (b OR c))");
    }
    return combine_levels(std::move(items), {Op::or_, Op::pre, Op::near, Op::and_, Op::not_},
                          [](const Item& op, ast::Node left, ast::Node right, Span span) -> std::optional<ast::Node> {
                            switch (op.op) {
                              case Op::pre:
                              case Op::near:
                                return join_near(op.distance, op.ordered, std::move(left), std::move(right), span);
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
  bool in_tag_ = false;
};
}  // namespace

// ProQuest's Recent searches number its searches `S1`, `S2`, ..., and a search cites one as
// `S1 AND S2` (unverified: the form of pasted histories in published appendices). In a history
// whose lines start so, each `S` of such a number, as a line's label or as a word of a search,
// is read as `#`, the form history_lines and the line references read: one character for one,
// so every position stays where it was. Elsewhere a bare `S1` is refused (LineReader::operand).
std::string recent_searches_as_numbers(const std::string& text) {
  const auto word_at = [&](std::size_t at) {
    auto end = at;
    while (end < text.size() && !folded_spaces.contains(text[end]) && text[end] != '(' && text[end] != ')') ++end;
    return std::string_view(text).substr(at, end - at);
  };
  bool labelled = false;
  for (std::size_t at = 0; at < text.size();) {
    auto first = at;
    while (first < text.size() && (text[first] == ' ' || text[first] == '\t')) ++first;
    labelled = labelled || is_recent_search(word_at(first));
    const auto end = text.find('\n', at);
    at = end == std::string::npos ? text.size() : end + 1;
  }
  if (!labelled) return text;
  auto out = text;
  bool quoted = false;  // a phrase's words are words, whatever they look like
  for (std::size_t at = 0; at < out.size(); ++at) {
    if (out[at] == '"' || out[at] == '\n') quoted = out[at] == '"' && !quoted;
    const bool starts_word = at == 0 || folded_spaces.contains(out[at - 1]) || out[at - 1] == '(';
    if (!quoted && starts_word && is_recent_search(word_at(at))) out[at] = '#';
  }
  return out;
}

Imported read(const SourceFile& source, DiagnosticSink& sink) {
  const SourceFile numbered(source.name(), recent_searches_as_numbers(source.text()));
  const Layout layout{
      .numbers = Numbers::bare_or_hash,
      .notes = Notes::none,
      .single_line_numbered = false,
      .operators_any_case = true,
      .ends_search = [](std::string_view before) { return before.ends_with(')') || before.ends_with('"'); },
  };
  return read_queries<LineReader>(numbered, sink, from, "proquest", layout);
}

}  // namespace searchc::proquest
