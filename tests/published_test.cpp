// The reference case: examples/ms-stem-cell.search reproduces every search of the review's
// published appendix (tests/published/, copied from it as printed).
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "base/text.hpp"
#include "databases/database.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

Output compile_example(std::string_view id) {
  const auto path = test::source_dir() / "examples/ms-stem-cell.search";
  const auto analysis = driver::analyze(SourceFile(path.string(), test::read_file(path)));
  EXPECT_FALSE(analysis.diagnostics.has_errors()) << render_all(analysis.diagnostics, analysis.source);
  DiagnosticSink sink;
  auto output = compile(analysis.strategy, *find_database(id), EmitOptions{}, sink);
  EXPECT_TRUE(sink.empty()) << render_all(sink, analysis.source);
  return output;
}

std::string published(std::string_view name) {
  return test::read_file(test::source_dir() / "tests/published" / (std::string(name) + ".txt"));
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    const auto begin = line.find_first_not_of(' ');
    if (begin != std::string::npos) out.push_back(line.substr(begin));
  }
  return out;
}

std::string value(const Search& search, std::string_view name) {
  for (const auto& f : search.fields) {
    if (f.name == name) return f.value;
  }
  return "(none)";
}

// The words of a search box, for a database that ANDs the words it is given.
std::vector<std::string> and_words(std::string_view text) {
  std::vector<std::string> out;
  std::istringstream in{std::string(text)};
  for (std::string w; in >> w;) {
    if (lower(w) != "and") out.push_back(w);
  }
  return out;
}

// The export prints operators in lower case, groups NEXT inside NEAR without parentheses and
// leaves out brackets and "explode all trees" (Cochrane's default) on line #12. Those are the
// only differences from the golden output.
std::string normalised_cochrane(std::string_view line) {
  std::string out;
  for (const char c : lower(line)) {
    if (c != '(' && c != ')' && c != '[' && c != ']') out += c;
  }
  for (const std::string_view cut : {" explode all trees"}) {
    for (auto at = out.find(cut); at != std::string::npos; at = out.find(cut)) out.erase(at, cut.size());
  }
  return out;
}

TEST(Published, CochraneCentral) {
  const auto output = compile_example("central");
  const auto expected = lines_of(published("central"));
  const auto lines = output_lines(output);
  ASSERT_EQ(lines.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(normalised_cochrane(fmt::format("{} {}", lines[i].label, lines[i].text)),
              normalised_cochrane(expected[i]));
  }
}

TEST(Published, ClinicalTrialsGov) {
  const auto output = compile_example("ctgov");
  // "Search 1 — Advanced search:" then "Name: value" lines, per search.
  std::vector<std::map<std::string, std::string>> searches;
  std::vector<std::string> labels;
  for (const auto& line : lines_of(published("ctgov"))) {
    if (line.rfind("Search ", 0) == 0) {
      labels.push_back(line.substr(line.find("— ") + std::string("— ").size()));
      labels.back().pop_back();  // the colon
      searches.emplace_back();
      continue;
    }
    const auto colon = line.find(": ");
    searches.back()[line.substr(0, colon)] = line.substr(colon + 2);
  }
  ASSERT_EQ(output.searches.size(), searches.size());
  for (std::size_t i = 0; i < searches.size(); ++i) {
    EXPECT_EQ(output.searches[i].label, labels[i]);
    for (const auto& [name, text] : searches[i]) EXPECT_EQ(value(output.searches[i], name), text) << name;
  }
}

TEST(Published, Ictrp) {
  const auto output = compile_example("ictrp");
  const auto expected = lines_of(published("ictrp"));
  ASSERT_EQ(output.searches.size(), 2U);
  const auto& advanced = output.searches[0];
  EXPECT_EQ(advanced.label, "Advanced search");
  EXPECT_EQ(and_words(value(advanced, "Condition")),
            and_words(expected[1].substr(std::string("In the condition: ").size())));
  EXPECT_EQ(value(advanced, "Operator"), expected[2]);
  EXPECT_EQ(and_words(value(advanced, "Intervention")),
            and_words(expected[3].substr(std::string("In the intervention: ").size())));
  EXPECT_EQ("Recruitment status is " + value(advanced, "Recruitment status"), expected[4]);
  const auto& simple = output.searches[1];
  EXPECT_EQ(simple.label, "Simple search");
  EXPECT_EQ(and_words(value(simple, "Standard search")), and_words(expected[6]));
}

TEST(Published, Inahta) {
  const auto output = compile_example("inahta");
  ASSERT_EQ(output.searches.size(), 1U);
  const auto& search = output.searches[0];
  // The search history shows the year filter after the query.
  EXPECT_EQ(value(search, "Search") + " " + value(search, "Year filter") + "\n", published("inahta"));
}

TEST(Published, Epistemonikos) {
  const auto output = compile_example("epistemonikos");
  const auto expected = lines_of(published("epistemonikos"));
  ASSERT_EQ(expected.size(), 4U);
  // Each "Title OR Abstract" row is one concept, searched in title or abstract; the rows are ANDed.
  const auto row = [&](std::size_t i) {
    const auto terms = expected[i].substr(std::string("Title OR Abstract: ").size());
    return "(title:(" + terms + ") OR abstract:(" + terms + "))";
  };
  ASSERT_EQ(output.searches.size(), 1U);
  EXPECT_EQ(expected[1], "AND");
  EXPECT_EQ(value(output.searches[0], "Search"), row(0) + " AND " + row(2));
  EXPECT_EQ(expected[3], "Publication year from " + value(output.searches[0], "Publication year").replace(5, 2, "til"));
}

}  // namespace
}  // namespace searchc
