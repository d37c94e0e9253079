// `overloaded` for std::visit: one lambda per node kind, and no generic fallback, so that a new
// kind of node is a compile error in every visit until it is handled.
#pragma once

namespace searchc {

template <typename... Ts>
struct overloaded : Ts... {
  using Ts::operator()...;
};
template <typename... Ts>
overloaded(Ts...) -> overloaded<Ts...>;

}  // namespace searchc
