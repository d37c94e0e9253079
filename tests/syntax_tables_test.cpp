// The databases' syntax tables (databases/<id>/syntax.hpp) against their writers and readers:
// every field the database can search has a code its writer writes, every code the writer
// writes its reader reads back as the same fields, and a search written and read back is the
// search it was, its fields, proximity and limits.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/format.hpp"
#include "compiler/resolve.hpp"
#include "databases/central/syntax.hpp"
#include "databases/ctgov/syntax.hpp"
#include "databases/database.hpp"
#include "databases/epistemonikos/syntax.hpp"
#include "databases/ictrp/syntax.hpp"
#include "databases/import.hpp"
#include "databases/inahta/syntax.hpp"
#include "databases/ovid/syntax.hpp"
#include "databases/pubmed/syntax.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

struct Table {
  std::string_view id;
  std::span<const FieldCode> codes;
  // A search of `heart` in the fields a code names, in the database's syntax; empty for a
  // database without a reader.
  std::string (*fielded)(std::string_view code) = nullptr;
};

std::vector<Table> tables() {
  return {
      {"central", central::field_labels(), [](std::string_view c) { return "#1 heart:" + std::string(c); }},
      {"ctgov", ctgov::areas()},
      {"ictrp", ictrp::boxes()},
      {"inahta", inahta::field_tags(), [](std::string_view c) { return "heart[" + std::string(c) + "]"; }},
      {"epistemonikos", epistemonikos::field_names()},
      {"ovid", ovid::field_codes(), [](std::string_view c) { return "heart." + std::string(c) + "."; }},
      {"pubmed", pubmed::field_tags(), [](std::string_view c) { return "heart[" + std::string(c) + "]"; }},
  };
}

std::string describe(FieldSet fields) {
  std::string out;
  for (const auto f : fields.members()) out += (out.empty() ? "" : ",") + std::string(field_name(f));
  return out.empty() ? "all text" : out;
}

// The fields a scope over `field` searches in the database: its group where the database
// searches it only with others (PubMed's abstract, with the title).
FieldSet searched(const Capabilities& capabilities, Field field) {
  for (const auto& [member, group] : capabilities.field_groups) {
    if (member == field) return group;
  }
  return FieldSet{field};
}

struct Read {
  import::Imported imported;
  DiagnosticSink sink;
};

Read import_text(std::string_view id, const std::string& text) {
  Read out;
  const SourceFile source("t.txt", text);
  out.imported = import::read(id, source, out.sink);
  return out;
}

// The fields of the last line's search, `heart` in them, as read; "not fielded" otherwise.
std::string fields_read(const Read& read) {
  if (read.sink.has_errors() || read.imported.strategy.lines.empty()) return "not read";
  const auto& query = read.imported.strategy.lines.back().query;
  if (const auto* term = std::get_if<ast::Term>(&query.kind); term != nullptr && term->text == "heart") {
    return "all text";
  }
  const auto* scope = std::get_if<ast::Fielded>(&query.kind);
  if (scope == nullptr) return "not fielded: " + format_expression(query);
  const auto* term = std::get_if<ast::Term>(&scope->body.front().kind);
  if (term == nullptr || term->text != "heart") return "another search: " + format_expression(query);
  return describe(scope->fields);
}

TEST(SyntaxTables, EveryFieldHasAWrittenCode) {
  for (const auto& table : tables()) {
    const auto& capabilities = find_database(table.id)->capabilities;
    for (const auto field : capabilities.fields.members()) {
      if (field == Field::all_text) continue;
      const auto fields = searched(capabilities, field);
      FieldSet written;
      for (const auto code : written_codes(table.codes, fields)) {
        for (const auto f : find_field_code(table.codes, code)->fields.members()) written.insert(f);
      }
      EXPECT_EQ(describe(written), describe(fields)) << table.id << " writes no code for " << field_name(field);
    }
  }
}

TEST(SyntaxTables, EveryWrittenCodeIsReadBack) {
  for (const auto& table : tables()) {
    if (table.fielded == nullptr) continue;
    for (const auto& code : table.codes) {
      if (!code.written) continue;
      const auto text = table.fielded(code.names.front());
      EXPECT_EQ(fields_read(import_text(table.id, text)), describe(code.fields)) << table.id << ": " << text;
    }
  }
}

