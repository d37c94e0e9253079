// The PRISMA-S items (Rethlefsen et al., Syst Rev 2021;10:39, table 1) the file records: each
// database block's run record, the limits' reasons, the `records` block. Items the language
// has no place for are `outside`: the review's methods section must say them.
#include <fmt/format.h>

#include <algorithm>

#include "databases/database.hpp"
#include "review/checks.hpp"

namespace searchc::review {
namespace {

template <typename Kind>
bool has(const ast::Database& block) {
  return std::any_of(block.entries.begin(), block.entries.end(),
                     [](const ast::Entry& e) { return std::holds_alternative<Kind>(e.kind); });
}

// Item status from how many of the blocks record it.
template <typename Kind>
PrismaItem per_block(int number, std::string_view name, const ast::Strategy& strategy, std::string_view entry) {
  std::vector<std::string> without;
  for (const auto& block : strategy.databases) {
    if (!has<Kind>(block)) without.push_back(block.id);
  }
  const auto total = strategy.databases.size();
  if (total == 0) {
    return {number, name, Status::missing, "no database block: add one per database searched, `database ID { ... }`"};
  }
  if (without.empty()) {
    return {number, name, Status::recorded,
            total == 1 ? fmt::format("`{}` in the database block", entry)
                       : fmt::format("`{}` in each of the {} database blocks", entry, total)};
  }
  return {number, name, without.size() == total ? Status::missing : Status::partly,
          fmt::format("`{}` missing in {} of the {} database blocks: {}", entry, without.size(), total,
                      listing(without, 20))};
}

// A trial registry searches conditions and interventions in fields of their own.
bool registry(const ast::Database& block) {
  const auto* database = find_database(block.id);
  return database != nullptr && database->capabilities.fields.contains(Field::condition);
}

bool any_limit(const ast::Strategy& strategy) {
  for (const auto& [line, database] : reviewed_lines(strategy)) {
    if (!line->limits.empty()) return true;
  }
  return false;
}

// The `records` block's first entry of one kind, or null.
template <typename Kind>
const Kind* records_entry(const ast::Strategy& strategy) {
  for (const auto& records : strategy.records) {
    for (const auto& entry : records.entries) {
      if (const auto* found = std::get_if<Kind>(&entry.kind)) return found;
    }
  }
  return nullptr;
}

// Item 10: the lines marked `role filter`, and whether each cites its source (R603).
PrismaItem filters_item(const ast::Strategy& strategy) {
  std::vector<std::string> cited;
  std::vector<std::string> uncited;
  for (const auto& [line, database] : reviewed_lines(strategy)) {
    if (!is_filter(*line)) continue;
    const auto name =
        line->name.empty() ? fmt::format("a search of {}", database->id) : fmt::format("`{}`", line->name);
    if (cites_source(*line)) {
      cited.push_back(fmt::format("{} ({})", name, *line->role->source));
    } else {
      uncited.push_back(name);
    }
  }
  if (cited.empty() && uncited.empty()) {
    return {10, "Search filters", Status::missing,
            "no line is marked as a filter: if a line holds a published search filter, mark it and cite it, "
            "`role filter \"Cochrane HSSS 2008, sensitivity-maximising\"`"};
  }
  if (uncited.empty()) {
    return {10, "Search filters", Status::recorded,
            fmt::format("marked as a filter, with its source: {}", listing(cited, 20))};
  }
  const auto without = fmt::format(
      "{} marked as a filter without its source (R603): cite it after the role, "
      "`role filter \"source\"`",
      listing(uncited, 20));
  if (cited.empty()) return {10, "Search filters", Status::missing, without};
  return {10, "Search filters", Status::partly, fmt::format("cited: {}; {}", listing(cited, 20), without)};
}

// Item 14: the `records` block's `peer-review`.
PrismaItem peer_review_item(const ast::Strategy& strategy) {
  if (const auto* p = records_entry<ast::PeerReview>(strategy)) {
    return {14, "Peer review", Status::recorded,
            fmt::format("`records {{ peer-review {} }}`: {}", ast::format_date(p->date), p->text)};
  }
  return {14, "Peer review", Status::missing,
          "no `records { peer-review DATE \"who and how\" }`: if the strategy was peer-reviewed, record the day, "
          "the reviewer and the checklist; `searchc review` makes part of a PRESS 2015 review"};
}

}  // namespace

std::vector<PrismaItem> prisma_items(const ast::Strategy& strategy, const DiagnosticSink& findings) {
  std::vector<PrismaItem> out;
  out.push_back(per_block<ast::Interface>(1, "Database name, with its platform", strategy, "interface"));
  out.push_back({2, "Multi-database searching", Status::outside,
                 "whether several databases were searched at once on one platform: say it in the methods"});
  std::vector<std::string> registries;
  for (const auto& block : strategy.databases) {
    if (registry(block)) registries.push_back(block.id);
  }
  out.push_back(
      registries.empty()
          ? PrismaItem{3, "Study registries", Status::missing,
                       "no block for a trial registry (ctgov, ictrp): add one for each registry searched"}
          : PrismaItem{3, "Study registries", Status::recorded, fmt::format("searched: {}", listing(registries, 20))});
  out.push_back({4, "Online resources and browsing", Status::outside, "say it in the methods"});
  out.push_back({5, "Citation searching", Status::outside, "say it in the methods"});
  out.push_back({6, "Contacts", Status::outside, "say it in the methods"});
  out.push_back({7, "Other methods", Status::outside,
                 records_entry<ast::OtherSources>(strategy) != nullptr
                     ? "the records they gave are in `records { other-sources N }`; say the methods themselves"
                     : "say them in the methods; their records go in `records { other-sources N }`"});
  out.push_back({8, "Full search strategies", Status::recorded,
                 "the strategy's lines, compiled for each database by `searchc appendix`"});
  if (!any_limit(strategy)) {
    out.push_back({9, "Limits and restrictions", Status::recorded, "no limit"});
  } else {
    const auto sorted = findings.sorted();
    const auto unexplained =
        std::count_if(sorted.begin(), sorted.end(), [](const Diagnostic& d) { return d.code == DiagCode::R601; });
    out.push_back(unexplained == 0 ? PrismaItem{9, "Limits and restrictions", Status::recorded,
                                                "each limit, with a note that gives its reason"}
                                   : PrismaItem{9, "Limits and restrictions", Status::partly,
                                                fmt::format("{} limit{} with no note that gives a reason (R601)",
                                                            unexplained, unexplained == 1 ? "" : "s")});
  }
  out.push_back(filters_item(strategy));
  out.push_back({11, "Prior work", Status::outside, "say in the methods which earlier strategies were reused"});
  std::vector<std::string> updated;
  for (const auto& block : strategy.databases) {
    if (has<ast::Change>(block)) updated.push_back(block.id);
  }
  out.push_back(updated.empty()
                    ? PrismaItem{12, "Updates", Status::missing,
                                 "no `change` entry: if a search was updated or run again, record each "
                                 "run in its block, `change DATE \"what changed\"`"}
                    : PrismaItem{12, "Updates", Status::recorded, fmt::format("`change` in {}", listing(updated, 20))});
  out.push_back(per_block<ast::Searched>(13, "Dates of searches", strategy, "searched"));
  out.push_back(peer_review_item(strategy));
  out.push_back(per_block<ast::Hits>(15, "Total records", strategy, "hits"));
  out.push_back(
      records_entry<ast::Deduplicated>(strategy) != nullptr
          ? PrismaItem{16, "Deduplication", Status::recorded,
                       records_entry<ast::Note>(strategy) != nullptr
                           ? "`records { deduplicated N }`, with a note"
                           : "`records { deduplicated N }`; a `note` could say the method or software"}
          : PrismaItem{16, "Deduplication", Status::missing, "no `records { deduplicated N  note \"how\" }`"});
  return out;
}

}  // namespace searchc::review
