// The layers of docs/architecture.md, held by reading every #include of the sources: a file may
// include its own layer and the layers below it, never one above; a database's folder includes
// no other database's folder; a library's headers stay in the layers that may use it.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "tests/test_support.hpp"

namespace searchc::test {
namespace {

// The layers, lowest first (docs/architecture.md).
constexpr std::array<std::string_view, 11> layers = {"base",   "mesh",     "compiler", "grammar", "databases", "review",
                                                     "driver", "appendix", "server",   "cli",     "web"};
// Folders that hold no program source, or sources outside the program (tests, benchmarks).
constexpr std::array<std::string_view, 8> outside_layers = {"bench",    "build",     "data",  "docs",
                                                            "examples", "packaging", "tests", "tools"};

std::string_view first_folder(std::string_view path) {
  return path.substr(0, path.find('/'));
}

std::optional<std::size_t> rank(std::string_view folder) {
  const auto found = std::find(layers.begin(), layers.end(), folder);
  if (found == layers.end()) return std::nullopt;
  return static_cast<std::size_t>(found - layers.begin());
}

// The database folder of a path, "ovid" for databases/ovid/writer.cpp; empty for databases/x.
std::string_view database_folder(std::string_view path) {
  if (first_folder(path) != "databases") return {};
  const auto rest = path.substr(std::string_view("databases/").size());
  const auto slash = rest.find('/');
  return slash == std::string_view::npos ? std::string_view{} : rest.substr(0, slash);
}

// Why `file` may not include `target` (a quoted include, relative to the source folder).
std::optional<std::string> layering_violation(std::string_view file, std::string_view target) {
  const auto from = rank(first_folder(file));
  const auto to = rank(first_folder(target));
  if (!to) return "the included file is in no layer";
  if (!from || *to > *from) return "the included file is in a higher layer";
  const auto own = database_folder(file);
  const auto other = database_folder(target);
  if (!own.empty() && !other.empty() && own != other) return "one database's folder includes another's";
  return std::nullopt;
}

// Why `file` may not include the library header `target` (an angled include).
std::optional<std::string> library_violation(std::string_view file, std::string_view target) {
  struct Library {
    std::string_view prefix;
    std::array<std::string_view, 4> folders;  // the layers that may include it; empty places unused
  };
  constexpr std::array<Library, 4> libraries = {{
      {"CLI/", {"cli"}},
      {"tao/pegtl", {"grammar"}},
      {"nlohmann/", {"driver", "appendix", "server", "cli"}},
      {"httplib", {"server"}},
  }};
  for (const auto& library : libraries) {
    if (!target.starts_with(library.prefix)) continue;
    const auto folder = first_folder(file);
    if (std::find(library.folders.begin(), library.folders.end(), folder) == library.folders.end()) {
      return std::string(library.prefix) + " is not used in " + std::string(folder) + "/";
    }
  }
  return std::nullopt;
}

struct Include {
  std::string file;  // relative to the source folder: "compiler/lower.cpp"
  int line = 0;
  std::string target;  // as written: "databases/database.hpp" or "CLI/CLI.hpp"
  bool angled = false;
};

std::vector<Include> includes_of(const std::filesystem::path& root) {
  static const std::regex include_line(R"re(^\s*#\s*include\s*([<"])([^>"]+)[>"])re");
  std::vector<Include> out;
  for (const auto layer : layers) {
    const auto folder = root / layer;
    if (!std::filesystem::is_directory(folder)) continue;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
      const auto extension = entry.path().extension();
      if (extension != ".cpp" && extension != ".hpp" && extension != ".in" && extension != ".def") continue;
      std::ifstream in(entry.path());
      std::string text;
      int number = 0;
      for (std::string line; std::getline(in, line);) {
        ++number;
        std::smatch m;
        if (std::regex_search(line, m, include_line)) {
          out.push_back(
              {std::filesystem::relative(entry.path(), root).generic_string(), number, m[2].str(), m[1].str() == "<"});
        }
      }
    }
  }
  return out;
}

std::string where(const Include& i) {
  return i.file + ":" + std::to_string(i.line) + ": #include " + i.target;
}

TEST(Layering, NamesEveryFolderOfSources) {
  // A new folder of sources must be given its place among the layers.
  for (const auto& entry : std::filesystem::directory_iterator(source_dir())) {
    if (!entry.is_directory()) continue;
    const auto name = entry.path().filename().string();
    const bool known = std::find(layers.begin(), layers.end(), name) != layers.end() ||
                       std::find(outside_layers.begin(), outside_layers.end(), name) != outside_layers.end();
    EXPECT_TRUE(known || name.front() == '.') << name << "/ is neither a layer nor listed in outside_layers";
  }
}

TEST(Layering, NoIncludeRunsUpALayer) {
  const auto all = includes_of(source_dir());
  ASSERT_GT(all.size(), 100U);
  for (const auto& i : all) {
    if (i.angled) continue;
    EXPECT_EQ(layering_violation(i.file, i.target), std::nullopt) << where(i);
  }
}

TEST(Layering, LibrariesStayInTheirLayers) {
  for (const auto& i : includes_of(source_dir())) {
    if (!i.angled) continue;
    EXPECT_EQ(library_violation(i.file, i.target), std::nullopt) << where(i);
  }
}

// The rule itself, on made-up includes: it must catch what it exists to catch.
TEST(Layering, TheRuleCatchesIncludesThatRunUp) {
  EXPECT_TRUE(layering_violation("compiler/lower.cpp", "databases/database.hpp"));
  EXPECT_TRUE(layering_violation("mesh/vocabulary.cpp", "compiler/ast.hpp"));
  EXPECT_TRUE(layering_violation("appendix/json.cpp", "cli/options.hpp"));
  EXPECT_TRUE(layering_violation("databases/ovid/writer.cpp", "databases/pubmed/pubmed.hpp"));
  EXPECT_TRUE(layering_violation("compiler/lower.cpp", "nowhere/thing.hpp"));
  EXPECT_FALSE(layering_violation("databases/ovid/writer.cpp", "databases/ovid/syntax.hpp"));
  EXPECT_FALSE(layering_violation("databases/registry.cpp", "databases/ovid/ovid.hpp"));
  EXPECT_FALSE(layering_violation("cli/main.cpp", "base/text.hpp"));
  EXPECT_TRUE(library_violation("server/api.cpp", "CLI/CLI.hpp"));
  EXPECT_TRUE(library_violation("compiler/resolve.cpp", "tao/pegtl.hpp"));
  EXPECT_TRUE(library_violation("compiler/ast.cpp", "nlohmann/json.hpp"));
  EXPECT_FALSE(library_violation("grammar/parser.cpp", "tao/pegtl.hpp"));
}

}  // namespace
}  // namespace searchc::test
