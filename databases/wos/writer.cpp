// Web of Science Core Collection output: one advanced search a line, `#1 TS=(...)`, each later
// line combining the sets as `#1 AND #2`, and a year limit ANDed on as `PY=(2014-2021)`.
//
// The syntax is databases/wos/syntax.hpp's, with its sources in docs/databases.md ("Web of Science
// Core Collection (`wos`)"). Advanced search takes a field tag before every search, so a search
// without a field is written in All Fields, `ALL=`. Web of Science runs AND before OR, so every
// nested group is parenthesised. Its `NEAR/x` counts the words between (x = n - 1 for the
// language's NEAR/n) and takes no AND inside it: the lowering has left only words, phrases and
// OR-groups there (Capabilities::proximity_operands).
#include "databases/wos/wos.hpp"

#include <fmt/format.h>

#include <iterator>
#include <vector>

#include "base/text.hpp"
#include "databases/infix_writer.hpp"
#include "databases/prefix_writer.hpp"
#include "databases/wos/sources.hpp"
#include "databases/wos/syntax.hpp"

namespace searchc::wos {
namespace {

constexpr std::string_view database = "Web of Science";

// The tags a scope over `fields` is written with: `TS` for title, abstract and keywords together,
// each other field by its own tag (keywords by `AK` and `KP`), `ALL` for all text.
std::vector<std::string_view> tags_for(FieldSet fields) {
  if (fields.empty() || fields.contains(Field::all_text)) return {all_fields_tag};
  std::vector<std::string_view> out;
  FieldSet covered;
  if (tags.front().fields.subset_of(fields)) {
    out.push_back(tags.front().tag);
    covered = tags.front().fields;
  }
  for (std::size_t i = 1; i < tags.size(); ++i) {
    if (tags[i].fields.subset_of(fields) && !tags[i].fields.subset_of(covered)) out.push_back(tags[i].tag);
  }
  return out;
}

// A search in one field: the words, phrases and proximity searches after a tag.
class InField : public InfixWriter {
 protected:
  // A word Web of Science would read as an operator, or holding a mark of its syntax, is quoted.
  void term(const ast::Term& t, std::string& out) const override {
    if (is_wos_operator(t.text) || t.text.find_first_of(marks) != std::string::npos) {
      quoted(t.text, out);
    } else {
      out += t.text;
    }
  }
  void phrase(const ast::Phrase& p, std::string& out) const override { quoted(p.text, out); }
  void heading(const ast::Heading&, std::string&) const override { unreachable(database, "a subject heading"); }
  void native(const ast::Native& n, std::string& out) const override { out += n.text; }
  // `#3`: a set of the history, outside any field (PrefixWriter)
  void reference(const ast::LineRef& r, std::string& out) const override {
    fmt::format_to(std::back_inserter(out), "#{}", r.index + 1);
  }
  // `NEAR/x` with x the words between: the language's NEAR/n is NEAR/(n - 1).
  void near(const ast::Near& n, std::string& out) const override {
    join(n.operands, fmt::format(" {}/{} ", near_word, n.distance - 1), out);
  }
  void fielded(const ast::Fielded&, std::string&) const override {
    unreachable(database, "a field scope inside a proximity search");
  }
};

// `TI=heart`, `TS=(a OR b)`: the tag, and the search in parentheses where it joins several.
void scoped(std::string_view tag, const InfixWriter& in_field, const ast::Node& body, std::string& out) {
  fmt::format_to(std::back_inserter(out), "{}=", tag);
  in_field.operand(body, out);
}

const PrefixSyntax syntax{.database = database, .names = &tags_for, .scoped = &scoped, .not_operator = " NOT "};

}  // namespace

Capabilities capabilities() {
  return Capabilities{
      .id = "wos",
      .name = "Web of Science Core Collection",
      // Publication types are left out: Web of Science's document types (`DT=Article`) are not the
      // language's publication types, so such a scope is searched as words in all text (W101).
      .fields = FieldSet{Field::title, Field::abstract, Field::keywords, Field::all_text, Field::author, Field::source,
                         Field::language},
      .multi_field_scopes = true,
      .field_groups = {},
      .history = true,
      .proximity = true,
      .proximity_fields = {},
      .next_operator = false,
      .not_operator = true,
      .thesaurus = std::nullopt,
      .heading_qualifiers = false,
      .heading_major = false,
      .truncation = Truncation::anywhere,
      .single_wildcard = true,
      .phrase_wildcards = true,
      .min_stem = 3,
      // The Cochrane Library's date is run as the publication year, the nearest (W110).
      .limits = {{ast::LimitKind::publication_year, DatePrecision::year},
                 {ast::LimitKind::cochrane_date, DatePrecision::year, ast::LimitKind::publication_year}},
      .open_ranges = OpenRanges::none,
      .proximity_operands = Capabilities::ProximityOperands::or_groups,
      .syntax_version = syntax_version,
      .sources = sources,
  };
}

Output write(const ast::Strategy& lowered, const EmitOptions&, Approximations&) {
  const InField in_field;
  const PrefixWriter writer(syntax, in_field);
  Output out;
  for (std::size_t i = 0; i < lowered.lines.size(); ++i) {
    const auto& line = lowered.lines[i];
    auto text = writer.line(line.query);
    for (const auto& limit : line.limits) {
      if (limit.kind != ast::LimitKind::publication_year || !limit.from || !limit.to) continue;
      text = fmt::format("{} AND {}=({}-{})", writer.written_joined(line.query) ? fmt::format("({})", text) : text,
                         year_tag, limit.from->year, limit.to->year);
    }
    const auto label = fmt::format("#{}", i + 1);
    add_line(out, label, text);
  }
  return out;
}

}  // namespace searchc::wos
