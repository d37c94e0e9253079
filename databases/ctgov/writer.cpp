// ClinicalTrials.gov output: the form's boxes, the Essie expression, the website and API links.
//
// The syntax is databases/ctgov/syntax.hpp's, with its sources in docs/databases.md
// ("ClinicalTrials.gov (`ctgov`)"). ClinicalTrials.gov has no truncation, no
// proximity and no search history: the lowering writes lines out, turns NEXT into phrases and
// NEAR into AND, and searches MeSH headings as their words, which the Condition and Intervention
// areas also match against the MeSH terms NLM assigns to each trial.
#include "databases/ctgov/ctgov.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "base/text.hpp"
#include "databases/ctgov/sources.hpp"
#include "databases/ctgov/syntax.hpp"
#include "databases/dates.hpp"
#include "databases/infix_writer.hpp"
#include "databases/url.hpp"

namespace searchc::ctgov {
namespace {

constexpr std::string_view database = "ClinicalTrials.gov";

class Essie : public FlatWriter {
 public:
  Essie() : FlatWriter(database) {}

 protected:
  void term(const ast::Term& t, std::string& out) const override {
    const bool operator_word =
        std::any_of(operator_words.begin(), operator_words.end(), [&](auto word) { return iequal(word, t.text); });
    if (operator_word) out += '\\';
    out += t.text;
  }
  void fielded(const ast::Fielded& f, std::string& out) const override {
    const auto area = written_codes(areas(), FieldSet{only_field(f, database)});
    if (area.empty()) unreachable(database, "a field outside its capabilities");
    fmt::format_to(std::back_inserter(out), "AREA[{}](", area.front());
    expression(f.body.front(), out);
    out += ')';
  }
  std::string_view not_operator() const override { return " AND NOT "; }
};

// What the limits become: form choices, Essie filters and link parameters.
struct Filters {
  std::vector<FormField> fields;
  std::vector<std::string> essie;
  // the website's aggFilters, each filter with its values: {"studyType", {"int"}}
  std::vector<std::pair<std::string, std::vector<std::string>>> aggregate;
  std::string first_posted;    // the website's firstPost=from_to
  std::string overall_status;  // the API's filter.overallStatus
};

void add_filter(Filters& out, std::string_view name, std::string_view value) {
  auto it = std::find_if(out.aggregate.begin(), out.aggregate.end(), [&](const auto& f) { return f.first == name; });
  if (it == out.aggregate.end()) it = out.aggregate.insert(out.aggregate.end(), {std::string(name), {}});
  it->second.emplace_back(value);
}

// The website's aggFilters value: filters joined by commas, a filter's values by spaces
// (`studyType:int,status:rec act`), as the site writes it; the link percent-encodes it whole.
std::string aggregate_filters(const Filters& filters) {
  std::vector<std::string> each;
  for (const auto& [name, values] : filters.aggregate)
    each.push_back(fmt::format("{}:{}", name, fmt::join(values, " ")));
  return fmt::format("{}", fmt::join(each, ","));
}

Filters filters(const std::vector<ast::Limit>& limits) {
  Filters out;
  for (const auto& limit : limits) {
    switch (limit.kind) {
      case ast::LimitKind::study_type: {
        const bool interventional = limit.value == "interventional";
        out.fields.push_back(
            {"Study type", interventional ? "Interventional studies (clinical trials)" : "Observational studies"});
        out.essie.push_back(interventional ? "AREA[StudyType]INTERVENTIONAL" : "AREA[StudyType]OBSERVATIONAL");
        add_filter(out, "studyType", interventional ? "int" : "obs");
        break;
      }
      case ast::LimitKind::status:
        if (limit.value == "recruiting") {
          out.fields.push_back({"Recruitment status", "Recruiting"});
          out.essie.emplace_back("AREA[OverallStatus]RECRUITING");
          add_filter(out, "status", "rec");
          out.overall_status = "RECRUITING";
        }
        break;
      case ast::LimitKind::registered: {
        const auto from = limit.from ? ast::format_date(first_day(*limit.from)) : std::string();
        const auto to = limit.to ? ast::format_date(last_day(*limit.to)) : std::string();
        out.fields.push_back(
            {"First posted", fmt::format("{} to {}", from.empty() ? "any date" : from, to.empty() ? "any date" : to)});
        out.essie.push_back(
            fmt::format("AREA[StudyFirstPostDate]RANGE[{},{}]", from.empty() ? "MIN" : from, to.empty() ? "MAX" : to));
        out.first_posted = fmt::format("{}_{}", from, to);
        break;
      }
      case ast::LimitKind::publication_year:
      case ast::LimitKind::cochrane_date:
      case ast::LimitKind::entry_date:  // run as the first-posted date
      case ast::LimitKind::unknown:
        break;  // not in the capabilities: lowered away
    }
  }
  return out;
}

// The search as the form's boxes: the condition and intervention parts of a top-level AND go
// into their boxes, everything else into "Other terms". The boxes are ANDed.
Search search(const ast::Line& line) {
  const Essie essie;
  const auto parts = ast::joined_by(line.query, ast::BoolOp::and_);
  ast::Nodes condition;
  ast::Nodes intervention;
  ast::Nodes other;
  for (const auto& part : parts) {
    const auto* f = std::get_if<ast::Fielded>(&part.kind);
    if (f != nullptr && f->fields == FieldSet{Field::condition}) {
      condition.push_back(f->body.front());
    } else if (f != nullptr && f->fields == FieldSet{Field::intervention}) {
      intervention.push_back(f->body.front());
    } else {
      other.push_back(part);
    }
  }
  const auto box = [&](const ast::Nodes& nodes) {
    if (nodes.empty()) return std::string();
    return nodes.size() == 1 ? essie.expression(nodes.front()) : essie.join(nodes, " AND ");
  };
  const auto cond = box(condition);
  const auto intr = box(intervention);
  const auto term = box(other);
  const auto limits = filters(line.limits);

  std::vector<std::string> expert;
  for (const auto& part : parts)
    expert.push_back(parts.size() == 1 && limits.essie.empty() ? essie.expression(part) : essie.operand(part));
  expert.insert(expert.end(), limits.essie.begin(), limits.essie.end());

  Search out;
  out.label = line.name;
  if (!cond.empty()) out.fields.push_back({"Condition or disease", cond});
  if (!intr.empty()) out.fields.push_back({"Intervention/treatment", intr});
  if (!term.empty()) out.fields.push_back({"Other terms", term});
  out.fields.insert(out.fields.end(), limits.fields.begin(), limits.fields.end());
  out.fields.push_back({"Expert search", fmt::format("{}", fmt::join(expert, " AND "))});

  out.links.push_back(
      {"Website", make_url("https://clinicaltrials.gov/search", {{"cond", cond},
                                                                 {"intr", intr},
                                                                 {"term", term},
                                                                 {"aggFilters", aggregate_filters(limits)},
                                                                 {"firstPost", limits.first_posted}})});
  out.links.push_back({"API", make_url("https://clinicaltrials.gov/api/v2/studies",
                                       {{"query.cond", cond},
                                        {"query.intr", intr},
                                        {"query.term", term},
                                        {"filter.advanced", fmt::format("{}", fmt::join(limits.essie, " AND "))},
                                        {"filter.overallStatus", limits.overall_status, true},
                                        {"countTotal", "true", true},
                                        {"pageSize", "1000", true}})});
  return out;
}

}  // namespace

Capabilities capabilities() {
  return Capabilities{
      .id = "ctgov",
      .name = "ClinicalTrials.gov",
      .fields = FieldSet{Field::title, Field::all_text, Field::condition, Field::intervention},
      .multi_field_scopes = false,
      .field_groups = {},
      .history = false,
      .proximity = false,
      .proximity_fields = {},
      .next_operator = false,
      .not_operator = true,
      .heading_qualifiers = false,
      .heading_major = false,
      .truncation = Truncation::none,
      .phrase_wildcards = false,
      .min_stem = 3,
      .word_variations_added = "plurals, possessives and spelling variants",
      .limits = {{ast::LimitKind::registered, DatePrecision::day},
                 {ast::LimitKind::entry_date, DatePrecision::day, ast::LimitKind::registered},
                 {ast::LimitKind::study_type},
                 {ast::LimitKind::status}},
      .open_ranges = OpenRanges::any,
      .syntax_version = syntax_version,
      .sources = sources,
  };
}

Output write(const ast::Strategy& lowered, const EmitOptions&, Approximations&) {
  Output out;
  for (const auto& line : lowered.lines) out.searches.push_back(search(line));
  render_searches(out);
  return out;
}

}  // namespace searchc::ctgov
