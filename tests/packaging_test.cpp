// The man page and the shell completions (packaging/) against the program: each names every
// command and option that searchc has (cli/app.cpp) and every database id of the registry, and
// no command or option that searchc does not have.
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>
#include <vector>

#include "cli/app.hpp"
#include "databases/database.hpp"
#include "databases/import.hpp"
#include "tests/test_support.hpp"

namespace searchc::test {
namespace {

using Names = std::set<std::string>;

// A command as CLI11 holds it: its name, its options ("--to", "-o"; not --help) and its
// positional arguments ("FILE").
struct ProgramCommand {
  std::string name;
  Names long_options, short_options, positionals;
};

struct Program {
  Names global_options;  // "--color", "--help", "--version"
  std::vector<ProgramCommand> commands;
};

Program program() {
  CLI::App app;
  cli::Options options;
  cli::setup_app(app, options);
  Program result;
  for (const auto* option : app.get_options()) {
    for (const auto& name : option->get_lnames()) result.global_options.insert("--" + name);
  }
  for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    ProgramCommand command{sub->get_name(), {}, {}, {}};
    for (const auto* option : sub->get_options()) {
      if (option == sub->get_help_ptr()) continue;
      if (option->get_positional()) command.positionals.insert(option->get_name());
      for (const auto& name : option->get_lnames()) command.long_options.insert("--" + name);
      for (const auto& name : option->get_snames()) command.short_options.insert("-" + name);
    }
    result.commands.push_back(command);
  }
  return result;
}

Names words(const std::string& text) {
  Names result;
  const std::regex word(R"([^\s]+)");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), word); it != std::sregex_iterator(); ++it) {
    result.insert(it->str());
  }
  return result;
}

// Every match of `pattern`'s first group in `text`.
Names captures(const std::string& text, const std::string& pattern) {
  Names result;
  const std::regex re(pattern);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it) {
    result.insert((*it)[1].str());
  }
  return result;
}

// The first group of `pattern`'s first match; a failure of the test when nothing matches.
std::string capture(const std::string& text, const std::string& pattern) {
  std::smatch match;
  if (std::regex_search(text, match, std::regex(pattern))) return match[1].str();
  ADD_FAILURE() << "nothing matches " << pattern;
  return {};
}

Names as_names(const std::vector<std::string_view>& ids) {
  return {ids.begin(), ids.end()};
}

// The text from the line `heading` to the next heading of the same or a higher level.
std::string man_section(const std::string& page, const std::string& heading) {
  const auto begin = page.find("\n" + heading + "\n");
  if (begin == std::string::npos) return {};
  const auto end = page.find_first_of('\n', begin + 1);
  const auto next = std::min(page.find("\n.SS ", end), page.find("\n.SH ", end));
  return page.substr(begin, next == std::string::npos ? std::string::npos : next - begin);
}

// roff writes a hyphen that must stay one as `\-`.
std::string roff(const std::string& text) {
  return std::regex_replace(text, std::regex("-"), R"(\-)");
}

Names roff_options(const std::string& section) {
  Names options;
  for (const auto& option : captures(section, R"((\\-\\-[a-z]+(?:\\-[a-z]+)*))")) {
    options.insert(std::regex_replace(option, std::regex(R"(\\-)"), "-"));
  }
  return options;
}

const std::string& man_page() {
  static const auto text = read_file(source_dir() / "packaging/searchc.1.in");
  return text;
}

TEST(Packaging, ManPageDescribesEveryCommandWithItsOptionsAndAnExample) {
  const auto page = man_page();
  for (const auto& command : program().commands) {
    SCOPED_TRACE(command.name);
    const auto section = man_section(page, ".SS searchc " + command.name);
    ASSERT_FALSE(section.empty()) << "no `.SS searchc " << command.name << "` in packaging/searchc.1.in";
    for (const auto& option : command.long_options) EXPECT_NE(section.find(roff(option)), std::string::npos) << option;
    for (const auto& option : command.short_options) {
      EXPECT_NE(section.find(".BI " + roff(option) + " "), std::string::npos) << option;
    }
    for (const auto& positional : command.positionals) {
      EXPECT_NE(section.find(".I " + positional + "\n"), std::string::npos) << positional;
    }
    EXPECT_NE(section.find("\n.EX\n"), std::string::npos) << "no example";
    // Options the command does not have, the global ones aside.
    for (const auto& option : roff_options(section)) {
      EXPECT_TRUE(command.long_options.contains(option) || program().global_options.contains(option))
          << option << " is no option of searchc " << command.name;
    }
  }
}

