// Ovid output: `exp X/` headings, `.ti,ab,kf.` field suffixes, `adjN`, `$` and `#`, `or/1-5`,
// and each limit as a line of its own (`limit 11 to yr="2014 - 2021"`), as Ovid records a limit
// as a new search. One writer for every database on Ovid: Ovid MEDLINE here, Embase and APA
// PsycInfo from their folders, each with its own field codes and thesaurus.
//
// The syntax is databases/ovid/syntax.hpp's, with its sources in docs/databases.md ("Ovid
// MEDLINE (`ovid`)"). Operator precedence is undocumented, so every nested group is
// parenthesised.
#include "databases/ovid/ovid.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "base/text.hpp"
#include "base/visit.hpp"
#include "databases/infix_writer.hpp"
#include "databases/ovid/sources.hpp"
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

// `exp Multiple Sclerosis/dt,th`, `*Heart/`, or a floating qualifier `dt.fs.`. Several floating
// qualifiers are one search each, ORed, `(dt.fs. or th.fs.)`: in `dt,th.fs.` Ovid would read the
// comma as separating fields, not terms (Ovid's syntax page, `x.yy,zz.`), and published Ovid
// strategies write floating subheadings one by one (CRD, `ae.fs. OR co.fs. OR de.fs.`).
std::string heading_text(const ast::Heading& h) {
  std::vector<std::string> qualifiers;
  for (const auto& q : h.qualifiers) {
    qualifiers.push_back(lower(q.abbreviation));
  }
  if (h.label.empty()) {
    if (qualifiers.size() == 1) return fmt::format("{}{}", qualifiers.front(), floating_suffix);
    std::vector<std::string> searches;
    for (const auto& q : qualifiers) searches.push_back(fmt::format("{}{}", q, floating_suffix));
    return fmt::format("({})", fmt::join(searches, " or "));
  }
  const auto label = needs_quotes(h.label) ? fmt::format("\"{}\"", h.label) : h.label;
  return fmt::format("{}{}{}/{}", h.explode ? fmt::format("{} ", explode_word) : "", h.major ? "*" : "", label,
                     fmt::join(qualifiers, ","));
}

// Ovid's `adjN` takes N up to 99 (SDU's Ovid guide, https://libguides.sdu.dk/OVID-English/adj:
// "a number up to 99"); the language's `NEAR/100` is searched as AND within the fields.
constexpr int max_adjacency = 99;

// What Ovid cannot run as the lowering left it, reported with the polarity each search
// stands in: a `#` in a word, which Ovid reads as its one-character wildcard (E204), and
// `NEAR/100`, written as AND (W107, finds more; an error after NOT).
class Checks {
 public:
  explicit Checks(Approximations& report) : report_(report) {}

  // Each line with the polarity it is used in: reached from the last line through the second
  // operand of a NOT, or not (a line no other line uses counts as a result).
  void lines(const std::vector<ast::Line>& lines) {
    if (lines.empty()) return;
    reached_.assign(lines.size(), 0);
    for (std::size_t i = lines.size(); i-- > 0;) {
      if (reached_[i] == 0) reached_[i] = positive;
      if ((reached_[i] & positive) != 0) node(lines[i].query, false);
      if ((reached_[i] & negative) != 0) node(lines[i].query, true);
    }
  }

 private:
  static constexpr std::uint8_t positive = 1;
  static constexpr std::uint8_t negative = 2;

  void word(std::string_view text, Span span) {
    if (text.find(one_character) == std::string_view::npos) return;
    if (auto* d = report_.error(DiagCode::E204, span,
                                fmt::format("{} cannot search `{}`: Ovid reads `{}` as the wildcard for "
                                            "one character",
                                            report_.name(), text, one_character))) {
      d->notes.emplace_back(
          fmt::format("leave the `#` out, or write the words it should find in a replacement line in the block "
                      "`database {} {{ ... }}`",
                      report_.id()));
    }
  }

  void node(const ast::Node& n, bool under_not) {
    std::visit(overloaded{
                   [&](const ast::Term& t) { word(t.text, n.span); },
                   [&](const ast::Phrase& p) { word(p.text, n.span); },
                   [](const ast::Heading&) {},
                   [](const ast::Native&) {},
                   [&](const ast::LineRef& r) {
                     if (r.index < 0 || static_cast<std::size_t>(r.index) >= reached_.size()) return;
                     reached_[static_cast<std::size_t>(r.index)] |= under_not ? negative : positive;
                   },
                   [&](const ast::Bool& b) {
                     for (const auto& o : b.operands) node(o, under_not);
                   },
                   [&](const ast::Not& x) {
                     node(x.operands[0], under_not);
                     node(x.operands[1], !under_not);
                   },
                   [&](const ast::Near& x) {
                     if (x.distance > max_adjacency) {
                       report_.report(DiagCode::W107, n.span,
                                      fmt::format("{}'s adjN goes up to adj{}: `NEAR/{}` is searched as AND "
                                                  "within the same fields",
                                                  report_.name(), max_adjacency, x.distance),
                                      Effect::broader, under_not);
                     }
                     for (const auto& o : x.operands) node(o, under_not);
                   },
                   [&](const ast::Fielded& f) { node(f.body.front(), under_not); },
               },
               n.kind);
  }

  Approximations& report_;
  std::vector<std::uint8_t> reached_;
};

// The language's wildcards as Ovid's: `*` as `$`, `?` as `#`.
std::string word(std::string_view text) {
  std::string out;
  for (const char c : text) out += c == '*' ? truncation : c == '?' ? one_character : c;
  return out;
}

