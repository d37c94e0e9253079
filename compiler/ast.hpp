// The strategy's syntax tree: a closed set of value types. Every pass and backend visits Node
// with std::visit and no catch-all branch, so adding a node kind fails to compile until each
// of them handles it.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "compiler/fields.hpp"
#include "compiler/node_allocator.hpp"
#include "compiler/source.hpp"
#include "mesh/vocabulary.hpp"

namespace searchc::ast {

struct Node;
// A list of searches: an operator's operands, a field scope's one search.
using Nodes = std::vector<Node, NodeAllocator<Node>>;

// A word, with `*` (any number of characters) and `?` (one character) kept verbatim.
struct Term {
  std::string text;
};

// Words in straight double quotes, searched next to each other in order. Inner white space is
// folded to single spaces; wildcards are kept and checked per target.
struct Phrase {
  std::string text;
};

// The thesaurus a heading belongs to. Only MeSH is bundled (and checked); Emtree, CINAHL Subject
// Headings and the APA Thesaurus of Psychological Index Terms are licensed, so their headings are
// taken as written.
enum class Vocabulary : std::uint8_t { mesh, emtree, cinahl, apa };

// "MeSH", "Emtree", "CINAHL Subject Headings", "the APA Thesaurus": for messages.
std::string_view vocabulary_name(Vocabulary vocabulary);
// The language's function for its headings: "mesh", "emtree", "cinahl", "apa".
std::string_view vocabulary_function(Vocabulary vocabulary);
// The vocabulary a function name (in any case) stands for.
std::optional<Vocabulary> vocabulary_named(std::string_view function);

struct Qualifier {
  std::string written;       // as in the source: "DT" or "drug therapy"
  std::string abbreviation;  // filled in by resolve: "DT"
  std::string name;          // filled in by resolve: "drug therapy"
  Span span;
};

// A controlled-vocabulary heading: mesh("Multiple Sclerosis", /DT, noexp, major).
// An empty label is a floating qualifier: any heading with the given qualifiers.
// The members are in the order that packs them closest: a node is as large as its largest kind.
struct Heading {
  std::string label;
  std::vector<Qualifier> qualifiers;
  // The descriptor the label names (its name or one of its entry terms) in the vocabulary
  // resolve was given, set by resolve (none, false, until then or when the label names none); the
  // lowering reads its name and entry terms. It refers into that vocabulary, which must outlive
  // the strategy. Kept as the vocabulary and the index, beside the flags below, so that a heading
  // takes no more room in every node than a heading without it did.
  mesh::Heading descriptor() const {
    return descriptor_vocabulary != nullptr ? descriptor_vocabulary->at(descriptor_index) : mesh::Heading{};
  }
  const mesh::Vocabulary* descriptor_vocabulary = nullptr;
  std::uint32_t descriptor_index = 0;
  Vocabulary vocabulary = Vocabulary::mesh;
  bool explode = true;
  bool major = false;
  // `as-written`: searched by its label although the vocabulary lacks it, as an imported
  // strategy that ran with an older MeSH did (W309); resolve sets it on such imported headings.
  bool as_written = false;
};

// A reference to an earlier line: #ms_text. `index` is set by resolve (0-based line index).
struct LineRef {
  std::string name;
  int index = -1;
};

enum class BoolOp : std::uint8_t { and_, or_ };

// AND / OR over two or more operands.
struct Bool {
  BoolOp op = BoolOp::and_;
  Nodes operands;
};

// operands[0] NOT operands[1].
struct Not {
  Nodes operands;
};

// Proximity. The language's distance n means "within n words": at most n - 1 other words
// between the operands. NEXT is {distance 1, ordered}. Each database's form of it is written by
// its backend (docs/databases.md, the database's section).
struct Near {
  int distance = 1;
  bool ordered = false;
  Nodes operands;
};

struct FieldName {
  std::string text;
  Span span;
};

// body[0] searched in the given fields: (a OR b)[ti,ab]. `names` are the fields as the source
// wrote them, which resolve reads into `fields`. A scope a reader or a pass builds from fields
// has no names: its fields are written by theirs (`each_field_name`).
struct Fielded {
  std::vector<FieldName> names;
  FieldSet fields;
  Nodes body;
};

// Text written as is into one database's search: `native("multiple sclerosis")`. Only a
// database block may hold it, since it is in that database's syntax, not the language's.
struct Native {
  std::string text;
};

struct Node {
  Span span;
  // Written inside parentheses. Grouping carries no meaning of its own; the passes use it to
  // tell `(a AND b) OR c` from an unparenthesised mix.
  bool grouped = false;
  std::variant<Term, Phrase, Heading, LineRef, Bool, Not, Near, Fielded, Native> kind;
};

struct Date {
  int year = 0;
  int month = 0;  // 0 when not given
  int day = 0;    // 0 when not given