TEST(Packaging, ManPageNamesNoCommandSearchcLacks) {
  Names commands;
  for (const auto& command : program().commands) commands.insert(command.name);
  EXPECT_EQ(captures(man_page(), R"(\n\.SS searchc (\S+)\n)"), commands);
}

TEST(Packaging, ManPageDescribesTheGlobalOptionsAndTheExitStatus) {
  const auto options = man_section(man_page(), ".SH OPTIONS");
  EXPECT_EQ(roff_options(options), program().global_options);
  const auto status = man_section(man_page(), ".SH EXIT STATUS");
  EXPECT_EQ(captures(status, R"(\n\.TP\n\.B (\d)\n)"), (Names{"0", "1", "2"}));
  EXPECT_NE(status.find("\n.EX\n"), std::string::npos) << "no example";
}

// In bold, as `.B id` or `.BR id ,`.
bool names_in_bold(const std::string& section, std::string_view id) {
  const auto name = roff(std::string(id));
  return section.find("\n.B " + name + "\n") != std::string::npos ||
         section.find("\n.BR " + name + " ") != std::string::npos;
}

TEST(Packaging, ManPageNamesEveryDatabaseAndSyntax) {
  const auto databases = man_section(man_page(), ".SH DATABASES");
  for (const auto id : database_ids()) EXPECT_TRUE(names_in_bold(databases, id)) << id;
  const auto import = man_section(man_page(), ".SS searchc import");
  for (const auto syntax : import::syntaxes()) EXPECT_TRUE(names_in_bold(import, syntax)) << syntax;
}

TEST(Packaging, BashCompletesEveryCommandOptionAndDatabase) {
  const auto script = read_file(source_dir() / "packaging/searchc.bash");
  const auto commands = program().commands;
  Names names;
  for (const auto& command : commands) {
    names.insert(command.name);
    const auto options = capture(script, "\n +" + command.name + R"re(\) options="([^"]*)" ;;)re");
    EXPECT_EQ(words(options), command.long_options) << command.name;
  }
  EXPECT_EQ(words(capture(script, R"re(local commands="([^"]*)")re")), names);
  EXPECT_EQ(words(capture(script, R"re(local global="([^"]*)")re")), program().global_options);
  EXPECT_EQ(words(capture(script, R"re(local databases="([^"]*)")re")), as_names(database_ids()));
  EXPECT_EQ(words(capture(script, R"re(local syntaxes="([^"]*)")re")), as_names(import::syntaxes()));
}

TEST(Packaging, ZshCompletesEveryCommandOptionAndDatabase) {
  const auto script = read_file(source_dir() / "packaging/_searchc");
  Names names;
  for (const auto& command : program().commands) {
    names.insert(command.name);
    const auto block = capture(script, R"(\n +\()" + command.name + R"(\)\n([\s\S]*?)\n +;;)");
    // An option's own name begins its spec, after the options it excludes: '(--dump)--format=[...]',
    // or is the long one of a pair: '(-o --output)'{-o,--output}'=[...]'.
    auto options = captures(block, R"('(?:\([^)]*\))?(--[a-z]+(?:-[a-z]+)*)[=\[])");
    options.merge(captures(block, R"(\{-[a-z],(--[a-z]+(?:-[a-z]+)*)\})"));
    if (block.find("$to") != std::string::npos) options.insert("--to");
    if (block.find("$from") != std::string::npos) options.insert("--from");
    EXPECT_EQ(options, command.long_options) << command.name;
  }
  EXPECT_EQ(captures(capture(script, R"(local -a commands=\(([\s\S]*?)\n\))"), R"(['"]([a-z]+):)"), names);
  EXPECT_EQ(words(capture(script, R"(local -a databases=\(([^)]*)\))")), as_names(database_ids()));
  EXPECT_EQ(words(capture(script, R"(local -a syntaxes=\(([^)]*)\))")), as_names(import::syntaxes()));
}

}  // namespace
}  // namespace searchc::test
