// Building field scopes, walking the syntax tree, and its S-expression dumps, for `searchc check
// --dump` and the table tests.
#include "compiler/ast.hpp"

#include <fmt/compile.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <iterator>

#include "base/text.hpp"
#include "base/visit.hpp"

namespace searchc::ast {
namespace {

void dump_to(std::string& out, const Node& node);

void dump_operands(std::string& out, const Nodes& operands) {
  for (const auto& operand : operands) {
    out += ' ';
    dump_to(out, operand);
  }
}

void dump_to(std::string& out, const Node& node) {
  auto it = std::back_inserter(out);
  std::visit(
      [&](const auto& n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, Term>) {
          fmt::format_to(it, "(term {})", n.text);
        } else if constexpr (std::is_same_v<T, Phrase>) {
          fmt::format_to(it, "(phrase \"{}\")", n.text);
        } else if constexpr (std::is_same_v<T, Heading>) {
          out += "(mesh";
          if (!n.label.empty()) fmt::format_to(it, " \"{}\"", n.label);
          for (const auto& q : n.qualifiers) fmt::format_to(it, " /{}", q.written);
          if (!n.explode) out += " noexp";
          if (n.major) out += " major";
          out += ')';
        } else if constexpr (std::is_same_v<T, LineRef>) {
          fmt::format_to(it, "(ref {})", n.name);
        } else if constexpr (std::is_same_v<T, Bool>) {
          out += n.op == BoolOp::and_ ? "(and" : "(or";
          dump_operands(out, n.operands);
          out += ')';
        } else if constexpr (std::is_same_v<T, Not>) {
          out += "(not";
          dump_operands(out, n.operands);
          out += ')';
        } else if constexpr (std::is_same_v<T, Near>) {
          if (n.ordered && n.distance == 1) {
            out += "(next";
          } else {
            fmt::format_to(it, "({}/{}", n.ordered ? "next" : "near", n.distance);
          }
          dump_operands(out, n.operands);
          out += ')';
        } else if constexpr (std::is_same_v<T, Native>) {
          fmt::format_to(it, "(native \"{}\")", n.text);
        } else if constexpr (std::is_same_v<T, Fielded>) {
          out += "(fields ";
          const auto fields_start = out.size();
          each_field_name(n, [&](std::string_view name) {
            if (out.size() > fields_start) out += ',';
            out += lower(name);  // `[ti,Ab]` and `[ti,ab]` are the same fields
          });
          dump_operands(out, n.body);
          out += ')';
        } else {
          static_assert(sizeof(T) == 0, "dump misses a node kind");
        }
      },
      node.kind);
}

}  // namespace

namespace {
struct VocabularyNames {
  Vocabulary vocabulary;
  std::string_view function;
  std::string_view name;
};
constexpr VocabularyNames vocabularies[] = {
    {Vocabulary::mesh, "mesh", "MeSH"},
    {Vocabulary::emtree, "emtree", "Emtree"},
    {Vocabulary::cinahl, "cinahl", "CINAHL Subject Headings"},
    {Vocabulary::apa, "apa", "the APA Thesaurus"},
};
const VocabularyNames& names_of(Vocabulary vocabulary) {
  return vocabularies[static_cast<std::size_t>(vocabulary)];
}
}  // namespace

std::string_view vocabulary_name(Vocabulary vocabulary) {
  return names_of(vocabulary).name;
}

std::string_view vocabulary_function(Vocabulary vocabulary) {
  return names_of(vocabulary).function;
}

std::optional<Vocabulary> vocabulary_named(std::string_view function) {
  for (const auto& v : vocabularies) {
    if (iequal(function, v.function)) return v.vocabulary;
  }
  return std::nullopt;
}

Node field_scope(Span span, FieldSet fields, Node&& body) {
  Fielded scope{{}, fields, {}};
  scope.body.push_back(std::move(body));
  return {span, false, std::move(scope)};
}

Node& field_scope(Node& out, Span span, FieldSet fields) {
  out.span = span;
  out.grouped = false;
  auto& scope = out.kind.emplace<Fielded>();
  scope.fields = fields;
  return scope.body.emplace_back();
}

std::span<const Node> children(const Node& node) {
  return std::visit(overloaded{
                        [](const Term&) { return std::span<const Node>(); },
                        [](const Phrase&) { return std::span<const Node>(); },
                        [](const Heading&) { return std::span<const Node>(); },
                        [](const LineRef&) { return std::span<const Node>(); },
                        [](const Native&) { return std::span<const Node>(); },
                        [](const Bool& b) { return std::span<const Node>(b.operands); },
                        [](const Not& n) { return std::span<const Node>(n.operands); },
                        [](const Near& n) { return std::span<const Node>(n.operands); },
                        [](const Fielded& f) { return std::span<const Node>(f.body); },
                    },
                    node.kind);
}

std::span<const Node> joined_by(const Node& node, BoolOp op) {
  const auto* b = std::get_if<Bool>(&node.kind);
  return b != nullptr && b->op == op ? std::span<const Node>(b->operands) : std::span<const Node>(&node, 1);
}

bool is_compound(const Node& node) {
  return std::visit(
      [](const auto& n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, Bool> || std::is_same_v<T, Not> || std::is_same_v<T, Near>) {
          return n.operands.size() > 1;
        } else {
          return false;
        }
      },
      node.kind);
}

