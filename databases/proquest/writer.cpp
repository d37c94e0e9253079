// ProQuest command line output: one query, each search in field codes (`TI,AB(...)`, `NOFT(...)`
// for a search without a field), MeSH headings as `MESH.EXACT.EXPLODE("x")`, `NEAR/n` and
// `PRE/n`, and the years as `PD(20140101-20211231)`.
//
// The syntax is databases/proquest/syntax.hpp's, with its sources in docs/databases.md ("ProQuest
// (`proquest`)"). ProQuest runs OR before PRE/n and W/n, these before AND and AND NOT, reading
// left to right otherwise, so every nested group is parenthesised. How ProQuest counts the n of
// NEAR/n no vendor page settles: n is written unchanged, exact if it counts within n words and
// one word wider if it counts the words between (sources.hpp, When::near).
#include "databases/proquest/proquest.hpp"

#include <fmt/format.h>

#include <array>
#include <iterator>
#include <string>
#include <vector>

#include "base/text.hpp"
#include "databases/dates.hpp"
#include "databases/infix_writer.hpp"
#include "databases/polarity.hpp"
#include "databases/prefix_writer.hpp"
#include "databases/proquest/sources.hpp"
#include "databases/proquest/syntax.hpp"

namespace searchc::proquest {
namespace {

constexpr std::string_view database = "ProQuest";

// The word with each `*` written as the defined truncation `[*20]`: ProQuest's bare `*` stands
// for at most 5 characters, `[*20]` for up to 20, the most it allows (Checks reports it, W450).
std::string truncated(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '*') {
      out += defined_truncation;
    } else {
      out += c;
    }
  }
  return out;
}

// A word ProQuest would read as an operator or a recent search, or holding a mark of its syntax, in quotation marks.
void word(std::string_view text, std::string& out) {
  if (is_proquest_operator(text) || is_recent_search(text) || text.find_first_of(marks) != std::string_view::npos) {
    out += '"';
    out += text;
    out += '"';
  } else {
    out += truncated(text);
  }
}

// The searches inside a field code.
class InField : public InfixWriter {
 protected:
  void term(const ast::Term& t, std::string& out) const override { word(t.text, out); }
  void phrase(const ast::Phrase& p, std::string& out) const override { quoted(p.text, out); }
  // a search of its own beside the field codes (PrefixWriter)
  void heading(const ast::Heading& h, std::string& out) const override {
    fmt::format_to(std::back_inserter(out), "{}(\"{}\")", h.explode ? mesh_exploded : mesh_exact, h.label);
  }
  void native(const ast::Native& n, std::string& out) const override { out += n.text; }
  void reference(const ast::LineRef&, std::string&) const override { unreachable(database, "a line reference"); }
  // `pain NEAR/3 morphine`, `(heart OR cardiac) NEAR/2 attack`; NEXT over words with no
  // wildcard or operator word is the phrase, `"pain relief"`.
  void near(const ast::Near& n, std::string& out) const override {
    if (n.ordered && n.distance == 1) {
      std::vector<std::string_view> words;
      for (const auto& o : n.operands) {
        const auto* t = std::get_if<ast::Term>(&o.kind);
        if (t == nullptr || has_wildcards(t->text) || is_proquest_operator(t->text) || is_recent_search(t->text) ||
            t->text.find_first_of(marks) != std::string::npos) {
          words.clear();
          break;
        }
        words.push_back(t->text);
      }
      if (!words.empty()) {
        quoted(fmt::format("{}", fmt::join(words, " ")), out);
        return;
      }
    }
    join(n.operands, fmt::format(" {}{} ", n.ordered ? precedes_word : near_word, n.distance), out);
  }
  void fielded(const ast::Fielded&, std::string&) const override {
    unreachable(database, "a field scope inside a field code");
  }
};

