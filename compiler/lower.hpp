// Lowering: one resolved strategy, rewritten into what one database can run.
//
// Each database declares what it can express as data (Capabilities). The lowering is the same
// for all of them: apply the database's block (its replacement lines and its own searches),
// write every line out where it is used if the database has no search history, then rewrite
// every construct the database lacks into the closest form, and report each rewrite through
// Approximations: toward more records where possible, an error (E2xx) where no form is safe.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "compiler/approximations.hpp"
#include "compiler/ast.hpp"

#include "compiler/fields.hpp"

namespace searchc {

// The finest date a database's limit accepts; finer dates widen to it (W104).
enum class DatePrecision : std::uint8_t { year, month, day };

// Which date ranges open at one end a database can write.
enum class OpenRanges : std::uint8_t {
  none,        // both ends needed
  to_present,  // `from 2014` (Ovid's `yr="2014 - Current"`), but not `to 2021`
  any,
};

struct LimitSupport {
  ast::LimitKind kind;
  DatePrecision precision = DatePrecision::day;
  // The limit the database runs instead, when it has no limit of this kind but one close to
  // it (W110): INAHTA limits the Cochrane Library's date by publication year.
  ast::LimitKind runs_as = ast::LimitKind::unknown;
  // Which open ranges this limit takes, where it differs from the database's other limits.
  std::optional<OpenRanges> open_ranges = std::nullopt;
};

// Where `*` may stand.
enum class Truncation : std::uint8_t {
  none,      // no wildcards at all
  word_end,  // `*` at the end of a word only; `?` and inner `*` are cut to it (W108)
  // `*` at the end of a word and inside it, as often as written, after the first `min_stem`
  // characters; no `?`, which becomes `*` (W108)
  stars,
  anywhere,  // `*` and `?` at the start, inside and at the end of a word
};

// One rule of a database's syntax that searchc relies on, and where it comes from: the vendor's
// page or a published search (cited in docs/databases.md under the database's heading) and the
// month it was read, or `verified = false` where no source settles it.
struct SyntaxSource {
  // When the rule is in force for a search: when a rewrite it governs is reported (`codes`), or
  // whenever the search holds NEAR, which the database runs as written.
  enum class When : std::uint8_t { reported, near };
  std::string_view what;  // "[tiab] holds the author keywords too"
  std::string_view url;   // the page it comes from
  std::string_view read;  // "2026-12"
  bool verified = true;
  std::string_view codes = {};  // the diagnostic codes of the rewrites it governs, "W101 E202"; may be empty
  When when = When::reported;

