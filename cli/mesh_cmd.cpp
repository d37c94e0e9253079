// `searchc mesh HEADING`: one heading of the bundled MeSH, as a librarian looks it up before
// using it: its unique ID, tree numbers, broader and narrower headings, and entry terms.
#include <fmt/format.h>

#include <cstdio>

#include "cli/commands.hpp"
#include "driver/output_json.hpp"
#include "mesh/vocabulary.hpp"

namespace searchc::cli {

using driver::json;

namespace {

struct MeshArgs {
  std::string heading;
  std::string format = "text";
};

std::string with_trees(const mesh::Heading& h) {
  return fmt::format("{} ({})", h.name(), fmt::join(h.tree_numbers(), "; "));
}

void print_text(const mesh::Match& match, const mesh::Vocabulary& vocabulary) {
  const auto& h = match.heading;
  if (match.entry_term) fmt::print("`{}` is an entry term of the heading below.\n\n", *match.entry_term);
  fmt::print("{}\n", h.name());
  fmt::print("  Unique ID:    {}\n", h.ui());
  fmt::print("  Tree numbers: {}\n", h.tree_numbers().empty() ? std::string("none (a check tag)")
                                                              : fmt::format("{}", fmt::join(h.tree_numbers(), "; ")));
  const auto list = [](std::string_view label, const std::vector<mesh::Heading>& headings) {
    if (headings.empty()) {
      fmt::print("  {}none\n", label);
      return;
    }
    for (std::size_t i = 0; i < headings.size(); ++i)
      fmt::print("  {}{}\n", i == 0 ? label : "              ", with_trees(headings[i]));
  };
  list("Broader:      ", vocabulary.broader(h));
  list("Narrower:     ", vocabulary.narrower(h));
  std::vector<std::string> terms;
  for (const auto& t : h.entry_terms())
    terms.push_back(t.lab_code ? fmt::format("{} (lab code)", t.text) : std::string(t.text));
  fmt::print("  Entry terms:  {}\n", terms.empty() ? std::string("none") : fmt::format("{}", fmt::join(terms, "; ")));
  fmt::print("\n{}.\n", mesh::attribution);
}

void print_json(const mesh::Match& match, const mesh::Vocabulary& vocabulary) {
  const auto& h = match.heading;
  const auto headings = [](const std::vector<mesh::Heading>& list) {
    json out = json::array();
    for (const auto& other : list)
      out.push_back({{"ui", other.ui()}, {"name", other.name()}, {"tree_numbers", other.tree_numbers()}});
    return out;
  };
  json terms = json::array();
  for (const auto& t : h.entry_terms()) terms.push_back({{"term", t.text}, {"lab_code", t.lab_code}});
  json out = {{"ui", h.ui()},
              {"name", h.name()},
              {"matched_entry_term", match.entry_term ? json(*match.entry_term) : json(nullptr)},
              {"tree_numbers", h.tree_numbers()},
              {"broader", headings(vocabulary.broader(h))},
              {"narrower", headings(vocabulary.narrower(h))},
              {"entry_terms", terms},
              {"release", mesh::release}};
  fmt::print("{}\n", driver::dump_json(out));
}

int run_mesh(const MeshArgs& args) {
  const auto& vocabulary = mesh::Vocabulary::bundled();
  if (const auto match = vocabulary.lookup(args.heading)) {
    args.format == "json" ? print_json(*match, vocabulary) : print_text(*match, vocabulary);
    return exit_ok;
  }
  fmt::print(stderr, "searchc: `{}` is not a heading or an entry term of {}\n", args.heading, mesh::release);
  const auto near = vocabulary.closest(args.heading, 3);
  for (const auto& m : near) {
    fmt::print(stderr, "  did you mean `{}`{}?\n", m.heading.name(),
               m.entry_term ? fmt::format(" (entry term `{}`)", *m.entry_term) : std::string());
  }
  return exit_errors;
}

}  // namespace

Command setup_mesh(CLI::App& app) {
  auto args = std::make_shared<MeshArgs>();
  auto* cmd = app.add_subcommand(
      "mesh", "Look up a MeSH heading: unique ID, tree numbers, broader and narrower headings, entry terms");
  cmd->add_option("HEADING", args->heading, "A heading's name or one of its entry terms, in any case")->required();
  cmd->add_option("--format", args->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
  return Command{cmd, [args] { return run_mesh(*args); }};
}

}  // namespace searchc::cli
