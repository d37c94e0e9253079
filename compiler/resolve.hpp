// The checks that make a parsed strategy meaningful, independent of any database: line names,
// fields, MeSH headings and qualifiers, the spelling of words, limits, database blocks, proximity operands and wildcard
// stems.
#pragma once

#include <string_view>
#include <vector>

#include "compiler/ast.hpp"
#include "compiler/diagnostics.hpp"
#include "compiler/spelling.hpp"  // accepted_words_file, for the callers that read the words
#include "mesh/vocabulary.hpp"

namespace searchc {

struct ResolveOptions {
  // The ids a `database` block may name.
  std::vector<std::string_view> databases;
  // Those of them with a search history of numbered lines, where a `search` entry makes no sense.
  std::vector<std::string_view> with_history;
  // Words the project accepts as spelled right (its `searchc.words`), in lower case.
  std::vector<std::string> accepted_words;
  // The strategy was read from a database's own syntax (`import`, `--from`), as it was run with
  // the MeSH of its day: a heading the bundled MeSH lacks is carried as written (W309) rather
  // than refused (E127), one written loosely is read as the heading it names (W310), and a
  // publication type written as a heading is read as one (W350), and a truncated stem shorter
  // than `min_wildcard_stem` is carried as the database ran it (W330). Set by the driver.
  bool imported = false;
};

// Fills in what the parser leaves open (reference indices, field sets, qualifier names, limit
// kinds, the headings' descriptors) and reports what does not make sense. Runs on any tree the
// parser returned. Headings are looked up and words checked in `vocabulary`, to which the
// headings then refer (ast::Heading::descriptor): it must outlive the strategy.
void resolve(ast::Strategy& strategy, DiagnosticSink& sink, const ResolveOptions& options,
             const mesh::Vocabulary& vocabulary);

// The shortest stem a wildcard may follow; shorter ones match too many words.
inline constexpr std::size_t min_wildcard_stem = 3;

// Limit names as written after `limit`.
std::string_view limit_name(ast::LimitKind kind);

}  // namespace searchc