  friend bool operator==(const Date&, const Date&) = default;
};

enum class LimitKind : std::uint8_t {
  unknown,
  publication_year,  // limit year 2014 to 2021
  cochrane_date,     // limit cochrane-date 2014-01 to 2021-07: added to the Cochrane Library
  entry_date,        // limit entry-date 2012 to 2013: added to the database searched (Ovid's `.ed.`)
  registered,        // limit registered 2014 to 2021: a trial's registration date
  study_type,        // limit study-type interventional
  status,            // limit status recruiting: a trial's recruitment status
};

// `limit year 2014 to 2021` (either end may be missing: `from 2014`, `to 2021`) or, for the
// limits that take a word, `limit study-type interventional`.
struct Limit {
  std::string key;
  Span key_span;
  LimitKind kind = LimitKind::unknown;  // set by resolve
  std::optional<Date> from;
  std::optional<Date> to;
  std::string value;  // the word, for limits that take one
  Span value_span;
  Span span;
};

// `role condition`: what the line's concept is in a trial registry, where conditions and
// interventions are searched in fields of their own. Other databases ignore it.
// `role filter "Cochrane HSSS 2008, sensitivity-maximising"`: the line is a published search
// filter, and the text cites it (PRISMA-S item 10; `searchc review` reports one that cites none).
struct Role {
  std::string name;
  Span span;                          // the role's name
  std::optional<Field> field;         // set by resolve: condition or intervention
  std::optional<std::string> source;  // the text after the role: a filter's citation
  Span source_span;
};

// An optional value held out of line, for a member that few objects have: empty, it takes a
// pointer's room where std::optional would take the value's. Copies copy the value.
template <typename T>
class Boxed {
 public:
  Boxed() = default;
  Boxed(T value) : value_(std::make_unique<T>(std::move(value))) {}  // NOLINT(google-explicit-constructor)
  Boxed(const Boxed& other) : value_(other ? std::make_unique<T>(*other) : nullptr) {}
  Boxed(Boxed&&) noexcept = default;
  Boxed& operator=(const Boxed& other) { return *this = Boxed(other); }
  Boxed& operator=(Boxed&&) noexcept = default;
  ~Boxed() = default;

  explicit operator bool() const { return value_ != nullptr; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return value_.get(); }
  const T* operator->() const { return value_.get(); }

