// Name resolution and the database-independent checks.
#include "compiler/resolve.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bitset>
#include <map>

#include "base/text.hpp"
#include "base/utf8.hpp"
#include "base/visit.hpp"
#include "compiler/spelling.hpp"
#include "mesh/qualifiers.hpp"
#include "mesh/vocabulary.hpp"

namespace searchc {
namespace {

struct LimitInfo {
  ast::LimitKind kind;
  std::string_view name;
  std::string_view description;
  std::vector<std::string_view> words;  // the values of a limit that takes a word; empty for dates
};

const std::array<LimitInfo, 6>& limit_table() {
  static const std::array<LimitInfo, 6> table = {{
      {ast::LimitKind::publication_year, "year", "publication year", {}},
      {ast::LimitKind::cochrane_date, "cochrane-date", "the date a record was added to the Cochrane Library", {}},
      {ast::LimitKind::entry_date, "entry-date", "the date a record was added to the database searched", {}},
      {ast::LimitKind::registered, "registered", "the date a trial was registered", {}},
      {ast::LimitKind::study_type, "study-type", "a trial's design", {"interventional", "observational"}},
      {ast::LimitKind::status, "status", "a trial's recruitment status", {"all", "recruiting"}},
  }};
  return table;
}

// Field names other tools use, and what to write instead.
struct FieldAlias {
  std::string_view written;
  std::string_view instead;
};

constexpr std::array<FieldAlias, 8> field_aliases = {{
    {"tiab", "[ti,ab]"},
    {"tw", "[ti,ab,kw]"},
    {"title", "[ti]"},
    {"abstract", "[ab]"},
    {"kf", "[kw]"},
    {"mh", "mesh(\"Heading\") instead of a field"},
    {"mesh", "mesh(\"Heading\") instead of a field"},
    {"majr", "mesh(\"Heading\", major) instead of a field"},
}};

// `#3`: the parser has reported it (E105), so name resolution leaves it alone.
bool numbered(const ast::LineRef& ref) {
  return ref.name.empty() || std::isdigit(static_cast<unsigned char>(ref.name.front())) != 0;
}

class Resolver {
 public:
  Resolver(ast::Strategy& strategy, DiagnosticSink& sink, const ResolveOptions& options,
           const mesh::Vocabulary& vocabulary)
      : strategy_(strategy), sink_(sink), options_(options), vocabulary_(vocabulary) {}

  void run() {
    index_names();
    used_.assign(strategy_.lines.size(), false);
    for (std::size_t i = 0; i < strategy_.lines.size(); ++i) check_line(strategy_.lines[i], i);
    check_databases();
    check_records();
    // An unused line is worth a warning only once the references themselves are right.
    if (!sink_.has_errors()) report_unused();
  }

 private:
  void index_names() {
    for (std::size_t i = 0; i < strategy_.lines.size(); ++i) {
      const auto& line = strategy_.lines[i];
      const auto [it, inserted] = names_.emplace(line.name, i);
      if (!inserted) {
        duplicates_.push_back(i);
        auto& d =
            sink_.report(DiagCode::E102, line.name_span, fmt::format("a line named `{}` exists already", line.name));
        d.labels.push_back({strategy_.lines[it->second].name_span, "first defined here"});
        d.notes.emplace_back("give each line its own name");
      }
    }
  }

  // `position` is where the line stands: references may only go to lines above it.
  void check_line(ast::Line& line, std::size_t position, bool in_block = false) {
    position_ = position;
    check_node(line.query, Context{.in_block = in_block});
    check_limits(line);
    if (line.role) check_role(*line.role);
  }

  struct Context {
    bool in_fields = false;
    bool in_proximity = false;
    bool in_block = false;         // a database block's line, which may hold native(...)
    bool in_phrase_chain = false;  // an operand of `a NEXT b`, which is a phrase written out
    bool words = true;             // searched as words whose spelling can be checked, not as names (`[au]`, `[so]`)
  };

