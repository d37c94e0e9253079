// Google Scholar output: one query a search, words ANDed side by side, `OR`, `-` before each
// excluded word or phrase, `intitle:`, `author:` and `source:` before each word or phrase of a
// field scope, and the years in the re-run link (`as_ylo`, `as_yhi`).
//
// The syntax is databases/gscholar/syntax.hpp's, with its sources in docs/databases.md ("Google
// Scholar (`gscholar`)"). No source documents parentheses: nested groups are parenthesised, as
// searchers of Google Scholar write them, and the query says so (W461). No source documents a
// field operator before a group, so a scope's operator stands before each of its words. `-`
// excludes a word or phrase from the whole query: the lowering has left NOT only there
// (Capabilities::not_words_only), and searched any other as its first operand (W109). A query
// longer than the 256 characters Google Scholar reads is written whole, and where the limit
// falls is reported (W460): cut, it would search something else silently.
#include "databases/gscholar/gscholar.hpp"

#include <fmt/format.h>

#include <stdexcept>
#include <vector>

#include "base/text.hpp"
#include "base/utf8.hpp"
#include "base/visit.hpp"
#include "compiler/format.hpp"
#include "databases/gscholar/sources.hpp"
#include "databases/gscholar/syntax.hpp"
#include "databases/url.hpp"

namespace searchc::gscholar {
namespace {

constexpr std::string_view database = "Google Scholar";

// A word Google Scholar would read as an operator or a mark of its syntax, in quotation marks.
bool needs_quotes(std::string_view word) {
  return is_boolean_word(word) || word.starts_with('-') || word.starts_with('+') ||
         word.find_first_of(marks) != std::string_view::npos;
}

// The operator before each word of a scope over `fields`; none for all text. The lowering has
// left one field a scope (Capabilities::multi_field_scopes).
std::string_view prefix_for(FieldSet fields) {
  if (fields.empty() || fields.contains(Field::all_text)) return {};
  const auto codes = written_codes(field_prefixes(), fields);
  if (codes.size() != 1) throw std::logic_error("Google Scholar: the lowering should have left one field a scope");
  return codes.front();
}

[[noreturn]] void unreachable(std::string_view what) {
  throw std::logic_error(fmt::format("Google Scholar: the lowering should have rewritten {}", what));
}

// One search's query, with where each word and phrase stands in it, for the report of the length.
class Query {
 public:
  explicit Query(Approximations& report) : report_(report) {}

  // The query of `root`; reports the parentheses (W461) and the length (W460).
  std::string write(const ast::Node& root) {
    std::string out;
    node(root, {}, true, out);
    if (first_group_ != nullptr) {
      report_.report(DiagCode::W461, first_group_->span,
                     fmt::format("{} documents no parentheses: the query groups its searches in them, `{}`, as "
                                 "searchers of Google Scholar write, but no Google page says that it reads them so",
                                 database, format_expression(*first_group_)),
                     Effect::different, false,
                     {"check that the query finds the records each group finds on its own, or run each group as "
                      "a query of its own"});
    }
    check_length(out);
    return out;
  }

 private:
  struct Placed {
    std::size_t begin;  // bytes of the query before it
    std::size_t end;
    const ast::Node* node;
  };

