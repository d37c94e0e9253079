// Scopus advanced search output: one query, each search in a field function (`TITLE-ABS-KEY(...)`),
// `AND NOT`, `W/n` and `PRE/n`, and the years as `PUBYEAR > 2013 AND PUBYEAR < 2022`.
//
// The syntax is databases/scopus/syntax.hpp's, with its sources in docs/databases.md ("Scopus
// (`scopus`)"). Scopus runs OR before W/n and PRE/n, these before AND and AND NOT, so every
// nested group is parenthesised. Its proximity takes only words and phrases, one operator and one
// distance a chain: the lowering has left NEAR only over words, phrases and OR-groups of them
// (Capabilities::proximity_operands), written here as one chain for each combination, ORed.
#include "databases/scopus/scopus.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <stdexcept>
#include <vector>

#include "base/text.hpp"
#include "base/visit.hpp"
#include "databases/infix_writer.hpp"
#include "databases/prefix_writer.hpp"
#include "databases/scopus/sources.hpp"
#include "databases/scopus/syntax.hpp"

namespace searchc::scopus {
namespace {

constexpr std::string_view database = "Scopus";

using Sequences = std::vector<std::vector<std::string>>;

[[noreturn]] void unreachable_operand() {
  throw std::logic_error("Scopus: the lowering should have left only words and phrases in a proximity search");
}

// The word sequences a proximity operand stands for: a word, a phrase, a NEXT chain or an
// OR-group of them (what the lowering leaves there).
Sequences sequences(const ast::Node& node) {
  return std::visit(overloaded{
                        [](const ast::Term& t) { return Sequences{{t.text}}; },
                        [](const ast::Phrase& p) {
                          Sequences out(1);
                          for (const auto w : phrase_words(p.text)) out.front().emplace_back(w);
                          return out;
                        },
                        [](const ast::Heading&) -> Sequences { unreachable_operand(); },
                        [](const ast::Native& n) { return Sequences{{n.text}}; },
                        [](const ast::LineRef&) -> Sequences { unreachable_operand(); },
                        [](const ast::Bool& b) {
                          Sequences out;
                          for (const auto& o : b.operands) {
                            auto more = sequences(o);
                            out.insert(out.end(), more.begin(), more.end());
                          }
                          return out;
                        },
                        [](const ast::Not&) -> Sequences { unreachable_operand(); },
                        [](const ast::Near& x) {
                          Sequences out{{}};
                          for (const auto& o : x.operands) {
                            Sequences joined;
                            for (const auto& a : out) {
                              for (const auto& b : sequences(o)) {
                                auto words = a;
                                words.insert(words.end(), b.begin(), b.end());
                                joined.push_back(std::move(words));
                              }
                            }
                            out = std::move(joined);
                          }
                          return out;
                        },
                        [](const ast::Fielded&) -> Sequences { unreachable_operand(); },
                    },
                    node.kind);
}

// The tags a scope over `fields` is written with, the widest function first.
std::vector<std::string_view> functions_for(FieldSet fields) {
  if (fields.empty() || fields.contains(Field::all_text)) return {all_fields};
  std::vector<std::string_view> out;
  FieldSet covered;
  for (const auto& f : functions) {
    if (f.fields.subset_of(fields) && !f.fields.intersects(covered)) {
      out.push_back(f.name);
      covered.insert(f.fields);
    }
  }
  return out;
}

// A word Scopus would read as an operator, or holding a mark of its syntax, in quotation marks.
void word(std::string_view text, std::string& out) {
  if (is_scopus_operator(text) || text.find_first_of(marks) != std::string_view::npos) {
    out += '"';
    out += text;
    out += '"';
  } else {
    out += text;
  }
}

// The searches inside a field function.
class InField : public InfixWriter {
 protected:
  void term(const ast::Term& t, std::string& out) const override { word(t.text, out); }
  // A loose phrase, `"heart attack"`: Scopus's exact phrase, `{heart attack}`, would also keep
  // punctuation and stop words as typed, finding fewer.
  void phrase(const ast::Phrase& p, std::string& out) const override { quoted(p.text, out); }
  void heading(const ast::Heading&, std::string&) const override { unreachable(database, "a subject heading"); }
  void native(const ast::Native& n, std::string& out) const override { out += n.text; }
  void reference(const ast::LineRef&, std::string&) const override { unreachable(database, "a line reference"); }
  // One chain for each combination of the operands' words, ORed, each in parentheses, as Scopus
  // runs OR before W/n: `((heart W/1 attack) OR (cardiac W/1 attack))`. NEXT over words with no
  // wildcard is the loose phrase, which Scopus's help says finds the same as `PRE/0`.
  void near(const ast::Near& n, std::string& out) const override {
    const auto op = fmt::format(" {}{} ", n.ordered ? precedes_word : within_word, n.distance - 1);
    // each chain: one word sequence for each operand
    std::vector<std::vector<std::vector<std::string>>> chains{{}};
    for (const auto& o : n.operands) {
      std::vector<std::vector<std::vector<std::string>>> joined;
      for (const auto& chain : chains) {
        for (auto& words : sequences(o)) {
          auto next = chain;
          next.push_back(std::move(words));
          joined.push_back(std::move(next));
        }
      }
      chains = std::move(joined);
    }
    const auto chain_text = [&](const std::vector<std::vector<std::string>>& chain) {
      std::vector<std::string> all;
      for (const auto& words : chain) all.insert(all.end(), words.begin(), words.end());
      std::string text;
      if (n.ordered && n.distance == 1 && std::none_of(all.begin(), all.end(), [](const std::string& w) {
            return has_wildcards(w) || is_scopus_operator(w);
          })) {
        quoted(fmt::format("{}", fmt::join(all, " ")), text);
        return text;
      }
      for (std::size_t i = 0; i < chain.size(); ++i) {
        if (i > 0) text += op;
        if (chain[i].size() == 1) {
          word(chain[i].front(), text);
        } else {
          quoted(fmt::format("{}", fmt::join(chain[i], " ")), text);
        }
      }
      return text;
    };
    if (chains.size() == 1) {
      out += chain_text(chains.front());
      return;
    }
    out += '(';
    for (std::size_t i = 0; i < chains.size(); ++i) {
      if (i > 0) out += " OR ";
      const auto text = chain_text(chains[i]);
      // a phrase is one search; a chain of several is parenthesised inside the OR
      const bool phrase = text.find(op) == std::string::npos;
      out += phrase ? text : fmt::format("({})", text);
    }
    out += ')';
  }
  void fielded(const ast::Fielded&, std::string&) const override {
    unreachable(database, "a field scope inside a proximity search");
  }
  std::string_view not_operator() const override { return " AND NOT "; }
};

// `TITLE(heart)`, `TITLE-ABS-KEY(a OR b)`.
void scoped(std::string_view function, const InfixWriter& in_field, const ast::Node& body, std::string& out) {
  fmt::format_to(std::back_inserter(out), "{}(", function);
  in_field.expression(body, out);
  out += ')';
}

const PrefixSyntax syntax{
    .database = database, .names = &functions_for, .scoped = &scoped, .not_operator = " AND NOT "};

// The year limit as a clause of the search, `PUBYEAR > 2013 AND PUBYEAR < 2022`: Scopus's
// `PUBYEAR` takes `>`, `<` and `=` of a year, so a range is its two bounds, each one year out.
// Being a clause, it limits any part of a search (Capabilities::limit_clause).
std::string year_clause(const ast::Limit& limit) {
  std::string out;
  if (limit.from) out += fmt::format("{} > {}", year_word, limit.from->year - 1);
  if (limit.from && limit.to) out += " AND ";
  if (limit.to) out += fmt::format("{} < {}", year_word, limit.to->year + 1);
  return out;
}

}  // namespace

Capabilities capabilities() {
  return Capabilities{
      .id = "scopus",
      .name = "Scopus",
      // Publication types are left out: Scopus's document types (`DOCTYPE(ar)`) are not the
      // language's publication types, so such a scope is searched as words in all text (W101).
      .fields = FieldSet{Field::title, Field::abstract, Field::keywords, Field::all_text, Field::author, Field::source,
                         Field::language},
      .multi_field_scopes = true,
      .field_groups = {},
      .history = false,
      .proximity = true,
      .proximity_fields = {},
      .next_operator = true,
      .not_operator = true,
      .thesaurus = std::nullopt,
      .heading_qualifiers = false,
      .heading_major = false,
      .truncation = Truncation::anywhere,
      .single_wildcard = true,
      .phrase_wildcards = false,
      .min_stem = 1,
      // The Cochrane Library's date is run as the publication year, the nearest (W110).
      .word_variations_added = "plurals and spelling variants",
      .limits = {{ast::LimitKind::publication_year, DatePrecision::year},
                 {ast::LimitKind::cochrane_date, DatePrecision::year, ast::LimitKind::publication_year}},
      .open_ranges = OpenRanges::any,
      .proximity_operands = Capabilities::ProximityOperands::words,
      .limit_clause = &year_clause,
      .syntax_version = syntax_version,
      .sources = sources,
  };
}

Output write(const ast::Strategy& lowered, const EmitOptions&, Approximations&) {
  const InField in_field;
  return PrefixWriter(syntax, in_field).searches(lowered, &year_clause);
}

}  // namespace searchc::scopus
