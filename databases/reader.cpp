// What the readers share (databases/reader.hpp).
#include "databases/reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <type_traits>

#include "databases/polarity.hpp"

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

}  // namespace

void drop_wider_order(std::vector<ast::Line>& lines, const std::vector<Span>& written, const SourceFile& source,
                      DiagnosticSink& sink) {
  if (written.empty()) return;
  // each operator's distance, and where it is used: in a result, after NOT, or both
  struct Use {
    int distance = 0;
    bool result = false;
    bool after_not = false;
  };
  std::vector<Use> uses(written.size());
  for_each_with_polarity(lines, [&](const ast::Node& n, bool under_not) {
    const auto* near = std::get_if<ast::Near>(&n.kind);
    if (near == nullptr || !near->ordered || near->distance == 1) return;
    for (std::size_t i = 0; i < written.size(); ++i) {
      // an operator of this search stands inside it, between its operands
      const auto in_operand = [&](const ast::Node& o) { return within(written[i], o.span); };
      if (!within(written[i], n.span) || std::any_of(near->operands.begin(), near->operands.end(), in_operand)) {
        continue;
      }
      uses[i].distance = near->distance;
      (under_not ? uses[i].after_not : uses[i].result) = true;
    }
  });
  for (std::size_t i = 0; i < written.size(); ++i) {
    const auto where = written[i];
    const auto& use = uses[i];
    const std::string_view direction =
        !use.after_not ? "which finds more records"
        : use.result   ? "which finds more records, and fewer where its line stands after NOT, as a wider search "
                         "there removes more"
                       : "which finds fewer records: it stands after NOT, where a wider search removes more";
    auto& d = sink.report(
        DiagCode::W304, where,
        fmt::format("`{}` keeps the order typed, which the language keeps only for words next to each other "
                    "(NEXT): read as NEAR/{}, in either order, {}",
                    std::string_view(source.text()).substr(where.begin, where.end - where.begin), use.distance,
                    direction));
    d.direction = !use.after_not ? Direction::wider : use.result ? Direction::different : Direction::narrower;
  }
  for (auto& line : lines) drop_order(line.query);
}

}  // namespace searchc::import
