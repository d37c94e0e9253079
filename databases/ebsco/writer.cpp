// EBSCOhost output: the search history's numbered searches `S1`, `S2`, combined as `S1 OR S2`;
// field codes before the search they scope (`TI (a OR b)`, `TX` for all text: databases/prefix_writer.hpp); `Nn` and
// `Wn`; `*`, `?`; headings
// `(MH "X+")` in CINAHL and `(DE "X")` in APA PsycInfo; a year limit as a search of its own,
// `S3 AND DT 2014-2021`.
//
// The syntax is databases/ebsco/syntax.hpp's, with its sources in docs/databases.md. EBSCOhost
// reads operators left to right (a library's guide; EBSCO's own page unread), so every nested
// group is parenthesised.
#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <vector>

#include "base/text.hpp"
#include "databases/ebsco/ebsco.hpp"
#include "databases/ebsco/sources.hpp"
#include "databases/ebsco/syntax.hpp"
#include "databases/infix_writer.hpp"
#include "databases/polarity.hpp"
#include "databases/prefix_writer.hpp"

namespace searchc::ebsco {
namespace {

// What differs between the databases on EBSCOhost: their names, thesaurus and its field codes,
// and the sources of their rules.
struct Dialect {
  std::string_view id;
  std::string_view name;   // for messages: "CINAHL Complete"
  std::string_view title;  // the interface, as PRISMA-S asks: "CINAHL Complete (EBSCOhost)"
  ast::Vocabulary thesaurus;
  HeadingCodes headings;
  std::string_view syntax_version;
  std::span<const SyntaxSource> sources;
};

// What EBSCOhost cannot run as the lowering left it: a `#` in a word, EBSCOhost's wildcard for
// one character or none (E204). The lowering has written a `?` ending a word as `*`
// (`word_final_single_wildcard`) and an exploded APA heading as the heading alone
// (`heading_explode`), each with its warning.
class Checks {
 public:
  Checks(const Dialect& dialect, Approximations& report) : dialect_(dialect), report_(report) {}

  void lines(const std::vector<ast::Line>& lines) {
    for_each_with_polarity(lines, [&](const ast::Node& n, bool under_not) {
      if (const auto* t = std::get_if<ast::Term>(&n.kind)) {
        word_or_phrase(t->text, n.span);
        if (is_stop_word(t->text)) stop_word(t->text, n.span);
      }
      if (const auto* p = std::get_if<ast::Phrase>(&n.kind)) {
        word_or_phrase(p->text, n.span);
        stop_words_in(p->text, n.span, under_not);
      }
    });
  }

 private:
  // A stop word searched alone is not searched at all (EBSCOhost's older help: "A search query with
  // stop words only (i.e. no other terms) yields no results"): beside AND the search finds more,
  // beside OR fewer (W414).
  void stop_word(std::string_view text, Span span) {
    report_.report_inherent(DiagCode::W414, span,
                            fmt::format("{} does not search stop words, even inside quotation marks: `{}` is ignored "
                                        "where it stands, which changes what the search finds",
                                        dialect_.name, text),
                            Effect::different, false);
  }
  // A phrase holding a stop word finds any one word in its place (W414): no form of the search
  // keeps the word, so it is said as the database's own reading, toward more records (fewer
  // after NOT).
  void stop_words_in(std::string_view phrase, Span span, bool under_not) {
    std::vector<std::string_view> found;
    for (std::size_t at = 0; at < phrase.size();) {
      const auto end = std::min(phrase.find(' ', at), phrase.size());
      if (is_stop_word(phrase.substr(at, end - at))) found.push_back(phrase.substr(at, end - at));
      at = end + 1;
    }
    if (found.empty()) return;
    if (found.size() == static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1) {
      stop_word(phrase, span);  // stop words alone: not searched at all
      return;
    }
    report_.report_inherent(DiagCode::W414, span,
                            fmt::format("{} ignores stop words even inside quotation marks and finds any one word in "
                                        "the place of `{}`: `\"{}\"` is searched so",
                                        dialect_.name, fmt::join(found, "`, `"), phrase),
                            Effect::broader, under_not);
  }