 private:
  std::unique_ptr<T> value_;
};

struct Line {
  std::string name;
  Span name_span;
  Span span;
  Node query;
  std::vector<Limit> limits;
  Boxed<Role> role;  // few lines have one: out of line, so that the others do not pay its room
  // `variations`: the line's words searched with their variations (plurals, verb forms, British
  // and American spellings), as the Cochrane Library's "Search word variations" box searches
  // them; where the keyword stands. Lines it refers to keep their own.
  std::optional<Span> variations;
};

// Run-record entries of a database block, in source order.
struct Interface {
  std::string text;
};
struct Searched {
  Date date;
};
struct Hits {
  std::uint64_t count = 0;
  std::optional<LineRef> line;  // per-line hits when set
};
struct Note {
  std::string text;
};
struct Change {
  Date date;
  std::string text;
  std::optional<std::uint64_t> hits;  // the records the change added
};
struct Override {
  Line line;
};
// `search "Advanced search" = ...`: a search made by hand for a database without a search
// history. When a block has any, they are that database's searches instead of the strategy's
// result. `line.name` is empty; the line may refer to every line of the strategy.
struct Search {
  std::string label;  // may be empty
  Line line;
};
// `accept narrower`: the author accepts, for this database, rewrites that find fewer records
// (they stay warnings instead of errors).
struct AcceptNarrower {};
// `expand headings`: each MeSH heading is searched with its entry terms as free text too; in a
// database without MeSH, its entry terms are searched beside its name.
struct ExpandHeadings {};

struct Entry {
  Span span;
  std::variant<Interface, Searched, Hits, Note, Change, Override, Search, AcceptNarrower, ExpandHeadings> kind;
};

// `database central { ... }`: how one database was searched, and what differs there.
struct Database {
  std::string id;
  Span id_span;
  Span span;  // from `database` to the closing `}`
  std::vector<Entry> entries;
};

// `records { ... }`: the review's totals beside the database searches (PRISMA-S items 15-16), and
// its peer review (item 14).
struct OtherSources {
  std::uint64_t count = 0;
};
struct Deduplicated {
  std::uint64_t count = 0;
};
// `peer-review 2021-05-30 "PRESS 2015, by a second librarian"`: the strategy was peer-reviewed
// on that day, by whom and how (PRISMA-S item 14).
struct PeerReview {
  Date date;
  std::string text;
};
struct RecordsEntry {
  Span span;
  std::variant<OtherSources, Deduplicated, Note, PeerReview> kind;
};
struct Records {
  Span span;  // from `records` to the closing `}`
  std::vector<RecordsEntry> entries;
};

struct Strategy {
  std::optional<std::string> title;
  Span title_span;
  // `imported from ovid`: the strategy records a search as a database ran it (searchc import
  // writes it). Resolve then carries what the database ran and the language would refuse (a
  // heading of an older MeSH, a short truncated stem) with a warning, as for an import.
  std::optional<std::string> imported_from;
  Span imported_from_span;
  std::vector<Line> lines;
  std::vector<Database> databases;
  std::vector<Records> records;  // at most one; resolve reports a second

  const Database* database(std::string_view id) const;
};

// True when the block says `accept narrower`.
bool accepts_narrower(const Database* database);
// True when the block says `expand headings`.
bool expands_headings(const Database* database);

// `body` searched in `fields`, the scope at `span`. The body is taken as an rvalue so that it
// is moved once, into the scope.
Node field_scope(Span span, FieldSet fields, Node&& body);
// Makes `out` the scope at `span` over one search, which it returns for the caller to fill in:
// a reader builds the search where it will stay.
Node& field_scope(Node& out, Span span, FieldSet fields);

// Calls `each` with a scope's field names: as written, or, for a scope built from fields, the
// names the language writes them by (`ti`, `ab`).
template <typename Each>
void each_field_name(const Fielded& scope, Each each) {
  if (!scope.names.empty()) {
    for (const auto& name : scope.names) each(std::string_view(name.text));
    return;
  }
  for (const auto field : scope.fields.members()) each(field_name(field));
}

// The searches a node joins: its operands, or a field scope's body; none for a leaf.
std::span<const Node> children(const Node& node);

// The searches `node` joins with `op`: a Bool's operands, or the node itself when it is not
// joined with `op`.
std::span<const Node> joined_by(const Node& node, BoolOp op);

// True when `test` holds for `node` or for any search inside it.
template <typename Test>
bool any_node(const Node& node, const Test& test) {
  if (test(node)) return true;
  for (const auto& child : children(node)) {
    if (any_node(child, test)) return true;
  }
  return false;
}

// True for operators joining two or more searches (AND, OR, NOT, NEXT, NEAR): the nodes that
// need parentheses inside another operator.
bool is_compound(const Node& node);

// S-expressions without spans, e.g. `(or (term heart) (near/3 (term attack) (term infarct*)))`.
// Grouping is not shown: it has no meaning once the tree is built.
std::string dump(const Node& node);
std::string dump(const Line& line);
std::string dump(const Strategy& strategy);
std::string format_date(const Date& date);  // 2021-06-11, 2021-06 or 2021
// A date the language takes (E025 otherwise): a year from 1800 on, a month from 1 to 12, and a
// day its month has; a month or day of 0 is one not given, and a day needs its month.
bool valid_date(const Date& date);
// The days of `month` (1 to 12) in `year`: 29 for February in a leap year.
int days_in_month(int year, int month);
// The first and the last day a date names, as a range's start and end: `2021` is 2021-01-01 to
// 2021-12-31, `2021-02` 2021-02-01 to 2021-02-28.
Date first_day(const Date& date);
Date last_day(const Date& date);

}  // namespace searchc::ast