  // `n` written at the end of `out`, each word after `prefix`. `whole`: `n` is ANDed onto the
  // whole search, where `-` can exclude from it.
  void node(const ast::Node& n, std::string_view prefix, bool whole, std::string& out) {
    std::visit(overloaded{
                   [&](const ast::Term& t) {
                     leaf(n, out, [&] {
                       out += prefix;
                       if (needs_quotes(t.text)) {
                         out += fmt::format("\"{}\"", t.text);
                       } else {
                         out += t.text;
                       }
                     });
                   },
                   [&](const ast::Phrase& p) { leaf(n, out, [&] { out += fmt::format("{}\"{}\"", prefix, p.text); }); },
                   [&](const ast::Native& x) { leaf(n, out, [&] { out += fmt::format("{}{}", prefix, x.text); }); },
                   [&](const ast::Heading&) { unreachable("a subject heading"); },
                   [&](const ast::LineRef&) { unreachable("a line reference"); },
                   [&](const ast::Near&) { unreachable("a proximity search"); },
                   [&](const ast::Fielded& f) { node(f.body.front(), prefix_for(f.fields), whole, out); },
                   [&](const ast::Bool& b) {
                     const bool and_ = b.op == ast::BoolOp::and_;
                     for (std::size_t i = 0; i < b.operands.size(); ++i) {
                       if (i > 0) out += and_ ? and_operator : or_operator;
                       operand(b.operands[i], prefix, whole && and_, out);
                     }
                   },
                   [&](const ast::Not& x) { negation(x, prefix, whole, out); },
               },
               n.kind);
  }

  // An operand of AND or OR: parenthesised where it joins several searches, except a NOT or an
  // AND ANDed onto the whole search, whose parts are ANDed onto it too.
  void operand(const ast::Node& n, std::string_view prefix, bool whole, std::string& out) {
    // a scope is parenthesised as what it scopes: `(intitle:a OR intitle:b) c`
    if (const auto* f = std::get_if<ast::Fielded>(&n.kind)) {
      operand(f->body.front(), prefix_for(f->fields), whole, out);
      return;
    }
    const bool group = std::holds_alternative<ast::Bool>(n.kind) || std::holds_alternative<ast::Not>(n.kind);
    const bool and_ =
        std::holds_alternative<ast::Not>(n.kind) || (group && std::get<ast::Bool>(n.kind).op == ast::BoolOp::and_);
    if (!group || (whole && and_)) {
      node(n, prefix, whole, out);
      return;
    }
    if (first_group_ == nullptr) first_group_ = &n;
    out += '(';
    node(n, prefix, false, out);
    out += ')';
  }

  // `a -b -c` for `a NOT (b OR c)`: the lowering has left NOT only where it excludes from the
  // whole search, words and phrases (Capabilities::not_words_only).
  void negation(const ast::Not& x, std::string_view prefix, bool whole, std::string& out) {
    std::vector<std::pair<const ast::Node*, std::string_view>> excluded;
    if (!whole || !excludable(x.operands[1], prefix, excluded)) unreachable("a NOT that is not an exclusion of words");
    operand(x.operands[0], prefix, true, out);
    for (const auto& [e, p] : excluded) {
      out += ' ';
      out += exclude;
      node(*e, p, false, out);
    }
  }

  // The words and phrases `n` is an OR of, each with its field's operator, into `out`; false
  // where it holds anything else.
  static bool excludable(const ast::Node& n, std::string_view prefix,
                         std::vector<std::pair<const ast::Node*, std::string_view>>& out) {
    if (std::holds_alternative<ast::Term>(n.kind) || std::holds_alternative<ast::Phrase>(n.kind)) {
      out.emplace_back(&n, prefix);
      return true;
    }
    if (const auto* f = std::get_if<ast::Fielded>(&n.kind))
      return excludable(f->body.front(), prefix_for(f->fields), out);
    const auto* b = std::get_if<ast::Bool>(&n.kind);
    if (b == nullptr || b->op != ast::BoolOp::or_) return false;
    for (const auto& o : b->operands) {
      if (!excludable(o, prefix, out)) return false;
    }
    return true;
  }

  template <typename Write>
  void leaf(const ast::Node& n, std::string& out, Write&& write) {
    const auto begin = out.size();
    write();
    placed_.push_back({begin, out.size(), &n});
  }