  // `condition` and `intervention` name the registry field the line is searched in; `filter`
  // marks a published search filter, and only it takes a text, the filter's citation (E129).
  void check_role(ast::Role& role) {
    const auto field = parse_field(role.name);
    if (field == Field::condition || field == Field::intervention) {
      role.field = field;
      if (role.source) {
        auto& d = sink_.report(DiagCode::E129, role.source_span,
                               fmt::format("a `{}` role takes no text; only a filter cites a source", role.name));
        d.notes.emplace_back("remove the text, or mark a published filter's line `role filter \"its source\"`");
      }
      return;
    }
    if (iequal(role.name, "filter")) return;
    auto& d = sink_.report(DiagCode::E123, role.span, fmt::format("`{}` is not a role", role.name));
    if (auto match = closest_match(role.name, {"condition", "intervention", "filter"})) {
      d.notes.push_back(fmt::format("did you mean `{}`?", *match));
    }
    d.notes.emplace_back(
        "a line's role is `condition` or `intervention` (the field a trial registry searches it in), or `filter` (a "
        "published search filter, with its citation)");
  }

  void check_node(ast::Node& node, Context context) {
    std::visit(overloaded{
                   [&](ast::Term& term) {
                     check_wildcards(term.text, node.span, context.in_phrase_chain);
                     if (context.words)
                       check_spelling(term.text, node.span, true, vocabulary_, options_.accepted_words, sink_);
                   },
                   [&](ast::Phrase& phrase) {
                     check_phrase_wildcards(phrase.text, node.span, context.in_phrase_chain);
                     if (context.words)
                       check_spelling(phrase.text, node.span, false, vocabulary_, options_.accepted_words, sink_);
                   },
                   [&](ast::Heading& heading) {
                     check_heading(heading, node.span, context);
                     if (options_.imported && heading.vocabulary == ast::Vocabulary::mesh && !context.in_fields &&
                         !context.in_proximity)
                       read_publication_type(node, heading);
                   },
                   [&](ast::LineRef& ref) { check_ref(ref, node.span, context); },
                   [&](ast::Bool& b) {
                     if (context.in_proximity && b.op == ast::BoolOp::and_) report_proximity(node.span, "AND");
                     for (auto& operand : b.operands) check_node(operand, context);
                   },
                   [&](ast::Not& n) {
                     if (context.in_proximity) report_proximity(node.span, "NOT");
                     for (auto& operand : n.operands) check_node(operand, context);
                   },
                   [&](ast::Near& n) {
                     Context inner = context;
                     inner.in_proximity = true;
                     inner.in_phrase_chain = n.ordered && n.distance == 1;
                     for (auto& operand : n.operands) check_node(operand, inner);
                   },
                   [&](ast::Fielded& f) { check_fields(f, node.span, context); },
                   [&](ast::Native&) {
                     if (context.in_block) return;
                     auto& d = sink_.report(DiagCode::E121, node.span, "`native(...)` outside a database block");
                     d.notes.emplace_back(
                         "native text is written as it is into one database's search, so it "
                         "belongs in a replacement line or a `search` of that database's block");
                   },
               },
               node.kind);
  }

  void report_proximity(Span span, std::string_view what) {
    auto& d = sink_.report(DiagCode::E111, span, fmt::format("{} inside a proximity operator", what));
    d.notes.emplace_back(
        "NEXT and NEAR join words, phrases and OR-groups of them; combine other "
        "searches outside the proximity operator");
  }

  void check_fields(ast::Fielded& fielded, Span span, Context context) {
    if (context.in_proximity) {
      auto& d = sink_.report(DiagCode::E111, span, "a field scope inside a proximity operator");
      d.notes.emplace_back("put the fields on the whole proximity search: `(bone NEXT marrow)[ti,ab]`");
    } else if (context.in_fields) {
      auto& d = sink_.report(DiagCode::E112, span, "a field scope inside another field scope");
      d.notes.emplace_back("the outer scope already decides where the words are searched; remove one");
    }
    for (const auto& name : fielded.names) {
      if (auto field = parse_field(name.text)) {
        fielded.fields.insert(*field);
        continue;
      }
      auto& d = sink_.report(DiagCode::E106, name.span, fmt::format("`{}` is not a field", name.text));
      const auto alias = std::find_if(field_aliases.begin(), field_aliases.end(),
                                      [&](const FieldAlias& a) { return iequal(a.written, name.text); });
      if (alias != field_aliases.end()) {
        d.notes.push_back(fmt::format("write {}", alias->instead));
      } else if (auto match = closest_match(name.text, field_names())) {
        d.notes.push_back(fmt::format("did you mean `{}`?", *match));
      }
      d.notes.push_back(fmt::format("the fields are {}", fmt::join(field_names(), ", ")));
    }
    Context inner = context;
    inner.in_fields = true;
    inner.words = !fielded.fields.contains(Field::author) && !fielded.fields.contains(Field::source);
    check_node(fielded.body.front(), inner);
  }

