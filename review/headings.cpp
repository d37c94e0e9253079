// PRESS element 3, subject headings: does each concept's free text find what its headings name,
// does free text name a heading the concept lacks, does an unexploded heading leave out narrower
// headings.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "base/text.hpp"
#include "base/visit.hpp"
#include "databases/database.hpp"
#include "review/checks.hpp"

namespace searchc::review {
namespace {

// Whether free text for the heading is no reviewer's request: a publication type, a study
// design heading `... as Topic` that method filters use, or an organism of MeSH's B tree
// (`Animals`, `Humans`), which strategies search by heading to take records away.
bool method_heading(const mesh::Heading& heading) {
  if (heading.publication_type() || heading.name().ends_with(" as Topic")) return true;
  const auto trees = heading.tree_numbers();
  return !trees.empty() &&
         std::all_of(trees.begin(), trees.end(), [](std::string_view t) { return t.starts_with('B'); });
}

// A MeSH heading of the bundled vocabulary among a concept's searches; null otherwise.
const ast::Heading* mesh_heading(const ast::Node& node) {
  const auto* h = std::get_if<ast::Heading>(&node.kind);
  if (h == nullptr || h->vocabulary != ast::Vocabulary::mesh || h->as_written || !h->descriptor()) return nullptr;
  return h;
}

// Whether the heading is a chemical or drug (MeSH's D tree), whose entry terms are mostly trade
// names and codes (Dobutamine's `Dobuject`, `Dobutamin Hexal`): no reviewer asks for those.
bool chemical(const mesh::Heading& heading) {
  const auto trees = heading.tree_numbers();
  return !trees.empty() &&
         std::all_of(trees.begin(), trees.end(), [](std::string_view t) { return t.starts_with('D'); });
}

// The names a text search would look for: the heading's own and its entry terms in natural
// word order, each once; a chemical's own name only.
std::vector<std::string> names_of(const mesh::Heading& heading) {
  std::vector<std::string> out{natural_form(mesh::EntryTerm{heading.name()})};
  if (chemical(heading)) return out;
  for (const auto& term : heading.entry_terms()) {
    auto text = natural_form(term);
    if (text.empty()) continue;
    if (std::none_of(out.begin(), out.end(), [&](const std::string& o) { return iequal(o, text); })) {
      out.push_back(std::move(text));
    }
  }
  return out;
}

// What a check found at one heading, narrowed by each concept it is in: a name is missing only
// when no concept holding the heading finds it.
struct AtHeading {
  const ast::Node* node = nullptr;
  std::string concept_name;
  bool free_text = false;  // some concept holding it searches free text
  std::vector<std::string> missing;
};

void narrow(std::vector<AtHeading>& found, const ast::Node* node, const Concept& c, bool free_text,
            std::vector<std::string> missing) {
  auto at = std::find_if(found.begin(), found.end(), [&](const AtHeading& a) { return a.node == node; });
  if (at == found.end()) {
    found.push_back(AtHeading{node, c.name, free_text, std::move(missing)});
    return;
  }
  at->free_text = at->free_text || free_text;
  std::erase_if(at->missing,
                [&](const std::string& m) { return std::find(missing.begin(), missing.end(), m) == missing.end(); });
}

std::string concept_label(const std::string& name) {
  return name.empty() ? std::string("the concept") : fmt::format("concept `{}`", name);
}

std::vector<std::string> quoted(std::span<const std::string> names) {
  std::vector<std::string> out;
  for (const auto& n : names) out.push_back(fmt::format("\"{}\"", n));
  return out;
}

void entry_terms(const ast::Strategy& strategy, const std::vector<Concept>& concepts, DiagnosticSink& sink) {
  std::vector<AtHeading> found;
  for (const auto& c : concepts) {
    std::vector<const ast::Node*> text;
    for (const auto* a : c.alternatives) {
      if (!std::holds_alternative<ast::Heading>(a->kind)) text.push_back(a);
    }
    for (const auto* a : c.alternatives) {
      const auto* h = mesh_heading(*a);
      if (h == nullptr || method_heading(h->descriptor())) continue;
      std::vector<std::string> missing;
      for (const auto& name : names_of(h->descriptor())) {
        const auto words = words_of(name);
        if (std::none_of(text.begin(), text.end(), [&](const ast::Node* t) { return finds(*t, words, strategy); })) {
          missing.push_back(name);
        }
      }
      narrow(found, a, c, !text.empty(), std::move(missing));
    }
  }
  for (const auto& f : found) {
    if (f.missing.empty()) continue;
    const auto label = std::get<ast::Heading>(f.node->kind).label;
    const auto names = quoted(f.missing);
    auto& d = sink.report(
        DiagCode::R301, f.node->span,
        f.free_text ? fmt::format("the free text of {} does not find {} of MeSH's names for `{}`: {}",
                                  concept_label(f.concept_name), f.missing.size(), label, listing(names, 6))
                    : fmt::format("{} searches `{}` by its heading alone, with none of its names as free text: {}",
                                  concept_label(f.concept_name), label, listing(names, 6)));
    d.notes.push_back(
        "records not yet indexed, or indexed with another heading, are found only by their words: add the names "
        "that belong to the question as free text");
  }
}

// A text search's words as one text, when it is a word, a phrase or words next to each other
// with no wildcard: what MeSH could have as a heading's name.
std::optional<std::string> plain_text(const ast::Node& node) {
  return std::visit(overloaded{
                        [](const ast::Term& t) -> std::optional<std::string> {
                          if (has_wildcards(t.text)) return std::nullopt;
                          return t.text;
                        },
                        [](const ast::Phrase& p) -> std::optional<std::string> {
                          if (has_wildcards(p.text)) return std::nullopt;
                          return p.text;
                        },
                        [](const ast::Near& n) -> std::optional<std::string> {
                          if (!n.ordered || n.distance != 1) return std::nullopt;
                          std::string out;
                          for (const auto& o : n.operands) {
                            const auto word = plain_text(o);
                            if (!word) return std::nullopt;
                            out += (out.empty() ? "" : " ") + *word;
                          }
                          return out;
                        },
                        [](const ast::Heading&) -> std::optional<std::string> { return std::nullopt; },
                        [](const ast::LineRef&) -> std::optional<std::string> { return std::nullopt; },
                        [](const ast::Bool&) -> std::optional<std::string> { return std::nullopt; },
                        [](const ast::Not&) -> std::optional<std::string> { return std::nullopt; },
                        [](const ast::Fielded&) -> std::optional<std::string> { return std::nullopt; },
                        [](const ast::Native&) -> std::optional<std::string> { return std::nullopt; },
                    },
                    node.kind);
}

// Whether the concept's database searches MeSH headings: the strategy's own lines may be
// compiled for one that does; a block's search is run in its database only.
bool searches_mesh(const Concept& c) {
  if (c.database == nullptr) return true;
  const auto* database = find_database(c.database->id);
  return database != nullptr && database->capabilities.thesaurus == ast::Vocabulary::mesh;
}

void free_text_headings(const std::vector<Concept>& concepts, const mesh::Vocabulary& vocabulary,
                        DiagnosticSink& sink) {
  for (const auto& c : concepts) {
    if (!searches_mesh(c)) continue;
    if (std::any_of(c.alternatives.begin(), c.alternatives.end(),
                    [](const ast::Node* a) { return std::holds_alternative<ast::Heading>(a->kind); })) {
      continue;
    }
    std::set<std::uint32_t> named;
    for (const auto* a : c.alternatives) {
      // one word alone (`pain`, `liver`, `life`) is mostly a part of a concept, not its name
      const auto text = plain_text(*a);
      if (!text || words_of(*text).size() < 2) continue;
      const auto match = vocabulary.lookup(*text);
      if (!match || match->heading.publication_type() || !named.insert(match->heading.index()).second) continue;
      const auto name = match->heading.name();
      auto& d = sink.report(DiagCode::R302, a->span,
                            match->entry_term ? fmt::format("`{}` is an entry term of MeSH's `{}`, which {} does not "
                                                            "search",
                                                            *text, name, concept_label(c.name))
                                              : fmt::format("`{}` is a MeSH heading, which {} does not search", *text,
                                                            concept_label(c.name)));
      d.notes.push_back(
          fmt::format("add `mesh(\"{}\")` to the concept: it finds the records indexed with it, "
                      "whatever words they use",
                      name));
    }
  }
}

void unexploded(const std::vector<Concept>& concepts, const mesh::Vocabulary& vocabulary, DiagnosticSink& sink) {
  std::vector<AtHeading> found;
  for (const auto& c : concepts) {
    std::set<std::uint32_t> searched;
    for (const auto* a : c.alternatives) {
      if (const auto* h = mesh_heading(*a)) searched.insert(h->descriptor().index());
    }
    for (const auto* a : c.alternatives) {
      const auto* h = mesh_heading(*a);
      if (h == nullptr || h->explode || !vocabulary.has_narrower(h->descriptor())) continue;
      std::vector<std::string> missing;
      for (const auto& n : vocabulary.narrower(h->descriptor())) {
        if (!searched.contains(n.index())) missing.emplace_back(n.name());
      }
      narrow(found, a, c, true, std::move(missing));
    }
  }
  for (const auto& f : found) {
    if (f.missing.empty()) continue;
    const auto& h = std::get<ast::Heading>(f.node->kind);
    auto& d = sink.report(
        DiagCode::R303, f.node->span,
        f.missing.size() == 1
            ? fmt::format("`{}` is not exploded, and {} does not search its narrower heading `{}`", h.label,
                          concept_label(f.concept_name), f.missing.front())
            : fmt::format("`{}` is not exploded, and {} does not search {} of its narrower headings: {}", h.label,
                          concept_label(f.concept_name), f.missing.size(), listing(quoted(f.missing), 6)));
    d.notes.push_back(f.missing.size() == 1 ? "explode it (leave out `noexp`) if that heading belongs to the question; "
                                              "if it does not, a `note` that says so helps the reader of the appendix"
                                            : "explode it (leave out `noexp`) if they belong to the question; if they "
                                              "do not, a `note` that says so helps the reader of the appendix");
  }
}

// The qualifiers of a heading as the language writes them: `/DT, /TH`.
std::string qualifiers_of(const ast::Heading& heading) {
  std::string out;
  for (const auto& q : heading.qualifiers) {
    if (!out.empty()) out += ", ";
    out += "/" + (q.abbreviation.empty() ? q.written : q.abbreviation);
  }
  return out;
}

// Whether the heading is searched alike without qualifiers: with all of them.
bool same_heading_whole(const ast::Heading& qualified, const ast::Heading& other) {
  return other.qualifiers.empty() && other.vocabulary == qualified.vocabulary && iequal(other.label, qualified.label) &&
         (other.explode || !qualified.explode);
}

void attached_qualifiers(const std::vector<Concept>& concepts, DiagnosticSink& sink) {
  std::set<const ast::Node*> reported;
  for (const auto& c : concepts) {
    for (const auto* a : c.alternatives) {
      const auto* h = std::get_if<ast::Heading>(&a->kind);
      // a floating qualifier (no label) is the wider search already
      if (h == nullptr || h->qualifiers.empty() || h->label.empty() || h->vocabulary != ast::Vocabulary::mesh) continue;
      if (std::any_of(c.alternatives.begin(), c.alternatives.end(), [&](const ast::Node* o) {
            const auto* other = std::get_if<ast::Heading>(&o->kind);
            return other != nullptr && same_heading_whole(*h, *other);
          })) {
        continue;
      }
      if (!reported.insert(a).second) continue;
      const auto qualifiers = qualifiers_of(*h);
      auto& d = sink.report(
          DiagCode::R304, a->span,
          fmt::format("`{}` is searched only where indexers attached {} to it: a record indexed with it under another "
                      "qualifier, or with none, is not found",
                      h->label, qualifiers));
      d.notes.push_back(fmt::format(
          "search `mesh(\"{}\")` with all its qualifiers if the question allows; to keep to the aspect, AND it with "
          "the floating `mesh({})`, which finds {} attached to any heading of the record",
          h->label, qualifiers, h->qualifiers.size() == 1 ? "the qualifier" : "the qualifiers"));
    }
  }
}

}  // namespace

void check_headings(const ast::Strategy& strategy, const std::vector<Concept>& concepts,
                    const mesh::Vocabulary& vocabulary, DiagnosticSink& sink) {
  entry_terms(strategy, concepts, sink);
  free_text_headings(concepts, vocabulary, sink);
  unexploded(concepts, vocabulary, sink);
  attached_qualifiers(concepts, sink);
}

}  // namespace searchc::review
