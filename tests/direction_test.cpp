// No rewrite finds fewer records without saying so. For every database and every strategy of
// the examples, of tests/random_strategy.hpp and of a sample of the corpora, each line used in
// the result is run, as written and as lowered for the database, against records made of its
// own words (tests/evaluate.hpp). A lowered line that misses a record the written line finds,
// where the line counts positively, or finds one it does not, where it stands after NOT, must
// have a diagnostic in that line (or a line it refers to) that says so: E202 or W111, or another
// error of the lowering (E2xx). Beside it, the words of every diagnostic agree with its code,
// and every database's output stays within a size bound or is refused with E203.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "databases/database.hpp"
#include "evaluate.hpp"
#include "random_strategy.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

namespace fs = std::filesystem;

struct Input {
  std::string name;
  ast::Strategy strategy;
};

// A diagnostic that says the result may lose records. Approximations::report carries a rewrite's
// effect on the result in its code: a narrowing is E202, or W111 where the author accepted it;
// other errors of the lowering (E2xx) refuse the line outright.
bool says_fewer(const Diagnostic& d) {
  if (d.code == DiagCode::E202 || d.code == DiagCode::W111) return true;
  return d.severity == Severity::error && code_name(d.code).starts_with("E2");
}

// The lines line `index` is made of: itself and every line it refers to, however deep.
void closure(const ast::Strategy& s, std::size_t index, std::set<std::size_t>& out) {
  if (index >= s.lines.size() || !out.insert(index).second) return;
  ast::any_node(s.lines[index].query, [&](const ast::Node& n) {
    if (const auto* r = std::get_if<ast::LineRef>(&n.kind); r != nullptr && r->index >= 0)
      closure(s, static_cast<std::size_t>(r->index), out);
    return false;
  });
}

// How each line is used in the result (the last line): positively, after NOT, or both.
void polarity(const ast::Strategy& s, std::size_t index, bool negative, std::set<std::pair<std::size_t, bool>>& out) {
  if (index >= s.lines.size() || !out.emplace(index, negative).second) return;
  const auto walk = [&](const auto& self, const ast::Node& n, bool neg) -> void {
    if (const auto* r = std::get_if<ast::LineRef>(&n.kind); r != nullptr && r->index >= 0) {
      polarity(s, static_cast<std::size_t>(r->index), neg, out);
    }
    if (const auto* x = std::get_if<ast::Not>(&n.kind)) {
      self(self, x->operands.at(0), neg);
      self(self, x->operands.at(1), !neg);
      return;
    }
    for (const auto& child : ast::children(n)) self(self, child, neg);
  };
  walk(walk, s.lines[index].query, negative);
}

bool overridden(const ast::Strategy& s, std::string_view id) {
  const auto* block = s.database(id);
  if (block == nullptr) return false;
  return std::any_of(block->entries.begin(), block->entries.end(), [](const ast::Entry& e) {
    return std::holds_alternative<ast::Override>(e.kind) || std::holds_alternative<ast::Search>(e.kind);
  });
}

constexpr int records_per_line = 120;

