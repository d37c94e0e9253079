#include "test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "compiler/resolve.hpp"
#include "mesh/vocabulary.hpp"

namespace searchc::test {

std::filesystem::path source_dir() {
  return SEARCHC_SOURCE_DIR;
}

bool under_ci() {
  const char* ci = std::getenv("CI");
  return ci != nullptr && *ci != '\0';
}

driver::Analysis analyze_text(std::string text, std::string name) {
  return driver::analyze(SourceFile(std::move(name), std::move(text)));
}

import::Imported import_resolved(std::string_view syntax, const SourceFile& source,
                                 DiagnosticSink& sink){auto imported = import::read(syntax, source, sink);
if (!sink.has_errors()) {
  resolve(imported.strategy, sink, driver::import_resolve_options(syntax), mesh::Vocabulary::bundled());
}
return imported;
}  // namespace searchc::test

std::vector<std::string> positioned_codes(const DiagnosticSink& sink, const SourceFile& source) {
  std::vector<std::string> out;
  for (const auto& d : sink.sorted()) {
    const auto where = source.locate(d.span.begin);
    out.push_back(std::string(code_name(d.code)) + " " + std::to_string(where.line) + ":" +
                  std::to_string(where.column));
  }
  return out;
}

std::vector<std::string> codes(const DiagnosticSink& sink) {
  std::vector<std::string> out;
  for (const auto& d : sink.sorted()) out.emplace_back(code_name(d.code));
  return out;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void expect_golden(const std::filesystem::path& golden, const std::string& actual) {
  const char* update = std::getenv("SEARCHC_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    ASSERT_EQ(std::getenv("CI"), nullptr) << "golden files are never rewritten under CI";
    std::filesystem::create_directories(golden.parent_path());
    std::ofstream(golden, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(golden)) << golden << " is missing; run with SEARCHC_UPDATE_GOLDEN=1";
  EXPECT_EQ(read_file(golden), actual) << "differs from " << golden;
}

// The syntax Polyglot's input is in. Its table rows name it (`Author: PubMed full -> ...`) and
// most of its other tests say it (`(Ovid MEDLINE -> *)`, `Ovid MEDLINE "$" style`); the rest mix
// the two, and are read as Ovid when they have no PubMed tag but one of Ovid's marks (a
// heading's `/`, a field suffix, `adjN`, a `$` or `#` ending a word), else as PubMed.
std::string_view polyglot_input_syntax(const std::string& name, const std::string& input) {
  for (const auto* table : {": Ovid MEDLINE -> ", ": Ovid MEDLINE 2 -> "}) {
    if (name.find(table) != std::string::npos) return "ovid";
  }
  for (const auto* pubmed : {": PubMed full -> ", ": PubMed abbreviation -> ", "(PubMed", "(Pubmed"}) {
    if (name.find(pubmed) != std::string::npos) return "pubmed";
  }
  if (name.find("Ovid") != std::string::npos) return "ovid";
  static const std::regex ovid_marks(R"(/(\s|\)|$)|\.[a-z]{2}(,[a-z]{2})*\.?(\s|\)|$)|\badj\d*\b|\w[$#](\s|$))",
                                     std::regex::icase);
  if (input.find('[') == std::string::npos && std::regex_search(input, ovid_marks)) return "ovid";
  return "pubmed";
}

std::map<std::string, Listed> listing(const std::string& name) {
  std::map<std::string, Listed> listed;
  std::ifstream list(source_dir() / "tests/import" / name);
  for (std::string line; std::getline(list, line);) {
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string> columns;
    for (std::istringstream in(line); columns.size() < 4 && std::getline(in, columns.emplace_back(), '\t');) {
    }
    if (columns.size() != 4) ADD_FAILURE() << name << ": not four columns: " << line;
    if (columns.size() >= 3) listed[columns[0]] = {columns[1], columns[2]};
  }
  return listed;
}

std::vector<CorpusStrategy> ovid_collections() {
  const auto listed = listing("ovid-corpus-defects.tsv");
  const auto corpora = source_dir() / "../shared/corpora";
  std::vector<CorpusStrategy> out;
  const auto add = [&](std::string name, std::string text) {
    const auto it = listed.find(name);
    const auto& [syntax, code] = it == listed.end() ? Listed{"ovid", "-"} : it->second;
    out.push_back({std::move(name), syntax, code, std::move(text)});
  };
  for (const auto* dir : {"clef-tar/2017-TAR/training/topics_train", "clef-tar/2017-TAR/testing/topics"}) {
    for (const auto& entry : std::filesystem::directory_iterator(corpora / dir)) {
      const auto text = read_file(entry.path());
      const auto begin = text.find("Query:");
      const auto end = text.find("Pids:");
      if (begin == std::string::npos || end == std::string::npos) continue;
      const auto from = text.find('\n', begin) + 1;
      add(std::string(dir) + "/" + entry.path().filename().string(), text.substr(from, end - from));
    }
  }
  for (const auto& entry : std::filesystem::directory_iterator(corpora / "sr-updates-alharbi/Boolean-Queries")) {
    add("sr-updates-alharbi/Boolean-Queries/" + entry.path().filename().string(), read_file(entry.path()));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return out;
}

std::vector<CorpusStrategy> central_appendices() {
  const auto listed = listing("central-appendices.tsv");
  std::vector<CorpusStrategy> out;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "../shared/corpora/central-appendices")) {
    if (entry.path().extension() != ".txt") continue;
    auto name = entry.path().filename().string();
    std::string text;
    std::istringstream in(read_file(entry.path()));
    for (std::string line; std::getline(in, line);) {
      if (line.rfind("%% ", 0) != 0) text += line + "\n";
    }
    const auto it = listed.find(name);
    const auto& [syntax, code] = it == listed.end() ? Listed{} : it->second;
    out.push_back({std::move(name), syntax, code, std::move(text)});
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return out;
}

}  // namespace searchc::test
