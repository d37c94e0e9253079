// No rewrite finds fewer records without saying so. For every database and every strategy of
// the examples, of tests/random_strategy.hpp and of a sample of the corpora, each line used in
// the result is run, as written and as lowered for the database, against records made of its
// own words (tests/evaluate.hpp). A lowered line that misses a record the written line finds,
// where the line counts positively, or finds one it does not, where it stands after NOT, must
// have a diagnostic in that line (or a line it refers to) whose direction says so (narrower), or
// another error of the lowering (E2xx), or a rewrite of no direction whose code is listed in
// different_by_nature() with the reason. Beside it, the words of every diagnostic agree with its code,
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
#include "driver/output_json.hpp"
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

// A diagnostic that says the result may lose records: its direction (Diagnostic::direction,
// turned around under NOT already) is narrower: E202, or W111 where the author accepted it, or
// a warning for a narrowing the database's own search makes (W190, W180, W108). Other errors of
// the lowering (E2xx) refuse the line outright.
bool says_fewer(const Diagnostic& d) {
  if (d.direction == Direction::narrower) return true;
  return d.severity == Severity::error && code_name(d.code).starts_with("E2");
}

// Rewrites that state no direction, since the database matches in its own way and may both gain
// and lose records: each may account for a loss at its line, for the reason given. A loss said
// only by another code's "different" fails.
const std::map<DiagCode, std::string_view>& different_by_nature() {
  static const std::map<DiagCode, std::string_view> list = {
      {DiagCode::W106,
       "a heading searched as free text: its words find records its indexing missed and miss records indexed "
       "with it"},
      {DiagCode::W110, "a limit run on another date, which selects other records"},
      {DiagCode::W101,
       "a scope searched by a search over fixed fields (ICTRP's standard search for `[ti,ab]`): it gains "
       "fields the scope did not name and loses one it named"},
      {DiagCode::W113, "a scope given way to the line's role, another field"},
  };
  return list;
}

// A diagnostic that says its rewrite has no direction, for one of the reasons above.
bool says_different(const Diagnostic& d) {
  return d.direction == Direction::different && different_by_nature().contains(d.code);
}

