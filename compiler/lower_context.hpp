// What the files of the lowering share (compiler/lower.cpp and compiler/lower_*.cpp, one for
// each family of rewrites): the rewriting of one strategy for one database, a class whose member
// functions are defined in the file of their concern. Only those files include it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/approximations.hpp"
#include "compiler/ast.hpp"
#include "compiler/fields.hpp"
#include "compiler/lower.hpp"
#include "mesh/vocabulary.hpp"

namespace searchc::lowering {

ast::Node make(Span span, auto kind) {
  return ast::Node{span, false, std::move(kind)};
}

inline ast::Node make_bool(Span span, ast::BoolOp op, ast::Nodes operands) {
  if (operands.size() == 1) return std::move(operands.front());
  return make(span, ast::Bool{op, std::move(operands)});
}

// Puts `with` where `n` is. `with` is taken by value so that it may be moved out of a part of
// `n` (a scope's body, an operand) before `n` is overwritten.
inline void replace(ast::Node& n, ast::Node with) {
  n = std::move(with);
}

// Word sequences, each one phrase's words: `(a OR b) NEXT c` is {{a, c}, {b, c}}.
using Sequences = std::vector<std::vector<std::string>>;

// The words of the bundled word lists a word with wildcards stands for (lower_truncation.cpp):
// at most `max_written_words` of `total`.
struct WordsFor {
  std::vector<std::string> words;
  std::size_t total = 0;
};
std::optional<WordsFor> words_for(const std::string& text);
// Whether `word`'s only wildcards are `*` at its end, after a stem: `transplant*`.
bool truncated_at_end(std::string_view word);

// The fields by their descriptions, for messages: "title, abstract and keywords".
std::string describe(FieldSet fields);

// The word without its `*` and `?`.
std::string strip_wildcards(std::string_view word);

// lower_fields.cpp: a warning for the searches of words that the strategy's result reads without
// a field, where the database reads them otherwise than in a record's text: in some fields only
// (`Capabilities::all_text_fields`, W190), or in more (`Capabilities::all_text_beyond`, W101).
// One for those in the result, one for those after NOT. The lines named in `replaced` are
// written for the database by its block, and are left out.
void report_unscoped_text(const ast::Strategy& strategy, const std::set<std::string>& replaced,
                          const Capabilities& target, Approximations& report);

// lower_variations.cpp: for each line the result (or a `search` of the database's block) uses
// that says `variations`, the database's switch to turn on (N002), or the variations it does not
// search (W116), in the direction the line is used in. The lines named in `replaced` are written
// for the database by its block, and are left out.
void report_word_variations(const ast::Strategy& strategy, const std::vector<const ast::Line*>& roots,
                            const std::set<std::string>& replaced, const Capabilities& target, Approximations& report);

// Where a node stands in the search, handed down the walk: each rewrite reads it and changes
// what holds for the nodes below.
struct Context {
  bool negative = false;    // under the second operand of an odd number of NOTs
  bool conjunctive = true;  // reached from the root through AND and NOT's first operand only
  bool role = false;        // inside a line whose role decides the field
  // inside a phrase of several words, or `a NEXT b` as the database runs it: the neighbours
  // hold a short truncated stem (`"Crenshaw A*"`) in place, so it does not match too many words
  bool phrase_chain = false;
  FieldSet fields;          // the field scope around; empty for all text
  std::uint32_t depth = 0;  // the nodes above: the input's limits keep it in the thousands
};

class Lowering {
 public:
  Lowering(const ast::Strategy& strategy, const Capabilities& target, Approximations& report)
      : strategy_(strategy), target_(target), report_(report) {}

  void rewrite_line(ast::Line& line, bool negative);            // lower.cpp
  ast::Line flatten(const ast::Line& root, std::string label);  // lower_flatten.cpp

