// What the readers of the databases' syntaxes share (databases/<id>/reader.cpp and the
// bracket-tag reader): the token of a line, noting a reading once, and refusing operators
// mixed without parentheses.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/approximations.hpp"
#include "compiler/ast.hpp"
#include "compiler/diagnostics.hpp"
#include "compiler/source.hpp"
#include "databases/syntax.hpp"

namespace searchc::import {

// The widest proximity the language has, NEAR/100 (the grammar refuses a wider one, E020). A
// reader refuses a wider one of its database (E301) rather than read it narrower; `written`
// is the operator as the text has it.
inline constexpr int max_near_distance = 100;
inline std::string outside_near_distances(std::string_view written) {
  return "`" + std::string(written) + "` is wider than any distance the language has (at most NEAR/100)";
}

// A token of the line being read, held as its place in the source: twelve bytes, so that a
// line's tokens take little room (docs/performance.md). A phrase's token covers its quotation
// marks (Ovid's also the field suffix after them, `"heart attack".ti.`), a bracket's (`[tiab]`,
// `[mh "Heart"]`) and a brace's (`{OR #1-#4}`) theirs.
struct Token {
  std::uint32_t offset;
  std::uint32_t size;
  enum Kind : std::uint8_t { open, close, phrase, bracket, brace, word } kind;
};

inline Span span(const Token& t) {
  return {t.offset, t.offset + t.size};
}

// The token's text in `line`, which starts at `line_offset` in the source and holds the token.
inline std::string_view token_text(const Token& t, std::string_view line, std::uint32_t line_offset) {
  return {line.data() + (t.offset - line_offset), t.size};
}

// How a file has been read where the language cannot say it exactly (W301, W303): each kind
// of reading is reported once per file, where it first occurs.
class ReadingNotes {
 public:
  explicit ReadingNotes(DiagnosticSink& sink) : sink_(sink) {}
  // The diagnostic reported, or null where `what` was said before.
  Diagnostic* note_once(DiagCode code, Span where, std::string_view what);

 private:
  DiagnosticSink& sink_;
  std::vector<std::string> seen_;
};

// Refuses two operators mixed without parentheses at `where` (E302), where `database` does
// not document which applies first. `strategy` names what is to be mended in the note ("the
// Ovid strategy"); empty, the note names nothing.
void refuse_mixed_operators(DiagnosticSink& sink, Span where, std::string_view first, std::string_view second,
                            std::string_view database, std::string_view strategy);

// `(a.ti. adj3 b.ti.)`, `TI a N3 TI b`: where every operand of the proximity search `near` is
// scoped to the same fields, one proximity search in those fields; otherwise `near` as it was.
ast::Node same_fields_outside(ast::Node near);

// The span of a field scope left inside a proximity search of `node`, whose sides are then in
// different fields, which the language cannot search within a distance of each other; nullopt
// when there is none. The readers refuse it (E301).
std::optional<Span> field_scope_in_proximity(const ast::Node& node);

// The forms of `raw` where each `optional` stands for one character or none (Ovid's `?`,
// EBSCOhost's `#`): `colo#r` is `color` and `colo?r`, the language's `?` being one character.
// Past three of them the forms are too many: `*` stands for each, which finds more, and `notes`
// says so once (W301, `what`) at `where`.
std::vector<std::string> optional_forms(const std::string& raw, char optional, ReadingNotes& notes, Span where,
                                        std::string_view what);

// A reading that widens or narrows the search where it stands (a field searched in all text, an
// order dropped): its effect on the result turns around after NOT, where a wider search removes
// more, so a reader collects it as it reads and says it once every line is read, when each
// line's polarity is known. `what` is the sentence up to its direction ("`.ui.` ... is searched
// in all text"); `effect` is on the search it stands in (broader or narrower).
struct DirectedReading {
  DiagCode code;
  Span where;
  std::string what;
  Effect effect;
  std::vector<std::string> notes = {};
  // Where its direction is taken, where that is not `where`: the search an option printed in
  // another column of the history applies to (EBSCOhost's limiters).
  std::optional<Span> stands = {};
};

// Reports each reading with the direction it has on the result in `lines`: each (code, what)
// once for each direction, where it first stands so (a reading in an unused line counts as in a
// result). The diagnostic's `direction` is set to match.
void say_directed(const std::vector<ast::Line>& lines, const std::vector<DirectedReading>& readings,
                  DiagnosticSink& sink);

// The reading of a field code's row that is not exact (`text`, its note as the reader words it),
// at `where`: said as it is (W303, once in `notes`), or, where it goes one way
// (`FieldCode::effect`), added to `readings` to be said in the direction it has where it stands.
void field_reading(const FieldCode& row, std::string text, Span where, ReadingNotes& notes,
                   std::vector<DirectedReading>& readings);

// The reading of a field the language has no counterpart for, searched in all text, as
// `written` names it (`.ui.`, `:do`, `PMID= (PubMed ID)`), at `where`: the words of the text
// find more; codes, identifiers and dates (`coded`), which are no words of the text, find fewer,
// often none.
DirectedReading all_text_reading(Span where, std::string_view written, bool coded);

// The language keeps the order of words only next to each other (NEXT, docs/language.md): each
// proximity search of `lines` read in the order written over more words (`PRE/2`) is made one
// in either order, which finds more records, and fewer where it stands after NOT. A reader keeps
// the order while it reads, as the database's own rules may depend on it (Scopus refuses W/n and
// PRE/n in one chain), adds a reading (W304) at each such operator, `written` as the source
// shows it (`PRE/2`), and calls this once every line is read, before `say_directed`.
DirectedReading order_dropped(Span where, std::string_view written, int distance);
void drop_wider_order(std::vector<ast::Line>& lines);

}  // namespace searchc::import
