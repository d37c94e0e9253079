// The allocator of the syntax tree's node lists (ast::Nodes).
//
// Freed lists of up to `max_nodes` nodes are kept, per thread and by size (at most `max_kept` of
// a size), for the next list of that size the thread makes; other lists go to the C library. A
// block is plain `operator new` memory, so a list may be freed on another thread than the one
// that made it.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace searchc::ast {

// The kept blocks of lists of T, by the number of nodes they hold. Its members are defined, and
// the class instantiated for ast::Node, in compiler/node_allocator.cpp, the one file that needs
// AddressSanitizer's interface to mark a kept block unusable.
template <typename T>
class NodeBlocks {
 public:
  static constexpr std::size_t max_nodes = 16;   // larger lists go to the C library at once
  static constexpr std::uint16_t max_kept = 64;  // per size: what a large tree leaves is given back

  // A block for a list of `nodes`: a kept one of that size, or a new one.
  static T* take(std::size_t nodes);
  // Keeps the block for the next list of its size, or frees it.
  static void give(T* list, std::size_t nodes) noexcept;
  // How many blocks of lists of `nodes` this thread keeps.
  static std::size_t kept(std::size_t nodes);

  NodeBlocks() = default;
  NodeBlocks(const NodeBlocks&) = delete;
  NodeBlocks& operator=(const NodeBlocks&) = delete;
  // At the thread's end the kept blocks are freed; lists freed after that, by the destructors of
  // other objects of the thread or of the program, go to the C library.
  ~NodeBlocks();

 private:
  struct Free {
    Free* next;
  };

  // Whether lists of `nodes` are kept: they are small enough and the thread's blocks still exist.
  static bool keeps(std::size_t nodes) noexcept { return nodes <= max_nodes && !closed_; }
  static NodeBlocks& of_thread();

  std::array<Free*, max_nodes + 1> free_{};
  std::array<std::uint16_t, max_nodes + 1> kept_{};
  // Trivially destroyed, so that it may still be read once the blocks are gone.
  static inline thread_local bool closed_ = false;
};

struct Node;
extern template class NodeBlocks<Node>;

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