 private:
  // lower.cpp: the walk, and the rewrites of AND, OR and NOT
  void approximate(DiagCode code, Span span, const std::string& what, Effect effect, const Context& c,
                   const std::vector<std::string>& notes = {});
  std::string replace_note() const;
  // How a database without truncation searches a stem: ", with the word forms X adds itself",
  // or, where it adds none (Capabilities::word_variations_added), ", as written".
  std::string own_word_forms() const;
  void node(ast::Node& n, Context c);
  ast::Node lowered(const ast::Node& n, const Context& c);
  void boolean(ast::Node& n, ast::Bool& b, Context c);
  void negation(ast::Node& n, ast::Not& x, const Context& c);
  bool excludable(const ast::Node& n, std::size_t depth) const;
  ast::Node written_out(const ast::Node& n, std::size_t depth) const;

  // lower_flatten.cpp: lines written out where they are used, for a database without a history
  template <typename Body>
  ast::Node in_role(const ast::Line& line, Context c, Body body);
  bool over_budget(const Context& c);
  void reference(ast::Node& n, const ast::LineRef& ref, const Context& c);
  bool inner_limit(const ast::Limit& limit, const ast::Line& line, const Context& c);

  // lower_truncation.cpp: wildcards in words
  bool rewrites(std::string_view word) const;
  std::size_t stem_needed(bool inner, const Context& c) const;
  std::size_t first_wildcard(std::string_view text) const;
  bool cannot_run(std::string_view text, const Context& c) const;
  void word(ast::Node& n, const Context& c);
  void report_words_for(Span span, const std::string& text, const WordsFor& found, const Context& c);
  std::optional<ast::Node> spelled_out(Span span, const std::string& text, const Context& c);
  std::string term(Span span, std::string text, const Context& c);
  void report_optional_character(Span span, std::string_view text, const Context& c);
  std::string cut_or_refused(Span span, std::string text, const Context& c);
  std::string word_final_wildcard(Span span, std::string text, const Context& c);

  // lower_proximity.cpp: phrases, NEXT and NEAR
  ast::Node phrases(Span span, const Sequences& alternatives, const ast::Node& source, const Context& c);
  ast::Node phrase_words_checked(Span span, const Sequences& alternatives, const Context& c);
  std::optional<Sequences> spelled_inside(Span span, const Sequences& alternatives, const ast::Node& source,
                                          const Context& c);
  void phrase(ast::Node& n, const std::string& text, const Context& c);
  void proximity(ast::Node& n, ast::Near& near, const Context& c);

  // lower_headings.cpp: MeSH headings
  void heading(ast::Node& n, ast::Heading& h, const Context& c);
  void leave_other_thesauri(ast::Bool& b) const;
  std::string missing(const ast::Heading& h) const;
  ast::Node free_text(Span span, const ast::Heading& h, const mesh::Heading* entry_terms) const;
  void restrict_heading(ast::Heading& h, Span span, std::string_view written, const Context& c);

  // lower_fields.cpp: field scopes
  std::string where(const Context& c) const;
  void unscoped(ast::Node& n, ast::Fielded& f, const Context& c);
  void fielded(ast::Node& n, ast::Fielded& f, Context c);
  void approximate_field(FieldSet& fields, const ast::Node& n, const Context& c);
  bool needs_proximity_split(FieldSet fields, const ast::Fielded& f) const;
  std::optional<ast::Node> proximity_split(Span span, ast::Fielded& f, FieldSet fields, const Context& c);

  // lower_limits.cpp: limits
  std::vector<ast::Limit> limits(const std::vector<ast::Limit>& in, bool negative);
  void widen(ast::Date& date, bool end, DatePrecision precision, Span span, const Context& c);

  const ast::Strategy& strategy_;
  const Capabilities& target_;
  Approximations& report_;
  std::vector<ast::Limit> hoisted_;
  Span root_span_;
  std::size_t nodes_ = 0;
  bool failed_ = false;
};

}  // namespace searchc::lowering
