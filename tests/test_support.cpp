#include "test_support.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace searchc::test {

std::filesystem::path source_dir() {
  return SEARCHC_SOURCE_DIR;
}

bool under_ci() {
  const char* ci = std::getenv("CI");
  return ci != nullptr && *ci != '\0';
}

driver::Analysis analyze_text(std::string text, std::string name) {
  return driver::analyze(SourceFile(std::move(name), std::move(text)));
}

std::vector<std::string> positioned_codes(const DiagnosticSink& sink, const SourceFile& source) {
  std::vector<std::string> out;
  for (const auto& d : sink.sorted()) {
    const auto where = source.locate(d.span.begin);
    out.push_back(std::string(code_name(d.code)) + " " + std::to_string(where.line) + ":" +
                  std::to_string(where.column));
  }
  return out;
}

std::vector<std::string> codes(const DiagnosticSink& sink) {
  std::vector<std::string> out;
  for (const auto& d : sink.sorted()) out.emplace_back(code_name(d.code));
  return out;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void expect_golden(const std::filesystem::path& golden, const std::string& actual) {
  const char* update = std::getenv("SEARCHC_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    ASSERT_EQ(std::getenv("CI"), nullptr) << "golden files are never rewritten under CI";
    std::filesystem::create_directories(golden.parent_path());
    std::ofstream(golden, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(golden)) << golden << " is missing; run with SEARCHC_UPDATE_GOLDEN=1";
  EXPECT_EQ(read_file(golden), actual) << "differs from " << golden;
}

}  // namespace searchc::test
