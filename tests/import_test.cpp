// Importing Ovid MEDLINE: one row per construct, the real strategies of the shared corpus,
// and the round trip through the Ovid backend.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "compiler/format.hpp"
#include "compiler/resolve.hpp"
#include "databases/database.hpp"
#include "databases/import.hpp"
#include "mesh/vocabulary.hpp"
#include "test_support.hpp"

namespace searchc {
namespace {

namespace fs = std::filesystem;

// Resolve as an import: headings of an older MeSH are carried as written (ResolveOptions::imported).
ResolveOptions resolve_options() {
  auto options = searchc::resolve_options();
  options.imported = true;
  return options;
}

struct Imported {
  import::Imported result;
  DiagnosticSink sink;
};

Imported import_text(std::string_view syntax, const std::string& text) {
  Imported out;
  const SourceFile source("t.txt", text);
  out.result = import::read(syntax, source, out.sink);
  if (!out.sink.has_errors()) {
    resolve(out.result.strategy, out.sink, resolve_options(), mesh::Vocabulary::bundled());
  }
  return out;
}

Imported import_ovid(const std::string& text) {
  return import_text("ovid", text);
}

struct Case {
  const char* ovid;      // the strategy in the database's syntax (Ovid, CENTRAL or PubMed)
  const char* language;  // the last line, as the language writes it
  std::vector<std::string> codes = {};
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.ovid;
}

class OvidImport : public testing::TestWithParam<Case> {};

// The last line of what `source` imports to, with its limits, as the language writes it.
void expect_last_line(std::string_view syntax, const Case& c) {
  auto imported = import_text(syntax, c.ovid);
  EXPECT_EQ(test::codes(imported.sink), c.codes) << c.ovid;
  if (imported.sink.has_errors()) return;
  ASSERT_FALSE(imported.result.strategy.lines.empty());
  const auto& last = imported.result.strategy.lines.back();
  auto text = format_expression(last.query);
  for (const auto& limit : last.limits) text += " " + format_limit(limit);
  EXPECT_EQ(text, c.language);
}

TEST_P(OvidImport, Reads) {
  expect_last_line("ovid", GetParam());
}

using V = std::vector<std::string>;

INSTANTIATE_TEST_SUITE_P(
    Table, OvidImport,
    testing::Values(
        Case{"exp Dementia/", "mesh(\"Dementia\")"},
        Case{"Cognition Disorders/", "mesh(\"Cognition Disorders\", noexp)"},
        Case{"*Positron-Emission Tomography/", "mesh(\"Positron-Emission Tomography\", noexp, major)"},
        Case{"exp Dementia/bl, cf [Blood, Cerebrospinal Fluid]", "mesh(\"Dementia\", /bl, /cf)", V{"W302"}},
        Case{"exp carotid arteries/su (surgery)", "mesh(\"carotid arteries\", /su)", V{"W302"}},
        Case{"exp \"Bites and Stings\"/", "mesh(\"Bites and Stings\")"},
        Case{"drug therapy.fs.", "mesh(/\"drug therapy\")"},
        Case{"(alzheimer$ or dement$).ti,ab.", "(alzheimer* OR dement*)[ti,ab]"},
        Case{"glucose metabolism.ti,ab.", "\"glucose metabolism\"[ti,ab]", V{"W307"}},
        Case{"\"polymerase chain reaction*\".ti,ab.", "\"polymerase chain reaction*\"[ti,ab]"},
        Case{"(cognit$ adj3 declin$).tw.", "(cognit* NEAR/3 declin*)[ti,ab,kw]", V{"W303"}},
        Case{"(stem adj cell$).ti,ab,kf.", "(stem NEXT cell*)[ti,ab,kw]", {"W303"}},
        Case{"wom#n.ti. or colo?r.ti.", "wom?n[ti] OR (color OR colo?r)[ti]"},
        Case{"h?emoconcentrat$.tw.", "(hemoconcentrat* OR h?emoconcentrat*)[ti,ab,kw]", V{"W303"}},
        Case{"randomi$2.ab.", "randomi*[ab]", V{"W301"}},
        Case{"gestrinone.mp. or Gestrinone/", "gestrinone OR mesh(\"Gestrinone\", noexp)", V{"W303"}},
        Case{"(carp$ tunn$).mp", "\"carp* tunn*\"", V{"W307", "W303"}},
        Case{"a.ti.\nb.ti.\nc.ti.\nor/1-3", "#l1 OR #l2 OR #l3"},
        Case{"1 a.ti.\n2 b.ti.\n3 1 and 2\n4 3 not 1", "#l3 NOT #l1"},
        Case{"#1 a.ti.\n#2 b.ti.\n#3 #1 or #2", "#l1 OR #l2"},
        Case{"1 heart.ti. (2345)\n2 limit 1 to yr=\"2014 - 2021\" (120)", "#l1 limit year 2014 to 2021"},
        Case{"1 heart.ti.\n2 limit 1 to yr=\"1066 - 2021\"", "", V{"E025"}},
        Case{"1 heart.ti.\n2 limit 1 to english language", "#l1", V{"W302"}},
        // the entry dates of a limit, as published strategies print them (sr-updates-alharbi CD000523)
        // named as coarsely as they can be: from the first of a month, to 31 December
        Case{"1 heart.ti.\n2 limit 1 to ed=20081201-20121231", "#l1 limit entry-date 2008-12 to 2012"},
        Case{"1 heart.ti.\n2 limit 1 to ed=20081202-20120229", "#l1 limit entry-date 2008-12-02 to 2012-02"},
        Case{"1 heart.ti.\n2 limit 1 to (yr=\"2010 - 2020\" and ed=2010-2012)",
             "#l1 limit year 2010 to 2020 limit entry-date 2010 to 2012"},
        Case{"heart.nm.", "heart", V{"W303"}},
        Case{"\"drug therapy\".fs. or DT.FS.", "mesh(/\"drug therapy\") OR mesh(/DT)"},
        Case{"asthma.sh. or \"heart attack\".sh.", "mesh(\"asthma\", noexp) OR mesh(\"heart attack\", noexp)",
             V{"W006"}},
        Case{"english.lg.", "english[la]"}, Case{"smith.fa. or jones.pa.", "smith[au] OR jones[au]", V{"W303"}},
        Case{"smith.ir.", "smith", V{"W303"}},
        Case{"*\"Practice Guidelines as Topic\"/ or exp *\"Bites and Stings\"/",
             "mesh(\"Practice Guidelines as Topic\", noexp, major) OR mesh(\"Bites and Stings\", major)"},
        Case{"heart.mp.[mp=title, abstract]", "heart", V{"W303"}}, Case{"a or b and c", "", V{"E302"}},
        Case{"1 a\n2 3 or 1", "", V{"W303", "E301"}}, Case{"(a or b", "", V{"E301"}},
        Case{"1 heart.ti.\n2 (2005$ or 2006$).ed.\n3 1 and 2", "#l1 limit entry-date 2005 to 2006"},
        Case{"heart.ti. and (201311$ or 201312$ or 2014$).ed.", "heart[ti] limit entry-date 2013-11 to 2014"},
        Case{"1 heart.ti.\n2 20131105.ed.\n3 1 and 2", "#l1 limit entry-date 2013-11-05 to 2013-11-05"},
        Case{"1 heart.ti.\n2 (2009$ or 2010$).ed,dc.\n3 1 and 2", "#l1 limit entry-date 2009 to 2010", V{"W303"}},
        Case{"1 heart.ti.\n2 1 or 2005$.ed.", "", V{"E301"}},
        Case{"1 heart.ti.\n2 2005$.ed.\n3 1 not 2", "", V{"E301"}},
        Case{"1 heart.ti. and (2005$ or 2007$).ed.", "", V{"E301"}},
        Case{"1 heart.ti. and 2005.ed.", "heart[ti] limit entry-date 2005 to 2005", V{"W303"}},
        Case{"1 heart.ti.\n2 2005$.ed.", "heart[ti]", V{"W302"}}, Case{"heart.dp.", "", V{"E301"}},
        Case{"1 a\n2 and/", "", V{"W303", "E301"}}, Case{"\"a b\"\"", "", V{"E301"}}));

TEST(OvidImport, KeepsHitCountsAndLimits) {
  auto imported = import_ovid("1 exp Heart/ (2345)\n2 limit 1 to yr=\"2014 - 2021\" (120) [mp=title]\n");
  ASSERT_FALSE(imported.sink.has_errors());
  EXPECT_EQ(
      import::format(imported.result),
      "imported from ovid  // Ovid MEDLINE\nl1 = mesh(\"Heart\")\nl2 = #l1 limit year 2014 to 2021  // [mp=title]\n\n"
      "database ovid {\n  hits #l1 2345\n  hits #l2 120\n}\n");
}

// Golden files: what tests/import/*.ovid, *.central and the others import to, and the diagnostics on the way.
TEST(Import, Goldens) {
  const auto readable = import::syntaxes();
  std::size_t count = 0;
  for (const auto& entry : fs::directory_iterator(test::source_dir() / "tests/import")) {
    // the extension names the syntax read: every database searchc reads
    const auto syntax = entry.path().extension().string();
    if (syntax.empty() || std::ranges::find(readable, std::string_view(syntax).substr(1)) == readable.end()) {
      continue;
    }
    const auto name = entry.path().filename().string();
    const SourceFile source(name, test::read_file(entry.path()));
    DiagnosticSink sink;
    auto imported = import::read(syntax.substr(1), source, sink);
    if (!sink.has_errors()) resolve(imported.strategy, sink, resolve_options(), mesh::Vocabulary::bundled());
    auto golden = entry.path();
    test::expect_golden(golden.replace_extension(".search"), import::format(imported));
    test::expect_golden(golden.replace_extension(".stderr"), render_all(sink, source));
    ++count;
  }
  EXPECT_GE(count, 4U);
}

class PubMedImport : public testing::TestWithParam<Case> {};

TEST_P(PubMedImport, Reads) {
  expect_last_line("pubmed", GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Table, PubMedImport,
    testing::Values(
        Case{"heart[tiab] OR cardiac[ti]", "heart[ti,ab] OR cardiac[ti]"},
        // a tag written as the one before is read once; one written otherwise is read again
        Case{"a[tiab] OR b[tiab] OR c[ti] OR d[TIAB] OR e[tiab:~1] OR \"f g\"[tiab:~1] OR Heart[mh] OR Heart[mh:noexp] "
             "OR x[tw] OR "
             "y[tw]",
             "a[ti,ab] OR b[ti,ab] OR c[ti] OR d[ti,ab] OR e[ti,ab] OR (f NEAR/2 g)[ti,ab] OR mesh(\"Heart\") OR "
             "mesh(\"Heart\", noexp) OR x[ti,ab,kw] OR y[ti,ab,kw]",
             V{"W303"}},
        Case{"hurtle cell[tiab]", "\"hurtle cell\"[ti,ab]"}, Case{"lung cancer", "lung AND cancer", V{"W340"}},
        // PubMed reads from left to right, which it documents: no guess is made here.
        Case{"a OR b AND c NOT d", "((a OR b) AND c) NOT d", V{"W340"}},
        Case{"\"Heart\"[mh] OR \"Heart\"[MeSH Terms] OR Heart[mh:noexp] OR \"Heart\"[majr]",
             "mesh(\"Heart\") OR mesh(\"Heart\") OR mesh(\"Heart\", noexp) OR mesh(\"Heart\", major)"},
        Case{"\"Heart/drug therapy\"[mh] OR \"drug therapy\"[sh]",
             "mesh(\"Heart\", /\"drug therapy\") OR mesh(/\"drug therapy\")", V{"W341", "W341"}},
        Case{"\"bone marrow transplant*\"[tiab:~2]", "(bone NEAR/3 marrow NEAR/3 transplant*)[ti,ab]"},
        Case{"heart[tw]", "heart[ti,ab,kw]", V{"W303"}},
        Case{"smith[1au] OR jones[lastau] OR brown[fau]", "smith[au] OR jones[au] OR brown[au]", V{"W303"}},
        Case{"smith[ir] OR \"who\"[cn]", "smith OR \"who\"", V{"W303"}},
        Case{"Heart[MeSH Terms:no exp] OR Heart[majr:noexp]",
             "mesh(\"Heart\", noexp) OR mesh(\"Heart\", noexp, major)"},
        Case{"Heart[MeSH Terms: no  exp] OR Heart[mh:NoExp]", "mesh(\"Heart\", noexp) OR mesh(\"Heart\", noexp)"},
        Case{"Heart[mh: noexp]", "", V{"E301"}},
        Case{"drug therapy[MeSH Subheading]", "mesh(/\"drug therapy\")", V{"W341"}},
        // slashes with nothing between them name nothing; slashes alone name no heading
        Case{"Heart//drug therapy[mh] OR Lung/ /[mh]", "mesh(\"Heart\", /\"drug therapy\") OR mesh(\"Lung\")",
             V{"W341"}},
        Case{"//[majr]", "", V{"E301"}}, Case{"/ /[mh]", "", V{"E301"}}, Case{"heart[ad]", "heart", V{"W303"}},
        Case{"heart[]", "heart", V{"W303"}},
        // a tag is read in any case and spacing
        Case{"heart[ tiab] OR lung[tiab ] OR liver[TiAb] OR kidney[title/abstract]",
             "heart[ti,ab] OR lung[ti,ab] OR liver[ti,ab] OR kidney[ti,ab]"},
        Case{"heart[title\t/abstract]", "heart", V{"W303"}},
        Case{"\u201Cheart attack\u201D[tiab]", "\"heart attack\"[ti,ab]", V{"W305"}},
        Case{"#1 heart\n#2 #1 AND 2014:2021[dp]", "#l1 limit year 2014 to 2021", V{"W340"}},
        Case{"#1 heart\n#2 #1 and  2014:2021[DP]", "#l1 limit year 2014 to 2021", V{"W340"}},
        // the last AND takes the date; one that is part of a word does not
        Case{"#1 heart AND lung\n#2 #1 And 2014:2021[dp]", "#l1 limit year 2014 to 2021", V{"W340"}},
        Case{"#1 heart\n#2 #1 sand 2014:2021[dp]", "", V{"W340", "W307", "E301"}},
        Case{"#1 heart\n#2 #1 AND\t2014:2021[dp]", "#l1 limit year 2014 to 2021", V{"W340"}},
        Case{"#1 heart\n#2 #1 AND 2014:2021 [dp]", "#l1 limit year 2014 to 2021", V{"W340"}},
        Case{"#1 heart\n#2 #1 AND 2014:2021[Publication  Date]  ", "#l1 limit year 2014 to 2021", V{"W340"}},
        Case{"#1 heart\n#2 #1 AND 2014:3000[dp]", "#l1 limit year from 2014", V{"W340"}},
        Case{"#1 heart\n#2 #1 AND 2012/11:2013/06/30[edat]", "#l1 limit entry-date 2012-11 to 2013-06-30", V{"W340"}},
        // dates the language refuses are refused on import too
        Case{"#1 heart\n#2 #1 AND 1007:2021[dp]", "", V{"W340", "E025"}},
        Case{"#1 heart\n#2 #1 AND 2013/02/29:2021[edat]", "", V{"W340", "E025"}},
        Case{"(heart OR cardiac)[tiab]", "", V{"W340", "E301"}}, Case{"heart AND", "", V{"W340", "E301"}},
        Case{"#1 heart\n#2 #3", "", V{"W340", "E301"}},
        // one line: a leading number is a word; in a history, the line's number
        Case{"1 OR 2", "1 OR 2"}, Case{"1 heart\n2 #1 OR lung", "#l1 OR lung", V{"W340", "W340"}},
        Case{"heart[tiab:foo]", "", V{"E301"}}, Case{"\"a b\"[tiab:~500]", "", V{"E301"}},
        Case{"Heart[mh:exp]", "", V{"E301"}}));

// The PubMed queries of the shared corpus (the seed-studies collection): each imports, and
// PubMed -> language -> PubMed -> language gives the same strategy, except the queries that
// tests/import/pubmed-corpus-defects.tsv lists with the first code they report and why.
TEST(PubMedImport, Corpus) {
  const auto path =
      test::source_dir() / "../shared/corpora/sysrev-seed-collection/collection_data/overall_collection.jsonl";
  SEARCHC_NEED_SHARED(path);
  std::map<std::string, std::string> listed;  // id -> code
  std::ifstream list(test::source_dir() / "tests/import/pubmed-corpus-defects.tsv");
  for (std::string line; std::getline(list, line);) {
    if (line.empty() || line.front() == '#') continue;
    const auto first = line.find('\t');
    const auto second = line.find('\t', first + 1);
    ASSERT_NE(second, std::string::npos) << line;
    listed[line.substr(0, first)] = line.substr(first + 1, second - first - 1);
  }
  std::ifstream in(path);
  std::size_t strategies = 0;
  std::size_t imported = 0;
  std::size_t round_trip = 0;
  for (std::string line; std::getline(in, line);) {
    const auto record = nlohmann::json::parse(line);
    const auto query = record.at("query").get<std::string>();
    const auto& id_field = record.at("id");
    const auto id = id_field.is_string() ? id_field.get<std::string>() : id_field.dump();
    ++strategies;
    auto first = import_text("pubmed", query);
    const auto expected = listed.find(id);
    if (first.sink.has_errors()) {
      const auto errors = first.sink.sorted();
      const auto error =
          std::find_if(errors.begin(), errors.end(), [](const Diagnostic& d) { return d.severity == Severity::error; });
      EXPECT_TRUE(expected != listed.end() && expected->second == code_name(error->code))
          << "query " << id << " fails unlisted:\n"
          << render_all(first.sink, SourceFile("q", query));
      continue;
    }
    EXPECT_EQ(expected, listed.end()) << "query " << id << " imports now: remove it from the defects list";
    ++imported;
    // The language reads `[tiab]` as title and abstract, and PubMed's `[tiab]` holds the author
    // keywords too: after NOT, writing it back is narrower than the strategy read (E202), though
    // it is the search imported. Written back for PubMed, that is accepted.
    const auto accept_narrower = [](ast::Strategy& strategy) {
      auto block = std::find_if(strategy.databases.begin(), strategy.databases.end(),
                                [](const ast::Database& d) { return d.id == "pubmed"; });
      if (block == strategy.databases.end()) {
        block = strategy.databases.emplace(strategy.databases.end());
        block->id = "pubmed";
      }
      block->entries.push_back(ast::Entry{{}, ast::AcceptNarrower{}});
    };
    accept_narrower(first.result.strategy);
    DiagnosticSink sink;
    const auto written = compile(first.result.strategy, *find_database("pubmed"), EmitOptions{}, sink);
    ASSERT_FALSE(sink.has_errors()) << query << render_all(sink, SourceFile("q", query));
    auto second = import_text("pubmed", written.text);
    ASSERT_FALSE(second.sink.has_errors()) << written.text << render_all(second.sink, SourceFile("w", written.text));
    const auto second_read = import::format(second.result);
    accept_narrower(second.result.strategy);
    auto third =
        import_text("pubmed", compile(second.result.strategy, *find_database("pubmed"), EmitOptions{}, sink).text);
    if (second_read == import::format(third.result)) ++round_trip;
    EXPECT_EQ(second_read, import::format(third.result)) << query;
  }
  std::printf(
      "PubMed corpus: %zu strategies, %zu imported, %zu round-trip equal, %zu failed (each listed with its reason)\n",
      strategies, imported, round_trip, strategies - imported);
  EXPECT_EQ(strategies, 40U);
  EXPECT_EQ(strategies - imported, listed.size());
}

class InahtaImport : public testing::TestWithParam<Case> {};

TEST_P(InahtaImport, Reads) {
  expect_last_line("inahta", GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Table, InahtaImport,
    testing::Values(
        Case{"\"Multiple Sclerosis\"[mhe] OR \"Stem Cells\"[mh]",
             "mesh(\"Multiple Sclerosis\") OR mesh(\"Stem Cells\", noexp)"},
        Case{"(stem cell*)[Title] OR (\"stem cell\" OR hsct)[abs]",
             "(stem AND cell*)[ti] OR (\"stem cell\" OR hsct)[ab]"},
        Case{"(a)[title] OR (a)[ABS] OR a[Keywords]", "a[ti] OR a[ab] OR a[kw]"},
        Case{"smith[Author] AND bmj[Source] AND english[Language]", "smith[au] AND bmj[so] AND english[la]"},
        Case{"#1 heart\n#2 #1 AND (cardiac)[Title] FROM 2014 TO 2021", "#l1 AND cardiac[ti] limit year 2014 to 2021"},
        Case{"(a)[record id]", "a", V{"W303"}}, Case{"heart NOT lung", "heart NOT lung"},
        Case{"(a)[title] OR (a)[abs] AND (b)[title]", "", V{"E302"}}, Case{"Heart/dt[mhe]", "mesh(\"Heart\", /dt)"},
        Case{"heart[mhe:noexp]", "", V{"E301"}},
        // Ovid's note on the fields it searched is not part of the search
        Case{"(heart)[Title] [mp=title]", "", V{"E301"}}, Case{"(heart OR lung", "", V{"E301"}}));

// The INAHTA search the reference review published reads back, and writes out again character
// for character.
TEST(InahtaImport, PublishedSearchRoundTrips) {
  auto published = test::read_file(test::source_dir() / "tests/published/inahta.txt");
  while (!published.empty() && published.back() == '\n') published.pop_back();
  auto analysis = driver::analyze(SourceFile("inahta.txt", published), "inahta");
  ASSERT_FALSE(analysis.diagnostics.has_errors()) << render_all(analysis.diagnostics, analysis.source);
  DiagnosticSink sink;
  const auto out = compile(analysis.strategy, *find_database("inahta"), EmitOptions{}, sink);
  ASSERT_EQ(out.searches.size(), 1U);
  const auto& fields = out.searches.front().fields;
  ASSERT_EQ(fields.size(), 2U);
  EXPECT_EQ(fields[0].value + " " + fields[1].value, published);
}

class CentralImport : public testing::TestWithParam<Case> {};

TEST_P(CentralImport, Reads) {
  expect_last_line("central", GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Table, CentralImport,
    testing::Values(
        Case{"#1 MeSH descriptor: [Multiple Sclerosis] explode all trees", "mesh(\"Multiple Sclerosis\")"},
        Case{"#1 MeSH descriptor: [Stem Cell Transplantation] this term only",
             "mesh(\"Stem Cell Transplantation\", noexp)"},
        Case{"#1 MeSH descriptor Ovarian Neoplasms explode all trees", "mesh(\"Ovarian Neoplasms\")"},
        Case{"#12 MeSH Descriptor: Mesenchymal Stem Cell Transplantation",
             "mesh(\"Mesenchymal Stem Cell Transplantation\")", V{"N001"}},
        Case{"#1 MeSH descriptor: [Heart] explode all trees and with qualifier(s): [drug therapy - DT, therapy - TH]",
             "mesh(\"Heart\", /DT, /TH)"},
        Case{"#1 Any MeSH descriptor with qualifier(s): [Radiotherapy - RT]", "mesh(/RT)"},
        Case{"#1 Any MeSH descriptor with qualifier: DT", "mesh(/DT)"},
        Case{"#1 MeSH descriptor Neoplasms explode tree 1", "mesh(\"Neoplasms\")", V{"W304"}},
        Case{"#1 [mh \"Heart\"] or [mh ^\"Heart Diseases\"] or [mh /RT] or [mh Heart/DT,TH] or [mh \"Heart\" [mj]]",
             "mesh(\"Heart\") OR mesh(\"Heart Diseases\", noexp) OR mesh(/RT) OR mesh(\"Heart\", /DT, /TH) OR "
             "mesh(\"Heart\", major)"},
        Case{"#1 (heart or cardiac):ti,ab,kw and attack:ti", "(heart OR cardiac)[ti,ab,kw] AND attack[ti]"},
        Case{"#1 \"heart attack\":ti or hearing next aid*", "\"heart attack\"[ti] OR (hearing NEXT aid*)", V{"W304"}},
        Case{"#1 multiple sclerosis near sclerose", "multiple AND (sclerosis NEAR/6 sclerose)", V{"W304", "W007"}},
        Case{"#1 lung cancer", "lung AND cancer"}, Case{"#1 bone near marrow", "bone NEAR/6 marrow"},
        Case{"#1 (bone next marrow near/2 transplant*):ti,ab,kw", "((bone NEXT marrow) NEAR/2 transplant*)[ti,ab,kw]",
             V{"W304"}},
        Case{"#1 a\n#2 b\n#3 c\n#4 {OR #1-#3}", "#l1 OR #l2 OR #l3"},
        Case{"#1 a\n#2 b\n#3 {AND #1, #2} not #1", "(#l1 AND #l2) NOT #l1"},
        Case{"#1 a\n#2 #1 with Cochrane Library publication date Between Jan 2014 and Jul 2021",
             "#l1 limit cochrane-date 2014-01 to 2021-07"},
        Case{"#1 a\n#2 #1 with Publication Year from 1990 to 2021, in Trials", "#l1 limit year 1990 to 2021",
             V{"W302"}},
        Case{"#1 heart or cardiac and attack", "", V{"E302"}}, Case{"#1 (heart or cardiac", "", V{"E301"}},
        Case{"#1 heart:xx", "", V{"E301"}}, Case{"#1 heart:,", "", V{"E301"}},
        Case{"#1 heart\n#2 #3 or #1", "", V{"E301"}}, Case{"#1 heart\n#2 {OR }", "", V{"E301"}},
        Case{"#1 [mh \"Heart\" junk]", "", V{"E301"}}));

// The published CENTRAL search of the reference review, imported, is the example's search.
TEST(CentralImport, PublishedAppendixIsTheExample) {
  auto imported = import_text("central", test::read_file(test::source_dir() / "tests/published/central.txt"));
  // #8: bone next marrow near/2 transplant*; #12: an exploded heading with no narrower headings
  EXPECT_EQ(test::codes(imported.sink), (V{"W304", "N001"}));
  DiagnosticSink sink;
  const auto output = compile(imported.result.strategy, *find_database("central"), EmitOptions{}, sink);
  EXPECT_TRUE(sink.empty()) << render_all(sink, SourceFile("central.txt", ""));
  EXPECT_EQ(output.text, test::read_file(test::source_dir() / "tests/golden/central/ms-stem-cell.txt"));
}

// CENTRAL -> language -> CENTRAL -> language gives the same strategy, for every example and the
// Cochrane strategy of the shared corpus.
TEST(CentralImport, RoundTrip) {
  std::vector<std::string> strategies;
  for (const auto& entry : fs::directory_iterator(test::source_dir() / "examples")) {
    if (entry.path().extension() != ".search") continue;
    const auto analysis = driver::analyze(SourceFile("x", test::read_file(entry.path())));
    DiagnosticSink sink;
    strategies.push_back(compile(analysis.strategy, *find_database("central"), EmitOptions{}, sink).text);
  }
  const auto corpus = test::source_dir() / "../shared/corpora/zheln-psoas-cochrane/METHOD.md";
  SEARCHC_NEED_SHARED(corpus);
  const auto published = test::read_file(corpus);
  const auto begin = published.find("```\n") + 4;
  strategies.push_back(published.substr(begin, published.find("```", begin) - begin));
  ASSERT_GE(strategies.size(), 2U);
  for (const auto& text : strategies) {
    auto first = import_text("central", text);
    ASSERT_FALSE(first.sink.has_errors()) << text << render_all(first.sink, SourceFile("x", text));
    DiagnosticSink sink;
    const auto again = compile(first.result.strategy, *find_database("central"), EmitOptions{}, sink).text;
    auto second = import_text("central", again);
    ASSERT_FALSE(second.sink.has_errors()) << again;
    EXPECT_EQ(import::format(second.result), import::format(first.result)) << text;
  }
}

// The strategies of ../shared/corpora's Ovid collections: CLEF TAR 2017 topics (their Query
// part) and the review-update collection. Some of them are written in PubMed syntax;
// tests/import/ovid-corpus-defects.tsv names those, and each strategy that cannot be read with
// the first code it reports and the defect of the source. Every other one imports in its own
// syntax and survives the round trip through that syntax's backend.
TEST(OvidImport, Corpus) {
  const auto corpora = test::source_dir() / "../shared/corpora";
  SEARCHC_NEED_SHARED(corpora);
  const auto strategies = test::ovid_collections();
  std::size_t imported = 0;
  std::size_t as_pubmed = 0;
  std::size_t round_trip = 0;
  std::size_t failed = 0;
  for (const auto& [file, syntax, code, text] : strategies) {
    // Imported, and written back in its own syntax: the first error of either is the defect.
    auto first = import_text(syntax, text);
    const auto& backend = *find_database(syntax);
    DiagnosticSink sink;
    Output written;
    if (!first.sink.has_errors()) written = compile(first.result.strategy, backend, EmitOptions{}, sink);
    const auto& errors_at = first.sink.has_errors() ? first.sink : sink;
    if (errors_at.has_errors()) {
      ++failed;
      const auto errors = errors_at.sorted();
      const auto error =
          std::find_if(errors.begin(), errors.end(), [](const Diagnostic& d) { return d.severity == Severity::error; });
      EXPECT_EQ(std::string(code_name(error->code)), code) << file << " fails as " << syntax << ":\n"
                                                           << render_all(errors_at, SourceFile(file, text));
      continue;
    }
    EXPECT_EQ(code, "-") << file << " imports as " << syntax << " now: mark it `-` in the defects list";
    ++imported;
    if (syntax == "pubmed") ++as_pubmed;
    // language -> database -> language, twice: the second import reads what the first one wrote.
    auto second = import_text(syntax, written.text);
    ASSERT_FALSE(second.sink.has_errors()) << file << "\n" << written.text;
    auto third = import_text(syntax, compile(second.result.strategy, backend, EmitOptions{}, sink).text);
    if (import::format(second.result) == import::format(third.result)) ++round_trip;
    EXPECT_EQ(import::format(second.result), import::format(third.result)) << file;
  }
  std::printf(
      "Ovid corpus: %zu strategies, %zu imported (%zu of them written in PubMed syntax), %zu round-trip "
      "equal, %zu failed (each listed with its reason)\n",
      strategies.size(), imported, as_pubmed, round_trip, failed);
  EXPECT_EQ(strategies.size(), imported + failed);
  EXPECT_GE(imported, 40U);
}

}  // namespace
}  // namespace searchc
