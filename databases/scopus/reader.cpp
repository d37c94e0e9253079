// The Scopus importer: an advanced search, one query, or numbered lines `#1 TITLE-ABS-KEY(...)`
// with their counts as appendices print them. The syntax is databases/scopus/syntax.hpp's, with
// its sources in docs/databases.md ("Scopus (`scopus`)").
//
// Words next to each other are ANDed; the documented order is OR, then W/n and PRE/n, then AND,
// then AND NOT, read with a warning where the text mixes OR and AND without parentheses (W307).
// `W/n` and `PRE/n` have at most n words between, the language's NEAR/(n + 1); PRE/0 is NEXT,
// and a wider PRE/n, whose order the language cannot keep, is read in either order (W304,
// drop_wider_order); a chain mixing them or their n, which Scopus refuses, is refused (E301).
// `"..."` is a phrase; `{...}`, Scopus's exact phrase, is read as a phrase, which finds more
// (W440). A field function applies to the group in its parentheses; `ALL()` is all text;
// `AUTHKEY()` and `INDEXTERMS()` are read as the keywords, which finds more (W303), and the
// functions of fields the language lacks as all text (W303: more records for words, fewer for
// identifiers); `PUBYEAR > 2013 AND PUBYEAR < 2022` ANDed onto a line is its year limit.
#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "base/text.hpp"
#include "databases/dates.hpp"
#include "databases/query_reader.hpp"
#include "databases/scopus/scopus.hpp"
#include "databases/scopus/syntax.hpp"

namespace searchc::scopus {
namespace {

using namespace import;

constexpr std::string_view from = "Scopus";

std::string_view trim(std::string_view s) {
  while (!s.empty() && folded_spaces.contains(s.front())) s.remove_prefix(1);
  while (!s.empty() && folded_spaces.contains(s.back())) s.remove_suffix(1);
  return s;
}

// `TITLE-ABS-KEY`, `title`: the fields a function searches (empty: all text); `wider`: read as
// fields that hold more than the function searches.
// "keywords", "authors", for the messages.
std::string describe_fields(FieldSet fields) {
  std::string out;
  for (const auto f : fields.members()) out += field_description(f);
  return out;
}

struct TagReading {
  bool known = false;
  FieldSet fields;  // empty: all text
  bool year = false;
  bool wider = false;
  const OtherField* other = nullptr;  // a field the language lacks, read in all text
};
TagReading read_tag(std::string_view tag) {
  if (iequal(tag, all_fields)) return {true, {}, false, false};
  if (iequal(tag, year_word)) return {true, {}, true, false};
  for (const auto& f : functions) {
    if (iequal(f.name, tag)) return {true, f.fields, false, false};
  }
  for (const auto name : part_of_keywords) {
    if (iequal(name, tag)) return {true, FieldSet{Field::keywords}, false, true};
  }
  for (const auto name : author_parts) {
    if (iequal(name, tag)) return {true, FieldSet{Field::author}, false, true};
  }
  for (const auto& f : other_fields) {
    if (iequal(f.name, tag)) return {true, {}, false, true, &f};
  }
  return {};
}

// In the order Scopus runs them: OR, then W/n and PRE/n, then AND, then AND NOT.
enum class Op : std::uint8_t { or_, near, and_, not_ };
using Item = import::Item<Op>;

// `W/n`, `PRE/n`: at most n words between, the language's NEAR/(n + 1), PRE in order (Scopus
// help, "Proximity operators"). A bare `NOT` is no operator of Scopus's.
constexpr OperatorWord<Op> operators[] = {
    {"AND NOT", Op::not_},
    {"AND", Op::and_},
    {"OR", Op::or_},
    {"NOT", Op::not_, 0, false, "Scopus's operator is `AND NOT`"},
    {within_word, Op::near, 1},
    {precedes_word, Op::near, 1, true},
};

class LineReader : public QueryReader {
 public:
  // `name` is the line's; `first_index` the index its first group line will have in the strategy.
  LineReader(std::string_view text, std::uint32_t offset, const History& history, DiagnosticSink& sink,
             ReadingNotes& notes, std::string name, std::size_t first_index)
      : QueryReader(text, offset, sink, from, std::move(name), first_index), history_(history), notes_(notes) {}

  // The line's search, its year limit in `limits`; nullopt after an error. A parenthesised group
  // with its own year clauses is a line of its own, in `extra`, referred to where it stands: the
  // language limits lines, and Scopus a group alone.
  std::optional<ast::Node> read(std::vector<ast::Limit>& limits) { return finish(group(false), limits); }

