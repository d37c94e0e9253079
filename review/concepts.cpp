#include "review/concepts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "base/text.hpp"
#include "base/visit.hpp"
#include "base/wildcard.hpp"

namespace searchc::review {
namespace {

// A run of words a search matches, [begin, end) in the text's words.
using Stretch = std::pair<std::size_t, std::size_t>;
using Stretches = std::vector<Stretch>;

// Where the words `pattern` (with wildcards) stand side by side in `words`.
Stretches side_by_side(std::span<const std::string> pattern, std::span<const std::string> words) {
  Stretches out;
  if (pattern.empty() || pattern.size() > words.size()) return out;
  for (std::size_t at = 0; at + pattern.size() <= words.size(); ++at) {
    bool all = true;
    for (std::size_t i = 0; i < pattern.size() && all; ++i) all = wildcard_matches(pattern[i], words[at + i]);
    if (all) out.emplace_back(at, at + pattern.size());
  }
  return out;
}

// The stretches `b` adds to `a` within `distance` words (at most distance - 1 between), `b`
// after `a`, or on either side when the order is free.
Stretches near(const Stretches& a, const Stretches& b, int distance, bool ordered) {
  Stretches out;
  const auto gap = static_cast<std::size_t>(std::max(distance, 1) - 1);
  for (const auto& x : a) {
    for (const auto& y : b) {
      if (y.first >= x.second && y.first - x.second <= gap) out.emplace_back(x.first, y.second);
      if (!ordered && x.first >= y.second && x.first - y.second <= gap) out.emplace_back(y.first, x.second);
    }
  }
  return out;
}

Stretches stretches(const ast::Node& node, std::span<const std::string> words, const ast::Strategy& strategy,
                    int depth) {
  if (depth > 64) return {};  // resolve refuses cycles; this only bounds a tree it did not check
  const auto of = [&](const ast::Node& n) { return stretches(n, words, strategy, depth + 1); };
  return std::visit(overloaded{
                        [&](const ast::Term& t) { return side_by_side(words_of(t.text), words); },
                        [&](const ast::Phrase& p) { return side_by_side(words_of(p.text), words); },
                        [&](const ast::Heading&) { return Stretches{}; },
                        [&](const ast::Native&) { return Stretches{}; },
                        [&](const ast::LineRef& r) {
                          const auto* line = referenced(r, strategy);
                          return line != nullptr ? of(line->query) : Stretches{};
                        },
                        [&](const ast::Bool& b) {
                          Stretches out;
                          if (b.op == ast::BoolOp::or_) {
                            for (const auto& o : b.operands) {
                              const auto more = of(o);
                              out.insert(out.end(), more.begin(), more.end());
                            }
                            return out;
                          }
                          std::size_t first = words.size();
                          std::size_t last = 0;
                          for (const auto& o : b.operands) {
                            const auto found = of(o);
                            if (found.empty()) return Stretches{};
                            first = std::min(first, found.front().first);
                            last = std::max(last, found.front().second);
                          }
                          out.emplace_back(first, last);
                          return out;
                        },
                        [&](const ast::Not& n) {
                          if (n.operands.size() == 2 && !of(n.operands[1]).empty()) return Stretches{};
                          return n.operands.empty() ? Stretches{} : of(n.operands[0]);
                        },
                        [&](const ast::Near& n) {
                          if (n.operands.empty()) return Stretches{};
                          auto out = of(n.operands[0]);
                          for (std::size_t i = 1; i < n.operands.size() && !out.empty(); ++i) {
                            out = near(out, of(n.operands[i]), n.distance, n.ordered);
                          }
                          return out;
                        },
                        [&](const ast::Fielded& f) { return f.body.empty() ? Stretches{} : of(f.body[0]); },
                    },
                    node.kind);
}

void gather(const ast::Node& node, const ast::Strategy& strategy, std::vector<const ast::Node*>& out, int depth) {
  if (depth > 64) return;
  if (const auto* r = std::get_if<ast::LineRef>(&node.kind)) {
    if (const auto* line = referenced(*r, strategy)) gather(line->query, strategy, out, depth + 1);
    return;
  }
  if (const auto* b = std::get_if<ast::Bool>(&node.kind); b != nullptr && b->op == ast::BoolOp::or_) {
    for (const auto& o : b->operands) gather(o, strategy, out, depth + 1);
    return;
  }
  if (const auto* f = std::get_if<ast::Fielded>(&node.kind); f != nullptr && !f->body.empty()) {
    if (const auto* b = std::get_if<ast::Bool>(&f->body[0].kind); b != nullptr && b->op == ast::BoolOp::or_) {
      for (const auto& o : b->operands) out.push_back(&o);
      return;
    }
  }
  out.push_back(&node);
}

}  // namespace

std::vector<ReviewedLine> reviewed_lines(const ast::Strategy& strategy) {
  std::vector<ReviewedLine> out;
  for (const auto& line : strategy.lines) out.push_back({&line, nullptr});
  for (const auto& database : strategy.databases) {
    for (const auto& entry : database.entries) {
      if (const auto* s = std::get_if<ast::Search>(&entry.kind)) out.push_back({&s->line, &database});
      if (const auto* o = std::get_if<ast::Override>(&entry.kind)) out.push_back({&o->line, &database});
    }
  }
  return out;
}

const ast::Line* referenced(const ast::LineRef& ref, const ast::Strategy& strategy) {
  if (ref.index < 0 || static_cast<std::size_t>(ref.index) >= strategy.lines.size()) return nullptr;
  return &strategy.lines[static_cast<std::size_t>(ref.index)];
}

std::vector<const ast::Node*> alternatives(const ast::Node& node, const ast::Strategy& strategy) {
  std::vector<const ast::Node*> out;
  gather(node, strategy, out, 0);
  return out;
}

std::vector<Concept> concepts(const ast::Strategy& strategy) {
  std::vector<Concept> out;
  const auto add = [&](const ast::Node& node, const ast::Database* database) {
    std::string name;
    const ast::Node* root = &node;
    if (const auto* r = std::get_if<ast::LineRef>(&node.kind)) {
      const auto* line = referenced(*r, strategy);
      if (line == nullptr) return;
      name = line->name;
      root = &line->query;
    }
    // A line that is itself an AND is a combination of concepts, read through its own operands.
    if (const auto* b = std::get_if<ast::Bool>(&root->kind); b != nullptr && b->op == ast::BoolOp::and_) return;
    if (std::any_of(out.begin(), out.end(), [&](const Concept& c) { return c.root == root; })) return;
    out.push_back(Concept{std::move(name), root, alternatives(*root, strategy), database});
  };
  for (const auto& reviewed : reviewed_lines(strategy)) {
    each_node(reviewed.line->query, [&](const ast::Node& n) {
      if (const auto* b = std::get_if<ast::Bool>(&n.kind); b != nullptr && b->op == ast::BoolOp::and_) {
        for (const auto& o : b->operands) add(o, reviewed.database);
      }
    });
  }
  if (out.empty() && !strategy.lines.empty()) {
    const auto& last = strategy.lines.back();
    out.push_back(Concept{last.name, &last.query, alternatives(last.query, strategy), nullptr});
  }
  return out;
}

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  const auto flush = [&] {
    if (!word.empty()) out.push_back(std::exchange(word, {}));
  };
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || is_ascii_letter(c) || is_ascii_digit(c) || c == '*' || c == '?') {
      word += ascii_lower(c);
    } else {
      flush();
    }
  }
  flush();
  return out;
}

bool finds(const ast::Node& node, std::span<const std::string> words, const ast::Strategy& strategy) {
  return !stretches(node, words, strategy, 0).empty();
}

std::string natural_form(const mesh::EntryTerm& term) {
  if (term.permuted || term.lab_code) return {};
  std::string text(term.text);
  // `MS (Multiple Sclerosis)`: the words in parentheses say which MS; the term is `MS`
  if (const auto open = text.find(" ("); open != std::string::npos) text.erase(open);
  if (const auto comma = text.rfind(", "); comma != std::string::npos) {
    text = text.substr(comma + 2) + " " + text.substr(0, comma);
  }
  return text;
}

void each_node(const ast::Node& node, const std::function<void(const ast::Node&)>& each) {
  each(node);
  for (const auto& child : ast::children(node)) each_node(child, each);
}

std::string listing(std::span<const std::string> items, std::size_t limit) {
  std::string out;
  const auto shown = std::min(items.size(), limit);
  for (std::size_t i = 0; i < shown; ++i) {
    if (i > 0) out += i + 1 == shown && shown == items.size() ? " and " : ", ";
    out += items[i];
  }
  if (shown < items.size()) out += fmt::format(" and {} more", items.size() - shown);
  return out;
}

}  // namespace searchc::review
