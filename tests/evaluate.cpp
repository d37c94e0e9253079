#include "evaluate.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>

#include "base/text.hpp"
#include "base/visit.hpp"
#include "base/wildcard.hpp"

namespace searchc::test {
namespace {

using Slots = std::array<bool, slot_count>;
using Spans = std::vector<std::pair<int, int>>;  // first and last word of each occurrence

// Words are runs of letters, digits, bytes of UTF-8 sequences and the wildcards `*` and `?`;
// anything else (space, hyphen, apostrophe) separates them. Compared without case.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) != 0 || u >= 0x80 || c == '*' || c == '?') {
      word += ascii_lower(c);
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

// Days as one number, so that dates compare; a missing month or day is the range's first or
// last one, as the end it stands at asks.
int day_number(const ast::Date& d, bool upper) {
  const int month = d.month != 0 ? d.month : (upper ? 12 : 1);
  const int day = d.day != 0 ? d.day : (upper ? 31 : 1);
  return d.year * 10000 + month * 100 + day;
}

bool within(const ast::Date& date, const ast::Limit& limit) {
  const int at = day_number(date, false);
  if (limit.from && at < day_number(*limit.from, false)) return false;
  if (limit.to && at > day_number(*limit.to, true)) return false;
  return true;
}

bool limit_holds(const ast::Limit& limit, const Record& record) {
  switch (limit.kind) {
    case ast::LimitKind::publication_year:
      return within(record.published, limit);
    case ast::LimitKind::cochrane_date:
      return within(record.cochrane, limit);
    case ast::LimitKind::entry_date:
      return within(record.entry, limit);
    case ast::LimitKind::registered:
      return within(record.registered, limit);
    case ast::LimitKind::study_type:
      return iequal(limit.value, record.study_type);
    case ast::LimitKind::status:
      return iequal(limit.value, record.status);
    case ast::LimitKind::unknown:
      break;
  }
  throw Unevaluable("a limit of unknown kind");
}

bool tree_under(std::string_view number, std::string_view top) {
  return number.starts_with(top) && (number.size() == top.size() || number[top.size()] == '.');
}

// An exploded heading finds the records of every heading under it in any of its trees; a heading
// written with qualifiers finds a record heading with any of them; `major` only major topics.
// A floating qualifier (no label) finds any heading with the qualifier.
bool heading_matches(const ast::Heading& h, const RecordHeading& r) {
  if (h.major && !r.major) return false;
  if (!h.qualifiers.empty()) {
    const bool any = std::any_of(h.qualifiers.begin(), h.qualifiers.end(), [&](const ast::Qualifier& q) {
      const auto abbreviation = lower(q.abbreviation.empty() ? q.written : q.abbreviation);
      return std::find(r.qualifiers.begin(), r.qualifiers.end(), abbreviation) != r.qualifiers.end();
    });
    if (!any) return false;
  }
  if (h.label.empty()) return true;
  const auto descriptor = h.descriptor();
  if (!descriptor || !r.descriptor) return !descriptor && !r.descriptor && lower(h.label) == r.label;
  if (descriptor == r.descriptor) return true;
  if (!h.explode) return false;
  for (const auto top : descriptor.tree_numbers()) {
    for (const auto number : r.descriptor.tree_numbers()) {
      if (tree_under(number, top)) return true;
    }
  }
  return false;
}

class Evaluator {
 public:
  Evaluator(const ast::Strategy& strategy, const Record& record, const Capabilities* database, bool roles)
      : strategy_(strategy), record_(record), database_(database), roles_(roles) {}

  bool line(std::size_t index, bool negative, int depth) {
    if (depth > 100 || index >= strategy_.lines.size()) throw Unevaluable("a reference out of reach");
    const auto& l = strategy_.lines[index];
    for (const auto& limit : l.limits) {
      if (!limit_holds(limit, record_)) return false;
    }
    // A line's role is the field its concept is searched in, in a registry that has that field;
    // inside another line's role, that role decides the field of every line it refers to
    // (docs/language.md, "Roles"; compiler/lower_flatten.cpp, `in_role`).
    const auto outer = role_;
    if (roles_ && role_.empty() && l.role && l.role->field) role_.insert(*l.role->field);
    const bool found = node(l.query, role_, negative, depth);
    role_ = outer;
    return found;
  }

 private:
  bool node(const ast::Node& n, FieldSet scope, bool negative, int depth) {
    return std::visit(
        overloaded{
            [&](const ast::Term&) { return found(n, scope, negative); },
            [&](const ast::Phrase&) { return found(n, scope, negative); },
            [&](const ast::Heading& h) {
              return std::any_of(record_.headings.begin(), record_.headings.end(),
                                 [&](const RecordHeading& r) { return heading_matches(h, r); });
            },
            [&](const ast::LineRef& r) { return line(static_cast<std::size_t>(r.index), negative, depth + 1); },
            [&](const ast::Bool& b) {
              const bool all = b.op == ast::BoolOp::and_;
              for (const auto& o : b.operands) {
                if (node(o, scope, negative, depth) != all) return !all;
              }
              return all;
            },
            [&](const ast::Not& x) {
              return node(x.operands.at(0), scope, negative, depth) && !node(x.operands.at(1), scope, !negative, depth);
            },
            [&](const ast::Near&) { return found(n, scope, negative); },
            [&](const ast::Fielded& f) { return node(f.body.front(), f.fields, negative, depth); },
            [&](const ast::Native&) -> bool { throw Unevaluable("native text"); },
        },
        n.kind);
  }

