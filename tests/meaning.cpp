#include "meaning.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "base/text.hpp"
#include "base/visit.hpp"
#include "compiler/format.hpp"

namespace searchc::test {
namespace {

// A search reduced to what decides its result. A leaf is a word, phrase or heading with the
// fields it is searched in (headings and their like carry `fieldless`).
struct Meaning {
  enum class Kind : std::uint8_t { leaf, and_, or_, not_, near };
  Kind kind = Kind::leaf;
  std::string text;  // leaf: `w:heart`, `p:heart attack`, `mesh:...`; near: `near/3` or `next/1`
  FieldSet fields;   // leaf and near: empty is all fields
  bool fieldless = false;
  std::vector<Meaning> operands;
};

std::string fields_text(const Meaning& m) {
  if (m.fieldless) return "";
  std::vector<std::string_view> names;
  if (!m.fields.contains(Field::all_text)) {
    for (const auto f : m.fields.members()) names.push_back(field_name(f));
  }
  return fmt::format("@{}", names.empty() ? "all" : fmt::format("{}", fmt::join(names, ",")));
}

std::string render(const Meaning& m, bool with_fields = true);

std::string render_operands(const Meaning& m) {
  std::vector<std::string> parts;
  for (const auto& o : m.operands) parts.push_back(render(o));
  return fmt::format("{}", fmt::join(parts, " "));
}

std::string render(const Meaning& m, bool with_fields) {
  const auto fields = with_fields ? fields_text(m) : std::string();
  switch (m.kind) {
    case Meaning::Kind::leaf:
      return m.text + fields;
    case Meaning::Kind::and_:
      return fmt::format("(and {})", render_operands(m));
    case Meaning::Kind::or_:
      return fmt::format("(or {})", render_operands(m));
    case Meaning::Kind::not_:
      return fmt::format("(not {})", render_operands(m));
    case Meaning::Kind::near:
      return fmt::format("({} {}){}", m.text, render_operands(m), fields);
  }
  return {};
}

FieldSet join_fields(FieldSet a, FieldSet b) {
  if (a.empty() || b.empty() || a.contains(Field::all_text) || b.contains(Field::all_text)) return {};
  for (const auto f : b.members()) a.insert(f);
  return a;
}

Meaning boolean(Meaning::Kind kind, std::vector<Meaning> parts) {
  std::vector<Meaning> flat;
  for (auto& p : parts) {
    if (p.kind == kind) {
      for (auto& o : p.operands) flat.push_back(std::move(o));
    } else {
      flat.push_back(std::move(p));
    }
  }
  if (kind == Meaning::Kind::or_) {
    // one word in several fields: the word in all of them
    std::vector<Meaning> merged;
    for (auto& p : flat) {
      const bool fielded = (p.kind == Meaning::Kind::leaf || p.kind == Meaning::Kind::near) && !p.fieldless;
      auto same = std::find_if(merged.begin(), merged.end(), [&](const Meaning& m) {
        return fielded && m.kind == p.kind && !m.fieldless && render(m, false) == render(p, false);
      });
      if (same == merged.end()) {
        merged.push_back(std::move(p));
      } else {
        same->fields = join_fields(same->fields, p.fields);
      }
    }
    // `heart* OR heart` finds what `heart*` finds
    const auto covered = [&](const Meaning& word) {
      if (word.kind != Meaning::Kind::leaf || word.text.rfind("w:", 0) != 0) return false;
      return std::any_of(merged.begin(), merged.end(), [&](const Meaning& m) {
        if (&m == &word || m.kind != Meaning::Kind::leaf || m.fields != word.fields || m.text.size() < 4) return false;
        const auto stem = std::string_view(m.text).substr(0, m.text.size() - 1);
        return m.text.back() == '*' && stem.rfind("w:", 0) == 0 && stem.find_first_of("*?") == std::string_view::npos &&
               word.text.rfind(stem, 0) == 0 && word.text.find_first_of("*?") == std::string::npos;
      });
    };
    flat.clear();
    for (auto& m : merged) {
      if (!covered(m)) flat.push_back(m);
    }
  }
  std::sort(flat.begin(), flat.end(), [](const Meaning& a, const Meaning& b) { return render(a) < render(b); });
  flat.erase(
      std::unique(flat.begin(), flat.end(), [](const Meaning& a, const Meaning& b) { return render(a) == render(b); }),
      flat.end());
  if (flat.size() == 1) return std::move(flat.front());
  return Meaning{kind, {}, {}, false, std::move(flat)};
}

class Reader {
 public:
  Reader(const ast::Strategy& strategy, const std::function<std::string(const std::string&)>& native)
      : strategy_(strategy), native_(native) {}