// A diagnostic that speaks of the whole strategy, wherever its span is (W190: the searches
// without a field, listed in one warning).
bool strategy_wide(const Diagnostic& d) {
  return d.code == DiagCode::W190;
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
// comment. A new one fails the test; a fixed one is only reported. None is open.
const std::set<std::string>& known() {
  static const std::set<std::string> list = {};
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
  // A diagnostic's words agree with its direction: "finds fewer" where it is narrower, "finds
  // more" where it is wider, neither where it is different or none. E202 and W111 are narrower,
  // and every warning of the lowering states a direction.
  void agree(const std::string& name, std::string_view id, const Diagnostic& d) {
    const bool says_more = d.message.find("finds more") != std::string::npos;
    const bool says_less = d.message.find("finds fewer") != std::string::npos;
    const bool fewer_code = d.code == DiagCode::E202 || d.code == DiagCode::W111;
    const bool ok = says_less == (d.direction == Direction::narrower) &&
                    says_more == (d.direction == Direction::wider) &&
                    (!fewer_code || d.direction == Direction::narrower) &&
                    (d.severity != Severity::warning || d.direction != Direction::none);
    if (!ok) {
      failures.insert(
          fmt::format("{}|{}|{}|{}|message: {}", name, id, code_name(d.code), direction_name(d.direction), d.message));
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
      if (!in_lines(d) && !strategy_wide(d)) continue;
      said = said || says_fewer(d);
      if (says_different(d)) different.insert(std::string(code_name(d.code)));
    }
    if (!said && !different.empty()) {
      for (const auto& code : different) ++only_different[code];
      return;
    }
    if (!said && std::getenv("DIRECTION_DEBUG") != nullptr) {
      std::cout << input.name << " " << caps.id << "\n";
      for (const auto& l : input.strategy.lines) std::cout << "  " << ast::dump(l) << "\n";
      std::cout << "   = " << ast::dump(lowered.lines[lowered_index]) << "\n  codes:";
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
    std::cout << "losses said only as a different match, " << code << " ("
              << different_by_nature().at(*parse_code(code)) << "): " << count << " lines\n";
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

namespace searchc {
namespace {

// The diagnostics of lowering `search` (one line, `r = ...`) for `database`, without `accept
// narrower`: `CODE direction` each, in order.
std::vector<std::string> lowered_directions(const std::string& search, std::string_view database) {
  auto analysis = test::analyze_text(search);
  EXPECT_FALSE(analysis.diagnostics.has_errors()) << search;
  const auto& caps = find_database(database)->capabilities;
  DiagnosticSink sink;
  Approximations report(caps.id, caps.name, false, sink);
  (void)lower(analysis.strategy, caps, report);
  std::vector<std::string> out;
  for (const auto& d : sink.sorted())
    out.push_back(fmt::format("{} {}", code_name(d.code), direction_name(d.direction)));
  return out;
}

using Codes = std::vector<std::string>;

// ICTRP's standard search reads the title, sponsor, conditions, interventions, countries and
// trial IDs only (WHO's search tips): words without a field, which the language searches in
// all text, find fewer there, said once for the strategy's searches in the result and once for
// those after NOT (which remove fewer), as a warning with its direction.
TEST(Direction, IctrpSaysItsStandardSearchReadsSomeFieldsOnly) {
  EXPECT_EQ(lowered_directions("r = heart AND attack AND \"heart failure\"", "ictrp"), Codes{"W190 narrower"});
  EXPECT_EQ(lowered_directions("r = heart NOT attack", "ictrp"), (Codes{"W190 narrower", "W190 wider"}));
  // the fields of the advanced form's boxes are the standard search's own: nothing to say
  EXPECT_EQ(lowered_directions("r = heart[condition] AND attack[ti]", "ictrp"), Codes{});
  EXPECT_EQ(lowered_directions("r = heart[all]", "ictrp"), Codes{"W190 narrower"});
  // a scope ICTRP lacks is reported by W101, not again by W190
  EXPECT_EQ(lowered_directions("r = heart[ab]", "ictrp"), Codes{"E202 narrower"});
  // other databases search a record's text whole
  EXPECT_EQ(lowered_directions("r = heart AND attack", "ctgov"), Codes{});
  auto analysis = test::analyze_text("a = heart AND attack\nb = #a NOT stroke\n");
  const auto& caps = find_database("ictrp")->capabilities;
  DiagnosticSink sink;
  Approximations report(caps.id, caps.name, false, sink);
  (void)lower(analysis.strategy, caps, report);
  const auto d = sink.sorted();
  ASSERT_EQ(d.size(), 2U);
  EXPECT_EQ(
      d[0].message,
      "`heart` and `attack` are searched without a field, which WHO ICTRP reads as ICTRP's standard search, in the "
      "title, primary sponsor, health conditions, interventions, countries of recruitment and trial IDs only, "
      "not in the rest of a record's text as the strategy does, which finds fewer records");
}

// `(x NOT y)[condition,intervention]` where the database has no such field: both parts are
// searched in all text; `y` widened after NOT removes more, which finds fewer, and says so.
TEST(Direction, AWideningAfterNotInsideAScopeFindsFewer) {
  const std::string search = "r = (\"multiple sclerosis\" NOT pediatric)[condition,intervention]";
  for (const auto* database : {"central", "ovid", "pubmed"}) {
    EXPECT_EQ(lowered_directions(search, database), (Codes{"W101 wider", "E202 narrower"})) << database;
  }
  // PubMed searches `[ab]` with the title: after NOT, that removes more too
  EXPECT_EQ(lowered_directions("r = (heart NOT attack)[ab]", "pubmed"),
            (Codes{"W101 wider", "W101 wider", "E202 narrower", "E202 narrower"}));
}

// Every warning of a rewrite carries its direction, which `--format json` prints.
TEST(Direction, DiagnosticsCarryTheirDirectionIntoJson) {
  auto analysis = test::analyze_text("r = wom?n NOT girl*\n");
  const auto& caps = find_database("ctgov")->capabilities;
  DiagnosticSink sink;
  Approximations report(caps.id, caps.name, true, sink);
  (void)lower(analysis.strategy, caps, report);
  const auto json = driver::check_json(sink, analysis.source);
  ASSERT_FALSE(json["diagnostics"].empty());
  for (const auto& d : json["diagnostics"]) {
    ASSERT_TRUE(d.contains("direction")) << d.dump();
    const auto message = d["message"].get<std::string>();
    EXPECT_EQ(d["direction"] == "narrower", message.find("finds fewer") != std::string::npos) << message;
    EXPECT_EQ(d["direction"] == "wider", message.find("finds more") != std::string::npos) << message;
  }
  // a database without truncation finds only the words a wildcard is written out as: narrower,
  // and after NOT wider, said as the wildcard's own warning (W180), not as E202
  EXPECT_EQ(lowered_directions("r = wom?n NOT girl*", "ctgov"), (Codes{"W180 narrower", "W180 wider"}));
}

// The evaluator reads `?` as one character, not one byte, as the lowering's word lists do.
TEST(Direction, EvaluatorWildcardIsOneCharacter) {
  test::Record r;
  r.text[static_cast<std::size_t>(Field::title)] = {"m\xC3\xBCller", "na\xC3\xAFve"};
  EXPECT_TRUE(finds("m?ller", r));
  EXPECT_TRUE(finds("na?ve", r));
  EXPECT_FALSE(finds("m??ller", r));
}

}  // namespace
}  // namespace searchc
