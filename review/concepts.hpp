// What the review's checks share: the strategy's concepts, the searches each concept ORs, and
// whether a free-text search finds a given text.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/ast.hpp"
#include "compiler/diagnostics.hpp"
#include "mesh/vocabulary.hpp"

namespace searchc::review {

// A concept of the strategy: a search that an AND joins with others (`#ms` in `#ms AND #sct`),
// or the last line when no line ANDs anything. `alternatives` are the searches it ORs, line
// references and field scopes over ORs opened: `#ms_mesh OR #ms_text` gives the heading and each
// word or phrase of `ms_text`.
struct Concept {
  std::string name;  // the line's name, `ms`; empty for a group written in place
  const ast::Node* root = nullptr;
  std::vector<const ast::Node*> alternatives;
  const ast::Database* database = nullptr;  // the block whose search it is in; null for the strategy's lines
};

// A line the review reads, and the block it is in (null for the strategy's own lines).
struct ReviewedLine {
  const ast::Line* line = nullptr;
  const ast::Database* database = nullptr;
};

// Every line the review reads: the strategy's, then each database block's searches and overrides.
std::vector<ReviewedLine> reviewed_lines(const ast::Strategy& strategy);

// The concepts, each once, in the order their lines come.
std::vector<Concept> concepts(const ast::Strategy& strategy);

// The searches `node` ORs, line references and field scopes opened.
std::vector<const ast::Node*> alternatives(const ast::Node& node, const ast::Strategy& strategy);

// The line a reference names, or null when resolve left it unresolved.
const ast::Line* referenced(const ast::LineRef& ref, const ast::Strategy& strategy);

// The words of a text as a search matches them: lower case, split at spaces, hyphens and
// punctuation, wildcards kept (`Stem-Cell Transplant*` gives stem, cell, transplant*).
std::vector<std::string> words_of(std::string_view text);

// Whether the free-text search `node` finds a record whose text holds `words` (lower case, no
// wildcards) side by side, fields aside: `transplant*` finds `bone marrow transplantation`, and
// so does `(bone NEXT marrow) NEAR/2 transplant*`; headings and native text find nothing here.
bool finds(const ast::Node& node, std::span<const std::string> words, const ast::Strategy& strategy);

// A MeSH entry term as it is written in text: an inverted one in natural order (`Sclerosis,
// Acute Fulminating Multiple` is not written so; `Multiple Sclerosis, Acute Fulminating` reads
// `Acute Fulminating Multiple Sclerosis`). Empty for one NLM marks as a permutation of another
// term's words or a lab code, which no author writes.
std::string natural_form(const mesh::EntryTerm& term);

// Calls `each` with every node of `node`, the node first, line references not followed.
void each_node(const ast::Node& node, const std::function<void(const ast::Node&)>& each);

// `a`, `b` and `c`; at most `limit` of them, then "and N more".
std::string listing(std::span<const std::string> items, std::size_t limit);

}  // namespace searchc::review
