// What the table tests of the one-query syntaxes share (query_cases.hpp).
#include "query_cases.hpp"

#include <gtest/gtest.h>

#include "databases/database.hpp"
#include "databases/import.hpp"
#include "test_support.hpp"

namespace searchc::test {

void expect_written(std::string_view id, const WriterCase& c) {
  auto analysis = analyze_text(c.source);
  ASSERT_FALSE(analysis.diagnostics.has_errors()) << render_all(analysis.diagnostics, analysis.source);
  DiagnosticSink sink;
  const auto output = compile(analysis.strategy, *find_database(id), EmitOptions{}, sink);
  EXPECT_EQ(output.text, c.expected) << render_all(sink, analysis.source);
  EXPECT_EQ(codes(sink), c.codes) << render_all(sink, analysis.source);
}

void expect_read(std::string_view syntax, const ReaderRow& row) {
  const SourceFile source("t.txt", row.input);
  DiagnosticSink sink;
  auto imported = import_resolved(syntax, source, sink);
  EXPECT_EQ(positioned_codes(sink, source), row.codes) << row.input;
  std::string text;
  if (!sink.has_errors()) {
    text = import::format(imported);
    text.erase(0, text.find('\n') + 1);  // "// Imported from ..."
  }
  EXPECT_EQ(text, row.imported) << row.input;
}

void expect_reading(const ReadingRow& row) {
  const SourceFile source("t.txt", row.input);
  DiagnosticSink sink;
  (void)import_resolved(row.syntax, source, sink);
  const auto where = std::string(row.code) + " " + row.at;
  const auto positioned = positioned_codes(sink, source);
  const auto all = sink.sorted();
  bool found = false;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (positioned[i] != where) continue;
    found = true;
    EXPECT_NE(all[i].message.find(row.says), std::string::npos) << all[i].message;
  }
  EXPECT_TRUE(found) << render_all(sink, source);
}

}  // namespace searchc::test