// The defects this property finds today, each `input|database|line|direction`, named in a
// comment. A new one fails the test; a fixed one is only reported.
const std::set<std::string>& known() {
  static const std::set<std::string> list = {
      // ICTRP's standard search reads the title, conditions, interventions, sponsor, countries and
      // trial IDs (Capabilities::all_text_fields), not the other text of a record (its abstract,
      // keywords, authors, source), which the language's search without a field reads: a search
      // without a field is written for ICTRP as it is, with no warning, and finds fewer.
      "ovid_hash_in_word_becomes_wildcard.search|ictrp|a|narrower",
      "random107|ictrp|l1|narrower",
      "random125|ictrp|l4|narrower",
      "random137|ictrp|l2|narrower",
      "random144|ictrp|l4|narrower",
      "random145|ictrp|l4|narrower",
      "random146|ictrp|l0|narrower",
      "random148|ictrp|l4|narrower",
      "random23|ictrp|l4|narrower",
      "random36|ictrp|l4|narrower",
      "random43|ictrp|l3|narrower",
      "random52|ictrp|l4|narrower",
      "random54|ictrp|l0|narrower",
      "random55|ictrp|l0|narrower",
      "random57|ictrp|l2|narrower",
      "random60|ictrp|l4|narrower",
      "random65|ictrp|l3|narrower",
      "random68|ictrp|l4|narrower",
      "random73|ictrp|l2|narrower",
      "random75|ictrp|l0|narrower",
      "random78|ictrp|l0|narrower",
      "random86|ictrp|l2|narrower",
      "random92|ictrp|l2|narrower",
      "random94|ictrp|l4|narrower",
      // A field scope over NOT that a database lacks is searched in all text (W101, "finds more"):
      // the words after NOT widen too and remove more, so the line finds fewer, and says the opposite.
      "registry_not_in_condition_intervention_scope.search|central|a|narrower",
      "registry_not_in_condition_intervention_scope.search|ovid|a|narrower",
      "registry_not_in_condition_intervention_scope.search|pubmed|a|narrower",
      "registry_not_in_condition_intervention_scope.search|wos|a|narrower",
  };
  return list;
}

class Checker {
 public:
  void check(const Input& input) {
    std::mt19937 random(27);
    const test::RecordMaker maker(input.strategy);
    std::vector<test::Record> records;
    for (int i = 0; i < records_per_line; ++i) records.push_back(maker.make(random));
    const auto last = input.strategy.lines.size() - 1;
    std::set<std::pair<std::size_t, bool>> uses;
    polarity(input.strategy, last, false, uses);
    for (const auto& database : databases()) {
      const auto& caps = database.capabilities;
      if (overridden(input.strategy, caps.id)) continue;
      DiagnosticSink sink;
      Approximations report(caps.id, caps.name, true, sink);
      const auto lowered = lower(input.strategy, caps, report);
      const auto diagnostics = sink.sorted();
      for (const auto& d : diagnostics) agree(input.name, caps.id, d);
      if (sink.has_errors()) continue;
      const bool registry = caps.fields.contains(Field::condition);
      if (caps.history) {
        // A line used both in the result and after NOT may be written twice, the second copy
        // named `NAME (under NOT)` (the form for its negative use).
        const auto find = [&](const std::string& name) -> std::optional<std::size_t> {
          for (std::size_t i = 0; i < lowered.lines.size(); ++i) {
            if (lowered.lines[i].name == name) return i;
          }
          return std::nullopt;
        };
        for (const auto& [index, negative] : uses) {
          const auto& name = input.strategy.lines[index].name;
          auto at = negative ? find(name + " (under NOT)") : std::nullopt;
          if (!at) at = find(name);
          if (!at) {
            failures.insert(fmt::format("{}|{}|{}|not lowered", input.name, caps.id, name));
            continue;
          }
          compare(input, index, lowered, *at, negative, caps, diagnostics, records, registry);
        }
      } else {
        const auto result =
            std::find_if(lowered.lines.begin(), lowered.lines.end(), [](const ast::Line& l) { return l.name.empty(); });
        if (result == lowered.lines.end()) continue;
        compare(input, last, lowered, static_cast<std::size_t>(result - lowered.lines.begin()), false, caps,
                diagnostics, records, registry);
      }
    }
  }

  std::set<std::string> failures;
  std::size_t compared = 0;
  std::size_t unevaluable = 0;
  // Losses said only by a rewrite of neither direction, by the codes at the line.
  std::map<std::string, std::size_t> only_different;

 private:
  // E202 and W111 say "finds fewer"; nothing else says it, and neither says "finds more".
  void agree(const std::string& name, std::string_view id, const Diagnostic& d) {
    const bool fewer_code = d.code == DiagCode::E202 || d.code == DiagCode::W111;
    const bool says_more = d.message.find("finds more") != std::string::npos;
    const bool says_less = d.message.find("finds fewer") != std::string::npos;
    if (fewer_code != says_less || (fewer_code && says_more)) {
      failures.insert(fmt::format("{}|{}|{}|message: {}", name, id, code_name(d.code), d.message));
    }
  }

