// The table of databases. Adding a database means adding its folder and its row here.
#include <fmt/compile.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "compiler/format.hpp"
#include "databases/central/central.hpp"
#include "databases/ctgov/ctgov.hpp"
#include "databases/database.hpp"
#include "databases/ebsco/ebsco.hpp"
#include "databases/embase-ovid/embase_ovid.hpp"
#include "databases/embase/embase.hpp"
#include "databases/epistemonikos/epistemonikos.hpp"
#include "databases/gscholar/gscholar.hpp"
#include "databases/ictrp/ictrp.hpp"
#include "databases/inahta/inahta.hpp"
#include "databases/infix_writer.hpp"
#include "databases/lilacs/lilacs.hpp"
#include "databases/ovid/ovid.hpp"
#include "databases/proquest/proquest.hpp"
#include "databases/psycinfo-ovid/psycinfo_ovid.hpp"
#include "databases/pubmed/pubmed.hpp"
#include "databases/scopus/scopus.hpp"
#include "databases/wos/wos.hpp"

namespace searchc {
namespace {

const std::array<Database, 17>& table() {
  static const std::array<Database, 17> backends = {{
      {central::capabilities(), &central::write, &central::read},
      {ctgov::capabilities(), &ctgov::write, nullptr},
      {ictrp::capabilities(), &ictrp::write, nullptr},
      {inahta::capabilities(), &inahta::write, &inahta::read},
      {embase::capabilities(), &embase::write, &embase::read},
      {epistemonikos::capabilities(), &epistemonikos::write, nullptr},
      {ovid::capabilities(), &ovid::write, &ovid::read},
      {pubmed::capabilities(), &pubmed::write, &pubmed::read},
      {ebsco::cinahl_capabilities(), &ebsco::write_cinahl, &ebsco::read_cinahl},
      {ebsco::psycinfo_capabilities(), &ebsco::write_psycinfo, &ebsco::read_psycinfo},
      {wos::capabilities(), &wos::write, &wos::read},
      // Embase and APA PsycInfo on Ovid: Ovid's writer with their own field codes and thesaurus.
      {ovid::on_ovid(embase_ovid::capabilities()), &ovid::write_with<&embase_ovid::field_codes>,
       &ovid::read_with<&embase_ovid::capabilities, &embase_ovid::field_codes>},
      {ovid::on_ovid(psycinfo_ovid::capabilities()), &ovid::write_with<&psycinfo_ovid::field_codes>,
       &ovid::read_with<&psycinfo_ovid::capabilities, &psycinfo_ovid::field_codes>},
      {scopus::capabilities(), &scopus::write, &scopus::read},
      {proquest::capabilities(), &proquest::write, &proquest::read},
      {lilacs::capabilities(), &lilacs::write, &lilacs::read},
      {gscholar::capabilities(), &gscholar::write, nullptr},
  }};
  return backends;
}

}  // namespace

std::span<const Database> databases() {
  return table();
}

const Database* find_database(std::string_view id) {
  for (const auto& b : table()) {
    if (b.capabilities.id == id) return &b;
  }
  return nullptr;
}

std::vector<std::string_view> database_ids() {
  std::vector<std::string_view> ids;
  for (const auto& b : table()) ids.push_back(b.capabilities.id);
  return ids;
}

ast::Strategy lower_for(ast::Strategy strategy, const Database& database, DiagnosticSink& sink) {
  const auto& target = database.capabilities;
  DiagnosticSink found;
  Approximations report(target.id, target.name, ast::accepts_narrower(strategy.database(target.id)), found);
  auto lowered = lower(std::move(strategy), target, report);
  sink.append(found);
  if (found.has_errors()) return {};
  return lowered;
}

Output compile(ast::Strategy strategy, const Database& backend, const EmitOptions& options, DiagnosticSink& sink) {
  const auto& target = backend.capabilities;
  DiagnosticSink found;
  Approximations report(target.id, target.name, ast::accepts_narrower(strategy.database(target.id)), found);
  const auto lowered = lower(std::move(strategy), target, report);
  if (found.has_errors()) {
    sink.append(std::move(found));
    return {};
  }
  auto output = backend.write(lowered, options, report);
  const bool failed = found.has_errors();
  sink.append(std::move(found));
  if (failed) return {};
  for (std::size_t i = 0; i < lowered.lines.size(); ++i) {
    const auto& line = lowered.lines[i];
    const auto where = target.history ? fmt::format(FMT_COMPILE("#{}"), i + 1) : line.name;
    for (const auto& limit : line.limits) output.limits.push_back({where, describe_limit(limit)});
  }
  return output;
}

std::string describe_limit(const ast::Limit& limit) {
  switch (limit.kind) {
    case ast::LimitKind::publication_year:
      return fmt::format(FMT_COMPILE("published {}"), describe_range(limit));
    case ast::LimitKind::cochrane_date:
      return fmt::format(FMT_COMPILE("added to the Cochrane Library {}"), describe_range(limit));
    case ast::LimitKind::entry_date:
      return fmt::format(FMT_COMPILE("added to the database {}"), describe_range(limit));
    case ast::LimitKind::registered:
      return fmt::format(FMT_COMPILE("registered {}"), describe_range(limit));
    case ast::LimitKind::study_type:
      return fmt::format(FMT_COMPILE("study type: {}"), limit.value);
    case ast::LimitKind::status:
      return fmt::format(FMT_COMPILE("recruitment status: {}"), limit.value);
    case ast::LimitKind::unknown:
      break;
  }
  return format_limit(limit);
}

std::vector<std::string_view> history_database_ids() {
  std::vector<std::string_view> ids;
  for (const auto& b : table()) {
    if (b.capabilities.history) ids.push_back(b.capabilities.id);
  }
  return ids;
}

void add_line(Output& out, std::string_view label, std::string_view search) {
  fmt::format_to(std::back_inserter(out.text), FMT_COMPILE("{} {}\n"), label, search);
}

std::vector<OutputLine> output_lines(const Output& out) {
  std::vector<OutputLine> lines;
  if (!out.searches.empty()) return lines;
  const std::string_view text = out.text;
  for (std::size_t begin = 0; begin < text.size();) {
    const auto end = std::min(text.find('\n', begin), text.size());
    const auto line = text.substr(begin, end - begin);
    const auto space = line.find(' ');
    lines.push_back(OutputLine{line.substr(0, space), line.substr(space + 1)});
    begin = end + 1;
  }
  return lines;
}

std::string search_box(const Output& out) {
  if (out.searches.empty()) return out.text;  // the numbered lines of a search history
  std::string text;
  for (const auto& search : out.searches) {
    for (const auto& field : search.fields) {
      if (field.name == "Search") text += field.value;
      if (field.name == "Year filter") text += " " + field.value;
    }
    text += '\n';
  }
  return text;
}

ResolveOptions resolve_options(std::vector<std::string> accepted_words) {
  return ResolveOptions{database_ids(), history_database_ids(), std::move(accepted_words)};
}

void render_searches(Output& out) {
  for (const auto& search : out.searches) {
    if (!out.text.empty()) out.text += '\n';
    if (!search.label.empty()) out.text += fmt::format("{}\n", search.label);
    for (const auto& f : search.fields) out.text += fmt::format("{}: {}\n", f.name, f.value);
    for (const auto& l : search.links) {
      out.text += fmt::format("{}: {}\n", l.label, l.url);
      out.links.push_back(search.label.empty() ? l : Link{fmt::format("{}: {}", search.label, l.label), l.url});
    }
  }
}

Output query_searches(const ast::Strategy& lowered, const InfixWriter& writer, FormField (*year)(int from, int to),
                      std::vector<Link> (*links)(const std::string& query)) {
  Output out;
  for (const auto& line : lowered.lines) {
    const auto query = writer.expression(line.query);
    Search search{line.name, {{"Search", query}}, links != nullptr ? links(query) : std::vector<Link>{}};
    for (const auto& limit : line.limits) {
      if (limit.kind != ast::LimitKind::publication_year) continue;
      search.fields.push_back(year(limit.from->year, limit.to->year));
    }
    out.searches.push_back(std::move(search));
  }
  render_searches(out);
  return out;
}

}  // namespace searchc
