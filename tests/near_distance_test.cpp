// A reader refuses a proximity wider than the language's NEAR/100 (E301) rather than read it
// narrower or write a distance the language refuses.
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace searchc {
namespace {

struct Row {
  std::string_view syntax;
  std::string_view wide;     // wider than NEAR/100
  std::string_view allowed;  // within it
};

const Row rows[] = {
    {"central", "#1 bone NEAR/150 marrow", "#1 bone NEAR/50 marrow"},
    {"embase", "#1 bone NEAR/150 marrow", "#1 bone NEAR/50 marrow"},
    {"wos", "#1 TS=(bone NEAR/150 marrow)", "#1 TS=(bone NEAR/50 marrow)"},
    {"scopus", "TITLE-ABS-KEY(bone W/150 marrow)", "TITLE-ABS-KEY(bone W/50 marrow)"},
    {"proquest", "bone NEAR/99999999999999999999 marrow", "bone NEAR/50 marrow"},
};

TEST(NearDistance, WiderThanTheLanguageIsRefused) {
  for (const auto& row : rows) {
    DiagnosticSink wide;
    test::import_resolved(row.syntax, SourceFile("wide", std::string(row.wide)), wide);
    EXPECT_EQ(test::codes(wide), std::vector<std::string>{"E301"}) << row.syntax;
    DiagnosticSink allowed;
    test::import_resolved(row.syntax, SourceFile("allowed", std::string(row.allowed)), allowed);
    EXPECT_FALSE(allowed.has_errors()) << row.syntax << ": " << test::codes(allowed).front();
  }
}

}  // namespace
}  // namespace searchc