  void check_ref(ast::LineRef& ref, Span span, Context context) {
    if (context.in_fields) {
      auto& d = sink_.report(DiagCode::E113, span, "a field scope on a line reference");
      d.notes.emplace_back("put the fields on the searches of the line it refers to");
    }
    if (context.in_proximity) report_proximity(span, "a line reference");
    if (numbered(ref)) return;
    const auto it = names_.find(ref.name);
    if (it == names_.end()) {
      auto& d = sink_.report(DiagCode::E101, span, fmt::format("there is no line named `{}`", ref.name));
      std::vector<std::string_view> earlier;
      for (std::size_t i = 0; i < position_ && i < strategy_.lines.size(); ++i) {
        earlier.push_back(strategy_.lines[i].name);
      }
      if (auto match = closest_match(ref.name, earlier)) d.notes.push_back(fmt::format("did you mean `#{}`?", *match));
      return;
    }
    const auto target = it->second;
    if (target == position_) {
      auto& d = sink_.report(DiagCode::E103, span, fmt::format("the line `{}` refers to itself", ref.name));
      d.notes.emplace_back("a line can only combine the lines above it");
      return;
    }
    if (target > position_) {
      auto& d = sink_.report(DiagCode::E104, span, fmt::format("the line `{}` comes later in the strategy", ref.name));
      d.labels.push_back({strategy_.lines[target].name_span, "defined here"});
      d.notes.emplace_back(
          "a line can only combine the lines above it, so that no search depends on "
          "itself; move this line below it");
      return;
    }
    ref.index = static_cast<int>(target);
    used_[target] = true;
  }

  // The current headings nearest to a label the vocabulary lacks, nearest first: the heading
  // `<label> as Topic` first, since MeSH renamed the subjects of study designs so when it made
  // the designs publication types (`Clinical Trials` is now `Clinical Trials as Topic`), then
  // those within a few edits of the name or an entry term (mesh::Vocabulary::closest).
  std::vector<std::string> nearest_headings(std::string_view label) const {
    std::vector<mesh::Match> found;
    if (auto topic = vocabulary_.lookup_loose(fmt::format("{} as Topic", label))) found.push_back(*topic);
    for (const auto& m : vocabulary_.closest(label, 3)) {
      if (found.size() < 3 &&
          std::none_of(found.begin(), found.end(), [&](const mesh::Match& f) { return f.heading == m.heading; }))
        found.push_back(m);
    }
    std::vector<std::string> out;
    for (const auto& m : found) out.push_back(quoted_heading(m));
    return out;
  }

  static std::string quoted_heading(const mesh::Match& m) {
    return m.entry_term ? fmt::format("`{}` (by its entry term `{}`)", m.heading.name(), *m.entry_term)
                        : fmt::format("`{}`", m.heading.name());
  }

  // A heading the vocabulary lacks, imported or written `as-written`: the strategy ran with an
  // older MeSH, which had it, and it is carried as written (W309).
  void report_old_heading(const ast::Heading& heading, Span span) {
    auto& d = sink_.report(
        DiagCode::W309, span,
        fmt::format("`{}` is not a heading of {}: it is searched as written, as the strategy ran it with the MeSH "
                    "of its day; a database whose MeSH no longer has it may find fewer records, or none",
                    heading.label, mesh::release));
    const auto nearest = nearest_headings(heading.label);
    d.notes.push_back(nearest.empty()
                          ? fmt::format("no current heading is near it; `searchc mesh NAME` looks headings up")
                          : fmt::format("the nearest current heading{} {}", nearest.size() == 1 ? " is" : "s are",
                                        fmt::join(nearest, ", ")));
    d.notes.emplace_back(
        "NLM moves the records of a renamed heading to the new one every year; to run the search anew, "
        "replace it with a current heading (`as-written` keeps the old one; without it the heading is an error, "
        "E127)");
  }