  // A search of words is found when it occurs in one slot the scope reads: a proximity's words
  // must stand in the same field.
  bool found(const ast::Node& n, FieldSet scope, bool negative) {
    const auto slots = read_slots(scope, negative);
    for (std::size_t s = 0; s < slot_count; ++s) {
      if (slots[s] && !occurrences(n, record_.text[s]).empty()) return true;
    }
    return false;
  }

  // A phrase's words next to each other in order; NEAR/n its operands with at most n - 1 words
  // between them in either order, NEXT in the order written (ast::Near). Three or more operands
  // are chained: each next one near the span found so far.
  static Spans occurrences(const ast::Node& n, const std::vector<std::string>& text) {
    return std::visit(overloaded{
                          [&](const ast::Term& t) { return sequence(words_of(t.text), text); },
                          [&](const ast::Phrase& p) { return sequence(words_of(p.text), text); },
                          [&](const ast::Heading&) -> Spans { throw Unevaluable("a heading inside a proximity"); },
                          [&](const ast::LineRef&) -> Spans { throw Unevaluable("a line inside a proximity"); },
                          [&](const ast::Bool& b) {
                            if (b.op == ast::BoolOp::and_) throw Unevaluable("AND inside a proximity");
                            Spans all;
                            for (const auto& o : b.operands) {
                              auto some = occurrences(o, text);
                              all.insert(all.end(), some.begin(), some.end());
                            }
                            return all;
                          },
                          [&](const ast::Not&) -> Spans { throw Unevaluable("NOT inside a proximity"); },
                          [&](const ast::Near& x) {
                            auto so_far = occurrences(x.operands.at(0), text);
                            for (std::size_t i = 1; i < x.operands.size(); ++i) {
                              const auto next = occurrences(x.operands[i], text);
                              Spans joined;
                              for (const auto& a : so_far) {
                                for (const auto& b : next) {
                                  const int gap_after = b.first - a.second - 1;   // b after a
                                  const int gap_before = a.first - b.second - 1;  // b before a
                                  const bool after = gap_after >= 0 && gap_after <= x.distance - 1;
                                  const bool before = !x.ordered && gap_before >= 0 && gap_before <= x.distance - 1;
                                  if (after || before)
                                    joined.emplace_back(std::min(a.first, b.first), std::max(a.second, b.second));
                                }
                              }
                              so_far = std::move(joined);
                            }
                            return so_far;
                          },
                          [&](const ast::Fielded&) -> Spans { throw Unevaluable("a field scope inside a proximity"); },
                          [&](const ast::Native&) -> Spans { throw Unevaluable("native text"); },
                      },
                      n.kind);
  }

  static Spans sequence(const std::vector<std::string>& pattern, const std::vector<std::string>& text) {
    Spans out;
    if (pattern.empty() || pattern.size() > text.size()) return out;
    for (std::size_t at = 0; at + pattern.size() <= text.size(); ++at) {
      bool all = true;
      for (std::size_t k = 0; k < pattern.size() && all; ++k) all = wildcard_matches(pattern[k], text[at + k]);
      if (all) out.emplace_back(static_cast<int>(at), static_cast<int>(at + pattern.size() - 1));
    }
    return out;
  }

  // The slots a scope reads. In the language: every slot without a scope or with `all`, and
  // `kw` both the author keywords and the indexing terms. For a database, as its capabilities
  // say it searches them.
  Slots read_slots(FieldSet scope, bool negative) const {
    Slots slots{};
    const bool everything = scope.empty() || scope.contains(Field::all_text);
    if (database_ != nullptr && everything && !database_->all_text_fields.empty()) {
      scope = database_->all_text_fields;
    } else if (everything) {
      slots.fill(true);
      return slots;
    }
    // After NOT, the database searches its narrower form of a field (PubMed's `[ot]`, the author
    // keywords) instead of the wider group; elsewhere the group (PubMed's `[tw]`), of which only
    // the language's fields matter here.
    const auto& approximate = database_ != nullptr ? database_->approximate_field : std::nullopt;
    const bool narrowed =
        approximate && negative && scope.contains(approximate->field) && approximate->field == Field::keywords;
    FieldSet read = scope;
    if (database_ != nullptr) {
      for (const auto& [field, group] : database_->field_groups) {
        if (scope.contains(field) && !(narrowed && field == approximate->field)) read.insert(group);
      }
    }
    for (const auto f : read.members()) slots[static_cast<std::size_t>(f)] = true;
    if (read.contains(Field::keywords)) slots[author_keywords_slot] = true;
    if (narrowed) slots[static_cast<std::size_t>(Field::keywords)] = false;
    // A code that holds part of another field (PubMed's `[tiab]`, the author keywords).
    if (database_ != nullptr) {
      if (const auto& p = database_->holds_part_of; p && read.intersects(p->holding) && p->part_of == Field::keywords) {
        slots[author_keywords_slot] = true;
      }
    }
    return slots;
  }