  void compare(const Input& input, std::size_t index, const ast::Strategy& lowered, std::size_t lowered_index,
               bool negative, const Capabilities& caps, const std::vector<Diagnostic>& diagnostics,
               const std::vector<test::Record>& records, bool registry) {
    bool narrower = false;
    bool wider = false;
    const test::Record* lost = nullptr;
    try {
      for (const auto& record : records) {
        const bool written = test::matches(input.strategy, index, record, nullptr, registry);
        const bool run = test::matches(lowered, lowered_index, record, &caps, false, negative);
        narrower = narrower || (written && !run);
        wider = wider || (!written && run);
        if (lost == nullptr && (negative ? !written && run : written && !run)) lost = &record;
      }
    } catch (const test::Unevaluable&) {
      ++unevaluable;
      return;
    }
    ++compared;
    if (!(negative ? wider : narrower)) return;
    std::set<std::size_t> lines;
    closure(input.strategy, index, lines);
    const auto in_lines = [&](const Diagnostic& d) {
      return std::any_of(lines.begin(), lines.end(), [&](std::size_t l) {
        const auto& span = input.strategy.lines[l].span;
        return d.span.begin >= span.begin && d.span.end <= span.end;
      });
    };
    bool said = false;
    std::set<std::string> different;
    for (const auto& d : diagnostics) {
      if (!in_lines(d)) continue;
      said = said || says_fewer(d);
      // A rewrite whose effect is Effect::different says neither "finds more" nor "finds
      // fewer": the database matches in its own way (no MeSH, its own word forms, another
      // date), which may lose records, and the sentence says what it does instead.
      if (d.severity == Severity::warning && d.message.find("finds more") == std::string::npos)
        different.insert(std::string(code_name(d.code)));
    }
    if (!said && !different.empty()) {
      for (const auto& code : different) ++only_different[code];
      return;
    }
    if (!said && std::getenv("DIRECTION_DEBUG") != nullptr) {
      std::cout << input.name << " " << caps.id << "\n  " << ast::dump(input.strategy.lines[index]) << "\n  "
                << ast::dump(lowered.lines[lowered_index]) << "\n  codes:";
      for (const auto& d : diagnostics) std::cout << "\n    " << code_name(d.code) << " " << d.message;
      std::cout << "\n  record:";
      for (std::size_t s = 0; s < test::slot_count; ++s) {
        std::cout << " [" << s << "]";
        for (const auto& w : lost->text[s]) std::cout << " " << w;
      }
      for (const auto& h : lost->headings) std::cout << " {" << (h.descriptor ? h.descriptor.name() : h.label) << "}";
      std::cout << "\n";
    }
    if (!said) {
      failures.insert(fmt::format("{}|{}|{}|{}", input.name, caps.id, input.strategy.lines[index].name,
                                  negative ? "wider after NOT" : "narrower"));
    }
  }
};

std::vector<Input> inputs() {
  std::vector<Input> out;
  for (const auto& entry : fs::directory_iterator(test::source_dir() / "examples")) {
    if (entry.path().extension() != ".search") continue;
    auto analysis = test::analyze_text(test::read_file(entry.path()), entry.path().filename().string());
    if (!analysis.diagnostics.has_errors()) out.push_back({entry.path().filename().string(), analysis.strategy});
  }
  // The inputs of the writer defects found by probing every database, where they lie beside the
  // repository (../shared/findings/translation-defects).
  const auto defects = test::source_dir().parent_path() / "shared" / "findings" / "translation-defects";
  if (fs::exists(defects)) {
    for (const auto& entry : fs::directory_iterator(defects)) {
      if (entry.path().extension() != ".search" || entry.path().filename().string().find("blowup") != std::string::npos)
        continue;
      auto analysis = test::analyze_text(test::read_file(entry.path()), entry.path().filename().string());
      if (!analysis.diagnostics.has_errors()) out.push_back({entry.path().filename().string(), analysis.strategy});
    }
  }
  std::sort(out.begin(), out.end(), [](const Input& a, const Input& b) { return a.name < b.name; });
  std::mt19937 random(27);
  for (int i = 0; i < 150; ++i) {
    auto analysis = test::analyze_text(test::random_strategy(random));
    if (!analysis.diagnostics.has_errors()) out.push_back({fmt::format("random{}", i), analysis.strategy});
  }
  return out;
}

