#include "base/edit_distance.hpp"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "base/text.hpp"

namespace searchc {

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap) {
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > cap) return cap + 1;
  // Three rows, on the stack for the names and words a suggestion compares by the thousand.
  constexpr std::size_t on_stack = 128;
  const std::size_t width = b.size() + 1;
  std::array<std::size_t, 3 * on_stack> stack_cells;
  std::vector<std::size_t> heap_cells;
  std::size_t* cells = stack_cells.data();
  if (width > on_stack) {
    heap_cells.resize(3 * width);
    cells = heap_cells.data();
  }
  std::size_t* before = cells;
  std::size_t* previous = cells + width;
  std::size_t* row = cells + 2 * width;
  const auto same = [](char x, char y) { return ascii_lower(x) == ascii_lower(y); };
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::swap(before, previous);
    std::swap(previous, row);
    row[0] = i;
    std::size_t best = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      auto d = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (same(a[i - 1], b[j - 1]) ? 0U : 1U)});
      if (i > 1 && j > 1 && same(a[i - 1], b[j - 2]) && same(a[i - 2], b[j - 1])) d = std::min(d, before[j - 2] + 1);
      row[j] = d;
      best = std::min(best, d);
    }
    if (best > cap) return cap + 1;
  }
  return row[b.size()];
}

}  // namespace searchc
