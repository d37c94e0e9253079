// The node lists' allocator (compiler/node_allocator.hpp): freed lists are kept per thread and
// by size, within bounds, and taken back by the next list of their size.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <thread>
#include <vector>

#include "compiler/ast.hpp"

namespace searchc::ast {
namespace {

using Blocks = NodeBlocks<Node>;

Nodes list_of(std::size_t nodes) {
  Nodes list;
  list.reserve(nodes);
  return list;
}

TEST(NodeAllocator, AFreedListIsTakenByTheNextOfItsSize) {
  std::uintptr_t first = 0;  // where the freed list was: an address, not to be read
  {
    auto list = list_of(3);
    list.emplace_back().kind = Term{"heart"};
    first = reinterpret_cast<std::uintptr_t>(list.data());
  }
  const auto kept = Blocks::kept(3);
  EXPECT_GE(kept, 1U);
  auto again = list_of(3);
  EXPECT_EQ(reinterpret_cast<std::uintptr_t>(again.data()), first);
  EXPECT_EQ(Blocks::kept(3), kept - 1);
  // a list of another size does not take it
  auto other = list_of(4);
  EXPECT_NE(reinterpret_cast<std::uintptr_t>(other.data()), first);
}

TEST(NodeAllocator, KeepsNoMoreThanItsBoundOfASize) {
  {
    std::vector<Nodes> lists;
    for (std::size_t i = 0; i < Blocks::max_kept + 10U; ++i) lists.push_back(list_of(2));
  }
  EXPECT_EQ(Blocks::kept(2), Blocks::max_kept);
}

std::vector<std::size_t> kept_of_each_size() {
  std::vector<std::size_t> kept;
  for (std::size_t nodes = 0; nodes <= Blocks::max_nodes; ++nodes) kept.push_back(Blocks::kept(nodes));
  return kept;
}

TEST(NodeAllocator, KeepsListsUpToItsLongest) {
  // the lists of that size that earlier tests of this thread left kept, taken out of the way:
  // a list made then is a new block, which is kept when it is freed
  std::vector<Nodes> held;
  while (Blocks::kept(Blocks::max_nodes) > 0) held.push_back(list_of(Blocks::max_nodes));
  (void)list_of(Blocks::max_nodes);
  EXPECT_EQ(Blocks::kept(Blocks::max_nodes), 1U);
  // a longer list goes to the C library, and the table of kept blocks is left as it was
  const auto before = kept_of_each_size();
  (void)list_of(Blocks::max_nodes + 1);
  EXPECT_EQ(kept_of_each_size(), before);
}

// Lists made on one thread and freed on another are kept by the other, which frees them when it
// ends (AddressSanitizer's leak check fails the suite otherwise).
TEST(NodeAllocator, AListMayBeFreedOnAnotherThread) {
  std::vector<Nodes> lists;
  for (int i = 0; i < 5; ++i) {
    auto& list = lists.emplace_back(list_of(5));
    list.emplace_back().kind = Phrase{"multiple sclerosis"};
  }
  std::size_t kept_there = 0;
  std::thread([&] {
    lists.clear();
    kept_there = Blocks::kept(5);
  }).join();
  EXPECT_EQ(kept_there, 5U);
}

#if defined(__SANITIZE_ADDRESS__)
// A kept block is poisoned: a list read after it was freed is still caught.
TEST(NodeAllocatorDeathTest, AListReadAfterItIsFreedIsReported) {
  EXPECT_DEATH(
      {
        auto list = list_of(3);
        list.emplace_back().kind = Term{"heart"};
        const auto* freed = list.data();
        list = Nodes();
        std::printf("%zu\n", freed->kind.index());
      },
      "use-after-poison");
}
#endif

}  // namespace
}  // namespace searchc::ast
