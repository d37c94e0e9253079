// PRESS element 2, Boolean and proximity operators: a NOT that may drop records the question
// needs, a concept ANDed in twice, lines the result never reaches, and a proximity distance
// wider than some databases run.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "base/text.hpp"
#include "compiler/format.hpp"
#include "databases/database.hpp"
#include "review/checks.hpp"

namespace searchc::review {
namespace {

// Whether `node`, line references followed, ANDs searches: `#extended NOT #first` takes away
// the records of an earlier combination of concepts, which drops nothing the question needs.
bool combines(const ast::Node& node, const ast::Strategy& strategy, int depth = 0) {
  if (depth > 64) return false;
  bool found = false;
  each_node(node, [&](const ast::Node& n) {
    if (const auto* b = std::get_if<ast::Bool>(&n.kind); b != nullptr && b->op == ast::BoolOp::and_) found = true;
    if (const auto* r = std::get_if<ast::LineRef>(&n.kind)) {
      if (const auto* line = referenced(*r, strategy); line != nullptr && combines(line->query, strategy, depth + 1)) {
        found = true;
      }
    }
  });
  return found;
}

// Whether the search finds MeSH's Animals, as a heading or as the word: the usual reason for
// a NOT, with a better pattern.
bool names_animals(const ast::Node& node, const ast::Strategy& strategy) {
  for (const auto* a : alternatives(node, strategy)) {
    if (const auto* h = std::get_if<ast::Heading>(&a->kind); h != nullptr && iequal(h->label, "Animals")) return true;
    if (const auto* t = std::get_if<ast::Term>(&a->kind);
        t != nullptr && (iequal(t->text, "animals") || iequal(t->text, "animal*"))) {
      return true;
    }
  }
  return false;
}

// Whether a note of the file speaks of the line `#name`: its reason is then on record.
bool explained(const ast::Strategy& strategy, std::string_view name) {
  const auto mark = lower("#" + std::string(name));
  const auto in = [&](const std::string& text) { return lower(text).find(mark) != std::string::npos; };
  for (const auto& database : strategy.databases) {
    for (const auto& entry : database.entries) {
      if (const auto* n = std::get_if<ast::Note>(&entry.kind); n != nullptr && in(n->text)) return true;
    }
  }
  for (const auto& records : strategy.records) {
    for (const auto& entry : records.entries) {
      if (const auto* n = std::get_if<ast::Note>(&entry.kind); n != nullptr && in(n->text)) return true;
    }
  }
  return false;
}

// An operand an AND joins, with the operand of the outermost AND it came through (`#first` in
// `#first AND #c`, when `first` ANDs it).
struct Joined {
  const ast::Node* node = nullptr;
  const ast::Node* route = nullptr;
};

// The operands `node` ANDs, nested ANDs and lines that are ANDs opened.
void joined(const ast::Node& node, const ast::Node* route, const ast::Strategy& strategy, std::vector<Joined>& out,
            int depth) {
  if (depth > 64) return;  // resolve refuses cycles; this only bounds a tree it did not check
  const ast::Node* opened = &node;
  if (const auto* r = std::get_if<ast::LineRef>(&node.kind)) {
    if (const auto* line = referenced(*r, strategy)) opened = &line->query;
  }
  const auto* b = std::get_if<ast::Bool>(&opened->kind);
  if (b == nullptr || b->op != ast::BoolOp::and_) {
    out.push_back({&node, route});
    return;
  }
  for (const auto& o : b->operands) joined(o, route != nullptr ? route : &o, strategy, out, depth + 1);
}

// What a concept searches, whatever its order or the lines it is written over: its searches,
// each in the language's canonical spelling, in lower case, sorted.
std::string concept_key(const ast::Node& node, const ast::Strategy& strategy) {
  std::vector<std::string> parts;
  for (const auto* a : alternatives(node, strategy)) parts.push_back(lower(format_expression(*a)));
  std::sort(parts.begin(), parts.end());
  parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
  std::string out;
  for (const auto& p : parts) out += p + "\n";
  return out;
}

// How a concept is named in a message: `#ms` for a line, its search for a group written in place.
std::string written(const ast::Node& node) {
  if (const auto* r = std::get_if<ast::LineRef>(&node.kind)) return fmt::format("`#{}`", r->name);
  return fmt::format("`{}`", format_expression(node));
}

void anded_twice(const ast::Strategy& strategy, DiagnosticSink& sink) {
  std::set<const ast::Node*> reported;
  for (const auto& [line, database] : reviewed_lines(strategy)) {
    each_node(line->query, [&](const ast::Node& n) {
      const auto* b = std::get_if<ast::Bool>(&n.kind);
      if (b == nullptr || b->op != ast::BoolOp::and_) return;
      std::vector<Joined> operands;
      joined(n, nullptr, strategy, operands, 0);
      std::map<std::string, Joined> seen;
      for (const auto& o : operands) {
        const auto [first, inserted] = seen.emplace(concept_key(*o.node, strategy), o);
        if (inserted || !reported.insert(o.node).second) continue;
        if (const auto* r = std::get_if<ast::LineRef>(&o.node->kind); r != nullptr && explained(strategy, r->name)) {
          continue;
        }
        const auto& earlier = first->second;
        const auto through = earlier.route != nullptr && earlier.route != earlier.node &&
                                     std::holds_alternative<ast::LineRef>(earlier.route->kind)
                                 ? fmt::format(", once through {}", written(*earlier.route))
                                 : std::string();
        const auto again = written(*o.node);
        const auto before = written(*earlier.node);
        auto& d = sink.report(DiagCode::R202, o.node->span,
                              again == before
                                  ? fmt::format("{} is ANDed into this search twice{}", again, through)
                                  : fmt::format("{} searches what {} searches, and both are ANDed into this search{}",
                                                again, before, through));
        d.notes.push_back(
            "ANDing a concept twice changes nothing: leave one out, or AND the concept that was meant here");
      }
    });
  }
}

// The lines the result comes from: the last line, each database's own searches and replaced
// lines, and the lines whose hits a block records, with every line they refer to.
std::vector<bool> reaching_the_result(const ast::Strategy& strategy) {
  std::vector<bool> reached(strategy.lines.size(), false);
  std::vector<const ast::Node*> todo;
  if (!strategy.lines.empty()) todo.push_back(&strategy.lines.back().query);
  const auto mark = [&](const ast::LineRef& r) {
    if (r.index < 0 || static_cast<std::size_t>(r.index) >= reached.size()) return;
    const auto at = static_cast<std::size_t>(r.index);
    if (!reached[at]) todo.push_back(&strategy.lines[at].query);
    reached[at] = true;
  };
  for (const auto& [line, database] : reviewed_lines(strategy)) {
    if (database != nullptr) todo.push_back(&line->query);
  }
  for (const auto& database : strategy.databases) {
    for (const auto& entry : database.entries) {
      if (const auto* h = std::get_if<ast::Hits>(&entry.kind); h != nullptr && h->line) mark(*h->line);
    }
  }
  if (!reached.empty()) reached.back() = true;
  while (!todo.empty()) {
    const auto* node = todo.back();
    todo.pop_back();
    each_node(*node, [&](const ast::Node& n) {
      if (const auto* r = std::get_if<ast::LineRef>(&n.kind)) mark(*r);
    });
  }
  return reached;
}

// Whether a later line uses the line of index `at`.
bool used_later(const ast::Strategy& strategy, std::size_t at) {
  bool used = false;
  for (std::size_t j = at + 1; j < strategy.lines.size() && !used; ++j) {
    each_node(strategy.lines[j].query, [&](const ast::Node& n) {
      if (const auto* r = std::get_if<ast::LineRef>(&n.kind); r != nullptr && r->index == static_cast<int>(at)) {
        used = true;
      }
    });
  }
  return used;
}

// A line no later line uses is `searchc check`'s W001; the review adds the lines that only such
// a line uses, which a strategy drops with it (`13 and 46` written for `12 and 46` leaves out
// line 12 and every line of its concept).
void unreached_lines(const ast::Strategy& strategy, DiagnosticSink& sink) {
  const auto reached = reaching_the_result(strategy);
  for (std::size_t i = 0; i < strategy.lines.size(); ++i) {
    if (reached[i] || used_later(strategy, i)) continue;
    const auto& line = strategy.lines[i];
    if (explained(strategy, line.name)) continue;
    // the lines it uses, directly or through others, that the result does not reach otherwise
    std::vector<bool> only(strategy.lines.size(), false);
    std::vector<const ast::Node*> todo{&line.query};
    while (!todo.empty()) {
      const auto* node = todo.back();
      todo.pop_back();
      each_node(*node, [&](const ast::Node& n) {
        const auto* r = std::get_if<ast::LineRef>(&n.kind);
        if (r == nullptr || r->index < 0 || static_cast<std::size_t>(r->index) >= only.size()) return;
        const auto at = static_cast<std::size_t>(r->index);
        if (reached[at] || only[at]) return;
        only[at] = true;
        todo.push_back(&strategy.lines[at].query);
      });
    }
    std::vector<std::string> names;
    for (std::size_t j = 0; j < only.size(); ++j) {
      if (only[j]) names.push_back(fmt::format("`#{}`", strategy.lines[j].name));
    }
    if (names.empty()) continue;
    auto& d = sink.report(DiagCode::R203, line.name_span,
                          fmt::format("the result uses neither `{}` nor the {} only it uses: {}", line.name,
                                      names.size() == 1 ? std::string("line") : fmt::format("{} lines", names.size()),
                                      listing(names, 6)));
    d.notes.push_back(
        "if they belong to the question, combine the line into the result (a slip such as `13 and 46` written for "
        "`12 and 46` leaves a whole concept out); if not, remove them, or say why they are there in a `note`");
  }
}

// The widest proximity a database runs, in the language's counting, where docs/databases.md
// gives one below the language's own NEAR/100: Ovid's `adjN` takes N up to 99 (SDU's Ovid guide,
// https://libguides.sdu.dk/OVID-English/adj, "a number up to 99"; docs/databases.md, Ovid
// MEDLINE's `NEAR/100` row), which is the language's NEAR/N exactly, and a wider one is searched
// as `and` within the same fields. Scopus runs `W/n` up to 255 words between (NEAR/256, wider
// than the language's); for the other databases with proximity no widest distance is documented.
struct Widest {
  std::string_view database;
  int distance;
};
constexpr std::array widest = {Widest{"ovid", 99}, Widest{"embase-ovid", 99}, Widest{"psycinfo-ovid", 99}};

void wide_proximity(const ast::Strategy& strategy, DiagnosticSink& sink) {
  // the databases the file records a search of; with none, every database it may be compiled for
  const auto run_in = [&](std::string_view id) {
    return strategy.databases.empty() || std::any_of(strategy.databases.begin(), strategy.databases.end(),
                                                     [&](const ast::Database& d) { return d.id == id; });
  };
  for (const auto& reviewed : reviewed_lines(strategy)) {
    const auto* database = reviewed.database;
    each_node(reviewed.line->query, [&](const ast::Node& n) {
      const auto* near = std::get_if<ast::Near>(&n.kind);
      if (near == nullptr) return;
      std::vector<std::string> capped;
      int narrowest = near->distance;
      for (const auto& w : widest) {
        if (near->distance <= w.distance || !run_in(w.database)) continue;
        if (database != nullptr && database->id != w.database) continue;
        const auto* known = find_database(w.database);
        capped.emplace_back(known != nullptr ? known->capabilities.name : w.database);
        narrowest = std::min(narrowest, w.distance);
      }
      if (capped.empty()) return;
      auto& d = sink.report(DiagCode::R204, n.span,
                            fmt::format("`NEAR/{}` is wider than {} can search (at most `NEAR/{}`): there it is "
                                        "searched as AND, which finds more",
                                        near->distance, listing(capped, capped.size()), narrowest));
      d.notes.push_back(fmt::format(
          "write `NEAR/{}` or less if the question allows: those databases then search it as a proximity too",
          narrowest));
    });
  }
}

}  // namespace

void check_operators(const ast::Strategy& strategy, DiagnosticSink& sink) {
  for (const auto& [line, database] : reviewed_lines(strategy)) {
    const ast::Node* pattern = nullptr;  // the `animals NOT humans` of `NOT (animals NOT humans)`
    each_node(line->query, [&](const ast::Node& n) {
      const auto* x = std::get_if<ast::Not>(&n.kind);
      if (x == nullptr || x->operands.size() != 2 || &n == pattern) return;
      const auto& taken = x->operands[1];
      // `NOT (animals NOT humans)` is the pattern that keeps studies of both
      if (std::holds_alternative<ast::Not>(taken.kind)) {
        pattern = &taken;
        return;
      }
      if (combines(taken, strategy)) return;
      auto& d = sink.report(DiagCode::R201, taken.span,
                            "NOT drops every record this search finds, those the question needs among them");
      if (names_animals(taken, strategy)) {
        d.notes.push_back(
            "a study of both animals and humans is lost: take away only the records about animals alone, `NOT "
            "(mesh(\"Animals\") NOT mesh(\"Humans\"))`");
      } else {
        d.notes.push_back("keep the NOT only if no record the question needs can mention what it takes away");
      }
    });
  }
  anded_twice(strategy, sink);
  unreached_lines(strategy, sink);
  wide_proximity(strategy, sink);
}

}  // namespace searchc::review
