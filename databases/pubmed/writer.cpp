// PubMed output. The syntax is databases/pubmed/syntax.hpp's, with its sources in
// docs/databases.md ("PubMed (`pubmed`)").
//
// PubMed takes a field tag after a word or phrase but not after a parenthesised group, so a
// field scope is written onto each word inside it: `(a OR b)[ti,ab]` is `a[tiab] OR b[tiab]`.
// Its proximity, `"a b"[tiab:~N]`, counts the words between (N = n - 1 for the language's
// NEAR/n) and works in title and abstract only; the lowering turns NEAR elsewhere into AND.
// PubMed reads operators from left to right, so every nested group is parenthesised.
#include "databases/pubmed/pubmed.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "base/text.hpp"
#include "base/visit.hpp"
#include "databases/infix_writer.hpp"
#include "databases/pubmed/sources.hpp"
#include "databases/pubmed/syntax.hpp"
#include "databases/url.hpp"

namespace searchc::pubmed {
namespace {

constexpr std::string_view database = "PubMed";

using Tags = WrittenCodes;

std::string any_of_tags(const std::string& text, const Tags& tags) {
  if (tags.empty()) return text;
  std::vector<std::string> each;
  for (const auto& t : tags) each.push_back(fmt::format("{}[{}]", text, t));
  return each.size() == 1 ? each.front() : fmt::format("({})", fmt::join(each, " OR "));
}

// `[mh]`, or `[majr]` for a major topic; `[mh:noexp]` for the heading alone.
std::string heading_tag(const ast::Heading& h) {
  const auto tag = std::find_if(heading_tags.begin(), heading_tags.end(),
                                [&](const HeadingTag& t) { return t.major == h.major && t.explode; });
  if (h.explode) return std::string(tag->names.front());
  return fmt::format("{}:{}", tag->names.front(), no_explode.front());
}

std::string heading_text(const ast::Heading& h) {
  if (h.label.empty()) {
    // `[sh]` takes in the subheadings MeSH groups under this one; `[sh:noexp]` searches it alone,
    // as the language's qualifier means (PubMed Help, "MeSH Subheadings [SH]")
    std::vector<std::string> each;
    for (const auto& q : h.qualifiers) {
      each.push_back(fmt::format("\"{}\"[{}:{}]", q.name, subheading.front(), no_explode.front()));
    }
    return each.size() == 1 ? each.front() : fmt::format("({})", fmt::join(each, " OR "));
  }
  const auto tag = heading_tag(h);
  if (h.qualifiers.empty()) return fmt::format("\"{}\"[{}]", h.label, tag);
  std::vector<std::string> each;
  for (const auto& q : h.qualifiers) each.push_back(fmt::format("\"{}/{}\"[{}]", h.label, q.name, tag));
  return each.size() == 1 ? each.front() : fmt::format("({})", fmt::join(each, " OR "));
}

// The words a NEAR stands for, each operand an OR of words or phrases.
std::vector<std::vector<std::string>> alternatives(const ast::Node& node) {
  return std::visit(overloaded{
                        [](const ast::Term& t) { return std::vector<std::vector<std::string>>{{t.text}}; },
                        [](const ast::Phrase& p) { return std::vector<std::vector<std::string>>{{p.text}}; },
                        [](const ast::Heading&) { return std::vector<std::vector<std::string>>{}; },
                        [](const ast::Native& n) { return std::vector<std::vector<std::string>>{{n.text}}; },
                        [](const ast::LineRef&) { return std::vector<std::vector<std::string>>{}; },
                        [](const ast::Bool& b) {
                          std::vector<std::vector<std::string>> out;
                          for (const auto& o : b.operands) {
                            auto more = alternatives(o);
                            out.insert(out.end(), more.begin(), more.end());
                          }
                          return out;
                        },
                        [](const ast::Not&) { return std::vector<std::vector<std::string>>{}; },
                        [](const ast::Near& n) {
                          std::vector<std::vector<std::string>> out{{}};
                          for (const auto& o : n.operands) {
                            std::vector<std::vector<std::string>> joined;
                            for (const auto& a : out) {
                              for (const auto& b : alternatives(o)) {
                                auto words = a;
                                words.insert(words.end(), b.begin(), b.end());
                                joined.push_back(std::move(words));
                              }
                            }
                            out = std::move(joined);
                          }
                          return out;
                        },
                        [](const ast::Fielded&) { return std::vector<std::vector<std::string>>{}; },
                    },
                    node.kind);
}

// Native text that a field tag can follow: one word, `heart[tiab]`, one quoted phrase,
// `"heart attack"[tiab]`, or either in parentheses, `(heart)[tiab]`. PubMed takes no tag after a
// group of several searches (docs/databases.md, "PubMed").
bool taggable(std::string_view text) {
  text = trimmed(text);
  while (text.size() >= 2 && text.front() == '(' && text.back() == ')') text = trimmed(text.substr(1, text.size() - 2));
  if (text.empty()) return false;
  if (text.size() >= 2 && text.front() == '"' && text.back() == '"') {
    return text.substr(1, text.size() - 2).find_first_of("\"[]") == std::string_view::npos;
  }
  return std::none_of(text.begin(), text.end(), [](char ch) {
    return folded_spaces.contains(ch) || ch == '"' || ch == '(' || ch == ')' || ch == '[' || ch == ']';
  });
}

// Inside a field scope: each word and phrase carries the scope's tags.
class Tagged : public FlatWriter {
 public:
  explicit Tagged(Tags tags) : FlatWriter(database), tags_(std::move(tags)) {}

