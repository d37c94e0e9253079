// The sources of each database's rules, as data (databases/<id>/sources.hpp): every database
// names the syntax it is written for and cites at least one source; every source's URL is cited
// in docs/databases.md under that database's heading, with the month it was read and codes that
// exist.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "base/text.hpp"
#include "databases/database.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

// The part of docs/databases.md under the heading that ends "(`id`)", up to the next heading
// of its level.
std::string doc_section(std::string_view id) {
  const auto doc = test::read_file(test::source_dir() / "docs/databases.md");
  const auto heading = doc.find(std::string("(`") + std::string(id) + "`)\n");
  if (heading == std::string::npos) return {};
  const auto start = doc.rfind("\n## ", heading);
  if (start == std::string::npos) return {};
  const auto end = doc.find("\n## ", heading);
  return doc.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

bool is_month(std::string_view read) {
  return read.size() == 7 && read[4] == '-' &&
         std::ranges::all_of(read.substr(0, 4), [](char c) { return c >= '0' && c <= '9'; }) &&
         std::ranges::all_of(read.substr(5), [](char c) { return c >= '0' && c <= '9'; });
}

TEST(Sources, EveryDatabaseHasASyntaxVersionAndSources) {
  for (const auto& database : databases()) {
    const auto& c = database.capabilities;
    SCOPED_TRACE(std::string(c.id));
    EXPECT_FALSE(c.syntax_version.empty());
    EXPECT_FALSE(c.sources.empty());
    const auto section = doc_section(c.id);
    ASSERT_FALSE(section.empty()) << "docs/databases.md has no heading ending (`" << c.id << "`)";
    for (const auto& source : c.sources) {
      SCOPED_TRACE(std::string(source.what));
      EXPECT_FALSE(source.what.empty());
      EXPECT_TRUE(source.url.starts_with("http://") || source.url.starts_with("https://")) << source.url;
      EXPECT_NE(section.find(source.url), std::string::npos)
          << source.url << " is not cited under the database's heading in docs/databases.md";
      EXPECT_TRUE(is_month(source.read)) << source.read;
      for (const auto code : phrase_words(source.codes)) {
        EXPECT_TRUE(parse_code(code)) << code;
      }
      // A rule in force whenever the search holds NEAR is one no source settles.
      if (source.when == SyntaxSource::When::near) {
        EXPECT_FALSE(source.verified);
      }
    }
  }
}

}  // namespace
}  // namespace searchc