 private:
  static bool ends_word(char c) {
    return folded_spaces.contains(c) || marks.find(c) != std::string_view::npos || c == '"';
  }
  // The word at `at_`, up to a space, a parenthesis, a brace or a quotation mark.
  std::string_view peek_word() const {
    auto end = at_;
    while (end < text_.size() && !ends_word(text_[end])) ++end;
    return text_.substr(at_, end - at_);
  }
  // Whether a field function, `TITLE-ABS-KEY(` (a space before `(` too), or `PUBYEAR`, starts at `at_`.
  std::optional<std::string_view> peek_tag() const {
    const auto word = peek_word();
    if (word.empty() || !std::all_of(word.begin(), word.end(), [](char c) { return is_ascii_letter(c) || c == '-'; })) {
      return std::nullopt;
    }
    if (iequal(word, year_word)) return word;
    auto next = at_ + word.size();
    // a word written against `(` is a function's name; with a space between, only a known one
    if (next < text_.size() && text_[next] == '(') return word;
    while (next < text_.size() && text_[next] == ' ') ++next;
    if (next < text_.size() && text_[next] == '(' && read_tag(word).known) return word;
    return std::nullopt;
  }

  ast::Node text_node(std::string_view raw, bool phrase, Span where) {
    // a tab or a line break inside quotation marks separates words as a space does
    const auto f = fold_space(raw);
    const bool as_phrase = (phrase && f.find(' ') != std::string::npos) || needs_phrase(f);
    return as_phrase ? ast::Node{where, false, ast::Phrase{f}} : ast::Node{where, false, ast::Term{f}};
  }

  // `PUBYEAR > 2013`, `PUBYEAR < 2022`, `PUBYEAR = 2014` (also `AFT`, `BEF`, `IS`): a limit clause.
  std::optional<ast::Node> years(std::size_t start) {
    skip_space();
    std::string_view op;
    if (at_ < text_.size() && (text_[at_] == '>' || text_[at_] == '<' || text_[at_] == '=')) {
      op = text_.substr(at_, 1);
      ++at_;
    } else {
      op = peek_word();
      at_ += op.size();
    }
    skip_space();
    const auto year = peek_word();
    at_ += year.size();
    const auto where = from_to(start, at_);
    if (year.size() != 4 || !all_digits(year)) {
      return fail(where, "a publication year is `PUBYEAR > 2013`, `PUBYEAR < 2022` or `PUBYEAR = 2014`");
    }
    const int y = static_cast<int>(read_digits(year, 9999));
    std::optional<ast::Date> first;
    std::optional<ast::Date> last;
    if (op == ">" || iequal(op, "AFT")) {
      first = ast::Date{y + 1, 0, 0};
    } else if (op == "<" || iequal(op, "BEF")) {
      last = ast::Date{y - 1, 0, 0};
    } else if (op == "=" || iequal(op, "IS")) {
      first = last = ast::Date{y, 0, 0};
    } else {
      return fail(where, "a publication year is `PUBYEAR > 2013`, `PUBYEAR < 2022` or `PUBYEAR = 2014`");
    }
    return clause(date_limit(ast::LimitKind::publication_year, first, last, where));
  }

  // A field function and the group in its parentheses.
  std::optional<ast::Node> tagged(std::string_view tag, std::size_t start) {
    const auto reading = read_tag(tag);
    const auto name_span = from_to(start, start + tag.size());
    if (!reading.known) return fail(name_span, fmt::format("`{}()` is not a field searchc reads", tag));
    if (in_tag_) return fail(name_span, "a field inside another field's search");
    at_ += tag.size();
    if (reading.year) return years(start);
    skip_space();
    if (reading.other != nullptr) {
      readings_.push_back(all_text_reading(name_span, fmt::format("{}()", tag), reading.other->coded));
    } else if (reading.wider) {
      notes_.note_once(DiagCode::W303, name_span,
                       fmt::format("`{}()` is read as the {} field, which holds more, so the search finds more", tag,
                                   describe_fields(reading.fields)));
    }
    in_tag_ = true;
    auto body = operand();
    in_tag_ = false;
    if (!body) return std::nullopt;
    if (reading.fields.empty()) return body;  // ALL(): all text
    return ast::Node{from_to(start, at_), false, ast::Fielded{{}, reading.fields, {std::move(*body)}}};
  }

