// The search appendix: what was searched where, when, with how many records, exactly as run,
// and what changed on the way (PRISMA-S; docs/appendix.md says item by item what it covers).
//
// build() gathers it from a checked strategy: the database blocks' run records and each
// database's compiled search with its translation notes. Nothing missing is invented: a
// missing date, count or interface stays empty and is reported (W003). The renderers write
// the same content as Markdown, standalone HTML and JSON.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/markup.hpp"
#include "compiler/ast.hpp"
#include "compiler/diagnostics.hpp"
#include "compiler/source.hpp"
#include "databases/database.hpp"
#include "review/review.hpp"

namespace searchc::appendix {

// A warning of the translation, in plain words, with the place in the strategy it is about.
struct TranslationNote {
  std::string code;
  std::string message;
  std::size_t line = 0;
  std::size_t column = 0;
  Direction direction = Direction::none;  // what the rewrite does to the records found
};

// A rule of the database's syntax that no source settles, which the search relied on: its code
// was reported for the database, or it is in force for every search of the kind (NEAR in CENTRAL).
struct UnverifiedRule {
  std::string what;
  std::string url;    // the page that comes closest
  std::string codes;  // the codes of the rewrites it governs, "W107"; may be empty
};

struct LineHits {
  std::string label;  // "#16"
  std::uint64_t hits = 0;
};

struct Change {
  ast::Date date;
  std::string text;
  std::optional<std::uint64_t> hits;  // the records the change added
};

// One database (PRISMA-S items 1-3, 8, 9, 12, 13).
struct Section {
  std::string id;
  std::string name;
  std::optional<std::string> interface;
  std::string syntax_version;  // the syntax searchc wrote, "Ovid MEDLINE, Ovid syntax as documented 2026-12"
  std::optional<ast::Date> searched;
  std::optional<std::uint64_t> hits;
  std::vector<LineHits> line_hits;
  std::vector<std::string> notes;
  std::vector<Change> changes;
  Output search;  // as compiled
  std::vector<TranslationNote> translation;
  std::vector<UnverifiedRule> unverified;

  // The records this database contributed: its hits and those its changes added.
  std::optional<std::uint64_t> records() const;
};

// PRISMA-S items 15 and 16.
struct Totals {
  std::optional<std::uint64_t> identified;  // from the databases; empty unless every one recorded its hits
  std::optional<std::uint64_t> other_sources;
  std::optional<std::uint64_t> deduplicated;
  std::vector<std::string> notes;
};

struct Appendix {
  std::string title;
  std::string source;  // the strategy's file name as given
  std::vector<Section> sections;
  Totals totals;
  // PRISMA-S item 14: the `records` block's `peer-review`; empty when the file records none.
  std::optional<ast::PeerReview> peer_review;
  // PRISMA-S items 1 to 16: which the file records, which it could, and which the review's
  // methods must say (`searchc review` lists the same).
  std::vector<review::PrismaItem> prisma;
};

// The databases with a block, in the order of their blocks; every database when there is none
// (W004). The strategy must be resolved and free of errors; what is missing goes to `sink`.
Appendix build(const ast::Strategy& strategy, const SourceFile& source, DiagnosticSink& sink);

std::string to_markdown(const Appendix& appendix);
std::string to_html(const Appendix& appendix);
std::string to_json(const Appendix& appendix);

// "2021-06-11", or "not recorded".
std::string date_text(const std::optional<ast::Date>& date);
// "230", or "not recorded".
std::string count_text(const std::optional<std::uint64_t>& count);

// "Records identified in the databases: 424. Records from other sources: 1. ..."
std::string totals_text(const Totals& totals);
// "The search strategy was peer-reviewed on 2021-05-30: PRESS 2015, by a second librarian."
std::string peer_review_text(const ast::PeerReview& review);
// "230", or "230, and 20 more after the change of 2021-06-22".
std::string records_text(const Section& section);

}  // namespace searchc::appendix
