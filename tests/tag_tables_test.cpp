// The bracket-tag reader (databases/tagged_reader.cpp) looks for a date's or a filter's tag only
// among the tags that name no field: that holds while no field's tag is also a date's or a
// filter's, in PubMed's tables and in INAHTA's.
#include <gtest/gtest.h>

#include <array>
#include <span>
#include <string_view>
#include <vector>

#include "databases/inahta/syntax.hpp"
#include "databases/pubmed/syntax.hpp"
#include "databases/syntax.hpp"

namespace searchc {
namespace {

// The field tags of `fields` that `others` names too.
std::vector<std::string_view> shared(std::span<const FieldCode> fields, std::span<const Names> others) {
  std::vector<std::string_view> found;
  for (const auto& code : fields) {
    for (const auto name : code.names) {
      if (name.empty()) break;
      for (const auto& names : others) {
        if (named(names, name)) found.push_back(name);
      }
    }
  }
  return found;
}

TEST(TagTables, NoFieldTagIsADateOrAFilter) {
  EXPECT_TRUE(shared(pubmed::field_tags(), pubmed::date_tags).empty());
  const std::array<Names, 1> pubmed_filters = {pubmed::filter_tags};
  EXPECT_TRUE(shared(pubmed::field_tags(), pubmed_filters).empty());
  EXPECT_TRUE(shared(inahta::field_tags(), inahta::pubmed_dates).empty());
}

// The test above sees a tag in both tables.
TEST(TagTables, SharedTagIsSeen) {
  const std::array<FieldCode, 1> fields = {{{{"ti", "dp"}, FieldSet{Field::title}}}};
  EXPECT_EQ(shared(fields, pubmed::date_tags), std::vector<std::string_view>{"dp"});
}

}  // namespace
}  // namespace searchc