  // A heading found only by its loose form (mesh::Vocabulary::lookup_loose), in an imported
  // strategy: read as that heading, whose name replaces the label (W310).
  void report_loose_heading(ast::Heading& heading, const mesh::Match& match, Span span) {
    sink_
        .report(DiagCode::W310, span,
                fmt::format("`{}` is written unlike the heading {} of {}: it is read as that heading", heading.label,
                            quoted_heading(match), mesh::release))
        .notes.push_back(fmt::format("write mesh(\"{}\"): a heading is searched by its own name, in any case",
                                     match.heading.name()));
    heading.label = match.heading.name();
  }

  // The heading in the vocabulary: an error when it is not there (a warning in an imported
  // strategy, which may have used an older MeSH or a loose spelling), a warning when it is
  // written as an entry term, which the lowering replaces by the heading's name.
  std::optional<mesh::Match> check_vocabulary(ast::Heading& heading, Span span) {
    auto match = vocabulary_.lookup(heading.label);
    if (!match && options_.imported) {
      match = vocabulary_.lookup_loose(heading.label);
      if (match) {
        report_loose_heading(heading, *match, span);
        return match;
      }
    }
    if (!match && (options_.imported || heading.as_written)) {
      heading.as_written = true;  // so that the imported strategy says so, and reads back the same
      report_old_heading(heading, span);
      return std::nullopt;
    }
    if (!match) {
      auto& d = sink_.report(DiagCode::E127, span,
                             fmt::format("`{}` is not a heading or an entry term of {}", heading.label, mesh::release));
      const auto suggestions = nearest_headings(heading.label);
      if (!suggestions.empty()) d.notes.push_back(fmt::format("did you mean {}?", fmt::join(suggestions, " or ")));
      d.notes.emplace_back(
          "a database finds nothing under a heading it does not have; `searchc mesh NAME` looks "
          "headings up");
      d.notes.push_back(
          fmt::format("if the strategy ran with an older MeSH that had it, write mesh(\"{}\", as-written) "
                      "to keep it as it ran (W309)",
                      heading.label));
      return std::nullopt;
    }
    if (match->entry_term) {
      sink_
          .report(DiagCode::W006, span,
                  fmt::format("`{}` is an entry term of the heading `{}`: it is searched as `{}`", heading.label,
                              match->heading.name(), match->heading.name()))
          .notes.push_back(fmt::format("write mesh(\"{}\"): databases index records under the heading's own name",
                                       match->heading.name()));
    }
    return match;
  }

  // Exploding a heading adds its narrower headings; one without any finds the same records
  // either way, which a librarian checking the strategy may want to know.
  void note_leaf_explosion(const mesh::Match& match, Span span) {
    if (vocabulary_.has_narrower(match.heading)) return;
    sink_
        .report(DiagCode::N001, span,
                fmt::format("`{}` has no narrower headings in {}: exploding it finds the same records as the "
                            "heading alone",
                            match.heading.name(), mesh::release))
        .notes.emplace_back("write `noexp` to say so, or leave it: nothing is lost");
  }

