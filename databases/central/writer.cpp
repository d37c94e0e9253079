// Cochrane CENTRAL output in the style of the Search Manager's export.
//
// The syntax is databases/central/syntax.hpp's, with its sources in docs/databases.md
// ("Cochrane Library, CENTRAL (`central`)"); where a fact is unverified the output takes the
// reading that cannot lose records: NEAR/n keeps the language's n, major-topic restrictions
// are dropped, and every nested group is parenthesised because Cochrane's precedence is not
// documented.
#include "databases/central/central.hpp"

#include <fmt/compile.h>
#include <fmt/format.h>

#include <iterator>

#include "base/text.hpp"
#include "base/visit.hpp"
#include "databases/central/sources.hpp"
#include "databases/central/syntax.hpp"
#include "databases/infix_writer.hpp"

namespace searchc::central {
namespace {

std::string qualifier_list(const std::vector<ast::Qualifier>& qualifiers, bool capitalise) {
  std::vector<std::string> parts;
  for (const auto& q : qualifiers) {
    std::string name = q.name;
    if (capitalise && !name.empty()) name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    parts.push_back(fmt::format("{} - {}", name, q.abbreviation));
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

// The MeSH browser's line: "MeSH descriptor: [X] explode all trees and with qualifier(s): [...]".
std::string heading_line(const ast::Heading& h) {
  if (h.label.empty()) {
    return fmt::format("Any MeSH descriptor with qualifier(s): [{}]", qualifier_list(h.qualifiers, true));
  }
  std::string out = fmt::format("MeSH descriptor: [{}] {}", h.label, h.explode ? explode_all : this_term_only);
  if (!h.qualifiers.empty()) out += fmt::format(" and with qualifier(s): [{}]", qualifier_list(h.qualifiers, false));
  return out;
}

// The inline form: [mh "X"], [mh ^"X"], [mh "X"/DT,TH], [mh /RT].
void heading_inline(const ast::Heading& h, std::string& out) {
  out += "[mh ";
  if (!h.label.empty()) {
    if (!h.explode) out += inline_no_explode;
    out += '"';
    out += h.label;
    out += '"';
  }
  char separator = '/';
  for (const auto& q : h.qualifiers) {
    out += separator;
    out += q.abbreviation;
    separator = ',';
  }
  out += ']';
}

class Writer : public InfixWriter {
 protected:
  // A word CENTRAL would read as an operator is quoted: `ric* NEXT "or" NEXT esophag*`.
  void term(const ast::Term& t, std::string& out) const override {
    if (is_operator_word(t.text)) {
      quoted(t.text, out);
    } else {
      out += t.text;
    }
  }
  void phrase(const ast::Phrase& p, std::string& out) const override { quoted(p.text, out); }
  void heading(const ast::Heading& h, std::string& out) const override { heading_inline(h, out); }
  void native(const ast::Native& n, std::string& out) const override { out += n.text; }
  void reference(const ast::LineRef& r, std::string& out) const override {
    fmt::format_to(std::back_inserter(out), FMT_COMPILE("#{}"), r.index + 1);
  }
  void near(const ast::Near& n, std::string& out) const override {
    if (n.ordered) {
      join(n.operands, fmt::format(FMT_COMPILE(" {} "), next_word), out);
    } else {
      join(n.operands, fmt::format(FMT_COMPILE(" {}/{} "), near_word, n.distance), out);
    }
  }
  void fielded(const ast::Fielded& f, std::string& out) const override {
    // no scope reaches here inside another: resolve refuses one (E112), and no rewrite for
    // CENTRAL builds one
    operand(f.body.front(), out);
    char separator = ':';
    for_each_written_code(field_labels(), f.fields, [&](std::string_view label) {
      out += separator;
      out += label;
      separator = ',';
    });
  }
};

struct LeafKinds {
  bool refs = false;
  bool searches = false;
};

void collect(const ast::Node& node, LeafKinds& kinds) {
  std::visit(overloaded{
                 [&](const ast::Term&) { kinds.searches = true; },
                 [&](const ast::Phrase&) { kinds.searches = true; },
                 [&](const ast::Heading&) { kinds.searches = true; },
                 [&](const ast::LineRef&) { kinds.refs = true; },
                 [&](const ast::Bool& b) {
                   for (const auto& o : b.operands) collect(o, kinds);
                 },
                 [&](const ast::Not& n) {
                   for (const auto& o : n.operands) collect(o, kinds);
                 },
                 [&](const ast::Near& n) {
                   for (const auto& o : n.operands) collect(o, kinds);
                 },
                 [&](const ast::Fielded& f) { collect(f.body.front(), kinds); },
                 [&](const ast::Native&) { kinds.searches = true; },
             },
             node.kind);
}

}  // namespace

Capabilities capabilities() {
  return Capabilities{
      .id = "central",
      .name = "Cochrane CENTRAL",
      .fields = FieldSet{Field::title, Field::abstract, Field::keywords, Field::all_text, Field::author, Field::source,
                         Field::publication_type},
      .multi_field_scopes = true,
      .field_groups = {},
      .history = true,
      .proximity = true,
      .proximity_fields = {},
      .next_operator = true,
      .not_operator = true,
      .thesaurus = ast::Vocabulary::mesh,
      .heading_qualifiers = true,
      .heading_major = false,
      .truncation = Truncation::anywhere,
      .phrase_wildcards = false,
      .min_stem = 3,
      .word_variations_option = "the Search Manager's \"Search word variations\" box",
      .limits = {{ast::LimitKind::cochrane_date, DatePrecision::month},
                 {ast::LimitKind::entry_date, DatePrecision::month, ast::LimitKind::cochrane_date},
                 {ast::LimitKind::publication_year, DatePrecision::year}},
      .open_ranges = OpenRanges::none,
      .single_wildcard_may_match_none = true,
      .syntax_version = syntax_version,
      .sources = sources,
  };
}

Output write(const ast::Strategy& lowered, const EmitOptions& options, Approximations& report) {
  auto& sink = report.sink();
  Output out;
  const Writer writer;
  for (std::size_t i = 0; i < lowered.lines.size(); ++i) {
    const auto& line = lowered.lines[i];
    LeafKinds kinds;
    collect(line.query, kinds);
    if (kinds.refs && kinds.searches) {
      auto& d = sink.report(DiagCode::W102, line.query.span,
                            "line references and search terms on one line: Cochrane CENTRAL may refuse the line");
      d.notes.emplace_back("put the search terms on a line of their own and refer to it with `#name`");
    }
    // Each line is written where it will stay, in the output's text (add_line's form).
    fmt::format_to(std::back_inserter(out.text), FMT_COMPILE("#{} "), i + 1);
    const auto* heading = std::get_if<ast::Heading>(&line.query.kind);
    if (heading != nullptr && options.mesh_form == MeshForm::line) {
      out.text += heading_line(*heading);
    } else {
      writer.expression(line.query, out.text);
    }
    for (const auto& limit : line.limits) append_limit(limit, out.text);
    out.text += '\n';
  }
  return out;
}

}  // namespace searchc::central
