// What one keystroke on the page of `searchc serve` costs: the three calls the page makes
// (check, compile for every database, the appendix in HTML) on the reference strategy, in
// process and over loopback HTTP; and a request at the body limit, the longest a call can take.
#include <benchmark/benchmark.h>
#include <fmt/format.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <thread>

#include "bench/source_file.hpp"
#include "server/api.hpp"
#include "server/server.hpp"

namespace searchc::server {
namespace {

struct Keystroke {
  std::string check;
  std::string compile;
  std::string appendix;
};

Keystroke keystroke() {
  const auto source = bench::read_source_file("examples/ms-stem-cell.search");
  return {nlohmann::json{{"source", source}}.dump(), nlohmann::json{{"source", source}, {"to", "all"}}.dump(),
          nlohmann::json{{"source", source}, {"format", "html"}}.dump()};
}

void BM_PageKeystrokeInProcess(benchmark::State& state) {
  const auto requests = keystroke();
  const ApiContext context;
  for (auto _ : state) {
    benchmark::DoNotOptimize(api_check(requests.check, context));
    benchmark::DoNotOptimize(api_compile(requests.compile, context));
    benchmark::DoNotOptimize(api_appendix(requests.appendix, context));
  }
}
BENCHMARK(BM_PageKeystrokeInProcess)->Unit(benchmark::kMicrosecond);

void BM_PageKeystrokeOverHttp(benchmark::State& state) {
  const auto requests = keystroke();
  Server server(ApiContext{});
  const int port = server.bind("127.0.0.1", 0);
  std::thread serving([&] { server.run(); });
  server.wait_until_running();
  httplib::Client client("127.0.0.1", port);
  client.set_keep_alive(true);
  client.set_tcp_nodelay(true);  // as browsers do
  for (auto _ : state) {
    for (const auto& [path, body] :
         {std::pair{"/api/check", &requests.check}, std::pair{"/api/compile", &requests.compile},
          std::pair{"/api/appendix", &requests.appendix}}) {
      const auto reply = client.Post(path, *body, "application/json");
      if (!reply || reply->status != 200) state.SkipWithError("a call failed");
    }
  }
  server.stop();
  serving.join();
}
BENCHMARK(BM_PageKeystrokeOverHttp)->Unit(benchmark::kMicrosecond)->UseRealTime();

// The longest request the server takes: an Ovid history just under the 1 MB body limit,
// imported and compiled for every database; and one a tenth of it, to show the time is linear.
void BM_CompileLargeRequest(benchmark::State& state) {
  std::string source;
  for (int line = 1; source.size() < static_cast<std::size_t>(state.range(0)); line += 2) {
    source += fmt::format("{} exp Heart Diseases/\n{} (cardi$ adj3 (infarct$ or arrest$)).ti,ab,kf.\n", line, line + 1);
  }
  const auto body = nlohmann::json{{"source", source}, {"from", "ovid"}, {"to", "all"}}.dump();
  if (body.size() > Limits{}.max_body_bytes) state.SkipWithError("the request is over the limit");
  const ApiContext context;
  for (auto _ : state) benchmark::DoNotOptimize(api_compile(body, context));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(body.size()));
}
BENCHMARK(BM_CompileLargeRequest)->Arg(90'000)->Arg(900'000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace searchc::server