void add_corpus(std::vector<Input>& out, std::vector<test::CorpusStrategy> strategies, std::size_t every) {
  for (std::size_t i = 0; i < strategies.size(); i += every) {
    const auto& s = strategies[i];
    if (s.syntax.empty()) continue;
    const SourceFile source(s.name, s.text);
    DiagnosticSink sink;
    auto imported = test::import_resolved(s.syntax, source, sink);
    if (sink.has_errors() || imported.strategy.lines.empty()) continue;
    out.push_back({s.name, std::move(imported.strategy)});
  }
}

std::string report(const std::set<std::string>& failures, bool only_new) {
  std::string out;
  for (const auto& f : failures) {
    if (!only_new || !known().contains(f)) out += "  " + f + "\n";
  }
  return out;
}

TEST(Direction, NoRewriteFindsFewerSilently) {
  auto all = inputs();
  add_corpus(all, test::ovid_collections(), 12);
  add_corpus(all, test::central_appendices(), 4);
  Checker checker;
  for (const auto& input : all) checker.check(input);
  EXPECT_GT(checker.compared, 500U) << "too few lines compared";
  std::set<std::string> fresh;
  for (const auto& f : checker.failures) {
    if (!known().contains(f)) fresh.insert(f);
  }
  EXPECT_TRUE(fresh.empty()) << "rewrites that lose records without saying so:\n" << report(fresh, false);
  for (const auto& k : known()) {
    if (!checker.failures.contains(k)) std::cout << "known defect no longer found: " << k << "\n";
  }
  for (const auto& [code, count] : checker.only_different)
    std::cout << "losses said only as a different match: " << code << " at " << count << " lines\n";
  std::cout << all.size() << " strategies, " << checker.compared << " lines compared, " << checker.unevaluable
            << " not evaluable\n";
}

}  // namespace
}  // namespace searchc

namespace searchc {
namespace {

// No database's written search passes this size: a larger one is refused with E203. A PubMed line
// stands for at most 100,000 searches (databases/pubmed/writer.cpp), a flat search for at most as
// many nodes (compiler/lower_flatten.cpp); 8 MB leaves each some 80 characters.
constexpr std::size_t max_output = 8'000'000;

// A line that doubles the one before it, `depth` times: small as a history, huge written out.
std::string doubling_chain(int depth) {
  std::string text = "l0 = heart OR attack\n";
  for (int k = 1; k <= depth; ++k) {
    text += fmt::format("l{} = (#l{} AND alpha{}) OR (#l{} AND beta{})\n", k, k - 1, k, k - 1, k);
  }
  return text;
}

TEST(Direction, OutputsAreBoundedOrRefused) {
  std::vector<std::pair<std::string, std::string>> cases;
  const auto defects = test::source_dir().parent_path() / "shared" / "findings" / "translation-defects";
  for (const auto* name : {"pubmed_near_or_blowup.search", "pubmed_near_or_blowup_5x20.search"}) {
    if (fs::exists(defects / name)) cases.emplace_back(name, test::read_file(defects / name));
  }
  cases.emplace_back("doubling chain", doubling_chain(24));
  for (const auto& entry : fs::directory_iterator(test::source_dir() / "examples")) {
    if (entry.path().extension() == ".search")
      cases.emplace_back(entry.path().filename().string(), test::read_file(entry.path()));
  }
  for (const auto& [name, text] : cases) {
    auto analysis = test::analyze_text(text, name);
    ASSERT_FALSE(analysis.diagnostics.has_errors()) << name << "\n"
                                                    << render_all(analysis.diagnostics, analysis.source);
    for (const auto& database : databases()) {
      DiagnosticSink sink;
      const auto out = compile(analysis.strategy, database, EmitOptions{}, sink);
      const auto codes = test::codes(sink);
      const bool refused = std::find(codes.begin(), codes.end(), "E203") != codes.end();
      EXPECT_TRUE(refused || out.text.size() <= max_output)
          << name << " for " << database.capabilities.id << ": " << out.text.size() << " bytes and no E203";
      if (name == "doubling chain" && !database.capabilities.history) {
        EXPECT_TRUE(refused) << name << " for " << database.capabilities.id << ": no E203";
      }
    }
  }
}

}  // namespace
}  // namespace searchc

