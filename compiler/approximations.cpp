// Effects of rewrites on the result, and the `accept narrower` policy.
#include "compiler/approximations.hpp"

#include <fmt/format.h>

namespace searchc {

bool Approximations::first_time(DiagCode code, Span span, const std::string& message) {
  return reported_.emplace(code, span.begin, span.end, message).second;
}

void Approximations::report(DiagCode code, Span span, const std::string& what, Effect effect, bool negative,
                            const std::vector<std::string>& notes) {
  if (negative && effect != Effect::different) {
    effect = effect == Effect::broader ? Effect::narrower : Effect::broader;
  }
  const std::string_view under_not = negative ? " (it stands after NOT, so a wider search here removes more)" : "";
  if (effect != Effect::narrower) {
    if (!first_time(code, span, what)) return;
    auto& d = sink_.report(
        code, span, effect == Effect::broader ? fmt::format("{}, which finds more records{}", what, under_not) : what);
    d.notes = notes;
    return;
  }
  const auto message = fmt::format("{}, which finds fewer records{}", what, under_not);
  if (accept_narrower_) {
    if (!first_time(DiagCode::W111, span, message)) return;
    auto& d = sink_.report(DiagCode::W111, span, message);
    d.notes = notes;
    d.notes.push_back(fmt::format("accepted with `accept narrower` in the block of `{}`", id_));
    return;
  }
  if (!first_time(DiagCode::E202, span, message)) return;
  auto& d = sink_.report(DiagCode::E202, span, message);
  d.notes.push_back(
      fmt::format("replace the line for {} in a `database {} {{ ... }}` block, or accept the loss "
                  "there with `accept narrower`",
                  name_, id_));
}

Diagnostic* Approximations::error(DiagCode code, Span span, std::string message) {
  if (!first_time(code, span, message)) return nullptr;
  return &sink_.report(code, span, std::move(message));
}

}  // namespace searchc
