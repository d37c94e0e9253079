// The allocator of the syntax tree's node lists (ast::Nodes).
//
// Freed lists of up to `max_nodes` nodes are kept, per thread and by size (at most `max_kept` of
// a size), for the next list of that size the thread makes; other lists go to the C library. A
// block is plain `operator new` memory, so a list may be freed on another thread than the one
// that made it.
#pragma once

#include <sanitizer/asan_interface.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <new>
#include <utility>

namespace searchc::ast {

// The kept blocks of lists of T, by the number of nodes they hold.
template <typename T>
class NodeBlocks {
 public:
  static constexpr std::size_t max_nodes = 16;   // larger lists go to the C library at once
  static constexpr std::uint16_t max_kept = 64;  // per size: what a large tree leaves is given back

  static T* take(std::size_t nodes) {
    if (keeps(nodes)) {
      auto& blocks = of_thread();
      if (auto* block = blocks.free_[nodes]; block != nullptr) {
        ASAN_UNPOISON_MEMORY_REGION(block, nodes * sizeof(T));
        blocks.free_[nodes] = block->next;
        --blocks.kept_[nodes];
        return reinterpret_cast<T*>(block);
      }
    }
    return static_cast<T*>(::operator new(nodes * sizeof(T)));
  }

  // Keeps the block for the next list of its size, or frees it.
  static void give(T* list, std::size_t nodes) noexcept {
    if (keeps(nodes)) {
      auto& blocks = of_thread();
      if (blocks.kept_[nodes] < max_kept) {
        blocks.free_[nodes] = ::new (static_cast<void*>(list)) Free{blocks.free_[nodes]};
        ++blocks.kept_[nodes];
        // a list used after it is freed is still caught under AddressSanitizer
        ASAN_POISON_MEMORY_REGION(list, nodes * sizeof(T));
        return;
      }
    }
    ::operator delete(list);
  }

  // How many blocks of lists of `nodes` this thread keeps.
  static std::size_t kept(std::size_t nodes) { return keeps(nodes) ? of_thread().kept_[nodes] : 0; }

  NodeBlocks() = default;
  NodeBlocks(const NodeBlocks&) = delete;
  NodeBlocks& operator=(const NodeBlocks&) = delete;
  // At the thread's end the kept blocks are freed; lists freed after that, by the destructors of
  // other objects of the thread or of the program, go to the C library.
  ~NodeBlocks() {
    closed_ = true;
    for (std::size_t nodes = 0; nodes <= max_nodes; ++nodes) {
      for (auto* block = free_[nodes]; block != nullptr;) {
        ASAN_UNPOISON_MEMORY_REGION(block, nodes * sizeof(T));
        ::operator delete(std::exchange(block, block->next));
      }
    }
  }

 private:
  struct Free {
    Free* next;
  };
  static_assert(sizeof(T) >= sizeof(Free), "a kept block holds the address of the next");

  // Whether lists of `nodes` are kept: they are small enough and the thread's blocks still exist.
  static bool keeps(std::size_t nodes) noexcept { return nodes <= max_nodes && !closed_; }

  static NodeBlocks& of_thread() {
    static thread_local NodeBlocks blocks;
    return blocks;
  }

  std::array<Free*, max_nodes + 1> free_{};
  std::array<std::uint16_t, max_nodes + 1> kept_{};
  // Trivially destroyed, so that it may still be read once the blocks are gone.
  static inline thread_local bool closed_ = false;
};

// Stateless: a block made for one list may be freed by any other.
template <typename T>
struct NodeAllocator {
  using value_type = T;

  NodeAllocator() = default;
  template <typename U>
  NodeAllocator(const NodeAllocator<U>& /*other*/) noexcept {}  // rebinding, as containers do

  T* allocate(std::size_t n) { return NodeBlocks<T>::take(n); }
  void deallocate(T* p, std::size_t n) noexcept { NodeBlocks<T>::give(p, n); }

  friend bool operator==(const NodeAllocator&, const NodeAllocator&) noexcept { return true; }
};

}  // namespace searchc::ast