 protected:
  void term(const ast::Term& t, std::string& out) const override {
    std::string word;
    FlatWriter::term(t, word);
    out += any_of_tags(word, tags_);
  }
  void phrase(const ast::Phrase& p, std::string& out) const override {
    out += any_of_tags(fmt::format("\"{}\"", p.text), tags_);
  }
  void near(const ast::Near& n, std::string& out) const override {
    // "bone marrow transplant*"[tiab:~1]: the words within n - 1 of each other
    std::vector<std::string> each;
    for (const auto& words : alternatives(ast::Node{{}, false, n})) {
      for (const auto& t : tags_) {
        each.push_back(fmt::format("\"{}\"[{}:~{}]", fmt::join(words, " "), t, words_between(n.distance)));
      }
    }
    out += each.size() == 1 ? each.front() : fmt::format("({})", fmt::join(each, " OR "));
  }
  // the scope's tags after the text; text no tag can follow was refused (E260)
  void native(const ast::Native& n, std::string& out) const override {
    out += any_of_tags(std::string(trimmed(n.text)), tags_);
  }
  void fielded(const ast::Fielded&, std::string&) const override {
    unreachable(database, "a field scope in a field scope");
  }

 private:
  Tags tags_;
};

class Writer : public InfixWriter {
 protected:
  void term(const ast::Term& t, std::string& out) const override { quote_boolean_word(t.text, out); }
  void phrase(const ast::Phrase& p, std::string& out) const override { quoted(p.text, out); }
  void heading(const ast::Heading& h, std::string& out) const override { out += heading_text(h); }
  void native(const ast::Native& n, std::string& out) const override { out += n.text; }
  void reference(const ast::LineRef& r, std::string& out) const override {
    fmt::format_to(std::back_inserter(out), "#{}", r.index + 1);
  }
  void near(const ast::Near&, std::string&) const override {
    unreachable(database, "a proximity search outside a field");
  }
  void fielded(const ast::Fielded& f, std::string& out) const override {
    const Tagged tagged(written_codes(field_tags(), f.fields));
    const auto& body = f.body.front();
    // a proximity search is one self-contained tag group in PubMed
    if (ast::is_compound(body) && !std::holds_alternative<ast::Near>(body.kind)) {
      tagged.parenthesised(body, out);
    } else {
      tagged.expression(body, out);
    }
  }
};

// A line standing for more searches than this is not written (E203), as a search without a
// history is not past 100,000 searches (compiler/lower_flatten.cpp).
constexpr std::size_t max_line_searches = 100'000;

std::size_t saturated(std::size_t a, std::size_t b, bool multiply) {
  if (multiply) return a != 0 && b > max_line_searches / a ? max_line_searches + 1 : a * b;
  return std::min(a + b, max_line_searches + 1);
}

// How many word sequences `alternatives` gives for `node`, without listing them.
std::size_t alternative_count(const ast::Node& node) {
  return std::visit(overloaded{
                        [](const ast::Term&) -> std::size_t { return 1; },
                        [](const ast::Phrase&) -> std::size_t { return 1; },
                        [](const ast::Heading&) -> std::size_t { return 0; },
                        [](const ast::Native&) -> std::size_t { return 1; },
                        [](const ast::LineRef&) -> std::size_t { return 0; },
                        [](const ast::Bool& b) {
                          std::size_t n = 0;
                          for (const auto& o : b.operands) n = saturated(n, alternative_count(o), false);
                          return n;
                        },
                        [](const ast::Not&) -> std::size_t { return 0; },
                        [](const ast::Near& x) {
                          std::size_t n = 1;
                          for (const auto& o : x.operands) n = saturated(n, alternative_count(o), true);
                          return n;
                        },
                        [](const ast::Fielded&) -> std::size_t { return 0; },
                    },
                    node.kind);
}

// How many searches PubMed runs for `node` as it is written: a word once for each of its scope's
// `tags`, a proximity search once for each combination of its words and each tag.
std::size_t searches(const ast::Node& node, std::size_t tags) {
  const auto sum = [&](const ast::Nodes& nodes) {
    std::size_t n = 0;
    for (const auto& o : nodes) n = saturated(n, searches(o, tags), false);
    return n;
  };
  return std::visit(
      overloaded{
          [&](const ast::Term&) { return tags; },
          [&](const ast::Phrase&) { return tags; },
          [](const ast::Heading& h) { return std::max<std::size_t>(h.qualifiers.size(), 1); },
          [&](const ast::Native&) { return tags; },
          [](const ast::LineRef&) -> std::size_t { return 1; },
          [&](const ast::Bool& b) { return sum(b.operands); },
          [&](const ast::Not& x) { return sum(x.operands); },
          [&](const ast::Near& x) {
            return saturated(alternative_count(ast::Node{{}, false, x}), tags, true);
          },
          [](const ast::Fielded& f) { return searches(f.body.front(), written_codes(field_tags(), f.fields).size()); },
      },
      node.kind);
}

// Native text in a field scope that PubMed cannot tag (`taggable`): written untagged, it would
// be searched in all fields, so it is refused.
void refuse_untaggable(const ast::Node& node, const ast::Fielded* scope, Approximations& report) {
  const auto down = [&](const ast::Nodes& nodes) {
    for (const auto& o : nodes) refuse_untaggable(o, scope, report);
  };
  std::visit(
      overloaded{
          [](const ast::Term&) {},
          [](const ast::Phrase&) {},
          [](const ast::Heading&) {},
          [&](const ast::Native& n) {
            if (scope == nullptr || taggable(n.text)) return;
            std::vector<std::string> tags;
            for (const auto t : written_codes(field_tags(), scope->fields)) tags.emplace_back(t);
            if (auto* d = report.error(
                    DiagCode::E260, node.span,
                    fmt::format("PubMed takes a field tag only after a word or a phrase, so the native text "
                                "`{}` cannot be searched in [{}]: untagged, PubMed would search it in all fields",
                                n.text, fmt::join(tags, "], [")))) {
              d->notes.emplace_back(
                  "write the tags inside the native text, as in `native(\"heart[tiab] AND attack[tiab]\")`, "
                  "and leave out the field list");
            }
          },
          [](const ast::LineRef&) {},
          [&](const ast::Bool& b) { down(b.operands); },
          [&](const ast::Not& x) { down(x.operands); },
          [&](const ast::Near& x) { down(x.operands); },
          [&](const ast::Fielded& f) {
            for (const auto& o : f.body) refuse_untaggable(o, &f, report);
          },
      },
      node.kind);
}

bool has_reference(const ast::Node& node) {
  return ast::any_node(node, [](const ast::Node& n) { return std::holds_alternative<ast::LineRef>(n.kind); });
}

}  // namespace

Capabilities capabilities() {
  return Capabilities{
      .id = "pubmed",
      .name = "PubMed",
      .fields = FieldSet{Field::title, Field::abstract, Field::keywords, Field::all_text, Field::author, Field::source,
                         Field::publication_type, Field::language},
      .multi_field_scopes = true,
      // PubMed has no abstract tag: `[tiab]`. It has no field of keywords and indexing terms:
      // text words, `[tw]`, hold them with title, abstract, publication types, substance names
      // and more; other terms, `[ot]`, hold author keywords only, and `[tiab]` holds the author
      // keywords too (PubMed Help, "Search Field Descriptions and Tags")
      .field_groups = {{Field::abstract, FieldSet{Field::title, Field::abstract}},
                       {Field::keywords, FieldSet{Field::title, Field::abstract, Field::keywords}}},
      .approximate_field = Capabilities::ApproximateField{Field::keywords,
                                                          "text words ([tw]), which hold title, abstract, author "
                                                          "keywords, MeSH terms and subheadings, publication types, "
                                                          "substance names and more",
                                                          "author keywords"},
      .holds_part_of =
          Capabilities::PartOf{FieldSet{Field::title, Field::abstract}, Field::keywords, "author keywords"},
      .history = true,
      .proximity = true,
      .proximity_fields = FieldSet{Field::title, Field::abstract},
      .next_operator = false,
      .not_operator = true,
      .thesaurus = ast::Vocabulary::mesh,
      .heading_qualifiers = true,
      .heading_major = true,
      .qualifiers_explode = true,
      // "wildcards can be used in the middle of a term or phrase, and multiple wildcards can be
      // used in the same term", "Terms must have at least 4 characters before the first wildcard"
      // (NLM Technical Bulletin 2024 May-Jun, "PubMed Update: Wildcard Search Improvements",
      // https://nlm.nih.gov/pubs/techbull/mj24/mj24_pubmed_wildcard.html)
      .truncation = Truncation::stars,
      .single_wildcard = false,
      .phrase_wildcards = true,
      .min_stem = 4,
      // `[dp]` takes a date to the day, `2015/06/15:2016/03/01[dp]` (PubMed User Guide, "Search
      // Field Descriptions and Tags": YYYY/MM/DD, month and day optional)
      .limits = {{ast::LimitKind::publication_year, DatePrecision::day},
                 {ast::LimitKind::cochrane_date, DatePrecision::year, ast::LimitKind::publication_year},
                 {ast::LimitKind::entry_date, DatePrecision::day}},
      .open_ranges = OpenRanges::to_present,
      .syntax_version = syntax_version,
      .sources = sources,
  };
}

Output write(const ast::Strategy& lowered, const EmitOptions&, Approximations& report) {
  const Writer writer;
  Output out;
  for (std::size_t i = 0; i < lowered.lines.size(); ++i) {
    const auto& line = lowered.lines[i];
    refuse_untaggable(line.query, nullptr, report);
    if (const auto count = searches(line.query, 1); count > max_line_searches) {
      if (auto* d = report.error(DiagCode::E203, line.span,
                                 fmt::format("the line `{}` is too large to write for PubMed: it stands for more than "
                                             "{} searches, each word once for each of its field tags",
                                             line.name, max_line_searches))) {
        d->notes.emplace_back("split the line into several lines and combine them with OR");
      }
      return out;
    }
    auto text = writer.expression(line.query);
    for (const auto& limit : line.limits) {
      text =
          fmt::format("{} AND {}", ast::is_compound(line.query) ? fmt::format("({})", text) : text, date_filter(limit));
    }
    const auto label = fmt::format("#{}", i + 1);
    add_line(out, label, text);
    // A line without references runs on its own: a link opens it in PubMed.
    if (!has_reference(line.query)) {
      out.links.push_back({label, make_url("https://pubmed.ncbi.nlm.nih.gov/", {{"term", text}})});
    }
  }
  return out;
}

}  // namespace searchc::pubmed
