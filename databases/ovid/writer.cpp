// Ovid MEDLINE output: `exp X/` headings, `.ti,ab,kf.` field suffixes, `adjN`, `$` and `#`,
// `or/1-5`, and each limit as a line of its own (`limit 11 to yr="2014 - 2021"`), as Ovid
// records a limit as a new search.
//
// The syntax is databases/ovid/syntax.hpp's, with its sources in docs/databases.md ("Ovid
// MEDLINE (`ovid`)"). Operator precedence is undocumented, so every nested group is
// parenthesised.
#include "databases/ovid/ovid.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "base/text.hpp"
#include "databases/infix_writer.hpp"
#include "databases/ovid/syntax.hpp"

namespace searchc::ovid {
namespace {

// Ovid's operator words, and `exp`, which explodes the heading after it.
bool ovid_operator(std::string_view word) {
  return is_ovid_operator(word) || iequal(word, explode_word);
}

// A heading whose name holds one of Ovid's operator words is quoted: `"Aged, 80 and over"/`.
bool needs_quotes(std::string_view label) {
  const auto words = fold_space(label);
  const auto list = phrase_words(words);
  return std::any_of(list.begin(), list.end(), ovid_operator);
}

// `exp Multiple Sclerosis/dt,th`, `*Heart/`, or a floating qualifier `dt.fs.`.
std::string heading_text(const ast::Heading& h) {
  std::vector<std::string> qualifiers;
  for (const auto& q : h.qualifiers) {
    qualifiers.push_back(lower(q.abbreviation));
  }
  if (h.label.empty()) return fmt::format("{}{}", fmt::join(qualifiers, ","), floating_suffix);
  const auto label = needs_quotes(h.label) ? fmt::format("\"{}\"", h.label) : h.label;
  return fmt::format("{}{}{}/{}", h.explode ? fmt::format("{} ", explode_word) : "", h.major ? "*" : "", label,
                     fmt::join(qualifiers, ","));
}

// The language's wildcards as Ovid's: `*` as `$`, `?` as `#`.
std::string word(std::string_view text) {
  std::string out;
  for (const char c : text) out += c == '*' ? truncation : c == '?' ? one_character : c;
  return out;
}

class Writer : public InfixWriter {
 public:
  explicit Writer(const std::vector<std::size_t>& numbers) : numbers_(numbers) {}

 protected:
  // A word that Ovid would read as an operator, a number, which Ovid reads as a line of the
  // history, and a word holding a mark of Ovid's syntax (`/` of a heading, `.` of a field
  // suffix, `:` of truncation) are searched as themselves in quotation marks.
  void term(const ast::Term& t, std::string& out) const override {
    const bool number = all_digits(t.text);
    const bool marked = t.text.find_first_of(marks) != std::string::npos;
    if (ovid_operator(t.text) || number || marked) {
      quoted(word(t.text), out);
    } else {
      out += word(t.text);
    }
  }
  void phrase(const ast::Phrase& p, std::string& out) const override { quoted(word(p.text), out); }
  void heading(const ast::Heading& h, std::string& out) const override { out += heading_text(h); }
  void native(const ast::Native& n, std::string& out) const override { out += n.text; }
  void reference(const ast::LineRef& r, std::string& out) const override {
    fmt::format_to(std::back_inserter(out), "{}", numbers_[static_cast<std::size_t>(r.index)]);
  }
  void near(const ast::Near& n, std::string& out) const override {
    join(n.operands, n.ordered ? fmt::format(" {} ", adjacent_word) : fmt::format(" {}{} ", adjacent_word, n.distance),
         out);
  }
  void fielded(const ast::Fielded& f, std::string& out) const override {
    operand(f.body.front(), out);
    fmt::format_to(std::back_inserter(out), ".{}.", fmt::join(written_codes(field_codes(), f.fields), ","));
  }
  // Ovid's own exports write operators in lower case.
  std::string_view and_operator() const override { return " and "; }
  std::string_view or_operator() const override { return " or "; }
  std::string_view not_operator() const override { return " not "; }

