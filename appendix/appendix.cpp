// Gathering the appendix from the strategy and its compiled searches.
#include "appendix/appendix.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "base/visit.hpp"

namespace searchc::appendix {
namespace {

// Whether a search holds NEAR (not NEXT), which some databases run as written by a rule no
// source settles.
bool holds_near(const ast::Node& node) {
  const auto any = [](const ast::Nodes& nodes) {
    return std::any_of(nodes.begin(), nodes.end(), [](const ast::Node& n) { return holds_near(n); });
  };
  return std::visit(overloaded{
                        [](const ast::Term&) { return false; },
                        [](const ast::Phrase&) { return false; },
                        [](const ast::Heading&) { return false; },
                        [](const ast::LineRef&) { return false; },
                        [](const ast::Native&) { return false; },
                        [&](const ast::Bool& b) { return any(b.operands); },
                        [&](const ast::Not& n) { return any(n.operands); },
                        [&](const ast::Fielded& f) { return any(f.body); },
                        [&](const ast::Near& n) { return !n.ordered || any(n.operands); },
                    },
                    node.kind);
}

// The lines the database runs: the strategy's, and the replacement lines and searches of its block.
bool searches_near(const ast::Strategy& strategy, const ast::Database* db) {
  for (const auto& line : strategy.lines) {
    if (holds_near(line.query)) return true;
  }
  if (db == nullptr) return false;
  for (const auto& entry : db->entries) {
    if (const auto* o = std::get_if<ast::Override>(&entry.kind); o != nullptr && holds_near(o->line.query)) return true;
    if (const auto* s = std::get_if<ast::Search>(&entry.kind); s != nullptr && holds_near(s->line.query)) return true;
  }
  return false;
}

// The unverified rules of the database that the compiled search relied on.
std::vector<UnverifiedRule> unverified_rules(const Capabilities& target, const std::vector<TranslationNote>& notes,
                                             bool near) {
  std::vector<UnverifiedRule> out;
  for (const auto& rule : target.sources) {
    if (rule.verified) continue;
    const bool used =
        rule.when == SyntaxSource::When::near
            ? near
            : std::any_of(notes.begin(), notes.end(), [&](const auto& n) { return rule.governs(n.code); });
    if (used) out.push_back({std::string(rule.what), std::string(rule.url), std::string(rule.codes)});
  }
  return out;
}

Section section(const Database& backend, const ast::Strategy& strategy, const ast::Database* db,
                const SourceFile& source, DiagnosticSink& sink) {
  Section out;
  out.id = std::string(backend.capabilities.id);
  out.name = std::string(backend.capabilities.name);
  out.syntax_version = std::string(backend.capabilities.syntax_version);
  DiagnosticSink found;
  out.search = compile(strategy, backend, EmitOptions{}, found);
  for (const auto* d : found.in_order()) {
    const auto where = source.locate(d->span.begin);
    out.translation.push_back({std::string(code_name(d->code)), d->message, where.line, where.column, d->direction});
  }
  out.unverified = unverified_rules(backend.capabilities, out.translation, searches_near(strategy, db));
  if (db == nullptr) return out;
  for (const auto& entry : db->entries) {
    std::visit(overloaded{
                   [&](const ast::Interface& e) { out.interface = e.text; },
                   [&](const ast::Searched& e) { out.searched = e.date; },
                   [&](const ast::Hits& e) {
                     if (e.line) {
                       out.line_hits.push_back({fmt::format("#{}", e.line->index + 1), e.count});
                     } else {
                       out.hits = e.count;
                     }
                   },
                   [&](const ast::Note& e) { out.notes.push_back(e.text); },
                   [&](const ast::Change& e) {
                     out.changes.push_back({e.date, e.text, e.hits});
                   },
                   [](const ast::Override&) {},
                   [](const ast::Search&) {},
                   [](const ast::AcceptNarrower&) {},
                   [](const ast::ExpandHeadings&) {},
               },
               entry.kind);
  }
  std::vector<std::string_view> missing;
  if (!out.interface) missing.emplace_back("the interface (`interface \"...\"`)");
  if (!out.searched) missing.emplace_back("the date of the search (`searched 2021-06-11`)");
  if (!out.hits) missing.emplace_back("the number of records found (`hits 230`)");
  if (!missing.empty()) {
    auto& d = sink.report(DiagCode::W003, db->id_span,
                          fmt::format("the block of `{}` does not record {}", db->id, fmt::join(missing, ", nor ")));
    d.notes.emplace_back("the appendix shows it as not recorded; PRISMA-S asks for each of them");
  }
  return out;
}

}  // namespace

std::optional<std::uint64_t> Section::records() const {
  if (!hits) return std::nullopt;
  auto total = *hits;
  for (const auto& c : changes) total += c.hits.value_or(0);
  return total;
}

Appendix build(const ast::Strategy& strategy, const SourceFile& source, DiagnosticSink& sink) {
  Appendix out;
  out.title = strategy.title.value_or("");
  out.source = source.name();
  if (strategy.databases.empty()) {
    auto& d = sink.report(DiagCode::W004, {0, 0},
                          "no database block records where the search was run: the appendix lists every database, "
                          "with no dates or records");
    d.notes.emplace_back(
        "add a block such as `database central { searched 2021-06-11 hits 230 }` for each database "
        "searched");
    for (const auto& backend : databases()) out.sections.push_back(section(backend, strategy, nullptr, source, sink));
  }
  for (const auto& db : strategy.databases) {
    out.sections.push_back(section(*find_database(db.id), strategy, &db, source, sink));
  }
  std::uint64_t identified = 0;
  bool complete = !strategy.databases.empty();
  for (const auto& s : out.sections) {
    if (const auto records = s.records()) {
      identified += *records;
    } else {
      complete = false;
    }
  }
  if (complete) out.totals.identified = identified;
  for (const auto& records : strategy.records) {
    for (const auto& entry : records.entries) {
      std::visit(overloaded{
                     [&](const ast::OtherSources& e) { out.totals.other_sources = e.count; },
                     [&](const ast::Deduplicated& e) { out.totals.deduplicated = e.count; },
                     [&](const ast::Note& e) { out.totals.notes.push_back(e.text); },
                     [&](const ast::PeerReview& e) { out.peer_review = e; },
                 },
                 entry.kind);
    }
  }
  out.prisma = review::prisma_items(strategy);
  return out;
}

std::string date_text(const std::optional<ast::Date>& date) {
  return date ? ast::format_date(*date) : std::string("not recorded");
}

std::string count_text(const std::optional<std::uint64_t>& count) {
  return count ? fmt::format("{}", *count) : std::string("not recorded");
}

std::string totals_text(const Totals& t) {
  return fmt::format(
      "Records identified in the databases: {}. Records from other sources: {}. Records after "
      "removing duplicates: {}.",
      count_text(t.identified), count_text(t.other_sources), count_text(t.deduplicated));
}

std::string peer_review_text(const ast::PeerReview& review) {
  const bool ends_sentence =
      !review.text.empty() && std::string_view(".!?").find(review.text.back()) != std::string_view::npos;
  return fmt::format("The search strategy was peer-reviewed on {}: {}{}", ast::format_date(review.date), review.text,
                     ends_sentence ? "" : ".");
}

std::string records_text(const Section& section) {
  auto out = count_text(section.hits);
  for (const auto& c : section.changes) {
    if (c.hits) out += fmt::format(", and {} more after the change of {}", *c.hits, ast::format_date(c.date));
  }
  return out;
}

}  // namespace searchc::appendix
