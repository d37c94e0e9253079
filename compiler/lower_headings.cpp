// MeSH headings: searched as their words where the database has no MeSH, with their entry terms
// under `expand headings`, and without the qualifiers and major-topic mark a database cannot
// restrict a heading to.
#include "compiler/lower_context.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "base/text.hpp"
#include "compiler/format.hpp"
#include "mesh/image.hpp"

namespace searchc::lowering {
namespace {

// The heading's words for a free-text search: its name (an inverted name in natural order too)
// and, with `expand headings`, its entry terms without NLM's permuted forms and lab codes, each
// without a closing remark in parentheses ("MS (Multiple Sclerosis)" is "MS"). A phrase that
// holds another one's words in a row is left out: the shorter one finds its records already.
// A floating qualifier's words are the qualifier's names.
// `entry_terms`: the heading as the vocabulary has it, when its entry terms are wanted.
std::vector<std::string> heading_words(const ast::Heading& h, const mesh::Heading* entry_terms) {
  std::vector<std::string> out;
  if (h.label.empty()) {
    for (const auto& q : h.qualifiers) out.push_back(q.name);
    return out;
  }
  std::vector<std::string> candidates{h.label};
  if (h.label.find(", ") != std::string::npos) candidates.push_back(mesh::image::natural_order(h.label));
  if (entry_terms != nullptr) {
    for (const auto& t : entry_terms->entry_terms()) {
      if (t.permuted || t.lab_code) continue;
      std::string_view text = t.text;
      if (text.ends_with(")") && text.find(" (") != std::string_view::npos) text = text.substr(0, text.rfind(" ("));
      candidates.push_back(text.find(", ") == std::string_view::npos ? std::string(text)
                                                                     : mesh::image::natural_order(text));
    }
  }
  const auto words = [](const std::string& phrase) { return " " + lower_folded(phrase) + " "; };
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const auto mine = words(candidates[i]);
    bool covered = false;
    for (std::size_t j = 0; j < candidates.size() && !covered; ++j) {
      if (i == j) continue;
      const auto other = words(candidates[j]);
      // another phrase within this one, or the same words written earlier
      covered = mine.find(other) != std::string::npos && (other != mine || j < i);
    }
    if (!covered) out.push_back(candidates[i]);
  }
  return out;
}

}  // namespace

// What the database lacks that makes it search a heading as words, for W106.
std::string Lowering::missing(const ast::Heading& h) const {
  if (target_.thesaurus == h.vocabulary) return "has no floating qualifiers";
  if (target_.thesaurus == ast::Vocabulary::mesh && !h.label.empty()) {
    return fmt::format("searches MeSH, not {}, and MeSH has no heading `{}`", ast::vocabulary_name(h.vocabulary),
                       h.label);
  }
  return fmt::format("has no {}", ast::vocabulary_name(h.vocabulary));
}

// A concept's headings of other thesauri, where it holds one of the database's own: each
// database searches its own thesaurus and leaves the others' headings out, which loses nothing.
void Lowering::leave_other_thesauri(ast::Bool& b) const {
  if (!target_.thesaurus || b.op != ast::BoolOp::or_) return;
  const auto thesaurus = *target_.thesaurus;
  const auto vocabulary_of = [](const ast::Node& o) -> std::optional<ast::Vocabulary> {
    const auto* h = std::get_if<ast::Heading>(&o.kind);
    return h != nullptr ? std::optional(h->vocabulary) : std::nullopt;
  };
  const auto own = [&](const ast::Node& o) { return vocabulary_of(o) == thesaurus; };
  const auto other = [&](const ast::Node& o) { return vocabulary_of(o).value_or(thesaurus) != thesaurus; };
  if (std::any_of(b.operands.begin(), b.operands.end(), own)) std::erase_if(b.operands, other);
}

