// The sources of each database's rules, as data (databases/<id>/sources.hpp): every database
// names the syntax it is written for and cites at least one source; every source's URL is cited
// in docs/databases.md under that database's heading, with the month it was read and codes that
// exist; and the appendix lists the unverified rules a search relied on, and only those.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "appendix/appendix.hpp"
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

const appendix::Section& section_of(const appendix::Appendix& a, std::string_view id) {
  const auto it = std::ranges::find(a.sections, id, &appendix::Section::id);
  if (it == a.sections.end()) throw std::runtime_error("no section " + std::string(id));
  return *it;
}

appendix::Appendix appendix_of(std::string text) {
  const auto analysis = test::analyze_text(std::move(text));
  EXPECT_FALSE(analysis.diagnostics.has_errors()) << render_all(analysis.diagnostics, analysis.source);
  DiagnosticSink sink;
  return appendix::build(analysis.strategy, analysis.source, sink);
}

bool lists(const appendix::Section& s, std::string_view what_part) {
  return std::ranges::any_of(s.unverified, [&](const auto& r) { return r.what.find(what_part) != std::string::npos; });
}

// CENTRAL writes NEAR/n with n unchanged, by a rule no source settles: the appendix lists it
// whenever the search holds NEAR, though no rewrite is reported; NEXT alone does not need it.
TEST(Sources, AppendixListsTheUnverifiedRulesInForce) {
  const auto with_near = appendix_of("a = (stem NEAR/2 cell)[ti,ab]\n");
  EXPECT_TRUE(lists(section_of(with_near, "central"), "how NEAR/n counts"));
  const auto with_next = appendix_of("a = (stem NEXT cell)[ti,ab]\n");
  EXPECT_FALSE(lists(section_of(with_next, "central"), "how NEAR/n counts"));
  EXPECT_TRUE(section_of(with_next, "central").unverified.empty());
  const auto md = appendix::to_markdown(with_near);
  EXPECT_NE(md.find("### Unverified rules relied on"), std::string::npos);
  EXPECT_NE(md.find("- Syntax: Cochrane Library Search Manager"), std::string::npos);
}

// A rule keyed to a code is listed for the databases that reported the code: `major` is dropped
// in CENTRAL (W103) by an unverified rule, and searched in Ovid as `*X/`.
TEST(Sources, AppendixListsTheUnverifiedRulesOfReportedRewrites) {
  const auto a = appendix_of("ms = mesh(\"Multiple Sclerosis\", major)\n");
  EXPECT_TRUE(lists(section_of(a, "central"), "major-topic"));
  EXPECT_FALSE(lists(section_of(a, "ovid"), "major-topic"));
  EXPECT_TRUE(section_of(a, "ovid").unverified.empty());
}

}  // namespace
}  // namespace searchc
