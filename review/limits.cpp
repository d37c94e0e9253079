// PRESS element 6, limits and filters: each limit's reason (PRISMA-S item 9), date limits that
// reach past the day of the search, which a re-run would then find more within, and each search
// filter's citation (PRISMA-S item 10).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <set>

#include "base/text.hpp"
#include "base/visit.hpp"
#include "compiler/resolve.hpp"
#include "databases/database.hpp"
#include "review/checks.hpp"

namespace searchc::review {
namespace {

// The notes that may give a limit of a line in `database`'s block (null: the strategy's own
// lines, run in every block) its reason: the block's or every block's notes and changes, and
// the `records` block's notes.
std::vector<std::string_view> notes_for(const ast::Strategy& strategy, const ast::Database* database) {
  std::vector<std::string_view> out;
  for (const auto& block : strategy.databases) {
    if (database != nullptr && &block != database) continue;
    for (const auto& entry : block.entries) {
      if (const auto* n = std::get_if<ast::Note>(&entry.kind)) out.push_back(n->text);
      if (const auto* c = std::get_if<ast::Change>(&entry.kind)) out.push_back(c->text);
    }
  }
  for (const auto& records : strategy.records) {
    for (const auto& entry : records.entries) {
      if (const auto* n = std::get_if<ast::Note>(&entry.kind)) out.push_back(n->text);
    }
  }
  return out;
}

bool contains(std::string_view text, std::string_view part) {
  return lower(text).find(part) != std::string::npos;
}

// Whether a note says why the limit is there: it speaks of limiting or restricting, or names a
// year the limit gives.
bool gives_reason(std::string_view note, const ast::Limit& limit) {
  if (contains(note, "limit") || contains(note, "restrict")) return true;
  for (const auto& end : {limit.from, limit.to}) {
    if (end && contains(note, fmt::format("{}", end->year))) return true;
  }
  return contains(note, lower(limit.value.empty() ? limit.key : limit.value));
}

bool dated(ast::LimitKind kind) {
  switch (kind) {
    case ast::LimitKind::publication_year:
    case ast::LimitKind::cochrane_date:
    case ast::LimitKind::entry_date:
    case ast::LimitKind::registered:
      return true;
    case ast::LimitKind::unknown:
    case ast::LimitKind::study_type:
    case ast::LimitKind::status:
      return false;
  }
  return false;
}

bool before(const ast::Date& a, const ast::Date& b) {
  return std::tie(a.year, a.month, a.day) < std::tie(b.year, b.month, b.day);
}

// The day of the search in `block`, its last `change` if any: a limit running past it finds,
// when the search is run again, records the appendix's search could not.
std::optional<ast::Date> last_searched(const ast::Database& block) {
  std::optional<ast::Date> out;
  for (const auto& entry : block.entries) {
    std::optional<ast::Date> date;
    if (const auto* s = std::get_if<ast::Searched>(&entry.kind)) date = s->date;
    if (const auto* c = std::get_if<ast::Change>(&entry.kind)) date = c->date;
    if (date && (!out || before(*out, *date))) out = date;
  }
  return out;
}

bool has_searches(const ast::Database& block) {
  return std::any_of(block.entries.begin(), block.entries.end(),
                     [](const ast::Entry& e) { return std::holds_alternative<ast::Search>(e.kind); });
}

void past_the_search(const ast::Strategy& strategy, const ast::Limit& limit, const ast::Database* database,
                     DiagnosticSink& sink) {
  if (!dated(limit.kind) || !limit.to) return;
  const auto end = last_day(*limit.to);
  for (const auto& block : strategy.databases) {
    // a line of the strategy runs in the blocks that do not search by hand; a block's search in its block
    if (database != nullptr ? &block != database : has_searches(block)) continue;
    const auto searched = last_searched(block);
    if (!searched || !before(last_day(*searched), end)) continue;
    auto& d = sink.report(DiagCode::R602, limit.span,
                          fmt::format("the limit runs to {}, after the search of {} on {}: run again, it finds "
                                      "records the search of that day could not",
                                      ast::format_date(*limit.to), block.id, ast::format_date(*searched)));
    d.notes.push_back(
        fmt::format("where the database's limit takes a month or a day, end it no later than {}; "
                    "otherwise a note can say that a search run again finds more",
                    ast::format_date(*searched)));
    return;
  }
}

// The marks of a published search filter for randomised trials: the Cochrane Highly Sensitive
// Search Strategy, 2008 revision, whose Ovid lines are `randomized controlled trial.pt.`,
// `controlled clinical trial.pt.`, `randomized.ab.`, `placebo.ab.`, `drug therapy.fs.`,
// `randomly.ab.`, `trial.ab.` and `groups.ab.` (Cochrane Handbook 5.1, section 6.4.11.1, boxes
// 6.4.a to 6.4.d), and the filters built like its 1994 version, which search trial headings and
// blinding. Source:
// https://handbook-5-1.cochrane.org/chapter_6/6_4_11_1_the_cochrane_highly_sensitive_search_strategies_for.htm
enum class Mark : std::uint8_t {
  trial_publication_type,  // "randomized controlled trial"[pt], mesh("Controlled Clinical Trial")
  random,                  // randomi?ed, randomly, random*
  placebo,                 // placebo*, mesh("Placebos")
  drug_therapy,            // mesh(/DT): drug therapy as a floating subheading
  trial_heading,           // mesh("Clinical Trials as Topic"), mesh("Random Allocation")
  blinding,                // blind*, mask*: single- or double-blind
};
constexpr std::size_t mark_count = 6;

// What a line's search is made of, as far as the marks go: the text that first showed each mark,
// and whether a line on the way is marked `role filter`.
struct Marks {
  std::array<std::string, mark_count> shown;
  bool marked_filter = false;
  std::set<const ast::Line*> seen;