namespace searchc {
namespace {

// The evaluator itself, on records written by hand: docs/language.md's reading of each construct.
bool finds(const std::string& search, const test::Record& record, const Capabilities* database = nullptr,
           bool negative = false) {
  auto analysis = test::analyze_text("r = " + search);
  EXPECT_FALSE(analysis.diagnostics.has_errors()) << search;
  return test::matches(analysis.strategy, 0, record, database, false, negative);
}

TEST(Direction, EvaluatorReadsTheLanguage) {
  test::Record r;
  r.text[static_cast<std::size_t>(Field::title)] = {"bone", "marrow", "and", "the", "transplantation"};
  r.text[static_cast<std::size_t>(Field::abstract)] = {"women"};
  r.text[test::author_keywords_slot] = {"stroke"};
  r.headings.push_back(
      {mesh::Vocabulary::bundled().lookup("Multiple Sclerosis, Relapsing-Remitting")->heading, {}, {}, false});
  EXPECT_TRUE(finds("\"bone marrow\"[ti]", r));
  EXPECT_FALSE(finds("\"marrow bone\"", r));
  EXPECT_FALSE(finds("\"bone marrow\"[ab]", r));
  EXPECT_TRUE(finds("wom?n[ab]", r));
  EXPECT_TRUE(finds("transplant*", r));
  EXPECT_FALSE(finds("transplant", r));
  EXPECT_TRUE(finds("marrow NEAR/3 transplant*", r));  // two words between: within 3
  EXPECT_FALSE(finds("marrow NEAR/2 transplant*", r));
  EXPECT_TRUE(finds("transplant* NEAR/3 marrow", r));  // NEAR in either order
  EXPECT_FALSE(finds("transplant* NEXT marrow", r));   // NEXT in the order written
  EXPECT_FALSE(finds("marrow NEAR/5 women", r));       // proximity within one field
  EXPECT_TRUE(finds("stroke[kw]", r));
  EXPECT_TRUE(finds("mesh(\"Multiple Sclerosis\")", r));  // exploded: narrower headings
  EXPECT_FALSE(finds("mesh(\"Multiple Sclerosis\", noexp)", r));
  EXPECT_FALSE(finds("mesh(\"Multiple Sclerosis\", major)", r));
  EXPECT_TRUE(finds("bone NOT stroke[ti]", r));
  EXPECT_FALSE(finds("bone NOT stroke", r));
  // As PubMed reads fields: `[tiab]` holds the author keywords, `[ab]` is `[tiab]`, and after
  // NOT the keywords are its author keywords only.
  const auto* pubmed = &find_database("pubmed")->capabilities;
  EXPECT_TRUE(finds("stroke[ti]", r, pubmed));
  EXPECT_TRUE(finds("bone[ab]", r, pubmed));
  EXPECT_TRUE(finds("bone[kw]", r, pubmed));
  EXPECT_FALSE(finds("bone[kw]", r, pubmed, true));
  EXPECT_TRUE(finds("stroke[kw]", r, pubmed, true));
}

}  // namespace
}  // namespace searchc