  void check_heading(ast::Heading& heading, Span span, Context context) {
    if (context.in_fields) {
      auto& d = sink_.report(DiagCode::E113, span, "a field scope on a subject heading");
      d.notes.emplace_back("a heading is searched in the subject headings; remove the fields");
    }
    if (context.in_proximity) report_proximity(span, "a subject heading");
    if (!heading.label.empty() && heading.vocabulary != ast::Vocabulary::mesh) {
      // The licensed thesauri are not bundled: their headings are taken as written. One that is
      // also a MeSH heading's name or entry term keeps that heading, for a database that
      // searches MeSH and not this thesaurus.
      if (const auto match = vocabulary_.lookup(heading.label)) {
        heading.descriptor_vocabulary = &vocabulary_;
        heading.descriptor_index = match->heading.index();
      }
      return;
    }
    if (!heading.label.empty()) {
      const auto match = check_vocabulary(heading, span);
      if (match) {
        heading.descriptor_vocabulary = &vocabulary_;
        heading.descriptor_index = match->heading.index();
      }
      if (match && heading.explode) note_leaf_explosion(*match, span);
    }
    std::vector<std::string_view> seen;
    for (auto& q : heading.qualifiers) {
      const auto info = mesh::find_qualifier(q.written);
      if (!info) {
        auto& d = sink_.report(DiagCode::E107, q.span, fmt::format("`{}` is not a MeSH qualifier", q.written));
        std::vector<std::string_view> candidates;
        for (const auto& known : mesh::qualifiers()) {
          candidates.push_back(q.written.size() <= 2 ? known.abbreviation : known.name);
        }
        if (auto match = closest_match(q.written, candidates)) {
          const auto suggestion = mesh::find_qualifier(*match);
          d.notes.push_back(fmt::format("did you mean `/{}` ({})?", suggestion->abbreviation, suggestion->name));
        }
        continue;
      }
      if (info->withdrawn) {
        sink_
            .report(DiagCode::W005, q.span,
                    fmt::format("`/{}` ({}) is in MeSH 2014 but not in MeSH 2024: it is searched as written, and "
                                "records indexed after it was withdrawn do not have it",
                                info->abbreviation, info->name))
            .notes.emplace_back(info->replaced_by.empty()
                                    ? std::string("choose a current qualifier for new searches")
                                    : fmt::format("NLM replaced it with `/{}` ({})", info->replaced_by,
                                                  mesh::find_qualifier(info->replaced_by)->name));
      }
      q.abbreviation = info->abbreviation;
      q.name = info->name;
      if (std::find(seen.begin(), seen.end(), info->abbreviation) != seen.end()) {
        sink_.report(DiagCode::W002, q.span, fmt::format("the qualifier /{} is given twice", info->abbreviation));
      }
      seen.push_back(info->abbreviation);
    }
  }

  // An imported heading that MeSH has as a publication type and not as a subject
  // (`randomized controlled trial/`, mesh::Heading::publication_type) is read as that publication
  // type, which is what the database searched (W350): NLM indexes a record's design as its
  // publication type, and the subject of studies of that design as `... as Topic`. A heading
  // with qualifiers or marked as major topic stays one, since a publication type takes neither.
  // Replaces the node that holds `heading`.
  void read_publication_type(ast::Node& node, const ast::Heading& heading) {
    const auto descriptor = heading.descriptor();
    if (!descriptor || !descriptor.publication_type() || !heading.qualifiers.empty() || heading.major) return;
    const auto name = std::string(descriptor.name());
    ast::Nodes body;
    body.push_back(ast::Node{node.span, false, ast::Phrase{name}});
    auto& d = sink_.report(DiagCode::W350, node.span,
                           fmt::format("`{}` is a publication type in {}, not a subject heading: it is read as "
                                       "the publication type `\"{}\"[pt]`",
                                       heading.label, mesh::release, name));
    if (vocabulary_.has_narrower(descriptor)) {
      const auto narrower = narrower_names(descriptor);
      d.notes.push_back(heading.explode ? fmt::format("exploded, it found its narrower types too ({}); `[pt]` "
                                                      "finds them only where the database explodes publication types",
                                                      narrower)
                                        : fmt::format("it was not exploded; where the database explodes publication "
                                                      "types, `[pt]` finds its narrower types too ({})",
                                                      narrower));
    }
    d.notes.emplace_back(
        "a record's design is indexed as its publication type; `... as Topic` headings are for "
        "records about studies of that design");
    node.kind = ast::Fielded{{}, FieldSet{Field::publication_type}, std::move(body)};
  }

  // `A`, `B, C`: the names of the heading's narrower headings, quoted, since names hold commas.
  std::string narrower_names(const mesh::Heading& heading) const {
    std::vector<std::string> out;
    for (const auto& n : vocabulary_.narrower(heading)) out.push_back(fmt::format("`{}`", n.name()));
    return fmt::format("{}", fmt::join(out, ", "));
  }