  Meaning line(std::size_t index, FieldSet scope, int depth) {
    if (depth > 200) throw std::runtime_error("lines refer to each other too deeply");
    const auto& l = strategy_.lines.at(index);
    auto query = node(l.query, scope, depth);
    if (l.limits.empty()) return query;
    std::vector<Meaning> parts;
    parts.push_back(std::move(query));
    for (const auto& limit : l.limits) parts.push_back(Meaning{Meaning::Kind::leaf, format_limit(limit), {}, true, {}});
    return boolean(Meaning::Kind::and_, std::move(parts));
  }

  Meaning node(const ast::Node& n, FieldSet scope, int depth) {
    return std::visit(
        overloaded{
            [&](const ast::Term& t) { return word(t.text, scope); },
            [&](const ast::Phrase& p) { return word(p.text, scope); },
            [&](const ast::Heading& h) {
              std::vector<std::string> qualifiers;
              for (const auto& q : h.qualifiers)
                qualifiers.push_back(lower(q.abbreviation.empty() ? q.written : q.abbreviation));
              std::sort(qualifiers.begin(), qualifiers.end());
              return Meaning{Meaning::Kind::leaf,
                             fmt::format("mesh:{}/{}{}{}", lower(h.label), fmt::join(qualifiers, ","),
                                         h.explode ? "" : ":noexp", h.major ? ":major" : ""),
                             {},
                             true,
                             {}};
            },
            [&](const ast::LineRef& r) { return line(static_cast<std::size_t>(r.index), scope, depth + 1); },
            [&](const ast::Bool& b) {
              return boolean(b.op == ast::BoolOp::and_ ? Meaning::Kind::and_ : Meaning::Kind::or_,
                             nodes(b.operands, scope, depth));
            },
            [&](const ast::Not& x) {
              return Meaning{Meaning::Kind::not_, {}, {}, false, nodes(x.operands, scope, depth)};
            },
            [&](const ast::Near& x) {
              // the fields apply to the proximity as a whole
              return near(x, nodes(x.operands, FieldSet{}, depth), scope);
            },
            [&](const ast::Fielded& f) { return node(f.body.front(), f.fields, depth); },
            [&](const ast::Native& x) {
              return Meaning{Meaning::Kind::leaf, native_ ? native_(x.text) : "native:" + x.text, {}, true, {}};
            },
        },
        n.kind);
  }

 private:
  // `(a OR b) NEAR c` finds what `(a NEAR c) OR (b NEAR c)` finds, so an OR among the operands
  // is distributed over the proximity, whichever of the two forms a writer chose.
  static Meaning near(const ast::Near& x, std::vector<Meaning> operands, FieldSet scope) {
    const auto alternatives =
        std::find_if(operands.begin(), operands.end(), [](const Meaning& m) { return m.kind == Meaning::Kind::or_; });
    if (alternatives != operands.end()) {
      const auto at = static_cast<std::size_t>(alternatives - operands.begin());
      std::vector<Meaning> each;
      for (const auto& alternative : alternatives->operands) {
        auto with = operands;
        with[at] = alternative;
        each.push_back(near(x, std::move(with), scope));
      }
      return boolean(Meaning::Kind::or_, std::move(each));
    }
    // words and phrases next to each other in order are one phrase: `stem NEXT cell*` is
    // `"stem cell*"`, and `MS NEXT "heart attack"` is `"MS heart attack"`
    const auto words = [](const Meaning& m) {
      return m.kind == Meaning::Kind::leaf && (m.text.starts_with("w:") || m.text.starts_with("p:"));
    };
    if (x.ordered && x.distance == 1 && std::all_of(operands.begin(), operands.end(), words)) {
      std::vector<std::string_view> chain;
      for (const auto& o : operands) chain.push_back(std::string_view(o.text).substr(2));
      return Meaning{Meaning::Kind::leaf, fmt::format("p:{}", fmt::join(chain, " ")), scope, false, {}};
    }
    return Meaning{Meaning::Kind::near, fmt::format("{}/{}", x.ordered ? "next" : "near", x.distance), scope, false,
                   std::move(operands)};
  }

  std::vector<Meaning> nodes(const ast::Nodes& ns, FieldSet scope, int depth) {
    std::vector<Meaning> out;
    for (const auto& n : ns) out.push_back(node(n, scope, depth));
    return out;
  }

  static Meaning word(const std::string& text, FieldSet scope) {
    const auto folded = lower(fold_space(text));
    const bool phrase = folded.find(' ') != std::string::npos;
    return Meaning{Meaning::Kind::leaf, (phrase ? "p:" : "w:") + folded, scope, false, {}};
  }

  const ast::Strategy& strategy_;
  const std::function<std::string(const std::string&)>& native_;
};

}  // namespace

std::string meaning(const ast::Strategy& strategy, const std::function<std::string(const std::string&)>& native) {
  if (strategy.lines.empty()) return "(nothing)";
  return render(Reader(strategy, native).line(strategy.lines.size() - 1, FieldSet{}, 0));
}

}  // namespace searchc::test
