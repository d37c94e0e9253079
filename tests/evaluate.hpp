// The language's meaning of a search, run against one synthetic record: for properties that
// compare a strategy with what a database is given (tests/direction_test.cpp). The semantics
// are docs/language.md's; where it leaves a choice open, the choice is said beside the code.
#pragma once

#include <array>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "compiler/ast.hpp"
#include "compiler/lower.hpp"

namespace searchc::test {

// A record's text, a list of lower-case words per slot. The slots are the language's fields in
// their order, then one for the author keywords, which the language's `kw` holds together with
// the indexing terms (slot `keywords`): PubMed's `[tiab]` holds the first and not the second.
inline constexpr std::size_t author_keywords_slot = field_count;
inline constexpr std::size_t slot_count = field_count + 1;

struct RecordHeading {
  mesh::Heading descriptor;             // none for a heading outside the bundled MeSH
  std::string label;                    // lower case, for one without a descriptor
  std::vector<std::string> qualifiers;  // abbreviations, lower case
  bool major = false;
};

struct Record {
  std::array<std::vector<std::string>, slot_count> text;
  std::vector<RecordHeading> headings;
  ast::Date published{2018, 6, 15};
  ast::Date cochrane{2018, 6, 15};
  ast::Date entry{2018, 6, 15};
  ast::Date registered{2018, 6, 15};
  std::string study_type;
  std::string status;
};

// Thrown for what the language's meaning alone cannot decide: `native(...)` text, a limit the
// resolver did not know, a heading or an AND inside a proximity.
struct Unevaluable : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Whether line `index` of `strategy` (resolved, or lowered for `database`) finds `record`. With
// a database, the fields a scope names are read as that database searches them: its field
// groups, the part of another field a field holds, its narrower form of a field after NOT, and
// where its search without a field looks (compiler/lower.hpp, Capabilities). With `roles`, a
// line with a role (`role condition`) searches its words in that field, as a registry does.
// `negative` is how the line is used: after NOT, a database may search a field in its narrower
// form (Capabilities::approximate_field).
bool matches(const ast::Strategy& strategy, std::size_t index, const Record& record,
             const Capabilities* database = nullptr, bool roles = false, bool negative = false);

// A random record made of the strategy's own words, phrases, headings (and their broader and
// narrower ones) and dates in and around its limits, so that its searches find some records.
class RecordMaker {
 public:
  explicit RecordMaker(const ast::Strategy& strategy);
  Record make(std::mt19937& random) const;

 private:
  std::vector<std::vector<std::string>> words_;  // each a word or a phrase's words, wildcards in
  std::vector<RecordHeading> headings_;
  std::vector<std::string> qualifiers_;
  std::vector<int> years_;
  std::vector<std::string> values_;  // study types and statuses named by limits
};

}  // namespace searchc::test
