// The kept node lists of compiler/node_allocator.hpp, for ast::Node.
#include "compiler/node_allocator.hpp"

#include <sanitizer/asan_interface.h>

#include <new>
#include <utility>

#include "compiler/ast.hpp"

namespace searchc::ast {

template <typename T>
T* NodeBlocks<T>::take(std::size_t nodes) {
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

template <typename T>
void NodeBlocks<T>::give(T* list, std::size_t nodes) noexcept {
  static_assert(sizeof(T) >= sizeof(Free), "a kept block holds the address of the next");
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

template <typename T>
std::size_t NodeBlocks<T>::kept(std::size_t nodes) {
  return keeps(nodes) ? of_thread().kept_[nodes] : 0;
}

template <typename T>
NodeBlocks<T>::~NodeBlocks() {
  closed_ = true;
  for (std::size_t nodes = 0; nodes <= max_nodes; ++nodes) {
    for (auto* block = free_[nodes]; block != nullptr;) {
      ASAN_UNPOISON_MEMORY_REGION(block, nodes * sizeof(T));
      ::operator delete(std::exchange(block, block->next));
    }
  }
}

template <typename T>
NodeBlocks<T>& NodeBlocks<T>::of_thread() {
  static thread_local NodeBlocks blocks;
  return blocks;
}

template class NodeBlocks<Node>;

}  // namespace searchc::ast