  // W460 where the query is longer than Google Scholar reads, at the word the limit falls in.
  void check_length(const std::string& query) {
    const auto length = count_code_points(query);
    if (length <= max_query) return;
    // the byte where character max_query + 1 begins
    std::size_t cut = 0;
    for (std::size_t seen = 0; seen <= max_query; ++cut) {
      if ((static_cast<unsigned char>(query[cut]) & 0xC0U) != 0x80U) ++seen;
    }
    --cut;
    const Placed* at = nullptr;
    for (const auto& p : placed_) {
      if (p.end > cut) {
        at = &p;
        break;
      }
    }
    const auto* where = at != nullptr ? at->node : placed_.back().node;
    const auto rest = std::string_view(query).substr(at != nullptr ? at->begin : cut);
    const auto parts = (length + max_query - 1) / max_query;
    report_.report(DiagCode::W460, where->span,
                   fmt::format("{} reads at most {} characters of a query, and this one has {}, {} too many: the "
                               "limit falls at `{}`, and what follows from there, `{}`, is not searched; the query is "
                               "written whole, not cut",
                               database, max_query, length, length - max_query, format_expression(*where),
                               rest.size() > 60 ? fmt::format("{} ...", rest.substr(0, 60)) : std::string(rest)),
                   Effect::different, false,
                   {fmt::format("split the search into at least {} queries of at most {} characters, each with "
                                "part of a long OR group and all the rest of the search, and combine their results",
                                parts, max_query)});
  }

  Approximations& report_;
  std::vector<Placed> placed_;
  const ast::Node* first_group_ = nullptr;
};

// The years, as the advanced search's "Return articles dated between" and the results page's
// custom range take them.
std::string years(const ast::Limit& limit) {
  if (limit.from && limit.to) return fmt::format("{} to {}", limit.from->year, limit.to->year);
  if (limit.from) return fmt::format("from {}", limit.from->year);
  return fmt::format("to {}", limit.to->year);
}

std::string year_of(const std::optional<ast::Date>& date) {
  return date ? fmt::format("{}", date->year) : std::string();
}

}  // namespace

Capabilities capabilities() {
  return Capabilities{
      .id = "gscholar",
      .name = "Google Scholar",
      // No field of abstracts or keywords: such a scope is searched without a field, which
      // reads all of a record Google has, the full text where it has it (W101, wider).
      .fields = FieldSet{Field::title, Field::author, Field::source, Field::all_text},
      .multi_field_scopes = false,
      .field_groups = {},
      .history = false,
      .proximity = false,
      .proximity_fields = {},
      .next_operator = false,
      .not_operator = true,
      .not_words_only = true,
      .thesaurus = std::nullopt,
      .heading_qualifiers = false,
      .heading_major = false,
      .truncation = Truncation::none,
      .phrase_wildcards = false,
      .truncation_as_stem = true,
      .min_stem = 1,
      // The Cochrane Library's date is run as the publication year, the nearest (W110).
      .limits = {{ast::LimitKind::publication_year, DatePrecision::year},
                 {ast::LimitKind::cochrane_date, DatePrecision::year, ast::LimitKind::publication_year}},
      .open_ranges = OpenRanges::any,
      .syntax_version = syntax_version,
      .sources = sources,
  };
}

Output write(const ast::Strategy& lowered, const EmitOptions&, Approximations& report) {
  Output out;
  for (const auto& line : lowered.lines) {
    Query writer(report);
    auto query = writer.write(line.query);
    std::vector<Parameter> parameters{{"q", query}};
    Search search{line.name, {{"Search", std::move(query)}}, {}};
    for (const auto& limit : line.limits) {
      if (limit.kind != ast::LimitKind::publication_year) continue;
      search.fields.push_back({"Years", years(limit)});
      parameters.push_back({"as_ylo", year_of(limit.from)});
      parameters.push_back({"as_yhi", year_of(limit.to)});
    }
    search.links.push_back({parameters.size() > 1 ? "Re-runs the search on Google Scholar, with its years"
                                                  : "Re-runs the search on Google Scholar",
                            make_url("https://scholar.google.com/scholar", parameters)});
    out.searches.push_back(std::move(search));
  }
  render_searches(out);
  return out;
}

}  // namespace searchc::gscholar
