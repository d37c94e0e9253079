// Benchmarks (Google Benchmark): the reference strategy to every database, a PubMed query to
// CENTRAL, the spelling check, importing and
// translating Ovid strategies of growing size, to show that time grows linearly with input, and
// what the bundled MeSH costs: opening it with a first lookup, and a "did you mean".
//
//   cmake --workflow --preset bench && build/bench/bench/searchc_bench
#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include "bench/source_file.hpp"
#include "compiler/resolve.hpp"
#include "databases/database.hpp"
#include "databases/import.hpp"
#include "databases/ovid/ovid.hpp"
#include "driver/pipeline.hpp"
#include "mesh/vocabulary.hpp"

namespace searchc {
namespace {

// An Ovid MEDLINE history of about `bytes` bytes: blocks of headings, text words with `adj`,
// field suffixes and truncation, each block ORed, the blocks ANDed at the end.
std::string ovid_strategy(std::size_t bytes) {
  std::string out;
  std::size_t line = 0;
  std::vector<std::size_t> blocks;
  while (out.size() < bytes) {
    const auto first = line + 1;
    out += fmt::format("{} exp Heart Diseases/\n", ++line);
    out += fmt::format("{} (cardi$ adj3 (infarct$ or arrest$)).ti,ab,kf.\n", ++line);
    out += fmt::format("{} \"myocardial infarction\".ti,ab.\n", ++line);
    out += fmt::format("{} (heart or coronar$ or isch#emi$).tw.\n", ++line);
    const auto last = line;
    out += fmt::format("{} or/{}-{}\n", ++line, first, last);
    blocks.push_back(line);
  }
  std::string final;
  for (const auto b : blocks) final += (final.empty() ? "" : " or ") + fmt::format("{}", b);
  out += fmt::format("{} {}\n", ++line, final);
  return out;
}

void BM_ReferenceToEveryDatabase(benchmark::State& state) {
  const auto text = bench::read_source_file("examples/ms-stem-cell-auto.search");
  for (auto _ : state) {
    auto analysis = driver::analyze(SourceFile("ms-stem-cell-auto.search", text));
    for (const auto& backend : databases()) {
      DiagnosticSink sink;
      benchmark::DoNotOptimize(compile(analysis.strategy, backend, EmitOptions{}, sink));
    }
  }
}
BENCHMARK(BM_ReferenceToEveryDatabase)->Unit(benchmark::kMicrosecond);

// The reference review's strategy with its database blocks, checked and compiled for the five
// databases it was run in.
void BM_SeedToFiveDatabases(benchmark::State& state) {
  const auto text = bench::read_source_file("examples/ms-stem-cell.search");
  for (auto _ : state) {
    auto analysis = driver::analyze(SourceFile("ms-stem-cell.search", text));
    for (const auto* id : {"central", "ctgov", "ictrp", "inahta", "epistemonikos"}) {
      DiagnosticSink sink;
      benchmark::DoNotOptimize(compile(analysis.strategy, *find_database(id), EmitOptions{}, sink));
    }
  }
}
BENCHMARK(BM_SeedToFiveDatabases)->Unit(benchmark::kMicrosecond);

// A 376-character PubMed query translated to CENTRAL: imported, checked and compiled, the
// strategy moved into the compile as `searchc compile --to central` does for its one database.
// The same query as bench/compare-polyglot gives Polyglot.
void BM_PubMedQueryToCentral(benchmark::State& state) {
  const auto text = bench::read_source_file("bench/pubmed-query.txt");
  const auto& central = *find_database("central");
  const SourceFile source("pubmed-query.txt", text);
  const auto options = resolve_options();
  for (auto _ : state) {
    DiagnosticSink sink;
    auto imported = import::read("pubmed", source, sink);
    resolve(imported.strategy, sink, options, mesh::Vocabulary::bundled());
    benchmark::DoNotOptimize(compile(std::move(imported.strategy), central, EmitOptions{}, sink));
  }
}
BENCHMARK(BM_PubMedQueryToCentral)->Unit(benchmark::kMicrosecond);

void BM_ImportOvid(benchmark::State& state) {
  const auto text = ovid_strategy(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    DiagnosticSink sink;
    const SourceFile source("bench.ovid", text);
    auto imported = ovid::read(source, sink);
    resolve(imported.strategy, sink, resolve_options(), mesh::Vocabulary::bundled());
    benchmark::DoNotOptimize(imported);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_ImportOvid)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// Import and translation in one step, as `searchc compile FILE --from ovid --to central` does.
void BM_TranslateOvidToCentral(benchmark::State& state) {
  const auto text = ovid_strategy(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    auto analysis = driver::analyze(SourceFile("bench.ovid", text), "ovid");
    DiagnosticSink sink;
    benchmark::DoNotOptimize(compile(analysis.strategy, *find_database("central"), EmitOptions{}, sink));
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_TranslateOvidToCentral)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// What start-up pays for the vocabulary: reading the image's header and tables in place, and
// one lookup by name.
void BM_MeshOpenAndLookup(benchmark::State& state) {
  for (auto _ : state) {
    const mesh::Vocabulary vocabulary(mesh::Vocabulary::bundled_image());
    benchmark::DoNotOptimize(vocabulary.lookup("Multiple Sclerosis"));
  }
}
BENCHMARK(BM_MeshOpenAndLookup)->Unit(benchmark::kMicrosecond);

// A misspelled heading: every name and entry term is compared with it.
void BM_MeshDidYouMean(benchmark::State& state) {
  const auto& vocabulary = mesh::Vocabulary::bundled();
  for (auto _ : state) benchmark::DoNotOptimize(vocabulary.closest("Mulitple Sclerosis", 3));
}
BENCHMARK(BM_MeshDidYouMean)->Unit(benchmark::kMillisecond);

// The spelling check's two paths: a known word is one probe of a hash table; an unknown one is
// compared with the known words that share its first letter.
void BM_SpellingKnownWord(benchmark::State& state) {
  const auto& vocabulary = mesh::Vocabulary::bundled();
  for (auto _ : state) benchmark::DoNotOptimize(vocabulary.knows_word("transplantation"));
}
BENCHMARK(BM_SpellingKnownWord)->Unit(benchmark::kMicrosecond);

void BM_SpellingSuggestion(benchmark::State& state) {
  const auto& vocabulary = mesh::Vocabulary::bundled();
  for (auto _ : state) benchmark::DoNotOptimize(vocabulary.similar_words("mulitple", 2, 3));
}
BENCHMARK(BM_SpellingSuggestion)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace searchc

BENCHMARK_MAIN();