  void word_or_phrase(std::string_view text, Span span) {
    if (text.find(optional_character) != std::string_view::npos) {
      if (auto* d = report_.error(DiagCode::E204, span,
                                  fmt::format("{} cannot search `{}`: EBSCOhost reads `{}` as the wildcard for one "
                                              "character or none",
                                              dialect_.name, text, optional_character))) {
        d->notes.push_back(
            fmt::format("leave the `#` out, or write the words it should find in a replacement line in the block "
                        "`database {} {{ ... }}`",
                        dialect_.id));
      }
    }
  }

  const Dialect& dialect_;
  Approximations& report_;
};

// Whether EBSCOhost would read the word as something other than a word: an operator (`AND`,
// `N5`), a search of the history (`S3`), a field code (`TI`, `MH`) or a mark of the syntax.
bool needs_quotes(std::string_view text) {
  if (is_operator(text) || is_history_reference(text)) return true;
  if (text.find_first_of(marks) != std::string_view::npos) return true;
  if (find_field_code(field_codes(), text) != nullptr) return true;
  for (const auto code : {cinahl_headings.exact, apa_headings.exact, cinahl_headings.major, date_code}) {
    if (iequal(text, code)) return true;
  }
  return false;
}

class Writer : public InfixWriter {
 public:
  Writer(const Dialect& dialect, const std::vector<std::size_t>& numbers) : dialect_(dialect), numbers_(numbers) {}

 protected:
  void term(const ast::Term& t, std::string& out) const override {
    if (needs_quotes(t.text)) {
      quoted(t.text, out);
    } else {
      out += t.text;
    }
  }
  // EBSCOhost searches words typed together near each other, not as a phrase, unless quoted.
  void phrase(const ast::Phrase& p, std::string& out) const override { quoted(p.text, out); }
  // `(MH "Heart Diseases+")`, `(MM "Heart Diseases")`; PsycInfo's `(DE "Anxiety")`, never
  // exploded (the lowering's `heading_explode`).
  void heading(const ast::Heading& h, std::string& out) const override {
    const auto code = h.major ? dialect_.headings.major : dialect_.headings.exact;
    const bool plus = h.explode && dialect_.headings.plus_explodes;
    fmt::format_to(std::back_inserter(out), "({} \"{}{}\")", code, h.label, plus ? "+" : "");
  }
  void native(const ast::Native& n, std::string& out) const override { out += n.text; }
  void reference(const ast::LineRef& r, std::string& out) const override {
    fmt::format_to(std::back_inserter(out), "{}{}", history_letter, numbers_[static_cast<std::size_t>(r.index)]);
  }
  // The language's NEAR/n, within n words, is `N(n-1)`: EBSCOhost counts the words between.
  void near(const ast::Near& n, std::string& out) const override {
    const auto between = n.distance - 1;
    join(n.operands, fmt::format(" {}{} ", n.ordered ? within_letter : near_letter, between), out);
  }
  void fielded(const ast::Fielded&, std::string&) const override {
    unreachable(dialect_.id, "a field scope inside a field code");
  }

