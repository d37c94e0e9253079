// The table of backends. Adding a database means adding its row here.
#include <array>

#include "backends/backend.hpp"
#include "backends/central.hpp"

namespace searchc {
namespace {

const std::array<Backend, 1>& table() {
  static const std::array<Backend, 1> backends = {{
      {central::capabilities(), &central::emit},
  }};
  return backends;
}

}  // namespace

std::span<const Backend> backends() { return table(); }

const Backend* find_backend(std::string_view id) {
  for (const auto& b : table()) {
    if (b.capabilities.id == id) return &b;
  }
  return nullptr;
}

std::vector<std::string_view> backend_ids() {
  std::vector<std::string_view> ids;
  for (const auto& b : table()) ids.push_back(b.capabilities.id);
  return ids;
}

Output compile(const ast::Strategy& strategy, const Backend& backend, const EmitOptions& options,
               DiagnosticSink& sink) {
  DiagnosticSink lowering;
  const auto lowered = lower(strategy, backend.capabilities, lowering);
  sink.append(lowering);
  if (lowering.has_errors()) return {};
  return backend.emit(lowered, options, sink);
}

}  // namespace searchc