  // Truncation (`*`) needs a stem of at least three characters: before it, or after it when
  // it opens the word. A `*` inside a word is held by both sides, so the word needs three
  // characters in all (`h*ematuria`). `?` stands for one character and needs no stem.
  // `anchored`: a word of a phrase of several words or of a NEXT chain, whose neighbours hold it
  // in place (an author's `"Crenshaw A*"`), so it needs only a letter of its own.
  void check_wildcards(std::string_view word, Span span, bool anchored = false) {
    if (!has_wildcards(word)) return;
    const auto letters = word.find_first_not_of("*?");
    if (anchored && letters != std::string_view::npos) return;
    const auto star = word.find('*');
    std::string_view stem = word;
    std::string_view where = "before";
    if (star == 0 && letters != std::string_view::npos) {
      const auto next = word.find('*', letters);
      stem = word.substr(letters, next == std::string_view::npos ? next : next - letters);
      where = "after";
    } else if (star != std::string_view::npos && word.find_first_not_of("*?", star) == std::string_view::npos) {
      stem = word.substr(0, star);
    } else if (star != std::string_view::npos) {
      std::string literal;
      for (const char c : word) {
        if (c != '*' && c != '?') literal += c;
      }
      if (count_code_points(literal) >= min_wildcard_stem && count_code_points(word.substr(0, star)) >= 1) return;
      stem = word.substr(0, star);
    }
    if (letters != std::string_view::npos && count_code_points(stem) >= min_wildcard_stem) return;
    if (options_.imported && letters != std::string_view::npos) {
      // The database ran it (Ovid's `iv$`, the Cochrane Library's `5 FU*`): carried as run. Each
      // writer still checks the stem its database needs (W180, E204).
      auto& d = sink_.report(DiagCode::W330, span,
                             fmt::format("`{}` has only {} character{} {} the truncation, fewer than the language's "
                                         "{}: carried over as the database ran it",
                                         word, count_code_points(stem), count_code_points(stem) == 1 ? "" : "s", where,
                                         min_wildcard_stem));
      d.notes.emplace_back(
          "it matches many words; a database that needs a longer stem gets the words written out or refuses it");
      return;
    }
    auto& d = sink_.report(DiagCode::E114, span,
                           letters == std::string_view::npos
                               ? fmt::format("`{}` has no letters to search for", word)
                               : fmt::format("`{}` has only {} character{} {} the truncation", word,
                                             count_code_points(stem), count_code_points(stem) == 1 ? "" : "s", where));
    d.notes.push_back(
        fmt::format("truncation needs at least {} characters beside it, or it matches too many "
                    "words (several databases refuse it)",
                    min_wildcard_stem));
  }

  // A phrase's other words hold a short truncated word in place, as a NEXT chain's other words
  // hold a phrase of one word (`"/?" NEXT ii`, as Ovid's `"/#" adj ii` is read).
  void check_phrase_wildcards(std::string_view phrase, Span span, bool anchored) {
    if (!has_wildcards(phrase)) return;
    const bool held = anchored || phrase.find(' ') != std::string_view::npos;
    each_phrase_word(phrase, [&](std::string_view word) { check_wildcards(word, span, held); });
  }

  void check_limits(ast::Line& line) {
    std::bitset<256> seen;  // by kind, an 8-bit enum
    const auto& table = limit_table();
    for (auto& limit : line.limits) {
      const auto info =
          std::find_if(table.begin(), table.end(), [&](const LimitInfo& l) { return l.name == limit.key; });
      if (info == table.end()) {
        auto& d = sink_.report(DiagCode::E109, limit.key_span, fmt::format("`{}` is not a limit", limit.key));
        std::vector<std::string_view> names;
        std::vector<std::string> described;
        for (const auto& l : table) {
          names.push_back(l.name);
          described.push_back(fmt::format("`{}` ({})", l.name, l.description));
        }
        if (auto match = closest_match(limit.key, names)) d.notes.push_back(fmt::format("did you mean `{}`?", *match));
        d.notes.push_back(fmt::format("the limits are {}", fmt::join(described, ", ")));
        continue;
      }
      if (!check_limit_value(limit, *info)) continue;
      limit.kind = info->kind;
      const auto kind = static_cast<std::size_t>(limit.kind);
      if (seen.test(kind)) {
        sink_.report(DiagCode::E118, limit.span, fmt::format("the limit `{}` is given twice", limit.key));
      }
      seen.set(kind);
      // `2020-02-03 to 2020-02` runs to the end of February: a range compares its first day
      // with its last (a date that is none is E025's, where it was read).
      const auto days = [](const ast::Date& d) { return std::tuple(d.year, d.month, d.day); };
      if (limit.from && limit.to && ast::valid_date(*limit.from) && ast::valid_date(*limit.to) &&
          days(ast::last_day(*limit.to)) < days(ast::first_day(*limit.from))) {
        auto& d = sink_.report(DiagCode::E116, limit.span,
                               fmt::format("the range ends ({}) before it starts ({})", ast::format_date(*limit.to),
                                           ast::format_date(*limit.from)));
        d.notes.emplace_back("write the earlier date first");
      }
    }
  }

