// The sink's order across sinks, and diagnostics written a piece at a time.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "compiler/diagnostics.hpp"

namespace searchc {
namespace {

struct Reported {
  std::uint32_t at;
  std::string message;
};

DiagnosticSink sink_of(const std::vector<Reported>& reports) {
  DiagnosticSink sink;
  for (const auto& r : reports) sink.report(DiagCode::W101, {r.at, r.at + 1}, r.message);
  return sink;
}

struct OrderCase {
  std::vector<Reported> first;
  std::vector<Reported> second;
  std::vector<std::string> expected;  // the messages, in order
};

class InOrder : public testing::TestWithParam<OrderCase> {};

// By position; at one position, the first sink's before the second's, each in the order reported:
// what sorted() gives of the two appended into one sink.
TEST_P(InOrder, MergesSinksAsOneSortedSink) {
  const auto& c = GetParam();
  const auto first = sink_of(c.first);
  const auto second = sink_of(c.second);
  const std::array<const DiagnosticSink*, 2> sinks{&first, &second};
  std::vector<std::string> merged;
  for (const auto* d : DiagnosticSink::in_order(sinks)) merged.push_back(d->message);
  EXPECT_EQ(merged, c.expected);

  auto appended = first;
  appended.append(second);
  std::vector<std::string> sorted;
  for (const auto& d : appended.sorted()) sorted.push_back(d.message);
  EXPECT_EQ(sorted, c.expected);
}

INSTANTIATE_TEST_SUITE_P(Diagnostics, InOrder,
                         testing::Values(OrderCase{{{5, "a5"}, {1, "a1"}, {5, "a5 again"}},
                                                   {{5, "b5"}, {0, "b0"}, {1, "b1"}},
                                                   {"b0", "a1", "b1", "a5", "a5 again", "b5"}},
                                         OrderCase{{}, {{2, "b2"}, {1, "b1"}}, {"b1", "b2"}},
                                         OrderCase{{{3, "a3"}}, {}, {"a3"}}, OrderCase{{}, {}, {}}));

// Written in pieces of 64 KB, the text is render_all's, also across a piece's end.
TEST(Diagnostics, WrittenInPiecesAsRendered) {
  const SourceFile source("t.search", "a = heart\n");
  std::vector<Reported> reports;
  for (std::uint32_t i = 0; i < 2000; ++i) reports.push_back({i % 9, "warning number " + std::to_string(i)});
  const auto sink = sink_of(reports);
  const auto rendered = render_all(sink, source);
  ASSERT_GT(rendered.size(), 2U * 64 * 1024);

  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::tmpfile(), &std::fclose);
  write_all(file.get(), sink.in_order(), source);
  std::rewind(file.get());
  std::string written;
  std::array<char, 4096> buffer{};
  for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), file.get())) > 0;) {
    written.append(buffer.data(), n);
  }
  EXPECT_EQ(written, rendered);
}

}  // namespace
}  // namespace searchc
