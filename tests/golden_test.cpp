// Golden files: every example compiled for every database, and every bad input's diagnostics.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <memory>
#include <set>

#include "databases/database.hpp"
#include "driver/render.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> files(const fs::path& dir, std::string_view extension) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == extension) out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// What driver::write_text writes for `results`.
std::string written_text(const std::vector<driver::TargetResult>& results) {
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::tmpfile(), &std::fclose);
  driver::write_text(file.get(), results);
  std::rewind(file.get());
  std::string out;
  std::array<char, 4096> buffer{};
  for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), file.get())) > 0;) out.append(buffer.data(), n);
  return out;
}

TEST(Golden, ExamplesCompileToEveryDatabase) {
  const auto examples = files(test::source_dir() / "examples", ".search");
  ASSERT_FALSE(examples.empty());
  for (const auto& path : examples) {
    const auto analysis = driver::analyze(SourceFile(path.filename().string(), test::read_file(path)));
    ASSERT_FALSE(analysis.diagnostics.has_errors()) << render_all(analysis.diagnostics, analysis.source);
    std::vector<driver::TargetResult> every;
    for (const auto& backend : databases()) {
      const auto id = std::string(backend.capabilities.id);
      const auto dir = test::source_dir() / "tests/golden" / id;
      DiagnosticSink sink;
      auto output = compile(analysis.strategy, backend, EmitOptions{}, sink);
      ASSERT_FALSE(sink.has_errors()) << render_all(sink, analysis.source);
      test::expect_golden(dir / (path.stem().string() + ".txt"), output.text);

      std::vector<driver::TargetResult> results;
      results.push_back(driver::TargetResult{id, std::move(output), std::move(sink)});
      test::expect_golden(dir / (path.stem().string() + ".json"),
                          driver::render_json(results, analysis.diagnostics, analysis.source));
      every.push_back(std::move(results.back()));
    }
    // What `searchc compile FILE --to all` prints.
    test::expect_golden(test::source_dir() / "tests/golden/all" / (path.stem().string() + ".txt"), written_text(every));
    DiagnosticSink sink;
    const auto inline_form =
        compile(analysis.strategy, *find_database("central"), EmitOptions{MeshForm::inline_}, sink);
    test::expect_golden(test::source_dir() / "tests/golden/central" / (path.stem().string() + ".inline.txt"),
                        inline_form.text);
  }
}

// What `searchc check --to all` prints for a file, without colour.
std::string check_output(const SourceFile& source) {
  auto analysis = driver::analyze(source);
  driver::check_targets(analysis, database_ids());
  return render_all(analysis.diagnostics, analysis.source);
}

TEST(Golden, Diagnostics) {
  const auto inputs = files(test::source_dir() / "tests/diagnostics", ".search");
  EXPECT_GE(inputs.size(), 25U);
  for (const auto& path : inputs) {
    const auto output = check_output(SourceFile(path.filename().string(), test::read_file(path)));
    EXPECT_FALSE(output.empty()) << path << " produces no diagnostic";
    auto golden = path;
    test::expect_golden(golden.replace_extension(".stderr"), output);
  }
}

TEST(Golden, DeepNesting) {
  const std::size_t depth = 100'000;
  const auto text = "deep = " + std::string(depth, '(') + "x" + std::string(depth, ')') + "\n";
  test::expect_golden(test::source_dir() / "tests/diagnostics/generated/deep-nesting.stderr",
                      check_output(SourceFile("deep-nesting.search", text)));
}

// Every diagnostic code is shown to a user in at least one golden file, so each message has
// been read in context. E004 and E033 need inputs of 16 MB or 200,000 lines and are tested in
// limits_test instead.
TEST(Golden, EveryCodeAppears) {
  std::string all;
  for (const auto* dir : {"tests/diagnostics", "tests/golden/appendix", "tests/import"}) {
    for (const auto& path : files(test::source_dir() / dir, ".stderr")) all += test::read_file(path);
  }
  all += test::read_file(test::source_dir() / "tests/diagnostics/generated/deep-nesting.stderr");
  for (const auto& path : files(test::source_dir() / "tests/golden/review", ".txt")) all += test::read_file(path);
  for (const auto code : all_codes()) {
    if (code == DiagCode::E004 || code == DiagCode::E033) continue;
    const auto name = std::string(code_name(code));
    EXPECT_NE(all.find("[" + name + "]"), std::string::npos) << name << " appears in no golden file";
  }
}

}  // namespace
}  // namespace searchc
