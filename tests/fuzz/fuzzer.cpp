// libFuzzer's entry point (built with clang: cmake --workflow --preset fuzz).
#include "tests/fuzz/pipeline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  searchc::fuzz::run(data, size);
  return 0;
}
