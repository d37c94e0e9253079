// Field scopes: widened to a database's field groups or to all text where it lacks a field,
// given way to a line's role, split where proximity works in some of the fields only, and
// written out field by field where a database cannot scope several at once.
#include "compiler/lower_context.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "base/visit.hpp"
#include "compiler/format.hpp"

namespace searchc::lowering {
namespace {

// A scope of roles' fields only, `[condition]` or `[intervention]`, which a line's role keeps.
bool role_scope(FieldSet fields) {
  return !fields.empty() && fields.subset_of(FieldSet{Field::condition, Field::intervention});
}

// A proximity search other than NEXT, which is a phrase wherever a database has phrases.
bool has_near(const ast::Node& n) {
  return ast::any_node(n, [](const ast::Node& x) {
    const auto* near = std::get_if<ast::Near>(&x.kind);
    return near != nullptr && !(near->ordered && near->distance == 1);
  });
}

// Whether `n` holds an AND or a NOT outside a scope of its own: a search whose words may stand
// in different fields of a record.
bool joins_words(const ast::Node& n) {
  if (std::holds_alternative<ast::Not>(n.kind)) return true;
  const auto* b = std::get_if<ast::Bool>(&n.kind);
  if (b == nullptr) return false;
  return b->op == ast::BoolOp::and_ ||
         std::any_of(b->operands.begin(), b->operands.end(), [](const ast::Node& o) { return joins_words(o); });
}

// `body` with `fields` given to each of its parts between AND and NOT: `(a AND b)[ti,ab]` is
// `a[ti,ab] AND b[ti,ab]`, since a scope's fields apply to each word.
ast::Node scope_each(Span span, ast::Node body, FieldSet fields) {
  if (!joins_words(body)) return ast::field_scope(span, fields, std::move(body));
  const auto down = [&](ast::Nodes& operands) {
    for (auto& o : operands) o = scope_each(span, std::move(o), fields);
  };
  std::visit(overloaded{
                 [&](ast::Bool& b) { down(b.operands); },
                 [&](ast::Not& x) { down(x.operands); },
                 [](auto&) {},
             },
             body.kind);
  return body;
}

// Whether `n` holds a NOT outside a scope of its own, through AND and OR.
bool holds_not(const ast::Node& n) {
  if (std::holds_alternative<ast::Not>(n.kind)) return true;
  const auto* b = std::get_if<ast::Bool>(&n.kind);
  return b != nullptr &&
         std::any_of(b->operands.begin(), b->operands.end(), [](const ast::Node& o) { return holds_not(o); });
}

// Whether `target` searches a scope over `fields` in other fields than those: a field it lacks
// (all text), a field group, a field it has only in another form, or a code that holds part of
// another field.
bool changes_fields(FieldSet fields, const Capabilities& target) {
  if (!fields.subset_of(target.fields)) return true;
  const bool grouped = std::any_of(target.field_groups.begin(), target.field_groups.end(), [&](const auto& g) {
    return fields.contains(g.first) && !g.second.subset_of(fields);
  });
  const auto& a = target.approximate_field;
  const auto& p = target.holds_part_of;
  return grouped || (a && fields.contains(a->field)) ||
         (p && p->holding.subset_of(fields) && !fields.contains(p->part_of));
}

// The searches of words that the language reads in all text, where the database's search
// without a field reads some fields only (`Capabilities::all_text_fields`): outside any field
// scope but `[all]`, in a line without a role that the database searches in its field.
struct Unscoped {
  std::vector<const ast::Node*> positive;  // in the result
  std::vector<const ast::Node*> negative;  // after NOT
};

// The lines a walk has entered, each with the polarity and scope it was entered in; and the
// lines it leaves out.
struct Lines {
  std::set<std::tuple<int, bool, bool>> entered;
  const std::set<std::string>& replaced;
};

void unscoped_searches(const ast::Strategy& s, const ast::Node& n, bool negative, bool scoped,
                       const Capabilities& target, Lines& lines, Unscoped& out) {
  // Each line is entered once per polarity and scope, and the polarity of a search in it follows
  // from the line's: no search is listed twice.
  const auto word = [&] {
    if (!scoped) (negative ? out.negative : out.positive).push_back(&n);
  };
  std::visit(overloaded{
                 [&](const ast::Term&) { word(); },
                 [&](const ast::Phrase&) { word(); },
                 [&](const ast::Near&) { word(); },
                 [](const ast::Heading&) {},  // no heading search: W106 says how its words are searched
                 [](const ast::Native&) {},
                 [&](const ast::LineRef& r) {
                   if (r.index < 0 || !lines.entered.emplace(r.index, negative, scoped).second) return;
                   const auto& line = s.lines[static_cast<std::size_t>(r.index)];
                   if (lines.replaced.contains(line.name)) return;
                   const bool role = line.role && line.role->field && target.fields.contains(*line.role->field);
                   unscoped_searches(s, line.query, negative, scoped || role, target, lines, out);
                 },
                 [&](const ast::Bool& b) {
                   for (const auto& o : b.operands) unscoped_searches(s, o, negative, scoped, target, lines, out);
                 },
                 [&](const ast::Not& x) {
                   unscoped_searches(s, x.operands[0], negative, scoped, target, lines, out);
                   unscoped_searches(s, x.operands[1], !negative, scoped, target, lines, out);
                 },
                 [&](const ast::Fielded& f) {
                   // a scope the database lacks is reported where it is lowered (W101)
                   const bool all = f.fields.contains(Field::all_text);
                   unscoped_searches(s, f.body.front(), negative, scoped || !all, target, lines, out);
                 },
             },
             n.kind);
}

}  // namespace

void report_unscoped_text(const ast::Strategy& strategy, const std::set<std::string>& replaced,
                          const Capabilities& target, Approximations& report) {
  const auto& root = strategy.lines.back();
  const bool fewer = !target.all_text_fields.empty();
  if ((!fewer && target.all_text_beyond.empty()) || replaced.contains(root.name)) return;
  Unscoped found;
  Lines lines{{}, replaced};
  const bool role = root.role && root.role->field && target.fields.contains(*root.role->field);
  unscoped_searches(strategy, root.query, false, role, target, lines, found);
  // One warning for the searches in the result, which lose records, and one for those after
  // NOT, which remove fewer.
  for (const bool negative : {false, true}) {
    const auto& searches = negative ? found.negative : found.positive;
    if (searches.empty()) continue;
    constexpr std::size_t shown = 5;
    std::vector<std::string> quoted;
    for (std::size_t i = 0; i < searches.size() && i < shown; ++i)
      quoted.push_back(fmt::format("`{}`", format_expression(*searches[i])));
    if (searches.size() > shown) quoted.push_back(fmt::format("{} more", searches.size() - shown));
    const auto last = quoted.back();
    quoted.pop_back();
    const auto list = quoted.empty() ? last : fmt::format("{} and {}", fmt::join(quoted, ", "), last);
    const auto verb = searches.size() == 1 ? "is" : "are";
    if (!fewer) {
      report.report_inherent(DiagCode::W101, searches.front()->span,
                             fmt::format("{} {} searched in all text, where {} also reads {}", list, verb, target.name,
                                         target.all_text_beyond),
                             Effect::broader, negative);
      continue;
    }
    report.report_inherent(
        DiagCode::W190, searches.front()->span,
        fmt::format("{} {} searched without a field, which {} reads as {} only, not in the rest of a record's "
                    "text as the strategy does",
                    list, verb, target.name, target.all_text_name),
        Effect::narrower, negative,
        {fmt::format("to search other fields, write a replacement line for {} in a `database {} {{ ... }}` block",
                     target.name, target.id)});
  }
}

std::string describe(FieldSet fields) {
  std::vector<std::string_view> names;
  for (const auto f : fields.members()) names.push_back(field_description(f));
  if (names.size() <= 1) return fmt::format("{}", fmt::join(names, ""));
  const auto last = names.back();
  names.pop_back();
  return fmt::format("{} and {}", fmt::join(names, ", "), last);
}

std::string Lowering::where(const Context& c) const {
  // A search without a field: all text, or where the database's own search looks (ICTRP's).
  if (c.fields.empty()) return target_.all_text_name.empty() ? "all text" : std::string(target_.all_text_name);
  return fmt::format("the {} {}", describe(c.fields), c.fields.members().size() == 1 ? "field" : "fields");
}

// The scope's body lowered in its place, then put where the scope was.
void Lowering::unscoped(ast::Node& n, ast::Fielded& f, const Context& c) {
  node(f.body.front(), c);
  replace(n, std::move(f.body.front()));
}

void Lowering::fielded(ast::Node& n, ast::Fielded& f, Context c) {
  const Span span = n.span;
  // Inside a line with a role, the role says where its words are searched.
  if (c.role && !role_scope(f.fields)) {
    approximate(DiagCode::W113, span,
                fmt::format("{} searches `{}` in {}, as the line's role says, instead of in {}", target_.name,
                            format_expression(n), where(c),
                            f.fields.contains(Field::all_text) ? "all text" : describe(f.fields)),
                Effect::different, c);
    unscoped(n, f, c);
    return;
  }
  // `(a NOT b)[condition]`, searched in all text, searches `b` in all text too, which after NOT
  // removes more: the scope goes down to each part between AND and NOT first, `a[condition] NOT
  // b[condition]`, the same search, so that each part's rewrite is reported with the polarity it
  // stands in (a widening after NOT finds fewer).
  // (A database without NOT leaves the words after it out, which finds more anyway.)
  if (target_.not_operator && holds_not(f.body.front()) && changes_fields(f.fields, target_)) {
    replace(n, scope_each(span, std::move(f.body.front()), f.fields));
    node(n, c);
    return;
  }
  // `(a OR b NEAR/2 c)[ti,ab,kw]` is `a[ti,ab,kw] OR (b NEAR/2 c)[ti,ab,kw]`, the same search, so
  // that only the proximity search is split and `a` keeps every field, after NOT too.
  if (const auto* b = std::get_if<ast::Bool>(&f.body.front().kind);
      b != nullptr && needs_proximity_split(f.fields, f)) {
    ast::Nodes each;
    for (auto& o : std::get<ast::Bool>(f.body.front().kind).operands) {
      each.push_back(ast::field_scope(span, f.fields, std::move(o)));
    }
    replace(n, make(span, ast::Bool{b->op, std::move(each)}));
    node(n, c);
    return;
  }
  FieldSet fields = f.fields;
  for (const auto& [field, group] : target_.field_groups) {
    if (!fields.contains(field) || group.subset_of(fields)) continue;
    if (target_.approximate_field && target_.approximate_field->field == field) continue;  // below
    FieldSet added;
    for (const auto g : group.members()) {
      if (!fields.contains(g)) added.insert(g);
    }
    approximate(DiagCode::W101, span,
                fmt::format("{} searches the {} field only with the {} field: `{}` is searched in {} too", target_.name,
                            field_description(field), describe(added), format_expression(n), describe(added)),
                Effect::broader, c);
    for (const auto g : group.members()) fields.insert(g);
  }
  approximate_field(fields, n, c);
  if (const auto& p = target_.partial_field; p && fields.contains(p->field)) {
    report_.report_inherent(DiagCode::W101, span,
                            fmt::format("{}'s {} field holds {} alone: `{}` does not search {}", target_.name,
                                        field_description(p->field), p->holds, format_expression(n), p->lacks),
                            Effect::narrower, c.negative,
                            {target_.thesaurus ? fmt::format("add the concept's {} headings to it, as `{}(\"...\")`",
                                                             ast::vocabulary_name(*target_.thesaurus),
                                                             ast::vocabulary_function(*target_.thesaurus))
                                               : std::string("search the words in all text as well")});
  }
  if (const auto& p = target_.holds_part_of; p && p->holding.subset_of(fields) && !f.fields.contains(p->part_of)) {
    approximate(DiagCode::W101, span,
                fmt::format("{} searches the {} fields together with the {}: `{}` is searched in them too",
                            target_.name, describe(p->holding), p->part, format_expression(n)),
                Effect::broader, c);
  }
  if (!fields.subset_of(target_.fields)) {
    const auto source = format_expression(n);
    FieldSet missing;
    for (const auto field : fields.members()) {
      if (!target_.fields.contains(field)) missing.insert(field);
    }
    if (target_.all_text_fields.empty()) {
      approximate(
          DiagCode::W101, span,
          fmt::format("{} has no {} field: `{}` is searched in all text", target_.name, describe(missing), source),
          Effect::broader, c, {replace_note()});
    } else {
      FieldSet lost;
      for (const auto field : fields.members()) {
        if (!target_.all_text_fields.contains(field)) lost.insert(field);
      }
      const auto effect = lost.empty() ? Effect::broader : lost == fields ? Effect::narrower : Effect::different;
      approximate(DiagCode::W101, span,
                  fmt::format("{} has no {} field: `{}` is searched by {}{}", target_.name, describe(missing), source,
                              target_.all_text_name,
                              lost.empty() ? std::string()
                                           : fmt::format(", and not in the {} {}", describe(lost),
                                                         lost.members().size() == 1 ? "field" : "fields")),
                  effect, c, {replace_note()});
    }
    fields = FieldSet{Field::all_text};
  }
  if (fields.contains(Field::all_text)) {
    c.fields = {};
    unscoped(n, f, c);
    return;
  }
  // A database that scopes one field at a time writes `(a OR b)[ti,ab]` once per field, `(a OR
  // b)[ti] OR (a OR b)[ab]`, and one with proximity in some fields only writes a scope with NEAR
  // once for those fields and once for the others; so written, an AND or a NOT would have to
  // hold within one field, and `(a AND b)[ti,ab]` would lose a record with `a` in its title and
  // `b` in its abstract. The scope goes down to each part between them first, `a[ti,ab] AND
  // b[ti,ab]`, the same search, and each part is written on its own.
  const bool split = (!target_.multi_field_scopes && fields.members().size() > 1) || needs_proximity_split(fields, f);
  if (split && joins_words(f.body.front())) {
    replace(n, scope_each(span, std::move(f.body.front()), fields));
    node(n, c);
    return;
  }
  if (auto near_split = proximity_split(span, f, fields, c)) {
    replace(n, std::move(*near_split));
    return;
  }
  c.fields = fields;
  node(f.body.front(), c);
  // The scope as written, with the fields it now has, written by their names.
  f.names.clear();
  f.fields = fields;
  const auto members = fields.members();
  if (target_.multi_field_scopes || members.size() == 1) return;
  ast::Nodes each;
  for (const auto field : members) {
    each.push_back(ast::field_scope(span, FieldSet{field}, ast::Node(f.body.front())));
  }
  replace(n, make(span, ast::Bool{ast::BoolOp::or_, std::move(each)}));
}

// A field the database has only in a wider form (`approximate_field`): searched in that form,
// which finds more, or after NOT, where that would remove more, in the database's narrower code
// for the field, or, where the scope's other fields hold that part already (`holds_part_of`:
// PubMed's `[tiab]` and the author keywords), left to them; there the NOT removes fewer records.
void Lowering::approximate_field(FieldSet& fields, const ast::Node& n, const Context& c) {
  const auto& a = target_.approximate_field;
  if (!a || !fields.contains(a->field)) return;
  const auto name = field_description(a->field);
  if (!c.negative) {
    for (const auto& [field, group] : target_.field_groups) {
      if (field == a->field) fields.insert(group);
    }
    approximate(DiagCode::W101, n.span,
                fmt::format("{} has no {} field of its own: `{}` is searched in its {}", target_.name, name,
                            format_expression(n), a->wider),
                Effect::broader, c);
    return;
  }
  const auto& p = target_.holds_part_of;
  const bool held = p && p->part_of == a->field && p->holding.subset_of(fields);
  FieldSet others;
  for (const auto f : fields.members()) {
    if (f != a->field) others.insert(f);
  }
  const auto in = held             ? fmt::format("{}, which hold the {} but not the rest of the {}",
                                                 where(Context{.fields = others}), a->narrower, name)
                  : others.empty() ? fmt::format("the {} only, without the rest of the {}", a->narrower, name)
                                   : fmt::format("{} and the {} only, without the rest of the {}",
                                                 where(Context{.fields = others}), a->narrower, name);
  approximate(DiagCode::W101, n.span,
              fmt::format("{} has no {} field of its own: `{}` is searched in {}", target_.name, name,
                          format_expression(n), in),
              Effect::narrower, c);
  if (held) fields = others;
}

// A scope over fields where proximity works and fields where it does not (PubMed: `[ti,ab,kw]`)
// keeps NEAR where it works. The other fields are searched with AND, which finds more, or,
// after NOT, left out, which there finds more too.
bool Lowering::needs_proximity_split(FieldSet fields, const ast::Fielded& f) const {
  return !target_.proximity_fields.empty() && !fields.subset_of(target_.proximity_fields) && has_near(f.body.front());
}

std::optional<ast::Node> Lowering::proximity_split(Span span, ast::Fielded& f, FieldSet fields, const Context& c) {
  if (!needs_proximity_split(fields, f)) return std::nullopt;
  FieldSet near_fields;
  FieldSet rest;
  for (const auto field : fields.members())
    (target_.proximity_fields.contains(field) ? near_fields : rest).insert(field);
  if (near_fields.empty()) return std::nullopt;
  // The other fields with the fields the database searches them with (PubMed's keywords are
  // `[tw]`, which holds title and abstract too): where those hold the proximity's fields, the
  // words are searched apart in all of them, and no proximity search is kept.
  if (!c.negative) {
    for (const auto& [field, group] : target_.field_groups) {
      if (rest.contains(field)) rest.insert(group);
    }
    if (near_fields.subset_of(rest)) return std::nullopt;
  }
  Context with_near = c;
  with_near.fields = near_fields;
  auto kept = ast::field_scope(span, near_fields, lowered(f.body.front(), with_near));
  if (c.negative) {
    approximate(DiagCode::W114, span,
                fmt::format("{} searches words near each other only in {}: `{}` is not searched in {}", target_.name,
                            describe(target_.proximity_fields), format_expression(f.body.front()), describe(rest)),
                Effect::narrower, c);
    return kept;
  }
  Context without = c;
  without.fields = rest;
  node(f.body.front(), without);
  auto other = ast::field_scope(span, rest, std::move(f.body.front()));
  ast::Nodes both;
  both.push_back(std::move(kept));
  both.push_back(std::move(other));
  return make(span, ast::Bool{ast::BoolOp::or_, std::move(both)});
}

}  // namespace searchc::lowering