 public:
  // `or/1-5` for an OR (or AND) of three or more consecutive lines; the operators in lower case.
  std::string line(const ast::Node& node) const {
    if (const auto* b = std::get_if<ast::Bool>(&node.kind); b != nullptr && b->operands.size() >= 3) {
      std::vector<std::size_t> lines;
      for (const auto& o : b->operands) {
        const auto* r = std::get_if<ast::LineRef>(&o.kind);
        if (r == nullptr) break;
        lines.push_back(numbers_[static_cast<std::size_t>(r->index)]);
      }
      const bool consecutive = lines.size() == b->operands.size() &&
                               std::adjacent_find(lines.begin(), lines.end(), [](std::size_t a, std::size_t next) {
                                 return next != a + 1;
                               }) == lines.end();
      if (consecutive) {
        return fmt::format("{}/{}-{}", b->op == ast::BoolOp::or_ ? "or" : "and", lines.front(), lines.back());
      }
    }
    return expression(node);
  }

 private:
  const std::vector<std::size_t>& numbers_;
};

}  // namespace

Capabilities capabilities() {
  return Capabilities{
      .id = "ovid",
      .name = "Ovid MEDLINE",
      .fields = FieldSet{Field::title, Field::abstract, Field::keywords, Field::all_text, Field::author, Field::source,
                         Field::publication_type, Field::language},
      .multi_field_scopes = true,
      .field_groups = {},
      .history = true,
      .proximity = true,
      .proximity_fields = {},
      .next_operator = true,
      .not_operator = true,
      .mesh = true,
      .mesh_qualifiers = true,
      .mesh_major = true,
      .truncation = Truncation::word_end,
      .single_wildcard = true,
      .phrase_wildcards = false,
      .min_stem = 3,
      .limits = {{ast::LimitKind::publication_year, DatePrecision::year},
                 {ast::LimitKind::cochrane_date, DatePrecision::year, ast::LimitKind::publication_year},
                 {ast::LimitKind::entry_date, DatePrecision::month, ast::LimitKind::unknown, OpenRanges::none}},
      .open_ranges = OpenRanges::to_present,
  };
}

Output write(const ast::Strategy& lowered, const EmitOptions&, Approximations&) {
  // A line with limits is followed by one `limit N to ...` line per limit (an entry-date limit
  // is a search of entry dates and a line ANDing it on), and later lines refer to the last of
  // them, the limited search. A line that only limits another line is its limit lines alone.
  const auto limits_only = [](const ast::Line& line) {
    return !line.limits.empty() && std::holds_alternative<ast::LineRef>(line.query.kind);
  };
  const auto limit_lines = [](const ast::Limit& limit) -> std::size_t {
    return limit.kind == ast::LimitKind::entry_date ? 2 : 1;
  };
  std::vector<std::size_t> numbers(lowered.lines.size());
  std::size_t next = 0;
  for (std::size_t i = 0; i < lowered.lines.size(); ++i) {
    for (const auto& limit : lowered.lines[i].limits) next += limit_lines(limit);
    next += limits_only(lowered.lines[i]) ? 0U : 1U;
    numbers[i] = next;
  }
  const Writer writer(numbers);
  Output out;
  std::size_t n = 1;
  const auto add = [&](std::string text) {
    auto label = fmt::format("{}", n++);
    out.text += fmt::format("{} {}\n", label, text);
    out.lines.push_back(OutputLine{std::move(label), std::move(text)});
  };
  for (const auto& line : lowered.lines) {
    std::size_t limited = n;
    if (limits_only(line)) {
      limited = numbers[static_cast<std::size_t>(std::get<ast::LineRef>(line.query.kind).index)];
    } else {
      add(writer.line(line.query));
    }
    for (const auto& limit : line.limits) {
      if (limit.kind == ast::LimitKind::entry_date) {
        add(entry_date_search(limit));
        add(fmt::format("{} and {}", limited, n - 1));
      } else {
        add(fmt::format("limit {} to {}", limited, year_limit(limit)));
      }
      limited = n - 1;
    }
  }
  return out;
}

}  // namespace searchc::ovid