const Database* Strategy::database(std::string_view id) const {
  for (const auto& db : databases) {
    if (db.id == id) return &db;
  }
  return nullptr;
}

bool accepts_narrower(const Database* database) {
  if (database == nullptr) return false;
  return std::any_of(database->entries.begin(), database->entries.end(),
                     [](const Entry& e) { return std::holds_alternative<AcceptNarrower>(e.kind); });
}

bool expands_headings(const Database* database) {
  if (database == nullptr) return false;
  return std::any_of(database->entries.begin(), database->entries.end(),
                     [](const Entry& e) { return std::holds_alternative<ExpandHeadings>(e.kind); });
}

std::string dump(const Node& node) {
  std::string out;
  dump_to(out, node);
  return out;
}

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days.at(static_cast<std::size_t>(month - 1));
}

Date first_day(const Date& date) {
  return {date.year, date.month == 0 ? 1 : date.month, date.day == 0 ? 1 : date.day};
}

Date last_day(const Date& date) {
  const int month = date.month == 0 ? 12 : date.month;
  return {date.year, month, date.day == 0 ? days_in_month(date.year, month) : date.day};
}

bool valid_date(const Date& date) {
  if (date.year < 1800 || date.year > 9999 || date.month < 0 || date.month > 12 || date.day < 0) return false;
  if (date.day == 0) return true;
  return date.month != 0 && date.day <= days_in_month(date.year, date.month);
}

std::string format_date(const Date& date) {
  if (date.month == 0) return fmt::format(FMT_COMPILE("{:04}"), date.year);
  if (date.day == 0) return fmt::format(FMT_COMPILE("{:04}-{:02}"), date.year, date.month);
  return fmt::format(FMT_COMPILE("{:04}-{:02}-{:02}"), date.year, date.month, date.day);
}

std::string dump(const Line& line) {
  std::string out = fmt::format("{} = {}", line.name, dump(line.query));
  for (const auto& limit : line.limits) {
    if (!limit.value.empty()) {
      fmt::format_to(std::back_inserter(out), " (limit {} {})", limit.key, limit.value);
    } else {
      fmt::format_to(std::back_inserter(out), " (limit {} {}..{})", limit.key,
                     limit.from ? format_date(*limit.from) : "", limit.to ? format_date(*limit.to) : "");
    }
  }
  if (line.role) {
    fmt::format_to(std::back_inserter(out), " (role {}{})", line.role->name,
                   line.role->source ? fmt::format(" \"{}\"", *line.role->source) : "");
  }
  if (line.variations) out += " (variations)";
  return out;
}

std::string dump(const Strategy& strategy) {
  std::string out;
  auto it = std::back_inserter(out);
  if (strategy.title) fmt::format_to(it, "strategy \"{}\"\n", *strategy.title);
  for (const auto& line : strategy.lines) fmt::format_to(it, "{}\n", dump(line));
  for (const auto& db : strategy.databases) {
    fmt::format_to(it, "database {}\n", db.id);
    for (const auto& entry : db.entries) {
      std::visit(
          [&](const auto& e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, Interface>) {
              fmt::format_to(it, "  interface \"{}\"\n", e.text);
            } else if constexpr (std::is_same_v<T, Searched>) {
              fmt::format_to(it, "  searched {}\n", format_date(e.date));
            } else if constexpr (std::is_same_v<T, Hits>) {
              if (e.line) {
                fmt::format_to(it, "  hits #{} {}\n", e.line->name, e.count);
              } else {
                fmt::format_to(it, "  hits {}\n", e.count);
              }
            } else if constexpr (std::is_same_v<T, Note>) {
              fmt::format_to(it, "  note \"{}\"\n", e.text);
            } else if constexpr (std::is_same_v<T, Change>) {
              fmt::format_to(it, "  change {} \"{}\"", format_date(e.date), e.text);
              if (e.hits) fmt::format_to(it, " hits {}", *e.hits);
              out += '\n';
            } else if constexpr (std::is_same_v<T, Override>) {
              fmt::format_to(it, "  {}\n", dump(e.line));
            } else if constexpr (std::is_same_v<T, Search>) {
              fmt::format_to(it, "  search \"{}\" {}\n", e.label, dump(e.line));
            } else if constexpr (std::is_same_v<T, AcceptNarrower>) {
              out += "  accept narrower\n";
            } else if constexpr (std::is_same_v<T, ExpandHeadings>) {
              out += "  expand headings\n";
            } else {
              static_assert(sizeof(T) == 0, "dump misses an entry kind");
            }
          },
          entry.kind);
    }
  }
  for (const auto& records : strategy.records) {
    out += "records\n";
    for (const auto& entry : records.entries) {
      std::visit(overloaded{
                     [&](const OtherSources& e) { fmt::format_to(it, "  other-sources {}\n", e.count); },
                     [&](const Deduplicated& e) { fmt::format_to(it, "  deduplicated {}\n", e.count); },
                     [&](const Note& e) { fmt::format_to(it, "  note \"{}\"\n", e.text); },
                     [&](const PeerReview& e) {
                       fmt::format_to(it, "  peer-review {} \"{}\"\n", format_date(e.date), e.text);
                     },
                 },
                 entry.kind);
    }
  }
  return out;
}

}  // namespace searchc::ast