  // A quoted phrase, `"..."`, or an exact one, `{...}`, ending at `close`.
  std::optional<ast::Node> quotation(char close, std::size_t start) {
    const auto end = text_.find(close, at_ + 1);
    if (end == std::string_view::npos) return fail(here(1), "a quotation is never closed");
    const auto inside = text_.substr(at_ + 1, end - at_ - 1);
    at_ = end + 1;
    if (trim(inside).empty()) return fail(from_to(start, at_), "an empty phrase");
    // the language's phrases are in quotation marks, and hold none
    if (inside.find('"') != std::string_view::npos) {
      return fail(from_to(start, at_), "a quotation mark inside an exact phrase, which the language cannot say");
    }
    if (close == '}') {
      readings_.push_back({DiagCode::W440, from_to(start, at_),
                           "Scopus's exact phrase `{...}` (punctuation and stop words as typed, no plurals) is read "
                           "as a phrase",
                           Effect::broader});
    }
    return text_node(trim(inside), true, from_to(start, at_));
  }

  // One operand at `at_`: a group, a field function and its search, a line, a phrase or a word.
  std::optional<ast::Node> operand() {
    skip_space();
    if (at_ >= text_.size()) return fail(here(0), "a search is missing here");
    const auto start = at_;
    if (text_[at_] == '(') return parenthesised([&] { return group(true); });
    if (text_[at_] == '"') return quotation('"', start);
    if (text_[at_] == '{') return quotation('}', start);
    if (const auto tag = peek_tag()) return tagged(*tag, start);
    const auto word = peek_word();
    if (word.empty()) return fail(here(1), fmt::format("`{}` cannot stand here", text_[at_]));
    at_ += word.size();
    const auto where = from_to(start, at_);
    if (names_lines(word)) {
      if (in_tag_) return fail(where, "a line inside a field's search");
      auto ref = history_.lines(word, where, from, sink_);
      failed_ = failed_ || !ref;  // reported there
      return ref;
    }
    return text_node(word, false, where);
  }

  // Operands and operators up to `)` (inside parentheses) or the end, combined by precedence;
  // words next to each other are ANDed (Scopus's search tips).
  std::optional<ast::Node> group(bool inside) {
    auto items = group_items<Op>(
        inside, Op::and_, [&] { return take_operator<Op>(operators, peek_word()); }, [&] { return operand(); });
    if (!items || items->empty()) return std::nullopt;
    return combine(std::move(*items));
  }

  std::optional<ast::Node> combine(std::vector<Item> items) {
    bool has_and = false;
    bool has_or = false;
    for (std::size_t i = 1; i < items.size(); i += 2) {
      has_and = has_and || items[i].op == Op::and_ || items[i].op == Op::near;
      has_or = has_or || items[i].op == Op::or_;
    }
    if (has_and && has_or) {
      notes_.note_once(DiagCode::W307, items[1].span,
                       "OR mixed with AND, W/n or PRE/n without parentheses: read with OR first, as Scopus runs "
                       "them (\"a AND b OR c\" is a AND (b OR c))");
    }
    return combine_levels(std::move(items), {Op::or_, Op::near, Op::and_, Op::not_},
                          [&](const Item& op, ast::Node left, ast::Node right, Span span) -> std::optional<ast::Node> {
                            switch (op.op) {
                              case Op::near: {
                                // "Do not mix operator types or include different values for n within the
                                // same expression"
                                const auto* chain = std::get_if<ast::Near>(&left.kind);
                                if (chain != nullptr && !left.grouped &&
                                    (chain->distance != op.distance || chain->ordered != op.ordered)) {
                                  return fail(op.span,
                                              "a proximity chain mixing W/n and PRE/n or their n, which Scopus "
                                              "refuses");
                                }
                                return join_near(op.distance, op.ordered, std::move(left), std::move(right), span);
                              }
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

Imported read(const SourceFile& source, DiagnosticSink& sink) {
  const Layout layout{
      .numbers = Numbers::bare_or_hash,
      .notes = Notes::none,
      .single_line_numbered = false,
      .operators_any_case = true,
      .ends_search =
          [](std::string_view before) {
            return before.ends_with(')') || before.ends_with('"') || before.ends_with('}');
          },
  };
  return read_queries<LineReader>(source, sink, from, "scopus", layout);
}

}  // namespace searchc::scopus