  // A date limit takes a range and a word limit one of its words.
  bool check_limit_value(const ast::Limit& limit, const LimitInfo& info) {
    const bool word = !limit.value.empty();
    if (info.words.empty() && word) {
      auto& d = sink_.report(DiagCode::E125, limit.value_span,
                             fmt::format("the limit `{}` takes a range of dates, not `{}`", info.name, limit.value));
      d.notes.push_back(fmt::format("write `limit {} 2014 to 2021`, `from 2014` or `to 2021`", info.name));
      return false;
    }
    if (!info.words.empty() && !word) {
      auto& d =
          sink_.report(DiagCode::E125, limit.span, fmt::format("the limit `{}` takes a word, not dates", info.name));
      d.notes.push_back(fmt::format("write one of {}", fmt::join(info.words, ", ")));
      return false;
    }
    if (word && std::find(info.words.begin(), info.words.end(), limit.value) == info.words.end()) {
      auto& d = sink_.report(DiagCode::E125, limit.value_span,
                             fmt::format("`{}` is not a value of the limit `{}`", limit.value, info.name));
      if (auto match = closest_match(limit.value, info.words))
        d.notes.push_back(fmt::format("did you mean `{}`?", *match));
      d.notes.push_back(fmt::format("the values are {}", fmt::join(info.words, ", ")));
      return false;
    }
    return true;
  }

  void check_databases() {
    if (const auto& from = strategy_.imported_from;
        from && std::find(options_.databases.begin(), options_.databases.end(), *from) == options_.databases.end()) {
      auto& d = sink_.report(DiagCode::E108, strategy_.imported_from_span,
                             fmt::format("`{}` is not a database searchc knows", *from));
      if (auto match = closest_match(*from, options_.databases))
        d.notes.push_back(fmt::format("did you mean `{}`?", *match));
    }
    std::map<std::string, Span> blocks;
    for (auto& db : strategy_.databases) {
      if (std::find(options_.databases.begin(), options_.databases.end(), db.id) == options_.databases.end()) {
        auto& d = sink_.report(DiagCode::E108, db.id_span, fmt::format("`{}` is not a database searchc knows", db.id));
        if (auto match = closest_match(db.id, options_.databases))
          d.notes.push_back(fmt::format("did you mean `{}`?", *match));
        d.notes.push_back(fmt::format("the databases are {}", fmt::join(options_.databases, ", ")));
      }
      const auto [it, inserted] = blocks.emplace(db.id, db.id_span);
      if (!inserted) {
        auto& d = sink_.report(DiagCode::E117, db.id_span, fmt::format("a second block for `{}`", db.id));
        d.labels.push_back({it->second, "the first one"});
        d.notes.emplace_back("put everything about one database into one block");
      }
      check_entries(db);
    }
  }

