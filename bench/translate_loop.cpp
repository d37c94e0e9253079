// The translation of BM_PubMedQueryToCentral, run a given number of times, for counting its
// instructions with callgrind (bench/instructions): the count of N + 1 runs less that of one run
// is N translations, without the program's start-up.
#include <cstdlib>

#include "compiler/resolve.hpp"
#include "databases/database.hpp"
#include "databases/import.hpp"
#include "mesh/vocabulary.hpp"
#include "source_file.hpp"

int main(int argc, char** argv) {
  using namespace searchc;
  const int runs = argc > 1 ? std::atoi(argv[1]) : 1;
  const SourceFile source("pubmed-query.txt", bench::read_source_file("bench/pubmed-query.txt"));
  const auto& central = *find_database("central");
  const auto options = resolve_options();
  const auto& vocabulary = mesh::Vocabulary::bundled();
  std::size_t written = 0;
  for (int i = 0; i < runs; ++i) {
    DiagnosticSink sink;
    auto imported = import::read("pubmed", source, sink);
    resolve(imported.strategy, sink, options, vocabulary);
    written += compile(std::move(imported.strategy), central, EmitOptions{}, sink).text.size();
  }
  return written == 0 ? 1 : 0;
}
