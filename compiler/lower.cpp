// The capability-driven rewrites shared by every backend.
#include "compiler/lower.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "compiler/resolve.hpp"
#include "compiler/text.hpp"
#include "compiler/visit.hpp"

namespace searchc {
namespace {

std::string describe(FieldSet fields) {
  std::vector<std::string_view> names;
  for (const auto f : fields.members()) names.push_back(field_description(f));
  return fmt::format("{}", fmt::join(names, ", "));
}

class Lowering {
 public:
  Lowering(const Capabilities& target, DiagnosticSink& sink) : target_(target), sink_(sink) {}

  void line(ast::Line& line) {
    node(line.query);
    for (auto& limit : line.limits) this->limit(limit);
  }

 private:
  void node(ast::Node& n) {
    std::visit(overloaded{
                   [&](ast::Term&) {},
                   [&](ast::Phrase& phrase) {
                     if (!target_.phrase_wildcards && phrase.text.find_first_of("*?") != std::string::npos) {
                       n = next_chain(phrase.text, n.span);
                     }
                   },
                   [&](ast::Heading& heading) {
                     if (heading.major && !target_.mesh_major) {
                       auto& d = sink_.report(DiagCode::W103, n.span,
                                              fmt::format("{} cannot restrict a heading to major topic: `{}` is "
                                                          "searched as an ordinary heading, which finds more records",
                                                          target_.name, heading.label));
                       d.notes.emplace_back("screen for major-topic records by hand if that matters");
                       heading.major = false;
                     }
                   },
                   [&](ast::LineRef&) {},
                   [&](ast::Bool& b) { operands(b.operands); },
                   [&](ast::Not& x) { operands(x.operands); },
                   [&](ast::Near& x) { operands(x.operands); },
                   [&](ast::Fielded& f) {
                     node(f.body.front());
                     fields(n, f);
                   },
               },
               n.kind);
  }

  void operands(std::vector<ast::Node>& nodes) {
    for (auto& n : nodes) node(n);
  }

  // Words of a phrase joined by NEXT: Cochrane's way to truncate inside a phrase.
  static ast::Node next_chain(std::string_view text, Span span) {
    std::vector<ast::Node> words;
    for (const auto word : phrase_words(text)) words.push_back(ast::Node{span, false, ast::Term{std::string(word)}});
    if (words.size() == 1) return std::move(words.front());
    return ast::Node{span, false, ast::Near{1, true, std::move(words)}};
  }

  void fields(ast::Node& n, ast::Fielded& f) {
    if (!f.fields.subset_of(target_.fields)) {
      FieldSet missing;
      for (const auto field : f.fields.members()) {
        if (!target_.fields.contains(field)) missing.insert(field);
      }
      auto& d = sink_.report(DiagCode::W101, n.span,
                             fmt::format("{} has no {} field: this is searched in all text, which finds more records",
                                         target_.name, describe(missing)));
      d.notes.emplace_back("narrow it with a replacement line in this database's block if needed");
      f.fields = FieldSet{Field::all_text};
    }
    if (f.fields.contains(Field::all_text)) {
      ast::Node body = std::move(f.body.front());
      n = std::move(body);
    }
  }

  void limit(ast::Limit& limit) {
    const auto name = limit_name(limit.kind);
    const auto support = std::find_if(target_.limits.begin(), target_.limits.end(),
                                      [&](const LimitSupport& l) { return l.kind == limit.kind; });
    if (support == target_.limits.end()) {
      auto& d = sink_.report(DiagCode::E201, limit.span, fmt::format("{} has no `{}` limit", target_.name, name));
      d.notes.emplace_back("replace this line in the database's block with one that uses a limit it has");
      return;
    }
    if (target_.limit_needs_both_ends && (!limit.from || !limit.to)) {
      auto& d = sink_.report(DiagCode::E201, limit.span,
                             fmt::format("{} needs both ends of the `{}` range", target_.name, name));
      d.notes.emplace_back("write the range as `2014 to 2021`");
      return;
    }
    for (auto* date : {&limit.from, &limit.to}) {
      if (*date) widen(**date, support->precision, limit.span);
    }
  }

  // Drops what is finer than the database's precision, and says so.
  void widen(ast::Date& date, DatePrecision precision, Span span) {
    const bool finer = (precision == DatePrecision::year && date.month != 0) ||
                       (precision == DatePrecision::month && date.day != 0);
    if (!finer) return;
    const std::string_view unit = precision == DatePrecision::year ? "year" : "month";
    auto& d = sink_.report(DiagCode::W104, span,
                           fmt::format("{} limits by {}: {} is widened to the whole {}", target_.name, unit,
                                       ast::format_date(date), unit));
    d.notes.push_back(fmt::format("the search may find records from the rest of that {}", unit));
    date.day = 0;
    if (precision == DatePrecision::year) date.month = 0;
  }

  const Capabilities& target_;
  DiagnosticSink& sink_;
};

}  // namespace

ast::Strategy lower(const ast::Strategy& strategy, const Capabilities& target, DiagnosticSink& sink) {
  ast::Strategy out = strategy;
  if (const auto* db = strategy.database(target.id)) {
    for (const auto& entry : db->entries) {
      if (const auto* o = std::get_if<ast::Override>(&entry.kind)) {
        const auto it = std::find_if(out.lines.begin(), out.lines.end(),
                                     [&](const ast::Line& l) { return l.name == o->line.name; });
        if (it != out.lines.end()) *it = o->line;
      }
    }
  }
  Lowering lowering(target, sink);
  for (auto& line : out.lines) lowering.line(line);
  return out;
}

}  // namespace searchc