// The language's `heart[FIELD]`, written for the database and read back.
TEST(SyntaxTables, EveryFieldRoundTrips) {
  for (const auto& table : tables()) {
    if (table.fielded == nullptr) continue;
    const auto& database = *find_database(table.id);
    for (const auto field : database.capabilities.fields.members()) {
      if (field == Field::all_text) continue;
      const auto language = fmt::format("l1 = heart[{}]\n", field_name(field));
      auto analysis = test::analyze_text(language);
      ASSERT_FALSE(analysis.diagnostics.has_errors()) << language;
      DiagnosticSink sink;
      const auto written = search_box(compile(std::move(analysis.strategy), database, EmitOptions{}, sink));
      EXPECT_EQ(fields_read(import_text(table.id, written)), describe(searched(database.capabilities, field)))
          << table.id << ": " << language << " is written " << written;
    }
  }
}

struct Case {
  std::string_view id;
  std::string_view language;  // a strategy whose last line is written and read back
  std::string_view read;      // that line as read back, with its limits
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.id << ": " << c.language;
}

class SyntaxRoundTrip : public testing::TestWithParam<Case> {};

// Proximity and limits, written and read back: each database counts the words of a proximity
// its own way, and writes a limit in its own words.
TEST_P(SyntaxRoundTrip, ReadsBackWhatWasWritten) {
  const auto& c = GetParam();
  auto analysis = test::analyze_text(std::string(c.language));
  ASSERT_FALSE(analysis.diagnostics.has_errors()) << c.language;
  DiagnosticSink sink;
  const auto written = search_box(compile(std::move(analysis.strategy), *find_database(c.id), EmitOptions{}, sink));
  const auto read = import_text(c.id, written);
  ASSERT_FALSE(read.sink.has_errors()) << written;
  ASSERT_FALSE(read.imported.strategy.lines.empty()) << written;
  const auto& last = read.imported.strategy.lines.back();
  auto text = format_expression(last.query);
  for (const auto& limit : last.limits) text += " " + format_limit(limit);
  EXPECT_EQ(text, c.read) << "written as " << written;
}

INSTANTIATE_TEST_SUITE_P(
    Table, SyntaxRoundTrip,
    testing::Values(
        Case{"ovid", "l1 = heart NEAR/3 attack", "heart NEAR/3 attack"},
        Case{"ovid", "l1 = heart NEXT attack", "heart NEXT attack"},
        Case{"ovid", "l1 = heart* OR wom?n", "heart* OR wom?n"},
        Case{"ovid", "l1 = heart limit year 2014 to 2021", "#l1 limit year 2014 to 2021"},
        Case{"ovid", "l1 = heart limit year from 2014", "#l1 limit year from 2014"},
        Case{"ovid", "l1 = heart limit entry-date 2013-11 to 2015-06", "#l1 limit entry-date 2013-11 to 2015-06"},
        Case{"ovid", "l1 = mesh(\"Heart\", noexp, major) OR mesh(/dt)", "mesh(\"Heart\", noexp, major) OR mesh(/dt)"},
        Case{"central", "l1 = heart NEAR/3 attack", "heart NEAR/3 attack"},
        Case{"central", "l1 = heart NEXT attack", "heart NEXT attack"},
        Case{"central", "l1 = heart limit year 2014 to 2021", "heart limit year 2014 to 2021"},
        Case{"central", "l1 = heart limit cochrane-date 2014-01 to 2021-07",
             "heart limit cochrane-date 2014-01 to 2021-07"},
        Case{"pubmed", "l1 = (heart NEAR/3 attack)[ti,ab]", "(heart NEAR/3 attack)[ti,ab]"},
        Case{"pubmed", "l1 = heart limit year 2014 to 2021", "heart limit year 2014 to 2021"},
        Case{"pubmed", "l1 = heart limit year from 2014", "heart limit year from 2014"},
        Case{"pubmed", "l1 = heart limit entry-date 2012-11 to 2013-06-30",
             "heart limit entry-date 2012-11 to 2013-06-30"},
        Case{"pubmed", "l1 = mesh(\"Heart\", noexp, major) OR mesh(/dt)",
             "mesh(\"Heart\", noexp, major) OR mesh(/\"drug therapy\")"},
        Case{"inahta", "l1 = mesh(\"Heart\") OR mesh(\"Lung\", noexp)", "mesh(\"Heart\") OR mesh(\"Lung\", noexp)"},
        Case{"inahta", "l1 = heart limit year 2014 to 2021", "heart limit year 2014 to 2021"}));

}  // namespace
}  // namespace searchc