class Writer : public InfixWriter {
 public:
  Writer(const std::vector<std::size_t>& numbers, std::span<const FieldCode> field_codes)
      : numbers_(numbers), field_codes_(field_codes) {}

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
    if (n.distance > max_adjacency) {
      join(n.operands, and_operator(), out);
      return;
    }
    join(n.operands, n.ordered ? fmt::format(" {} ", adjacent_word) : fmt::format(" {}{} ", adjacent_word, n.distance),
         out);
  }
  void fielded(const ast::Fielded& f, std::string& out) const override {
    operand(f.body.front(), out);
    fmt::format_to(std::back_inserter(out), ".{}.", fmt::join(written_codes(field_codes_, f.fields), ","));
  }
  // Ovid's own exports write operators in lower case.
  std::string_view and_operator() const override { return " and "; }
  std::string_view or_operator() const override { return " or "; }
  std::string_view not_operator() const override { return " not "; }

 public:
  // `or/1-5` for an OR (or AND) of three or more consecutive lines; the operators in lower case;
  // all text in `.af.` (unscoped).
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
    // the line's own operators need no parentheses
    std::string out;
    if (joins_by_operator(node) && holds_own_fields(node, false)) {
      unscoped_parts(node, out);
    } else {
      unscoped(node, out);
    }
    return out;
  }

 private:
  // `node` outside any field scope, as an operand. The language searches it in all text, and a
  // search without a suffix Ovid runs in its default fields, `.mp.`, which hold no authors,
  // journal, publication type or language: so each largest group that holds no part of its own
  // fields is written in All Fields, `.af.` (docs/databases.md, "Ovid MEDLINE"): `x.af.`,
  // `(x or y).af.`, `(heart adj3 attack).af. and exp Heart/`.
  void unscoped(const ast::Node& node, std::string& out) const {
    if (!holds_own_fields(node, false)) {
      operand(node, out);
      fmt::format_to(std::back_inserter(out), ".{}.", all_fields_code);
    } else if (joins_by_operator(node)) {
      out += '(';
      unscoped_parts(node, out);
      out += ')';
    } else {
      operand(node, out);
    }
  }
  // The operands of an AND, OR or NOT outside any field scope, each written `unscoped`.
  void unscoped_parts(const ast::Node& node, std::string& out) const {
    const auto* b = std::get_if<ast::Bool>(&node.kind);
    const auto& operands = b != nullptr ? b->operands : std::get<ast::Not>(node.kind).operands;
    const auto op = b == nullptr ? not_operator() : b->op == ast::BoolOp::and_ ? and_operator() : or_operator();
    for (std::size_t i = 0; i < operands.size(); ++i) {
      if (i > 0) out += op;
      unscoped(operands[i], out);
    }
  }

  const std::vector<std::size_t>& numbers_;
  std::span<const FieldCode> field_codes_;
};

}  // namespace

Capabilities on_ovid(Capabilities own) {
  own.multi_field_scopes = true;
  own.field_groups = {};
  own.history = true;
  own.proximity = true;
  own.proximity_fields = {};
  own.next_operator = true;
  own.not_operator = true;
  own.truncation = Truncation::word_end;
  own.single_wildcard = true;
  own.phrase_wildcards = false;
  own.min_stem = 3;
  own.open_ranges = OpenRanges::to_present;
  return own;
}

Capabilities capabilities() {
  return on_ovid(Capabilities{
      .id = "ovid",
      .name = "Ovid MEDLINE",
      .fields = FieldSet{Field::title, Field::abstract, Field::keywords, Field::all_text, Field::author, Field::source,
                         Field::publication_type, Field::language},
      .thesaurus = ast::Vocabulary::mesh,
      .heading_qualifiers = true,
      .heading_major = true,
      // Ovid MEDLINE's entry date, `limit N to ed=YYYYMMDD-YYYYMMDD` (syntax.hpp).
      .limits = {{ast::LimitKind::publication_year, DatePrecision::year},
                 {ast::LimitKind::cochrane_date, DatePrecision::year, ast::LimitKind::publication_year},
                 {ast::LimitKind::entry_date, DatePrecision::day, ast::LimitKind::unknown, OpenRanges::none}},
      .syntax_version = syntax_version,
      .sources = sources,
  });
}

Output write(const ast::Strategy& lowered, const EmitOptions&, Approximations& report) {
  return write_on_ovid(lowered, field_codes(), report);
}

Output write_on_ovid(const ast::Strategy& lowered, std::span<const FieldCode> field_codes, Approximations& report) {
  Checks(report).lines(lowered.lines);
  // A line with limits is followed by one `limit N to ...` line per limit, and later lines refer
  // to the last of them, the limited search. A line that only limits another line is its limit
  // lines alone.
  const auto limits_only = [](const ast::Line& line) {
    return !line.limits.empty() && std::holds_alternative<ast::LineRef>(line.query.kind);
  };
  std::vector<std::size_t> numbers(lowered.lines.size());
  std::size_t next = 0;
  for (std::size_t i = 0; i < lowered.lines.size(); ++i) {
    next += lowered.lines[i].limits.size();
    next += limits_only(lowered.lines[i]) ? 0U : 1U;
    numbers[i] = next;
  }
  const Writer writer(numbers, field_codes);
  Output out;
  std::size_t n = 1;
  const auto add = [&](const std::string& text) { add_line(out, fmt::format("{}", n++), text); };
  for (const auto& line : lowered.lines) {
    std::size_t limited = n;
    if (limits_only(line)) {
      limited = numbers[static_cast<std::size_t>(std::get<ast::LineRef>(line.query.kind).index)];
    } else {
      add(writer.line(line.query));
    }
    for (const auto& limit : line.limits) {
      add(fmt::format("limit {} to {}", limited,
                      limit.kind == ast::LimitKind::entry_date ? entry_date_limit(limit) : year_limit(limit)));
      limited = n - 1;
    }
  }
  return out;
}

}  // namespace searchc::ovid