  void add(Mark mark, std::string_view text) {
    auto& slot = shown[static_cast<std::size_t>(mark)];
    if (slot.empty()) slot = text;
  }
  std::size_t count() const {
    return static_cast<std::size_t>(
        std::count_if(shown.begin(), shown.end(), [](const auto& s) { return !s.empty(); }));
  }
};

void mark_words(std::string_view text, bool publication_type, Marks& out) {
  for (const auto& word : words_of(text)) {
    if (publication_type) {
      if (word == "trial" || word.starts_with("random")) out.add(Mark::trial_publication_type, text);
      continue;
    }
    if (word.starts_with("random")) out.add(Mark::random, text);
    if (word.starts_with("placebo")) out.add(Mark::placebo, text);
    if (word.starts_with("blind") || word.starts_with("mask")) out.add(Mark::blinding, text);
  }
}

void mark_heading(const ast::Heading& heading, Marks& out) {
  if (heading.label.empty()) {
    for (const auto& q : heading.qualifiers) {
      if (iequal(q.abbreviation, "DT")) out.add(Mark::drug_therapy, "/DT");
    }
    return;
  }
  const auto label = lower(heading.label);
  if (label.find("trial") != std::string::npos) {
    out.add(label.find("as topic") != std::string::npos ? Mark::trial_heading : Mark::trial_publication_type,
            heading.label);
  } else if (label == "random allocation" || label == "double-blind method" || label == "single-blind method") {
    out.add(Mark::trial_heading, heading.label);
  } else if (label == "placebos") {
    out.add(Mark::placebo, heading.label);
  }
}

// The marks that `node` searches: through line references, operators, field scopes and the left
// side of NOT (what its records are made of; the right side takes records away).
void find_marks(const ast::Node& node, const ast::Strategy& strategy, bool publication_type, Marks& out) {
  std::visit(overloaded{
                 [&](const ast::Term& t) { mark_words(t.text, publication_type, out); },
                 [&](const ast::Phrase& p) { mark_words(p.text, publication_type, out); },
                 [&](const ast::Heading& h) { mark_heading(h, out); },
                 [&](const ast::Native&) {},
                 [&](const ast::LineRef& r) {
                   const auto* line = referenced(r, strategy);
                   if (line == nullptr || !out.seen.insert(line).second) return;
                   if (is_filter(*line)) out.marked_filter = true;
                   find_marks(line->query, strategy, false, out);
                 },
                 [&](const ast::Bool& b) {
                   for (const auto& o : b.operands) find_marks(o, strategy, publication_type, out);
                 },
                 [&](const ast::Not& n) {
                   if (!n.operands.empty()) find_marks(n.operands[0], strategy, publication_type, out);
                 },
                 [&](const ast::Near& n) {
                   for (const auto& o : n.operands) find_marks(o, strategy, publication_type, out);
                 },
                 [&](const ast::Fielded& f) {
                   for (const auto& o : f.body) {
                     find_marks(o, strategy, f.fields.contains(Field::publication_type), out);
                   }
                 },
             },
             node.kind);
}

// A filter's line that does not say which filter it is (R603).
void uncited_filters(const ast::Strategy& strategy, DiagnosticSink& sink) {
  for (const auto& [line, database] : reviewed_lines(strategy)) {
    if (!is_filter(*line) || cites_source(*line)) continue;
    auto& d =
        sink.report(DiagCode::R603, line->role->span,
                    fmt::format("{} is marked as a search filter, but does not say which filter it is: a reader "
                                "cannot find it, nor tell what it was made to find",
                                line->name.empty() ? std::string("the search") : fmt::format("`{}`", line->name)));
    d.notes.emplace_back(
        "PRISMA-S item 10 asks for each filter's source: cite it after the role, `role filter \"Cochrane HSSS "
        "2008, sensitivity-maximising\"`, and say in a note what was changed, if anything");
  }
}

// A concept that searches like a filter for randomised trials, none of whose lines is marked as
// one (R604): three marks of the kinds above, which a topic's own terms seldom hold together.
constexpr std::size_t marks_of_a_filter = 3;

void unmarked_filters(const ast::Strategy& strategy, DiagnosticSink& sink) {
  for (const auto& c : concepts(strategy)) {
    Marks marks;
    const ast::Line* line = nullptr;
    for (const auto& l : strategy.lines) {
      if (!c.name.empty() && l.name == c.name) line = &l;
    }
    if (line != nullptr) {
      marks.seen.insert(line);
      marks.marked_filter = is_filter(*line);
    }
    find_marks(*c.root, strategy, false, marks);
    if (marks.marked_filter || marks.count() < marks_of_a_filter) continue;
    std::vector<std::string> shown;
    for (const auto& s : marks.shown) {
      if (!s.empty()) shown.push_back(fmt::format("`{}`", s));
    }
    auto& d = sink.report(
        DiagCode::R604, line != nullptr ? line->name_span : c.root->span,
        fmt::format("{} searches like a published filter for randomised trials ({}), but is not marked as one",
                    line != nullptr ? fmt::format("the line `{}`", line->name) : std::string("this search"),
                    listing(shown, mark_count)));
    d.notes.emplace_back(
        "if it is a published filter, mark its line and cite it, `role filter \"Cochrane HSSS 2008, "
        "sensitivity-maximising\"` (PRISMA-S item 10); if it was made for this review, a note can say so");
  }
}

}  // namespace

bool is_filter(const ast::Line& line) {
  return line.role && iequal(line.role->name, "filter");
}

bool cites_source(const ast::Line& line) {
  return line.role && line.role->source && !fold_space(*line.role->source).empty();
}

void check_limits(const ast::Strategy& strategy, DiagnosticSink& sink) {
  uncited_filters(strategy, sink);
  unmarked_filters(strategy, sink);
  for (const auto& [line, database] : reviewed_lines(strategy)) {
    const auto notes = notes_for(strategy, database);
    for (const auto& limit : line->limits) {
      // `limit status all` keeps every record: it restricts nothing
      if (limit.kind == ast::LimitKind::status && iequal(limit.value, "all")) continue;
      if (std::none_of(notes.begin(), notes.end(), [&](std::string_view n) { return gives_reason(n, limit); })) {
        auto& d = sink.report(DiagCode::R601, limit.span,
                              fmt::format("no note says why the search is limited ({})", describe_limit(limit)));
        d.notes.push_back(
            fmt::format("PRISMA-S item 9 asks for each limit's reason: say it in the block, `note \"Limited to ... "
                        "because ...\"`"));
      }
      past_the_search(strategy, limit, database, sink);
    }
  }
}

}  // namespace searchc::review