  void check_entries(ast::Database& db) {
    std::map<std::string, Span> seen;  // entry kind (and line, for per-line entries) -> first
    const auto once = [&](const std::string& key, Span span, std::string_view what) {
      const auto [it, inserted] = seen.emplace(key, span);
      if (inserted) return;
      auto& d = sink_.report(DiagCode::E119, span, fmt::format("{} is given twice for `{}`", what, db.id));
      d.labels.push_back({it->second, "first given here"});
    };
    for (auto& entry : db.entries) {
      std::visit(overloaded{
                     [&](ast::Interface&) { once("interface", entry.span, "the interface"); },
                     [&](ast::Searched&) { once("searched", entry.span, "the date searched"); },
                     [&](ast::Hits& hits) {
                       if (!hits.line) {
                         once("hits", entry.span, "the number of hits");
                         return;
                       }
                       once("hits #" + hits.line->name, entry.span,
                            fmt::format("the number of hits of `#{}`", hits.line->name));
                       resolve_hits_line(*hits.line, entry.span);
                     },
                     [&](ast::Note&) {},
                     [&](ast::Change&) {},
                     [&](ast::Override& o) {
                       const auto it = names_.find(o.line.name);
                       if (it == names_.end()) {
                         auto& d = sink_.report(DiagCode::E115, o.line.name_span,
                                                fmt::format("there is no line named `{}` to replace", o.line.name));
                         d.notes.emplace_back(
                             "a line in a database block replaces the line of the same name "
                             "for that database");
                         return;
                       }
                       once("line " + o.line.name, o.line.name_span, fmt::format("a replacement of `{}`", o.line.name));
                       check_line(o.line, it->second, true);
                     },
                     [&](ast::Search& search) {
                       if (std::find(options_.with_history.begin(), options_.with_history.end(), db.id) !=
                           options_.with_history.end()) {
                         auto& d = sink_.report(DiagCode::E122, search.line.name_span,
                                                fmt::format("`{}` has a search history: its search is the "
                                                            "strategy's lines, not a `search` entry",
                                                            db.id));
                         d.notes.emplace_back("replace lines for this database with `name = search` instead");
                       }
                       check_line(search.line, strategy_.lines.size(), true);
                     },
                     [&](ast::AcceptNarrower&) { once("accept", entry.span, "`accept narrower`"); },
                     [&](ast::ExpandHeadings&) { once("expand", entry.span, "`expand headings`"); },
                 },
                 entry.kind);
    }
  }

  void check_records() {
    for (std::size_t i = 1; i < strategy_.records.size(); ++i) {
      auto& d = sink_.report(DiagCode::E126, strategy_.records[i].span, "a second `records` block");
      d.labels.push_back({strategy_.records.front().span, "the first one"});
      d.notes.emplace_back("put the review's totals into one block");
    }
    std::map<std::string, Span> seen;
    for (const auto& records : strategy_.records) {
      for (const auto& entry : records.entries) {
        const auto* key = std::visit(overloaded{
                                         [](const ast::OtherSources&) -> const char* { return "other-sources"; },
                                         [](const ast::Deduplicated&) -> const char* { return "deduplicated"; },
                                         [](const ast::Note&) -> const char* { return nullptr; },
                                         [](const ast::PeerReview&) -> const char* { return "peer-review"; },
                                     },
                                     entry.kind);
        if (key == nullptr) continue;
        const auto [it, inserted] = seen.emplace(key, entry.span);
        if (inserted) continue;
        auto& d = sink_.report(DiagCode::E119, entry.span, fmt::format("`{}` is given twice", key));
        d.labels.push_back({it->second, "first given here"});
      }
    }
  }

  void resolve_hits_line(ast::LineRef& ref, Span span) {
    if (numbered(ref)) return;
    const auto it = names_.find(ref.name);
    if (it == names_.end()) {
      sink_.report(DiagCode::E101, span, fmt::format("there is no line named `{}`", ref.name));
      return;
    }
    ref.index = static_cast<int>(it->second);
  }

  void report_unused() {
    for (std::size_t i = 0; i + 1 < strategy_.lines.size(); ++i) {
      if (used_[i] || std::find(duplicates_.begin(), duplicates_.end(), i) != duplicates_.end()) continue;
      const auto& line = strategy_.lines[i];
      auto& d = sink_.report(DiagCode::W001, line.name_span,
                             fmt::format("the line `{}` is not used by any later line", line.name));
      d.notes.emplace_back("only the last line is the search's result; combine this line into it, or remove it");
    }
  }

  ast::Strategy& strategy_;
  DiagnosticSink& sink_;
  const ResolveOptions& options_;
  const mesh::Vocabulary& vocabulary_;
  std::map<std::string, std::size_t, std::less<>> names_;
  std::vector<bool> used_;
  std::vector<std::size_t> duplicates_;
  std::size_t position_ = 0;
};

}  // namespace

void resolve(ast::Strategy& strategy, DiagnosticSink& sink, const ResolveOptions& options,
             const mesh::Vocabulary& vocabulary) {
  if (strategy.imported_from && !options.imported) {
    auto imported = options;
    imported.imported = true;
    Resolver(strategy, sink, imported, vocabulary).run();
    return;
  }
  Resolver(strategy, sink, options, vocabulary).run();
}

std::string_view limit_name(ast::LimitKind kind) {
  for (const auto& l : limit_table()) {
    if (l.kind == kind) return l.name;
  }
  return "unknown";
}

}  // namespace searchc