  // Whether `codes` names `code` ("W101").
  constexpr bool governs(std::string_view code) const {
    for (std::string_view rest = codes; !rest.empty();) {
      const auto space = rest.find(' ');
      if (rest.substr(0, space) == code) return true;
      rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
    }
    return false;
  }
};

struct Capabilities {
  std::string_view id;    // "central"
  std::string_view name;  // "Cochrane CENTRAL"
  // Fields it can search. A field outside this set is searched in all text instead (W101),
  // so `all_text` must be in the set.
  FieldSet fields;
  // `(a OR b)[ti,ab]` as one scope; when false it is written `(a OR b)[ti] OR (a OR b)[ab]`.
  bool multi_field_scopes = true;
  // Fields searched only together with others: PubMed searches the abstract with the title
  // ([tiab]). A scope naming the field widens to the whole group (W101).
  std::vector<std::pair<Field, FieldSet>> field_groups = {};
  // A field the database has only in a wider form, which `field_groups` gives it, and, after NOT,
  // where that would remove more, in a narrower one: the writer writes the field alone in its
  // narrower code, which there finds more (W101). PubMed has no field of keywords (author
  // keywords and indexing terms): it searches its text words, `[tw]`, and after NOT its other
  // terms, `[ot]`, the author keywords.
  struct ApproximateField {
    Field field;
    std::string_view wider;     // for messages: "text words ([tw]): title, abstract, ..."
    std::string_view narrower;  // "author keywords"
  };
  std::optional<ApproximateField> approximate_field = {};
  // Fields whose code holds part of another field too: PubMed's title and abstract, `[tiab]`,
  // hold the author keywords, part of the keywords. A scope over `holding` that does not name
  // `part_of` searches that part too (W101, finds more); after NOT, a scope over both that
  // `approximate_field` narrows is written without `part_of`, which the code holds in part.
  struct PartOf {
    FieldSet holding;
    Field part_of;
    std::string_view part;  // for messages: "author keywords"
  };
  std::optional<PartOf> holds_part_of = {};
  // Numbered lines that refer to each other. Without one, the result (or each `search` of the
  // database's block) is written as one expression with every referenced line written out.
  bool history = false;
  bool proximity = false;  // NEXT and NEAR/n; otherwise phrases where exact, AND elsewhere (W107)
  // Where NEAR/n works, when only in some fields (PubMed: title and abstract); empty: anywhere.
  // Elsewhere NEAR is searched as AND (W107), and its operands must be words.
  FieldSet proximity_fields = {};
  bool next_operator = false;  // ordered adjacency as an operator; otherwise NEXT is written as a phrase
  bool not_operator = true;    // otherwise `a NOT b` is searched as `a` (W109)
  // NOT only as an exclusion of words: where the NOT is ANDed onto the whole search and its second
  // operand is words, phrases, headings or ORs of them, in any field (Google Scholar's `-word`);
  // any other NOT is searched as its first operand (W109).
  bool not_words_only = false;
  // The thesaurus whose headings the database searches. A heading of another thesaurus is left
  // out where its concept holds one of this thesaurus, and otherwise searched by its name in this
  // one (W170) or, with none, as its words (W106).
  std::optional<ast::Vocabulary> thesaurus = {};
  bool heading_qualifiers = false;  // qualifiers on headings, and floating ones (W112)
  bool heading_major = false;       // major-topic restriction; dropped when false (W103)
  // A heading's qualifiers explode with an exploded heading: PubMed searches `X/therapy` with
  // drug therapy, surgery and the other qualifiers MeSH groups under therapy (W160).
  bool qualifiers_explode = false;
  Truncation truncation = Truncation::anywhere;
  // `?` (one character) anywhere in a word, whatever `truncation` says of `*` (Ovid's `#`).
  bool single_wildcard = false;
  bool phrase_wildcards = false;  // truncation inside quoted phrases
  // With no truncation: a word truncated at its end is searched as its stem alone (W108), not
  // written out as the words it stands for (W180), for a database whose query is short (Google
  // Scholar reads 256 characters, which thirty words of one stem would fill).
  bool truncation_as_stem = false;
  std::size_t min_stem = 3;  // characters a truncated word needs before `*` (E204 if fewer)
  // Where a search without a field looks, when that is not all of a record's text: ICTRP's
  // standard search looks in the title, conditions and interventions (and fields the language
  // does not name), never in an abstract. A scope naming a field the database lacks is searched
  // there: wider only when these hold every field it names, narrower when they hold none of them
  // (W101, E202). Empty: all text. `all_text_name` says where, for the messages.
  FieldSet all_text_fields = {};
  std::string_view all_text_name = {};
  // What the database's code for all text reads beyond a record's text, where it reads more:
  // EBSCOhost's `TX` reads the full text of the articles that have it ("Using the TX field code
  // will cause the search to look for the keyword in the full text as well as the citation
  // record", docs/databases.md). Reported once for the searches in the result and once for those
  // after NOT, as the database's own widening (W101). Empty: nothing more.
  std::string_view all_text_beyond = {};
  // A line's `variations` (its words with their plurals, verb forms and British and American
  // spellings, as the Cochrane Library's "Search word variations" box searches them).
  // `word_variations_option` names the database's own switch for them, which a written search
  // cannot carry: the lowering says to turn it on for the line (N002). Without one, the database
  // searches the words as written, or with the variations `word_variations_added` names, which it
  // adds by itself: fewer records, said once a line (W116; after NOT, more).
  std::string_view word_variations_option = {};
  std::string_view word_variations_added = {};
  std::vector<LimitSupport> limits = {};
  OpenRanges open_ranges = OpenRanges::none;  // a range it cannot write is an error (E201)
  // What NEAR's operands may hold where the database runs it. `or_groups`: words, phrases,
  // OR-groups of them and other NEARs, but no AND, NOT, field scope or line reference (Web of
  // Science: "You cannot use the AND operator in queries that include the NEAR operator"); a
  // NEAR holding one is searched as AND (W107), which finds more. `words`: each operand words,
  // phrases, NEXT chains or OR-groups of them, with no wildcard in a phrase, at most 32
  // combinations of them, which the writer writes as one proximity search each, ORed (Scopus:
  // "Proximity operators can only be used with terms or phrases and not with expressions that
  // contain the operators AND, OR, or AND NOT"); otherwise NEAR is searched as AND (W107).
  enum class ProximityOperands : std::uint8_t { any, or_groups, words };
  ProximityOperands proximity_operands = ProximityOperands::any;
  // A field whose code holds only part of what the language's field names: Embase.com's `:kw`
  // holds the author keywords, not the indexing terms, which it searches as Emtree headings. A
  // scope naming the field finds fewer records there, wherever it is searched, so the narrowing
  // is reported as the database's own (W101, Approximations::report_inherent).
  struct PartialField {
    Field field;
    std::string_view holds;  // for messages: "the author keywords"
    std::string_view lacks;  // "the indexing terms (Embase.com searches them as Emtree headings)"
  };
  std::optional<PartialField> partial_field = {};
  // A limit as a clause of the search that the database ANDs onto any part of it (Scopus's
  // `PUBYEAR > 2013 AND PUBYEAR < 2022`), or none. With one, a database without a search history
  // limits a line written out inside a search to that line alone, exactly, instead of leaving
  // the limit out (W105, or E202 where that finds fewer): the lowering ANDs the clause, as native
  // text, onto the line where it is used. It receives limits the database supports (`limits`).
  std::string (*limit_clause)(const ast::Limit& limit) = nullptr;
  // Whether a `?` ending a word stands for one character. EBSCOhost drops it (`colo?` finds
  // `colo`): there the lowering writes it as `*`, any ending, which finds more (W108).
  bool word_final_single_wildcard = true;
  // Whether the database's `?` may also stand for no character, where its help does not say
  // (CENTRAL: library guides say both, docs/databases.md). The language's `?`, exactly one, is
  // written as it is, and reported as perhaps finding the word without that character (W108).
  bool single_wildcard_may_match_none = false;
  // Whether a heading can be exploded in the search itself. APA PsycInfo on EBSCOhost explodes
  // only from its thesaurus page, which writes the narrower headings out: there an exploded
  // heading is searched alone, which finds fewer wherever it stands (W410, reported as the
  // database's own narrowing: no wider form exists without the licensed thesaurus).
  bool heading_explode = true;
  // The syntax searchc writes, as the appendix names it: databases change their syntax, and a
  // search appendix must say which one it used ("Ovid MEDLINE, Ovid syntax, 2024").
  std::string_view syntax_version = {};
  // The rules above and the writer's, with their sources (databases/<id>/sources.hpp).
  std::span<const SyntaxSource> sources = {};
};

// The strategy as one database will run it. For a database with a search history: its lines,
// replacement lines applied, constructs rewritten. For one without: one line per search, named
// by the search's label (empty for the strategy's own result), with the search written out
// whole and the limits it runs with. Reports each rewrite. The input must be free of errors.
// The strategy is rewritten where it lies: a caller done with it moves it in and saves a copy.
ast::Strategy lower(ast::Strategy strategy, const Capabilities& target, Approximations& report);

}  // namespace searchc
