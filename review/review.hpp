// `searchc review`: the peer review of a strategy that a second librarian makes with PRESS 2015
// (McGowan et al., J Clin Epidemiol 2016;75:40-46), as far as the tree, MeSH and the word list
// can make it, and the PRISMA-S items (Rethlefsen et al., Syst Rev 2021;10:39) the file records.
// docs/review.md lists each check with its code and why it fires.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/ast.hpp"
#include "compiler/diagnostics.hpp"
#include "mesh/vocabulary.hpp"

namespace searchc::review {

// The PRESS 2015 elements the review checks, numbered as the guideline numbers them (element 1,
// the translation of the research question, needs the question, which the file does not hold).
enum class Element : std::uint8_t {
  operators = 2,   // Boolean and proximity operators
  headings = 3,    // subject headings
  text_words = 4,  // text word searching
  spelling = 5,    // spelling, syntax and line numbers
  limits = 6,      // limits and filters
};

std::string_view element_name(Element element);  // "Boolean and proximity operators"
// The element a finding belongs to: a review code's hundreds (R3xx: subject headings); every
// code of `searchc check` is spelling, syntax and line numbers.
Element element_of(DiagCode code);

// Whether the file records a PRISMA-S item.
enum class Status : std::uint8_t {
  recorded,  // for every database it applies to
  partly,    // for some databases, not all
  missing,   // the file could record it and does not
  outside,   // the language has no place for it: the review's methods must say it
};

std::string_view status_name(Status status);  // "recorded"

struct PrismaItem {
  int number = 0;         // 1 to 16
  std::string_view name;  // "Database name"
  Status status = Status::missing;
  std::string detail;  // what is recorded, or what is missing and where to record it
};

struct Review {
  // The findings: the check's own diagnostics (element 5) and the review's R codes, by position.
  std::vector<Diagnostic> findings;
  std::vector<PrismaItem> prisma;  // items 1 to 16, in order
};

// Reviews a strategy that resolve has checked (its references and headings filled in) against
// `vocabulary`, the one resolve looked its headings up in. `checked` holds what the check
// reported; its diagnostics are the review's spelling and syntax findings.
Review review(const ast::Strategy& strategy, const DiagnosticSink& checked, const mesh::Vocabulary& vocabulary);

// The PRISMA-S items alone, as the review lists them: what the appendix shows.
std::vector<PrismaItem> prisma_items(const ast::Strategy& strategy);

// How many of the 16 PRISMA-S items are recorded (whole or in part).
std::size_t prisma_recorded(const Review& review);
std::size_t prisma_recorded(const std::vector<PrismaItem>& items);

// The report as text (with the source's lines and carets), as Markdown, and as one standalone
// HTML page (styles inline, no scripts; every text from the file escaped).
std::string render_text(const Review& review, const SourceFile& source);
std::string render_markdown(const Review& review, const SourceFile& source);
std::string render_html(const Review& review, const SourceFile& source);
// "3 findings (1 on subject headings, 2 on text words); PRISMA-S: 9 of 16 items recorded"
std::string summary(const Review& review);

}  // namespace searchc::review
