// Every input of the fuzzer's corpus and every crash it found, run through the pipeline's
// properties in the ordinary build (GCC, and AddressSanitizer in CI).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <vector>

#include "tests/test_support.hpp"
#include "tests/fuzz/pipeline.hpp"

namespace searchc {
namespace {

namespace fs = std::filesystem;

TEST(Fuzz, ReplaysCorpusAndCrashes) {
  std::vector<fs::path> inputs;
  for (const auto* dir : {"tests/fuzz/corpus", "tests/fuzz/crashes"}) {
    if (!fs::exists(test::source_dir() / dir)) continue;  // no crash kept yet
    for (const auto& entry : fs::directory_iterator(test::source_dir() / dir)) inputs.push_back(entry.path());
  }
  std::sort(inputs.begin(), inputs.end());
  for (const auto& path : inputs) {
    SCOPED_TRACE(path.string());
    const auto text = test::read_file(path);
    fuzz::run(reinterpret_cast<const std::uint8_t*>(text.data()), text.size());
  }
  EXPECT_GE(inputs.size(), 20U);
}

}  // namespace
}  // namespace searchc
