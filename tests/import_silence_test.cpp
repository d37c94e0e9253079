// No silent misreading: an imported search holds, as a plain word or an unquoted phrase, no
// operator word or annotation of any syntax searchc reads (`NEXT/2`, `in Trials`, `Word
// variations`, `explode all trees`, `adj3`, `.tw.`, `[mh]`, `Search`, `Filters:`, `remove
// duplicates`, `use emez`...), nor a hit count, a time or a date, unless a diagnostic at that
// position says so. A round trip cannot catch a misreading (it reproduces it faithfully); this
// property can. It runs over every real strategy of ../shared (the corpora, the red team's
// probes) and Polyglot's inputs.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "base/text.hpp"
#include "base/visit.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

namespace fs = std::filesystem;

// Why `text`, searched as a plain word or an unquoted phrase, is what a database's syntax or an
// export's layout says rather than what was searched; empty when it looks like a search word.
// `first` is true for the leftmost word of a line, where an export's labels stand.
std::string suspicious(std::string_view text, bool first) {
  const auto l = lower(text);
  static const std::regex operators(
      R"((^| )(and|or|not|next|near|adj|same|with)( |$)|(^| )(next|near|w|pre)/\d+( |$)|(^| )(adj|near|n|w)\d+( |$))");
  static const std::regex fields(
      R"(\.(ti|ab|tw|mp|sh|pt|fs|xs|em|ez|ed|yr|kw|hw|kf|ot|nm|rn|jw|so|au|af|dp)\b|:(ti|ab|kw|au|so|pt|an)\b|\[|\]|\w/($| ))");
  static const std::regex annotations(
      R"(explode|all trees|descriptor|word variations|remove duplicates|filters:|sort by|search strategy|)"
      R"((^| )in (trials|cochrane|reviews|protocols|editorials|special)|(^| )use [a-z]{4}( |$)|(^| )limit( |$)|(^| )exp( |$))");
  static const std::regex run_data(
      R"((^| )(\d{1,3}(,\d{3})+|\d{5,}|\d{1,2}:\d{2}(:\d{2})?|\d{4}/\d{1,2}(/\d{1,2})?)( |$))");
  if (std::regex_search(l, operators)) return "an operator word";
  if (std::regex_search(l, fields)) return "a field code or tag";
  if (std::regex_search(l, annotations)) return "an annotation of the export or the interface";
  if (std::regex_search(l, run_data)) return "a hit count, a time or a date";
  if (first && (l == "search" || l == "search:" || l.rfind("search ", 0) == 0 || l.rfind("search: ", 0) == 0)) {
    return "the interface's `Search` label";
  }
  return {};
}

struct Misreading {
  std::string where;  // file and position
  std::string text;
  std::string why;
};

// The plain words and unquoted phrases of `node` that look like syntax rather than a search and
// that no report of the import's reading (W3xx) covers: a line's "not used" or a spelling
// warning does not say how the line was read.
void find_misreadings(const ast::Node& node, const driver::Analysis& analysis, bool& first,
                      std::vector<Misreading>& out) {
  const auto report = [&](const std::string& text, Span span, bool leftmost, std::string why = {}) {
    const auto& source = analysis.source.text();
    const auto at = std::string_view(source).substr(std::min<std::size_t>(span.begin, source.size()));
    // quoted, with straight or curly marks: searched as written
    if (at.starts_with('"') || at.starts_with("\u201C") || at.starts_with("\u201E")) return;
    if (why.empty()) why = suspicious(text, leftmost);
    if (why.empty()) return;
    for (const auto& d : analysis.diagnostics.sorted()) {
      if (code_name(d.code).front() != 'W' || code_name(d.code)[1] != '3') continue;  // not a reading's report
      if (d.span.begin < span.end && span.begin < d.span.end) return;
      if (d.span.begin == d.span.end && d.span.begin >= span.begin && d.span.begin <= span.end) return;
    }
    const auto place = analysis.source.locate(span.begin);
    out.push_back({fmt::format("{}:{}:{}", analysis.source.name(), place.line, place.column), text, why});
  };
  const auto check = [&](const std::string& text) {
    // a number that names a line of the history, searched as a word (`1 AND 2` in PubMed)
    const auto line_named = [&](const ast::Line& l) { return l.name == "l" + text; };
    if (all_digits(text) && std::any_of(analysis.strategy.lines.begin(), analysis.strategy.lines.end(), line_named)) {
      report(text, node.span, false, "a line's number");
    }
    report(text, node.span, std::exchange(first, false));
  };
  const auto each = [&](const ast::Nodes& nodes) {
    for (const auto& n : nodes) find_misreadings(n, analysis, first, out);
  };
  // Words typed side by side and read as ANDed terms (`#1 in Trials`): each looks like a word,
  // their run may not.
  const auto check_runs = [&](const ast::Nodes& nodes) {
    for (std::size_t i = 0; i < nodes.size();) {
      std::string run;
      std::size_t j = i;
      for (; j < nodes.size() && std::holds_alternative<ast::Term>(nodes[j].kind); ++j) {
        run += (run.empty() ? "" : " ") + std::get<ast::Term>(nodes[j].kind).text;
      }
      if (j - i > 1) report(run, Span{nodes[i].span.begin, nodes[j - 1].span.end}, false);
      i = std::max(j, i + 1);
    }
  };
  std::visit(overloaded{
                 [&](const ast::Term& t) { check(t.text); },
                 [&](const ast::Phrase& p) { check(p.text); },
                 [&](const ast::Heading&) { first = false; },
                 [&](const ast::LineRef&) { first = false; },
                 [&](const ast::Native&) { first = false; },
                 [&](const ast::Bool& b) {
                   each(b.operands);
                   if (b.op == ast::BoolOp::and_) check_runs(b.operands);
                 },
                 [&](const ast::Not& n) { each(n.operands); },
                 [&](const ast::Near& n) { each(n.operands); },
                 [&](const ast::Fielded& f) { each(f.body); },
             },
             node.kind);
}

