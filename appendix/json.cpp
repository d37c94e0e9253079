// The appendix as JSON for other tools: keys in a fixed order, `null` where nothing was
// recorded (docs/appendix.md documents the schema).
#include "appendix/appendix.hpp"
#include "driver/output_json.hpp"

namespace searchc::appendix {
namespace {

using driver::json;

template <typename T>
json optional(const std::optional<T>& value) {
  return value ? json(*value) : json(nullptr);
}

json date(const std::optional<ast::Date>& value) {
  return value ? json(ast::format_date(*value)) : json(nullptr);
}

json section(const Section& s) {
  json line_hits = json::array();
  for (const auto& h : s.line_hits) line_hits.push_back(json{{"line", h.label}, {"hits", h.hits}});
  json changes = json::array();
  for (const auto& c : s.changes) {
    changes.push_back(json{{"date", ast::format_date(c.date)}, {"text", c.text}, {"hits", optional(c.hits)}});
  }
  json limits = json::array();
  for (const auto& l : s.search.limits) limits.push_back(json{{"where", l.where}, {"text", l.text}});
  json notes = json::array();
  for (const auto& n : s.translation) {
    notes.push_back(json{{"code", n.code},
                         {"message", n.message},
                         {"line", n.line},
                         {"column", n.column},
                         {"direction", direction_name(n.direction)}});
  }
  json unverified = json::array();
  for (const auto& r : s.unverified) {
    unverified.push_back(json{{"what", r.what}, {"url", r.url}, {"codes", r.codes}});
  }
  return json{{"id", s.id},
              {"name", s.name},
              {"interface", optional(s.interface)},
              {"syntax_version", s.syntax_version},
              {"searched", date(s.searched)},
              {"hits", optional(s.hits)},
              {"records", optional(s.records())},
              {"line_hits", std::move(line_hits)},
              {"notes", s.notes},
              {"changes", std::move(changes)},
              {"search", driver::output_json(s.search)},
              {"limits", std::move(limits)},
              {"translation_notes", std::move(notes)},
              {"unverified_rules", std::move(unverified)}};
}

}  // namespace

std::string to_json(const Appendix& a) {
  json databases = json::array();
  for (const auto& s : a.sections) databases.push_back(section(s));
  json prisma = json::array();
  for (const auto& i : a.prisma) {
    prisma.push_back(
        json{{"item", i.number}, {"name", i.name}, {"status", review::status_name(i.status)}, {"detail", i.detail}});
  }
  return driver::dump_json(json{{"title", a.title},
                                {"source", a.source},
                                {"databases", std::move(databases)},
                                {"totals", json{{"identified", optional(a.totals.identified)},
                                                {"other_sources", optional(a.totals.other_sources)},
                                                {"deduplicated", optional(a.totals.deduplicated)},
                                                {"notes", a.totals.notes}}},
                                {"peer_review", a.peer_review ? json{{"date", ast::format_date(a.peer_review->date)},
                                                                     {"text", a.peer_review->text}}
                                                              : json(nullptr)},
                                {"prisma_s", std::move(prisma)}});
}

}  // namespace searchc::appendix