  const ast::Strategy& strategy_;
  const Record& record_;
  const Capabilities* database_;
  bool roles_;
  FieldSet role_;  // the field of the role the line being read stands in, if any
};

// Collects what a record may be made of.
void collect(const ast::Node& n, std::vector<std::vector<std::string>>& words, std::vector<RecordHeading>& headings,
             std::vector<std::string>& qualifiers) {
  std::visit(overloaded{
                 [&](const ast::Term& t) { words.push_back(words_of(t.text)); },
                 [&](const ast::Phrase& p) { words.push_back(words_of(p.text)); },
                 [&](const ast::Heading& h) {
                   for (const auto& q : h.qualifiers)
                     qualifiers.push_back(lower(q.abbreviation.empty() ? q.written : q.abbreviation));
                   if (h.label.empty()) return;
                   words.push_back(words_of(h.label));  // a database without MeSH searches its words
                   const auto d = h.descriptor();
                   headings.push_back(RecordHeading{d, lower(h.label), {}, false});
                   if (!d || h.descriptor_vocabulary == nullptr) return;
                   for (const auto& other : h.descriptor_vocabulary->narrower(d))
                     headings.push_back(RecordHeading{other, {}, {}, false});
                   for (const auto& other : h.descriptor_vocabulary->broader(d))
                     headings.push_back(RecordHeading{other, {}, {}, false});
                   for (const auto& term : d.entry_terms()) {
                     if (!term.lab_code) words.push_back(words_of(term.text));
                   }
                 },
                 [&](const ast::LineRef&) {},
                 [&](const ast::Bool&) {},
                 [&](const ast::Not&) {},
                 [&](const ast::Near&) {},
                 [&](const ast::Fielded&) {},
                 [&](const ast::Native&) {},
             },
             n.kind);
  for (const auto& child : ast::children(n)) collect(child, words, headings, qualifiers);
}

// A word as a record holds it: each `*` some letters or none, each `?` one letter.
std::string instance(const std::string& pattern, std::mt19937& random) {
  static const std::vector<std::string_view> endings = {"", "", "s", "ation", "ed", "ic", "er"};
  std::string out;
  for (const char c : pattern) {
    if (c == '*') {
      out += endings[random() % endings.size()];
    } else if (c == '?') {
      out += "aeo"[random() % 3];
    } else {
      out += c;
    }
  }
  return out.empty() ? "x" : out;
}

}  // namespace

bool matches(const ast::Strategy& strategy, std::size_t index, const Record& record, const Capabilities* database,
             bool roles, bool negative) {
  return Evaluator(strategy, record, database, roles).line(index, negative, 0);
}

RecordMaker::RecordMaker(const ast::Strategy& strategy) {
  for (const auto& line : strategy.lines) {
    collect(line.query, words_, headings_, qualifiers_);
    for (const auto& limit : line.limits) {
      if (limit.from) years_.push_back(limit.from->year);
      if (limit.to) years_.push_back(limit.to->year);
      if (!limit.value.empty()) values_.push_back(lower(limit.value));
    }
  }
  std::erase_if(words_, [](const auto& w) { return w.empty(); });
  if (years_.empty()) years_.push_back(2018);
  values_.emplace_back("other");
}

Record RecordMaker::make(std::mt19937& random) const {
  Record r;
  const auto pick = [&](std::size_t size) { return static_cast<std::size_t>(random() % size); };
  // Up to eight words or phrases, each in a random slot after zero to three other words, so that
  // proximities are met and missed.
  const auto count = words_.empty() ? 0 : pick(9);
  for (std::size_t i = 0; i < count; ++i) {
    auto& slot = r.text[pick(slot_count)];
    for (auto gap = pick(4); gap > 0; --gap) slot.emplace_back("filler");
    for (const auto& w : words_[pick(words_.size())]) slot.push_back(instance(w, random));
  }
  if (!headings_.empty()) {
    for (auto n = pick(4); n > 0; --n) {
      auto h = headings_[pick(headings_.size())];
      if (!qualifiers_.empty() && random() % 2 == 0) h.qualifiers.push_back(qualifiers_[pick(qualifiers_.size())]);
      h.major = random() % 2 == 0;
      r.headings.push_back(std::move(h));
    }
  }
  const auto date = [&] {
    const int year = years_[pick(years_.size())] + static_cast<int>(pick(5)) - 2;
    return ast::Date{year, 1 + static_cast<int>(pick(12)), 1 + static_cast<int>(pick(28))};
  };
  r.published = date();
  r.cochrane = random() % 2 == 0 ? r.published : date();
  r.entry = random() % 2 == 0 ? r.published : date();
  r.registered = date();
  r.study_type = values_[pick(values_.size())];
  r.status = values_[pick(values_.size())];
  return r;
}

}  // namespace searchc::test