 private:
  const Dialect& dialect_;
  const std::vector<std::size_t>& numbers_;
};

// The code of a scope: the lowering has made each scope one field (multi_field_scopes). All text
// is `TX`, not the search alone: a search without a code reads the database's default fields,
// which in CINAHL are the title, the abstract and the subject headings only (docs/databases.md).
std::vector<std::string_view> codes_for(FieldSet fields) {
  if (fields.empty() || fields.contains(Field::all_text)) return {all_text_code};
  const auto codes = written_codes(field_codes(), fields);
  return {codes.begin(), codes.end()};
}

// `TI (a OR b)`: the code, and the search in parentheses where it joins several.
void scoped(std::string_view code, const InfixWriter& in_field, const ast::Node& body, std::string& out) {
  fmt::format_to(std::back_inserter(out), "{} ", code);
  in_field.operand(body, out);
}

const PrefixSyntax prefix_syntax{
    .database = "EBSCOhost", .names = &codes_for, .scoped = &scoped, .not_operator = " NOT "};

// The year limit as the search ANDed onto the line: `DT 2014-2021`.
std::string year_search(const ast::Limit& limit) {
  return fmt::format("{} {}-{}", date_code, limit.from->year, limit.to->year);
}

Output write(const Dialect& dialect, const ast::Strategy& lowered, Approximations& report) {
  Checks(dialect, report).lines(lowered.lines);
  // A line with limits is followed by one search per limit ANDing it on, and later lines refer to
  // the last of them. A line that only limits another line is its limit searches alone.
  const auto limits_only = [](const ast::Line& line) {
    return !line.limits.empty() && std::holds_alternative<ast::LineRef>(line.query.kind);
  };
  std::vector<std::size_t> numbers(lowered.lines.size());
  std::size_t next = 0;
  for (std::size_t i = 0; i < lowered.lines.size(); ++i) {
    next += lowered.lines[i].limits.size() + (limits_only(lowered.lines[i]) ? 0U : 1U);
    numbers[i] = next;
  }
  const Writer writer(dialect, numbers);
  const PrefixWriter prefix(prefix_syntax, writer);
  Output out;
  std::size_t n = 1;
  const auto add = [&](const std::string& text) { add_line(out, fmt::format("{}{}", history_letter, n++), text); };
  for (const auto& line : lowered.lines) {
    std::size_t limited = n;
    if (limits_only(line)) {
      limited = numbers[static_cast<std::size_t>(std::get<ast::LineRef>(line.query.kind).index)];
    } else {
      add(prefix.line(line.query));
    }
    for (const auto& limit : line.limits) {
      add(fmt::format("{}{} AND {}", history_letter, limited, year_search(limit)));
      limited = n - 1;
    }
  }
  return out;
}

Capabilities capabilities(const Dialect& dialect) {
  return Capabilities{
      .id = dialect.id,
      .name = dialect.title,
      .fields = FieldSet{Field::title, Field::abstract, Field::keywords, Field::all_text, Field::author, Field::source,
                         Field::publication_type, Field::language},
      .multi_field_scopes = false,
      .field_groups = {},
      .history = true,
      .proximity = true,
      .proximity_fields = {},
      .next_operator = true,
      .not_operator = true,
      .thesaurus = dialect.thesaurus,
      .heading_qualifiers = false,
      .heading_major = true,
      // `*` at the end of a word and inside it, `?` for one character; none opens a word
      .truncation = Truncation::stars,
      .single_wildcard = true,
      .phrase_wildcards = true,
      .min_stem = 1,
      .all_text_beyond = "the full text of the articles that have it",
      .limits = {{ast::LimitKind::publication_year, DatePrecision::year},
                 {ast::LimitKind::cochrane_date, DatePrecision::year, ast::LimitKind::publication_year}},
      .open_ranges = OpenRanges::none,
      // EBSCOhost drops a `?` that ends a word (docs/databases.md); APA PsycInfo explodes only
      // from its Thesaurus page
      .word_final_single_wildcard = false,
      .heading_explode = dialect.headings.plus_explodes,
      .syntax_version = dialect.syntax_version,
      .sources = dialect.sources,
  };
}

constexpr Dialect cinahl{.id = "cinahl",
                         .name = "CINAHL Complete",
                         .title = "CINAHL Complete (EBSCOhost)",
                         .thesaurus = ast::Vocabulary::cinahl,
                         .headings = cinahl_headings,
                         .syntax_version = cinahl_syntax_version,
                         .sources = cinahl_sources};
constexpr Dialect psycinfo{.id = "psycinfo-ebsco",
                           .name = "APA PsycInfo",
                           .title = "APA PsycInfo (EBSCOhost)",
                           .thesaurus = ast::Vocabulary::apa,
                           .headings = apa_headings,
                           .syntax_version = psycinfo_syntax_version,
                           .sources = psycinfo_sources};

}  // namespace

Capabilities cinahl_capabilities() {
  return capabilities(cinahl);
}
Output write_cinahl(const ast::Strategy& lowered, const EmitOptions&, Approximations& report) {
  return write(cinahl, lowered, report);
}

Capabilities psycinfo_capabilities() {
  return capabilities(psycinfo);
}
Output write_psycinfo(const ast::Strategy& lowered, const EmitOptions&, Approximations& report) {
  return write(psycinfo, lowered, report);
}

}  // namespace searchc::ebsco
