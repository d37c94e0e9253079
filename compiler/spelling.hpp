// The spelling check of the words a strategy searches as words (docs/language.md, "Spelling").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/diagnostics.hpp"
#include "compiler/source.hpp"
#include "mesh/vocabulary.hpp"

namespace searchc {

// The name of the file that lists the words a project accepts as spelled right, one a line.
inline constexpr std::string_view accepted_words_file = "searchc.words";

// Reports (W007) each word of `text`, a term or a phrase at `span`, that neither `vocabulary`
// (MeSH's words and the English word list) nor `accepted_words` (the project's, in lower case)
// knows and that is close to a word `vocabulary` knows; the report suggests the nearest ones.
// Not checked: truncated words (a wildcard anywhere in a space-separated word leaves all of it
// unchecked), words with digits, words under five letters, acronyms (`SPMS`, `mRNA`, `hsct`: a
// capital after the first letter, or no vowel), names (a capital first letter), and British
// spellings of a known American word (`haematopoietic`). `exact_span`: `span` is the text itself, so each word gets its
// own caret; otherwise each report is at `span`.
void check_spelling(std::string_view text, Span span, bool exact_span, const mesh::Vocabulary& vocabulary,
                    const std::vector<std::string>& accepted_words, DiagnosticSink& sink);

}  // namespace searchc