// The code a scope over `fields` is written with: the codes of its fields joined by commas,
// `TI,AB`, or NOFT for all text. Each set of codes is joined once, indexed by which codes it
// holds, so that the names outlive the call.
std::vector<std::string_view> codes_for(FieldSet fields) {
  if (fields.empty() || fields.contains(Field::all_text)) return {all_fields};
  static const auto joined = [] {
    std::array<std::string, std::size_t{1} << codes.size()> out;
    for (std::size_t set = 0; set < out.size(); ++set) {
      for (std::size_t i = 0; i < codes.size(); ++i) {
        if ((set & (std::size_t{1} << i)) == 0) continue;
        if (!out[set].empty()) out[set] += ',';
        out[set] += codes[i].code;
      }
    }
    return out;
  }();
  std::size_t set = 0;
  for (std::size_t i = 0; i < codes.size(); ++i) {
    if (fields.contains(codes[i].field)) set |= std::size_t{1} << i;
  }
  return {joined[set]};
}

// `TI,AB(heart OR cardiac)`.
void scoped(std::string_view code, const InfixWriter& in_field, const ast::Node& body, std::string& out) {
  fmt::format_to(std::back_inserter(out), "{}(", code);
  in_field.expression(body, out);
  out += ')';
}

const PrefixSyntax syntax{.database = database, .names = &codes_for, .scoped = &scoped, .not_operator = " NOT "};

// The year limit as a clause of the search, to the day, `PD(20140101-20211231)`, open ends as
// `PD(>20131231)` and `PD(<20220101)`: a clause limits any part of a search
// (Capabilities::limit_clause).
std::string year_clause(const ast::Limit& limit) {
  const auto digits = [](const ast::Date& d) { return fmt::format("{:04}{:02}{:02}", d.year, d.month, d.day); };
  if (limit.from && limit.to) {
    return fmt::format("{}({}-{})", date_code, digits(first_day(*limit.from)), digits(last_day(*limit.to)));
  }
  if (limit.from) return fmt::format("{}(>{})", date_code, digits(day_before(*limit.from)));
  if (limit.to) return fmt::format("{}(<{})", date_code, digits(day_after(*limit.to)));
  return {};
}

// Each truncated word, written `[*20]` (W450): the language's `*` stands for any ending, ProQuest's
// longest for 20 characters, so a word running longer is not found, wherever it is searched.
void check_truncation(const ast::Strategy& lowered, Approximations& report) {
  for_each_with_polarity(lowered.lines, [&](const ast::Node& n, bool under_not) {
    const auto* t = std::get_if<ast::Term>(&n.kind);
    if (t == nullptr || t->text.find('*') == std::string::npos) return;
    report.report_inherent(DiagCode::W450, n.span,
                           fmt::format("ProQuest's `*` finds at most 5 more characters and its `[*n]` at most 20: "
                                       "`{}` is searched as `{}`",
                                       t->text, truncated(t->text)),
                           Effect::narrower, under_not,
                           {"an ending longer than 20 characters is not found; write such words out in full"});
  });
}

}  // namespace

Capabilities capabilities() {
  return Capabilities{
      .id = "proquest",
      .name = "ProQuest",
      // Publication types are left out: ProQuest's document types (`DTYPE()`) are not the
      // language's publication types, so such a scope is searched in all text (W101).
      .fields = FieldSet{Field::title, Field::abstract, Field::keywords, Field::all_text, Field::author, Field::source,
                         Field::language},
      .multi_field_scopes = true,
      .field_groups = {},
      .history = false,
      .proximity = true,
      .proximity_fields = {},
      .next_operator = true,
      .not_operator = true,
      .thesaurus = ast::Vocabulary::mesh,
      .heading_qualifiers = false,
      .heading_major = false,
      .truncation = Truncation::stars,
      .single_wildcard = true,
      .phrase_wildcards = false,
      .min_stem = 1,
      // The Cochrane Library's date is run as the publication year, the nearest (W110).
      .word_variations_added =
          "lemmas (plurals and verb forms) and spelling variants, to words outside quotation marks",
      .limits = {{ast::LimitKind::publication_year, DatePrecision::day},
                 {ast::LimitKind::cochrane_date, DatePrecision::day, ast::LimitKind::publication_year}},
      .open_ranges = OpenRanges::any,
      .proximity_operands = Capabilities::ProximityOperands::or_groups,
      .limit_clause = &year_clause,
      .syntax_version = syntax_version,
      .sources = sources,
  };
}

Output write(const ast::Strategy& lowered, const EmitOptions&, Approximations& report) {
  check_truncation(lowered, report);
  const InField in_field;
  return PrefixWriter(syntax, in_field).searches(lowered, &year_clause);
}

}  // namespace searchc::proquest
