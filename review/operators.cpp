// PRESS element 2, Boolean and proximity operators: a NOT that may drop records the question
// needs.
#include <fmt/format.h>

#include "base/text.hpp"
#include "review/checks.hpp"

namespace searchc::review {
namespace {

// Whether `node`, line references followed, ANDs searches: `#extended NOT #first` takes away
// the records of an earlier combination of concepts, which drops nothing the question needs.
bool combines(const ast::Node& node, const ast::Strategy& strategy, int depth = 0) {
  if (depth > 64) return false;
  bool found = false;
  each_node(node, [&](const ast::Node& n) {
    if (const auto* b = std::get_if<ast::Bool>(&n.kind); b != nullptr && b->op == ast::BoolOp::and_) found = true;
    if (const auto* r = std::get_if<ast::LineRef>(&n.kind)) {
      if (const auto* line = referenced(*r, strategy); line != nullptr && combines(line->query, strategy, depth + 1)) {
        found = true;
      }
    }
  });
  return found;
}

// Whether the search finds MeSH's Animals, as a heading or as the word: the usual reason for
// a NOT, with a better pattern.
bool names_animals(const ast::Node& node, const ast::Strategy& strategy) {
  for (const auto* a : alternatives(node, strategy)) {
    if (const auto* h = std::get_if<ast::Heading>(&a->kind); h != nullptr && iequal(h->label, "Animals")) return true;
    if (const auto* t = std::get_if<ast::Term>(&a->kind);
        t != nullptr && (iequal(t->text, "animals") || iequal(t->text, "animal*"))) {
      return true;
    }
  }
  return false;
}

}  // namespace

void check_operators(const ast::Strategy& strategy, DiagnosticSink& sink) {
  for (const auto& [line, database] : reviewed_lines(strategy)) {
    const ast::Node* pattern = nullptr;  // the `animals NOT humans` of `NOT (animals NOT humans)`
    each_node(line->query, [&](const ast::Node& n) {
      const auto* x = std::get_if<ast::Not>(&n.kind);
      if (x == nullptr || x->operands.size() != 2 || &n == pattern) return;
      const auto& taken = x->operands[1];
      // `NOT (animals NOT humans)` is the pattern that keeps studies of both
      if (std::holds_alternative<ast::Not>(taken.kind)) {
        pattern = &taken;
        return;
      }
      if (combines(taken, strategy)) return;
      auto& d = sink.report(DiagCode::R201, taken.span,
                            "NOT drops every record this search finds, those the question needs among them");
      if (names_animals(taken, strategy)) {
        d.notes.push_back(
            "a study of both animals and humans is lost: take away only the records about animals alone, `NOT "
            "(mesh(\"Animals\") NOT mesh(\"Humans\"))`");
      } else {
        d.notes.push_back("keep the NOT only if no record the question needs can mention what it takes away");
      }
    });
  }
}

}  // namespace searchc::review
