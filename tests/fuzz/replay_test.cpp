// Every input of the fuzzer's corpus and every crash it found, run through the pipeline's
// properties in the ordinary build (GCC, and AddressSanitizer in CI).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <vector>

#include "tests/fuzz/pipeline.hpp"
#include "tests/test_support.hpp"

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

// The pipeline's properties for every real strategy of the shared corpora: the Ovid and PubMed
// collections' queries, each read as the language and by every importer.
TEST(Fuzz, PropertiesHoldForSharedCorpora) {
  const auto corpora = test::source_dir() / "../shared/corpora";
  SEARCHC_NEED_SHARED(corpora);
  std::vector<std::string> texts;
  for (const auto* dir : {"clef-tar/2017-TAR/training/topics_train", "clef-tar/2017-TAR/testing/topics",
                          "sr-updates-alharbi/Boolean-Queries"}) {
    for (const auto& entry : fs::directory_iterator(corpora / dir)) texts.push_back(test::read_file(entry.path()));
  }
  std::ifstream pubmed(corpora / "sysrev-seed-collection/collection_data/overall_collection.jsonl");
  for (std::string line; std::getline(pubmed, line);)
    texts.push_back(nlohmann::json::parse(line).at("query").get<std::string>());
  for (const auto& text : texts) {
    SCOPED_TRACE(text.substr(0, 80));
    fuzz::run(reinterpret_cast<const std::uint8_t*>(text.data()), text.size());
  }
  EXPECT_GE(texts.size(), 115U);
}

}  // namespace
}  // namespace searchc
