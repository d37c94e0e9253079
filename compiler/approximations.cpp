// Effects of rewrites on the result, and the `accept narrower` policy.
#include "compiler/approximations.hpp"

#include <fmt/format.h>

namespace searchc {
namespace {

Direction direction_of(Effect effect) {
  switch (effect) {
    case Effect::broader:
      return Direction::wider;
    case Effect::narrower:
      return Direction::narrower;
    case Effect::different:
      return Direction::different;
  }
  return Direction::different;
}

// The effect on the result of a rewrite with `effect` on its construct: a wider search after
// NOT removes more, and so finds fewer.
Effect on_result(Effect effect, bool negative) {
  if (!negative || effect == Effect::different) return effect;
  return effect == Effect::broader ? Effect::narrower : Effect::broader;
}

}  // namespace

Diagnostic* Approximations::report_once(DiagCode code, Span span, std::string message) {
  const auto key = std::make_tuple(code, span.begin, span.end);
  const auto [first, last] = reported_.equal_range(key);
  for (auto it = first; it != last; ++it) {
    if (sink_.at(it->second).message == message) return nullptr;
  }
  reported_.emplace(key, sink_.size());
  return &sink_.report(code, span, std::move(message));
}

void Approximations::warn(DiagCode code, Span span, const std::string& what, Effect effect, bool negative,
                          const std::vector<std::string>& notes) {
  // after NOT, a result that finds more comes from a narrower search, which removes fewer
  const std::string_view under_not = !negative ? ""
                                     : effect == Effect::narrower
                                         ? " (it stands after NOT, so a wider search here removes more)"
                                         : " (it stands after NOT, so a narrower search here removes fewer)";
  auto message = effect == Effect::broader    ? fmt::format("{}, which finds more records{}", what, under_not)
                 : effect == Effect::narrower ? fmt::format("{}, which finds fewer records{}", what, under_not)
                                              : what;
  auto* d = report_once(code, span, std::move(message));
  if (d == nullptr) return;
  d->notes = notes;
  d->direction = direction_of(effect);
}

void Approximations::report(DiagCode code, Span span, const std::string& what, Effect effect, bool negative,
                            const std::vector<std::string>& notes) {
  effect = on_result(effect, negative);
  if (effect != Effect::narrower) {
    warn(code, span, what, effect, negative, notes);
    return;
  }
  const std::string_view under_not = negative ? " (it stands after NOT, so a wider search here removes more)" : "";
  auto message = fmt::format("{}, which finds fewer records{}", what, under_not);
  if (accept_narrower_) {
    auto* d = report_once(DiagCode::W111, span, std::move(message));
    if (d == nullptr) return;
    d->notes = notes;
    d->notes.push_back(fmt::format("accepted with `accept narrower` in the block of `{}`", id_));
    d->direction = Direction::narrower;
    return;
  }
  auto* d = report_once(DiagCode::E202, span, std::move(message));
  if (d == nullptr) return;
  d->direction = Direction::narrower;
  d->notes.push_back(
      fmt::format("replace the line for {} in a `database {} {{ ... }}` block, or accept the loss "
                  "there with `accept narrower`",
                  name_, id_));
}

void Approximations::report_inherent(DiagCode code, Span span, const std::string& what, Effect effect, bool negative,
                                     const std::vector<std::string>& notes) {
  warn(code, span, what, on_result(effect, negative), negative, notes);
}

Diagnostic* Approximations::error(DiagCode code, Span span, std::string message) {
  return report_once(code, span, std::move(message));
}

}  // namespace searchc
