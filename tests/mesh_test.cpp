// The bundled MeSH: lookups by name and entry term, the tree, and "did you mean".
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <stdexcept>
#include <vector>

#include "base/edit_distance.hpp"
#include "base/text.hpp"
#include "mesh/image.hpp"
#include "mesh/vocabulary.hpp"
#include "mesh/web_image.hpp"

namespace searchc {
namespace {

const mesh::Vocabulary& vocabulary() {
  return mesh::Vocabulary::bundled();
}

std::vector<std::string_view> names(const std::vector<mesh::Heading>& headings) {
  std::vector<std::string_view> out;
  for (const auto& h : headings) out.push_back(h.name());
  return out;
}

TEST(Mesh, HoldsTheWhole2024Release) {
  // data/mesh/README.md: 30,764 descriptors
  EXPECT_EQ(vocabulary().size(), 30764U);
}

TEST(Mesh, FindsAHeadingByNameInAnyCase) {
  const auto match = vocabulary().lookup("multiple  SCLEROSIS");
  ASSERT_TRUE(match);
  EXPECT_EQ(match->heading.ui(), "D009103");
  EXPECT_EQ(match->heading.name(), "Multiple Sclerosis");
  EXPECT_FALSE(match->entry_term);
  EXPECT_EQ(match->heading.tree_numbers(),
            (std::vector<std::string_view>{"C10.114.375.500", "C10.314.350.500", "C20.111.258.250.500"}));
}

// A name longer than the look-up's room on the stack is folded in a string of its own.
TEST(Mesh, FindsAHeadingWrittenLongerThanAnyName) {
  for (const std::size_t padding : {200U, 255U, 256U, 257U, 1000U}) {
    const std::string written = std::string(padding, ' ') + "Multiple\t" + std::string(padding, ' ') + "Sclerosis";
    const auto match = vocabulary().lookup(written);
    ASSERT_TRUE(match) << padding;
    EXPECT_EQ(match->heading.name(), "Multiple Sclerosis");
  }
  EXPECT_FALSE(vocabulary().lookup(std::string(300, 'a')));
}

TEST(Mesh, FindsAHeadingByEntryTerm) {
  const auto match = vocabulary().lookup("Disseminated Sclerosis");
  ASSERT_TRUE(match);
  EXPECT_EQ(match->heading.name(), "Multiple Sclerosis");
  ASSERT_TRUE(match->entry_term);
  EXPECT_EQ(*match->entry_term, "Disseminated Sclerosis");
  const auto terms = match->heading.entry_terms();
  const auto permuted =
      std::find_if(terms.begin(), terms.end(), [](const auto& t) { return t.text == "Disseminated Sclerosis"; });
  ASSERT_NE(permuted, terms.end());
  EXPECT_TRUE(permuted->permuted);
  EXPECT_FALSE(vocabulary().lookup("Multiple Sclerosis Disseminated"));
}

// The hash tables against the vocabulary itself: every name finds its heading, as a name even
// where it is also another heading's entry term; every entry term finds a heading by that text;
// every word of a name or entry term is known to the spelling check.
TEST(Mesh, FindsEveryNameEntryTermAndWordThroughItsHashTable) {
  std::size_t terms = 0;
  for (std::uint32_t i = 0; i < vocabulary().size(); ++i) {
    const auto heading = vocabulary().at(i);
    const auto by_name = vocabulary().lookup(heading.name());
    ASSERT_TRUE(by_name) << heading.name();
    EXPECT_FALSE(by_name->entry_term) << heading.name();
    EXPECT_TRUE(iequal(by_name->heading.name(), heading.name())) << heading.name();
    for (const auto& term : heading.entry_terms()) {
      ++terms;
      const auto by_term = vocabulary().lookup(term.text);
      ASSERT_TRUE(by_term) << term.text;
      EXPECT_TRUE(iequal(by_term->entry_term.value_or(by_term->heading.name()), term.text)) << term.text;
      if (term.lab_code) continue;
      each_spelling_word(term.text, [&](std::string_view w) { EXPECT_TRUE(vocabulary().knows_word(lower(w))) << w; });
    }
  }
  EXPECT_EQ(terms, 233172U);
  EXPECT_FALSE(vocabulary().knows_word("sclerosiss"));
  EXPECT_FALSE(vocabulary().knows_word(""));
  EXPECT_FALSE(vocabulary().lookup("Multiple Sclerosiss"));
}

// The hash reads eight bytes at a time through memcpy when run, and byte by byte when evaluated
// at compile time: the two agree for every length, whole steps and the bytes left over.
TEST(Mesh, HashesTheSameWhenCompiledAndWhenRun) {
  static constexpr std::string_view name = "Hematopoietic Stem Cell Transplantation";
  static constexpr auto compiled = [] {
    std::array<std::uint32_t, name.size() + 1> hashes{};
    for (std::size_t size = 0; size <= name.size(); ++size) hashes[size] = mesh::image::hash(name.substr(0, size));
    return hashes;
  }();
  for (std::size_t size = 0; size <= name.size(); ++size) {
    const std::string text(name.substr(0, size));  // a copy, so that it is hashed where it lies at run time
    EXPECT_EQ(mesh::image::hash(text), compiled[size]) << size;
  }
  // one byte's difference anywhere changes the hash
  EXPECT_NE(mesh::image::hash("multiple sclerosis"), mesh::image::hash("multiple sclerosit"));
  EXPECT_NE(mesh::image::hash("multiple sclerosis"), mesh::image::hash("nultiple sclerosis"));
}

TEST(Mesh, KnowsLabCodes) {
  const auto match = vocabulary().lookup("Calcimycin");
  ASSERT_TRUE(match);
  const auto terms = match->heading.entry_terms();
  const auto code = std::find_if(terms.begin(), terms.end(), [](const auto& t) { return t.text == "A-23187"; });
  ASSERT_NE(code, terms.end());
  EXPECT_TRUE(code->lab_code);
}

// The spot checks of data/mesh/README.md.
TEST(Mesh, WalksTheTree) {
  const auto sct = vocabulary().lookup("Stem Cell Transplantation")->heading;
  EXPECT_EQ(sct.ui(), "D033581");
  // one level down; the README's four descendants include Peripheral Blood SCT, a level further
  EXPECT_EQ(
      names(vocabulary().narrower(sct)),
      (std::vector<std::string_view>{"Cord Blood Stem Cell Transplantation", "Hematopoietic Stem Cell Transplantation",
                                     "Mesenchymal Stem Cell Transplantation"}));
  const auto hsct = vocabulary().lookup("Hematopoietic Stem Cell Transplantation")->heading;
  EXPECT_EQ(names(vocabulary().narrower(hsct)),
            (std::vector<std::string_view>{"Peripheral Blood Stem Cell Transplantation"}));
  EXPECT_EQ(names(vocabulary().broader(hsct)), (std::vector<std::string_view>{"Stem Cell Transplantation"}));
  EXPECT_TRUE(vocabulary().narrower(vocabulary().lookup("Transplantation, Autologous")->heading).empty());
  EXPECT_FALSE(vocabulary().has_narrower(vocabulary().lookup("Transplantation, Autologous")->heading));
  EXPECT_TRUE(vocabulary().has_narrower(hsct));
  EXPECT_TRUE(vocabulary().has_narrower(sct));
  // a check tag has no tree
  const auto female = vocabulary().lookup("Female")->heading;
  EXPECT_TRUE(female.tree_numbers().empty());
  EXPECT_TRUE(vocabulary().broader(female).empty());
}

TEST(Mesh, SuggestsTheNearestHeadings) {
  const auto near = vocabulary().closest("Mulitple Sclerosis", 3);
  ASSERT_FALSE(near.empty());
  EXPECT_EQ(near.front().heading.name(), "Multiple Sclerosis");
  EXPECT_TRUE(vocabulary().closest("qqqqzzzzxxxx", 3).empty());
}

// The distance behind every suggestion, for headings, words, fields, qualifiers and line names.
TEST(Mesh, EditDistanceCountsASwapAsOneEdit) {
  struct Case {
    std::string_view a, b;
    std::size_t cap, expected;
  };
  const std::string long_a(200, 'a');
  const std::string long_b = std::string(199, 'a') + "b";
  const std::vector<Case> cases = {
      {"mulitple", "multiple", 2, 1},  // a swap
      {"sclerosis", "sclerosis", 2, 0},
      {"Heart", "heart", 1, 0},   // ASCII letters without case
      {"heart", "hearts", 2, 1},  // an insertion
      {"heart", "hart", 2, 1},    // a deletion
      {"heart", "heard", 2, 1},   // a substitution
      {"ca", "abc", 3, 3},        // optimal string alignment: no edit of a swapped pair
      {"", "abc", 5, 3},
      {"abc", "", 5, 3},
      {"abc", "xyz", 1, 2},    // past the cap: cap + 1
      {"a", "abcdef", 2, 3},   // lengths alone exceed the cap
      {long_a, long_b, 2, 1},  // longer than the rows kept on the stack
      {long_a, long_a, 0, 0},
  };
  for (const auto& c : cases) EXPECT_EQ(edit_distance(c.a, c.b, c.cap), c.expected) << c.a << " / " << c.b;
}

TEST(Mesh, RefusesWhatIsNotAnImage) {
  const std::vector<std::byte> junk(64, std::byte{0x41});
  EXPECT_THROW(mesh::Vocabulary{junk}, std::runtime_error);
  const std::vector<std::byte> short_image(4);
  EXPECT_THROW(mesh::Vocabulary{short_image}, std::runtime_error);
}

// The static page's form of the image (mesh/web_image.hpp) gives back the image byte for byte,
// hash tables and all, and refuses what is not one.
TEST(MeshWebImage, GivesBackTheImage) {
  const auto image = mesh::Vocabulary::bundled_image();
  const auto web = mesh::web_image(image);
  const auto header = reinterpret_cast<const mesh::image::Header*>(image.data());
  const std::size_t hash_tables = (std::size_t{header->key_slots} + header->word_slots + header->loose_slots) * 4;
  EXPECT_EQ(web.size(), image.size() - hash_tables + 8);  // its own magic, and no hash tables
  const auto back = mesh::image_from_web(web);
  ASSERT_EQ(back.size(), image.size());
  EXPECT_TRUE(std::equal(back.begin(), back.end(), image.begin()));

  EXPECT_THROW(mesh::image_from_web(image), std::runtime_error);
  EXPECT_THROW(mesh::image_from_web(std::span(web).first(web.size() - 1)), std::runtime_error);
  EXPECT_THROW(mesh::web_image(std::span(image).first(image.size() - 1)), std::runtime_error);
}

}  // namespace
}  // namespace searchc