void Lowering::heading(ast::Node& n, ast::Heading& h, const Context& c) {
  const Span span = n.span;
  const auto match = h.descriptor();
  const bool expand = ast::expands_headings(strategy_.database(target_.id));
  const mesh::Heading* entry_terms = expand && match ? &match : nullptr;
  // A heading of a thesaurus the database lacks is searched by its name in the database's own
  // (W170), or as its words: into MeSH only where the name is MeSH's, which searchc can tell;
  // into a licensed thesaurus unless `expand headings` asks for MeSH's entry terms as words.
  const auto vocabulary = h.vocabulary;
  const bool foreign = target_.thesaurus && vocabulary != *target_.thesaurus && !h.label.empty();
  const bool renamed =
      foreign && (*target_.thesaurus == ast::Vocabulary::mesh ? static_cast<bool>(match) : entry_terms == nullptr);
  const bool as_words = !target_.thesaurus || (foreign && !renamed) || (h.label.empty() && !target_.heading_qualifiers);
  const bool expanded = !as_words && expand && !h.label.empty() && !foreign;
  const bool unqualified = !h.qualifiers.empty() && !target_.heading_qualifiers;
  // The messages quote the heading as written, before the name replaces it.
  const auto written = as_words || expanded || unqualified || renamed ? format_expression(n) : std::string();
  // An entry term (reported by resolve, W006) or another case is written as the MeSH heading's
  // name: a MeSH heading always, another thesaurus's where MeSH's heading is searched for it.
  const bool by_mesh_name =
      vocabulary == ast::Vocabulary::mesh || (renamed && target_.thesaurus == ast::Vocabulary::mesh);
  if (match && by_mesh_name && h.label != match.name()) h.label = match.name();
  if (renamed) {
    h.vocabulary = *target_.thesaurus;
    const auto theirs = ast::vocabulary_name(h.vocabulary);
    approximate(
        DiagCode::W170, span,
        fmt::format("{} searches {}, not {}: `{}` is searched as the heading `{}` in {}, which {}", target_.name,
                    theirs, ast::vocabulary_name(vocabulary), written, h.label, theirs,
                    h.vocabulary == ast::Vocabulary::mesh ? "may not index the same records"
                                                          : fmt::format("{} may lack or name otherwise", theirs)),
        Effect::different, c,
        {fmt::format("check it in {} and add its heading there to the concept, as `{}(\"...\")`{}", theirs,
                     ast::vocabulary_function(h.vocabulary),
                     vocabulary == ast::Vocabulary::mesh
                         ? fmt::format("; or write `expand headings` in a `database {} {{ ... }}` block to "
                                       "search MeSH's entry terms as free text instead",
                                       target_.id)
                         : std::string())});
  }
  if (as_words) {
    auto out = free_text(span, h, entry_terms);
    const auto lost = h.label.empty() ? std::string("records with the qualifier whose text lacks these words")
                      : h.explode     ? std::string(
                                            "records indexed with the heading or a narrower one whose text "
                                                "lacks these words")
                                  : std::string("records indexed with the heading whose text lacks these words");
    approximate(DiagCode::W106, span,
                fmt::format("{} {}: `{}` is searched as the words `{}` in {}; {} are missed, and records using "
                            "the words in another sense are found",
                            target_.name, missing(h), written, format_expression(out), where(c), lost),
                Effect::different, c,
                {expand || h.label.empty() || !match
                     ? replace_note() + " that lists more synonyms as free text"
                     : fmt::format("write `expand headings` in a `database {} {{ ... }}` block to search the "
                                   "heading's entry terms too, or a replacement line that lists synonyms as free text",
                                   target_.id)});
    // The entry terms widen the search, as `expand headings` asks; after NOT that removes more
    // records, which W106's "different" would not say: reported as a widening, which the
    // polarity turns into E202 there. Where the search is positive W106 lists the words already.
    if (c.negative && entry_terms != nullptr &&
        format_expression(out) != format_expression(free_text(span, h, nullptr))) {
      approximate(DiagCode::W115, span,
                  fmt::format("`expand headings`: `{}` is searched with its entry terms too, as `{}`", written,
                              format_expression(out)),
                  Effect::broader, c);
    }
    replace(n, std::move(out));
    return;
  }
  if (expanded) {
    ast::Nodes either;
    either.push_back(make(span, h));
    auto words = free_text(span, h, entry_terms);
    for (auto& w : ast::joined_by(words, ast::BoolOp::or_)) either.push_back(w);
    auto out = make(span, ast::Bool{ast::BoolOp::or_, std::move(either)});
    approximate(DiagCode::W115, span,
                fmt::format("`expand headings`: `{}` is searched as `{}`, the heading or its name and entry terms in "
                            "all text",
                            written, format_expression(out)),
                Effect::broader, c);
    auto& heading = std::get<ast::Heading>(std::get<ast::Bool>(out.kind).operands.front().kind);
    restrict_heading(heading, span, written, c);
    replace(n, std::move(out));
    return;
  }
  restrict_heading(h, span, written, c);
}

// The heading's words as phrases, ORed.
ast::Node Lowering::free_text(Span span, const ast::Heading& h, const mesh::Heading* entry_terms) const {
  ast::Nodes words;
  for (const auto& w : heading_words(h, entry_terms)) words.push_back(make(span, ast::Phrase{w}));
  return make_bool(span, ast::BoolOp::or_, std::move(words));
}

// Qualifiers and the major-topic mark, where the database cannot restrict a heading to them.
// `written` is the heading as written, for the message.
void Lowering::restrict_heading(ast::Heading& h, Span span, std::string_view written, const Context& c) {
  if (!h.qualifiers.empty() && !target_.heading_qualifiers) {
    approximate(DiagCode::W112, span,
                fmt::format("{} cannot restrict a heading to qualifiers: `{}` is searched with any qualifier",
                            target_.name, written),
                Effect::broader, c);
    h.qualifiers.clear();
  }
  if (!h.label.empty() && h.explode && !h.qualifiers.empty() && target_.qualifiers_explode) {
    std::vector<std::string_view> names;
    for (const auto& q : h.qualifiers) names.push_back(q.name);
    approximate(DiagCode::W160, span,
                fmt::format("{} explodes a heading's qualifiers with the heading: `{}` with {} also finds the "
                            "qualifiers MeSH groups under {}, where there are any (therapy takes in drug therapy, "
                            "surgery and more)",
                            target_.name, h.label, fmt::join(names, " or "), names.size() == 1 ? "it" : "them"),
                Effect::broader, c, {"with `noexp` the heading and its qualifiers are searched alone"});
  }
  if (h.major && !target_.heading_major) {
    approximate(DiagCode::W103, span,
                fmt::format("{} cannot restrict a heading to major topic: `{}` is searched as an ordinary heading",
                            target_.name, h.label),
                Effect::broader, c, {"screen for major-topic records by hand if that matters"});
    h.major = false;
  }
  if (!h.label.empty() && h.explode && !target_.heading_explode) {
    // Narrower wherever it stands, and no wider form exists without the licensed thesaurus's
    // narrower headings: the database's own narrowing (Approximations::report_inherent).
    report_.report_inherent(
        DiagCode::W410, span,
        fmt::format("{} explodes a heading only from its thesaurus page, which writes the narrower headings out: "
                    "`{}` is searched as the heading alone",
                    target_.name, h.label),
        Effect::narrower, c.negative,
        {fmt::format("tick Explode beside \"{}\" in the thesaurus and use the search it writes, or add the "
                     "narrower headings as `{}(\"...\", noexp)`",
                     h.label, ast::vocabulary_function(h.vocabulary))});
    h.explode = false;
  }
}

}  // namespace searchc::lowering
