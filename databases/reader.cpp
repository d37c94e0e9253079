// What the readers share (databases/reader.hpp).
#include "databases/reader.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace searchc::import {

void ReadingNotes::note_once(DiagCode code, Span where, std::string_view what) {
  if (std::find(seen_.begin(), seen_.end(), what) != seen_.end()) return;
  seen_.emplace_back(what);
  sink_.report(code, where, std::string(what));
}

std::string all_text_reading(std::string_view written, bool coded) {
  return coded ? fmt::format(
                     "`{}` holds codes, identifiers or dates, not words of the text; it has no counterpart in "
                     "the language and is searched as words in all text, which finds fewer records, often none",
                     written)
               : fmt::format(
                     "`{}` has no counterpart in the language and is searched in all text, which finds more "
                     "records",
                     written);
}

void refuse_mixed_operators(DiagnosticSink& sink, Span where, std::string_view first, std::string_view second,
                            std::string_view database, std::string_view strategy) {
  sink.report(DiagCode::E302, where,
              fmt::format("`{}` and `{}` are mixed without parentheses, and {} does not document which applies first",
                          first, second, database))
      .notes.emplace_back(fmt::format("add the parentheses the search means{}{}, then import it again",
                                      strategy.empty() ? "" : " in ", strategy));
}

ast::Node same_fields_outside(ast::Node near) {
  auto& operands = std::get<ast::Near>(near.kind).operands;
  const auto* first = std::get_if<ast::Fielded>(&operands.front().kind);
  if (first == nullptr) return near;
  const auto fields = first->fields;
  for (const auto& o : operands) {
    const auto* f = std::get_if<ast::Fielded>(&o.kind);
    if (f == nullptr || f->fields != fields || !f->names.empty()) return near;
  }
  for (auto& o : operands) {
    auto body = std::move(std::get<ast::Fielded>(o.kind).body.front());
    o = std::move(body);
  }
  const Span where = near.span;
  return ast::field_scope(where, fields, std::move(near));
}

std::optional<Span> field_scope_in_proximity(const ast::Node& node) {
  std::optional<Span> found;
  ast::any_node(node, [&](const ast::Node& n) {
    const auto* near = std::get_if<ast::Near>(&n.kind);
    if (near == nullptr) return false;
    for (const auto& o : near->operands) {
      if (std::holds_alternative<ast::Fielded>(o.kind)) {
        found = o.span;
        return true;
      }
    }
    return false;
  });
  return found;
}

std::vector<std::string> optional_forms(const std::string& raw, char optional, ReadingNotes& notes, Span where,
                                        std::string_view what) {
  const auto count = static_cast<std::size_t>(std::count(raw.begin(), raw.end(), optional));
  if (count == 0) return {raw};
  if (count > 3) {
    notes.note_once(DiagCode::W301, where, what);
    auto wide = raw;
    std::replace(wide.begin(), wide.end(), optional, '*');
    return {wide};
  }
  std::vector<std::string> out{""};
  for (const char c : raw) {
    if (c != optional) {
      for (auto& f : out) f += c;
      continue;
    }
    std::vector<std::string> both;
    for (const auto& f : out) {
      both.push_back(f);
      both.push_back(f + '?');
    }
    out = std::move(both);
  }
  return out;
}

}  // namespace searchc::import
