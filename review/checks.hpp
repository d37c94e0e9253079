// The review's checks, one file per PRESS element (review.hpp). Each reports its findings, with
// the codes of compiler/diagnostics.def's R range, into `sink`.
#pragma once

#include <vector>

#include "compiler/ast.hpp"
#include "compiler/diagnostics.hpp"
#include "mesh/vocabulary.hpp"
#include "review/concepts.hpp"
#include "review/review.hpp"

namespace searchc::review {

// Element 3: entry terms the free text lacks (R301), free text that is a heading the concept
// lacks (R302), a heading left unexploded whose narrower headings the concept lacks (R303).
void check_headings(const ast::Strategy& strategy, const std::vector<Concept>& concepts,
                    const mesh::Vocabulary& vocabulary, DiagnosticSink& sink);

// Element 4: a spelling variant the concept lacks (R401), a stem that stands for very many words
// (R402), a search another one beside it in the same OR already finds (R403).
void check_text_words(const ast::Strategy& strategy, const std::vector<Concept>& concepts,
                      const mesh::Vocabulary& vocabulary, DiagnosticSink& sink);

// Element 2: a NOT that drops records of the question too (R201).
void check_operators(const ast::Strategy& strategy, DiagnosticSink& sink);

// Element 6: a limit no note gives a reason for (R601), a date limit that ends after the day of
// the search (R602), a line marked as a search filter that cites no source (R603), a concept that
// searches like a filter for randomised trials and is not marked as one (R604).
void check_limits(const ast::Strategy& strategy, DiagnosticSink& sink);

// Whether the line is marked as a search filter (`role filter`), and whether it cites its
// source there (`role filter "Cochrane HSSS 2008"`).
bool is_filter(const ast::Line& line);
bool cites_source(const ast::Line& line);

// PRISMA-S items 1 to 16: what the file records. `findings` tells item 9 whether every limit has
// its reason.
std::vector<PrismaItem> prisma_items(const ast::Strategy& strategy, const DiagnosticSink& findings);

}  // namespace searchc::review
