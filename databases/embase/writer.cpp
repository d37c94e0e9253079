// Embase.com output: numbered searches `#1`, `#2` as Embase.com's history shows them, Emtree
// headings `'x'/exp`, phrases in single quotation marks, field codes `:ti,ab,kw`, `NEAR/n` and
// `NEXT/n`, and a year limit ANDed onto its search, `[1990-2020]/py`.
//
// The syntax is databases/embase/syntax.hpp's, with its sources in docs/databases.md ("Embase
// (Elsevier, Embase.com)"). Embase.com reads operators left to right with no precedence, so every
// nested group is parenthesised (InfixWriter does).
#include "databases/embase/embase.hpp"

#include <fmt/format.h>

#include <iterator>

#include "base/text.hpp"
#include "databases/embase/sources.hpp"
#include "databases/embase/syntax.hpp"
#include "databases/infix_writer.hpp"

namespace searchc::embase {
namespace {

// `text` in single quotation marks, or in double ones when it holds a single one.
void phrase_text(std::string_view text, std::string& out) {
  const char quote = text.find(phrase_quote) == std::string_view::npos ? phrase_quote : '"';
  out += quote;
  out += text;
  out += quote;
}

class Writer : public InfixWriter {
 protected:
  // A word Embase.com would read as an operator or as a mark of its syntax is searched as
  // itself in quotation marks: `'near'`, `'c#'`.
  void term(const ast::Term& t, std::string& out) const override {
    if (is_operator_word(t.text) || t.text.find_first_of(marks) != std::string::npos) {
      phrase_text(t.text, out);
    } else {
      out += t.text;
    }
  }
  void phrase(const ast::Phrase& p, std::string& out) const override { phrase_text(p.text, out); }
  // The lowering leaves only Emtree headings here, with no qualifiers (heading_qualifiers is
  // false): `'heart'/exp`, `'heart'/de`, `'heart'/exp/mj`, `'heart'/mj`.
  void heading(const ast::Heading& h, std::string& out) const override {
    phrase_text(h.label, out);
    if (h.explode) {
      out += heading_exploded;
    } else if (!h.major) {
      out += heading_alone;
    }
    if (h.major) out += heading_major;
  }
  void native(const ast::Native& n, std::string& out) const override { out += n.text; }
  void reference(const ast::LineRef& r, std::string& out) const override {
    fmt::format_to(std::back_inserter(out), "#{}", r.index + 1);
  }
  void near(const ast::Near& n, std::string& out) const override {
    join(n.operands, fmt::format(" {}/{} ", n.ordered ? next_word : near_word, n.distance), out);
  }
  void fielded(const ast::Fielded& f, std::string& out) const override {
    operand(f.body.front(), out);
    fmt::format_to(std::back_inserter(out), ":{}", fmt::join(written_codes(field_codes(), f.fields), ","));
  }
};

}  // namespace

Capabilities capabilities() {
  return Capabilities{
      .id = "embase",
      .name = "Embase (Elsevier, Embase.com)",
      .fields = FieldSet{Field::title, Field::abstract, Field::keywords, Field::all_text, Field::author, Field::source,
                         Field::language},
      .multi_field_scopes = true,
      .field_groups = {},
      .history = true,
      .proximity = true,
      .proximity_fields = {},
      .next_operator = true,
      .not_operator = true,
      .thesaurus = ast::Vocabulary::emtree,
      .heading_qualifiers = false,
      .heading_major = true,
      .truncation = Truncation::anywhere,
      .single_wildcard = true,
      .phrase_wildcards = false,
      .min_stem = 1,
      .limits = {{ast::LimitKind::publication_year, DatePrecision::year},
                 {ast::LimitKind::cochrane_date, DatePrecision::year, ast::LimitKind::publication_year}},
      .open_ranges = OpenRanges::none,
      // Embase.com's `:kw` is the author keywords (docs/databases.md); the language's keywords are
      // author keywords and indexing terms.
      .partial_field = {{Field::keywords, "the author keywords",
                         "the indexing terms (Embase.com searches them as Emtree headings)"}},
      .syntax_version = syntax_version,
      .sources = sources,
  };
}

Output write(const ast::Strategy& lowered, const EmitOptions&, Approximations&) {
  const Writer writer;
  Output out;
  for (std::size_t i = 0; i < lowered.lines.size(); ++i) {
    const auto& line = lowered.lines[i];
    // A limited search is the search ANDed with its limits; read left to right, the search comes
    // first as one operand.
    std::string text = line.limits.empty() ? writer.expression(line.query) : writer.operand(line.query);
    for (const auto& limit : line.limits) {
      fmt::format_to(std::back_inserter(text), " AND [{}-{}]{}", limit.from->year, limit.to->year, year_suffix);
    }
    const auto label = fmt::format("#{}", i + 1);
    add_line(out, label, text);
  }
  return out;
}

}  // namespace searchc::embase