struct Input {
  std::string name;
  std::string syntax;
  std::string text;
};

// Strategies of ../shared/corpora with the syntax each is written in.
std::vector<Input> corpus_inputs(const fs::path& shared) {
  std::vector<Input> inputs;
  for (auto& s : test::ovid_collections()) inputs.push_back({s.name, s.syntax, std::move(s.text)});
  const auto corpora = shared / "corpora";
  std::ifstream seeds(corpora / "sysrev-seed-collection/collection_data/overall_collection.jsonl");
  for (std::string line; std::getline(seeds, line);) {
    const auto record = nlohmann::json::parse(line);
    inputs.push_back({"sysrev-seed-collection " + record.at("id").dump(), "pubmed", record.at("query")});
  }
  for (auto& s : test::central_appendices()) {
    inputs.push_back({"central-appendices/" + s.name, s.syntax, std::move(s.text)});
  }
  // The Cochrane Library exports that first showed the problem.
  const auto examples = inputs.size();
  for (const auto* text :
       {"#1 (corneal NEXT/2 inlay*):ti,ab,kw\n", "#1 cornea*\n#2 #1 in Trials\n",
        "#1 otovent (Word variations have been searched)\n", "#1 MeSH nitrous oxide explode all trees\n",
        "#1 MeSH descriptor: [Geriatrics] explode all trees OR (aging OR elder*):ti,ab,kw\n"}) {
    inputs.push_back({fmt::format("issue example {}", inputs.size() - examples + 1), "central", text});
  }
  // The red team's probes, each named NAME.SYNTAX.txt.
  for (const auto& entry : fs::directory_iterator(shared / "findings/import-misreadings")) {
    const auto stem = entry.path().stem();  // NAME.SYNTAX
    inputs.push_back({"findings/" + entry.path().filename().string(), stem.extension().string().substr(1),
                      test::read_file(entry.path())});
  }
  const auto cases = nlohmann::json::parse(test::read_file(shared / "compat/polyglot-cases.json"));
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& c : cases) {
    const auto input = c.at("input").get<std::string>();
    const auto syntax = std::string(test::polyglot_input_syntax(c.at("name").get<std::string>(), input));
    if (seen.emplace(syntax, input).second) inputs.push_back({"polyglot " + c.at("name").dump(), syntax, input});
  }
  std::sort(inputs.begin(), inputs.end(), [](const Input& a, const Input& b) { return a.name < b.name; });
  return inputs;
}

TEST(ImportSilence, NoOperatorOrAnnotationIsSearchedAsAWordWithoutADiagnostic) {
  const auto shared = test::source_dir() / "../shared";
  SEARCHC_NEED_SHARED(shared / "corpora");
  SEARCHC_NEED_SHARED(shared / "findings/import-misreadings");
  std::size_t imported = 0;
  std::vector<Misreading> misreadings;
  const auto inputs = corpus_inputs(shared);
  for (const auto& input : inputs) {
    const auto analysis = driver::analyze(SourceFile(input.name, input.text), input.syntax);
    if (analysis.diagnostics.has_errors()) continue;
    ++imported;
    for (const auto& line : analysis.strategy.lines) {
      bool first = true;
      find_misreadings(line.query, analysis, first, misreadings);
    }
  }
  std::printf("%zu inputs, %zu imported without an error, %zu silent misreadings\n", inputs.size(), imported,
              misreadings.size());
  for (const auto& m : misreadings) ADD_FAILURE() << m.where << ": `" << m.text << "` is " << m.why;
}

// The property itself: what it takes for syntax, and what it leaves alone.
TEST(ImportSilence, TellsSyntaxFromSearchWords) {
  for (const auto* text : {"NEXT/2", "in Trials", "Word variations", "explode all trees", "adj3", "heart.tw.", "[mh]",
                           "Filters:", "remove duplicates from 3", "3 use emez", "12,345", "09:12:34", "2015/06/15",
                           "asthma:ti", "Heart/", "N3", "W/2", "1 or 2", "150000"}) {
    EXPECT_NE(suspicious(text, false), "") << text;
  }
  EXPECT_NE(suspicious("Search", true), "");
  EXPECT_EQ(suspicious("Search", false), "");
  for (const auto* text :
       {"heart attack", "trials", "in", "n", "2019", "near-infrared", "w", "covid-19", "t/2 cells"}) {
    EXPECT_EQ(suspicious(text, false), "") << text;
  }
}

}  // namespace
}  // namespace searchc
