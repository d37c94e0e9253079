// What the readers share (databases/reader.hpp).
#include "databases/reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <set>
#include <tuple>
#include <type_traits>
#include <utility>

#include "databases/polarity.hpp"

namespace searchc::import {

Diagnostic* ReadingNotes::note_once(DiagCode code, Span where, std::string_view what) {
  if (std::find(seen_.begin(), seen_.end(), what) != seen_.end()) return nullptr;
  seen_.emplace_back(what);
  return &sink_.report(code, where, std::string(what));
}

void field_reading(const FieldCode& row, std::string text, Span where, ReadingNotes& notes,
                   std::vector<DirectedReading>& readings) {
  if (row.effect == Effect::different) {
    notes.note_once(DiagCode::W303, where, text);
  } else {
    readings.push_back({DiagCode::W303, where, std::move(text), row.effect});
  }
}

DirectedReading all_text_reading(Span where, std::string_view written, bool coded) {
  if (coded) {
    return {DiagCode::W303, where,
            fmt::format("`{}` holds codes, identifiers or dates, not words of the text; it has no counterpart in the "
                        "language and is searched as words in all text, where they are seldom found",
                        written),
            Effect::narrower};
  }
  return {DiagCode::W303, where,
          fmt::format("`{}` has no counterpart in the language and is searched in all text", written), Effect::broader};
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

namespace {

bool within(Span inner, Span outer) {
  return outer.begin <= inner.begin && inner.end <= outer.end;
}

// Each proximity search in `node` made one in either order where it is wider than NEXT.
void drop_order(ast::Node& node) {
  std::visit(
      [](auto& kind) {
        using T = std::decay_t<decltype(kind)>;
        if constexpr (std::is_same_v<T, ast::Near>) {
          if (kind.distance > 1) kind.ordered = false;
        }
        if constexpr (requires { kind.operands; }) {
          for (auto& o : kind.operands) drop_order(o);
        } else if constexpr (requires { kind.body; }) {
          for (auto& b : kind.body) drop_order(b);
        }
      },
      node.kind);
}

// Where a reading stands: in a result, after NOT, or both (each use of its line).
struct Use {
  bool result = false;
  bool after_not = false;
};

// The direction of `effect` on the result where it stands as `use` says.
std::pair<std::string_view, Direction> direction_of(Effect effect, Use use) {
  const bool wider = effect == Effect::broader;
  if (!use.after_not)
    return {wider ? "which finds more records" : "which finds fewer records",
            wider ? Direction::wider : Direction::narrower};
  if (use.result) {
    return {wider ? "which finds more records, and fewer where its line stands after NOT, as a wider search there "
                    "removes more"
                  : "which finds fewer records, and more where its line stands after NOT, as a narrower search "
                    "there removes fewer",
            Direction::different};
  }
  return {wider ? "which finds fewer records: it stands after NOT, where a wider search removes more"
                : "which finds more records: it stands after NOT, where a narrower search removes fewer",
          wider ? Direction::narrower : Direction::wider};
}

}  // namespace

void say_directed(const std::vector<ast::Line>& lines, const std::vector<DirectedReading>& readings,
                  DiagnosticSink& sink) {
  if (readings.empty()) return;
  // the smallest search holding each reading, and the polarities it is reached in; a reading
  // that a NOT holds after its first operand, outside both (a field tag before its group, `NOT
  // PMID=(1)`), stands in the second
  // a reading outside every search of its line (a limit, a limiter, a note after the search)
  // stands where its line's search does
  std::vector<Span> at(readings.size());
  for (std::size_t i = 0; i < readings.size(); ++i) {
    at[i] = readings[i].stands.value_or(readings[i].where);
    const auto in_search = [&](const ast::Line& l) { return within(at[i], l.query.span); };
    if (std::any_of(lines.begin(), lines.end(), in_search)) continue;
    const auto line =
        std::find_if(lines.begin(), lines.end(), [&](const ast::Line& l) { return within(at[i], l.span); });
    if (line != lines.end()) at[i] = line->query.span;
  }
  std::vector<std::uint32_t> smallest(readings.size(), UINT32_MAX);
  std::vector<Use> uses(readings.size());
  for_each_with_polarity(lines, [&](const ast::Node& n, bool under_not) {
    for (std::size_t i = 0; i < readings.size(); ++i) {
      const auto where = at[i];
      if (!within(where, n.span)) continue;
      const auto size = n.span.end - n.span.begin;
      if (size < smallest[i]) {
        smallest[i] = size;
        uses[i] = {};
      }
      if (size != smallest[i]) continue;
      const auto* x = std::get_if<ast::Not>(&n.kind);
      const bool after_not = under_not != (x != nullptr && where.begin >= x->operands.front().span.end);
      (after_not ? uses[i].after_not : uses[i].result) = true;
    }
  });
  std::set<std::tuple<DiagCode, std::string_view, std::string_view>> said;
  for (std::size_t i = 0; i < readings.size(); ++i) {
    const auto& r = readings[i];
    auto use = uses[i];
    if (!use.result && !use.after_not) use.result = true;  // in no search of the lines (a line left out)
    const auto [direction, towards] = direction_of(r.effect, use);
    if (!said.emplace(r.code, r.what, direction).second) continue;
    auto& d = sink.report(r.code, r.where, fmt::format("{}, {}", r.what, direction));
    d.direction = towards;
    d.notes = r.notes;
  }
}

DirectedReading order_dropped(Span where, std::string_view written, int distance) {
  return {DiagCode::W304, where,
          fmt::format("`{}` keeps the order typed, which the language keeps only for words next to each other "
                      "(NEXT): read as NEAR/{}, in either order",
                      written, distance),
          Effect::broader};
}

void drop_wider_order(std::vector<ast::Line>& lines) {
  for (auto& line : lines) drop_order(line.query);
}

}  // namespace searchc::import
