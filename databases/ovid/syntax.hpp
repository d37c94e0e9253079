// Ovid MEDLINE's syntax, written once: its writer (writer.cpp) writes it and its reader
// (reader.cpp) reads it (docs/databases.md, "Ovid MEDLINE (`ovid`)").
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "base/text.hpp"
#include "compiler/ast.hpp"
#include "databases/syntax.hpp"

namespace searchc::ovid {

// Proximity: `adjN` finds the words with at most N - 1 words between them, which is the
// language's NEAR/N exactly; bare `adj` is adjacent in the order typed, the language's NEXT.
inline constexpr std::string_view adjacent_word = "adj";

// AND, OR, NOT, adj and adjN (adj3), in any case. Ovid does not document their precedence.
inline bool is_ovid_operator(std::string_view word) {
  if (is_boolean_word(word) || iequal(word, adjacent_word)) return true;
  return word.size() > adjacent_word.size() && iequal(word.substr(0, adjacent_word.size()), adjacent_word) &&
         all_digits(word.substr(adjacent_word.size()));
}

// Subject headings: `Heart/` the heading alone, `exp Heart/` exploded, `*Heart/` major,
// `Heart/dt,th` with qualifiers, `dt.fs.` a floating qualifier.
inline constexpr std::string_view explode_word = "exp";
inline constexpr std::string_view floating_suffix = ".fs.";
// `th.xs.`: the floating qualifier exploded, read only.
inline constexpr std::string_view exploded_floating_suffix = ".xs.";

// Read only: Ovid's frequency operator, `asthma.ab./freq=3` (the word at least three times in
// the field), which the language cannot say; and its commands on a line's records,
// `remove duplicates from 3` and `3 use emez` (the records of one database segment of a
// multi-file search).
inline constexpr std::string_view frequency_word = "/freq=";
inline constexpr std::string_view remove_duplicates_words = "remove duplicates from ";
inline constexpr std::string_view segment_word = "use";

// Wildcards: `$` any number of characters at the end of a word (`:` the same, read only), `#`
// exactly one character. Ovid's `?`, one character or none, and `$n`, at most n characters,
// are read only, as forms the language has (reader.cpp).
inline constexpr char truncation = '$';
inline constexpr char truncation_also = ':';
inline constexpr char one_character = '#';
inline constexpr char optional_character = '?';

// What a word cannot hold bare, being a mark of Ovid's syntax: `/` ends a heading, `.` starts
// a field suffix, `:` truncates, `,` separates codes. A word holding one is quoted.
inline constexpr std::string_view marks = "/.:,";

// All Fields, `.af.`: every field of a record ("All Fields (af)", Ovid's database guides), the
// language's all text. A search without a suffix is searched in Ovid's default fields, `.mp.`,
// fewer than all (docs/databases.md, "Ovid MEDLINE"): the writer writes all text as `.af.`, and
// the reader reads a search without a suffix, or in `.mp.`, as all text, which finds more.
inline constexpr std::string_view all_fields_code = "af";
// The default fields, and how the reader reads them and a search without a suffix.
inline constexpr std::string_view default_fields_code = "mp";
inline constexpr std::string_view default_fields_reading =
    "a search without a field suffix, or in `.mp.`, runs in Ovid's default fields (title, abstract, heading "
    "words and others, not authors, journal, publication type or language): read as all text";

// The field codes of a suffix, `.ti,ab,kf.`.
std::span<const FieldCode> field_codes();

// The codes of dates, which the language has only as limits. `.ed.` (entry date), `.em.`
// (entry month), `.ez.` (Entrez date) and `.dc.` (date created, beside one of them) are read as
// an entry-date limit where they are ANDed onto a search; `.yr.` (year of publication) and
// `.dp.` (date of publication) as a year limit. As a search of words each is refused.
inline constexpr std::string_view entry_date_code = "ed";
inline constexpr std::string_view created_date_code = "dc";
inline constexpr std::array<std::string_view, 3> entry_date_codes = {entry_date_code, "em", "ez"};
inline constexpr std::array<std::string_view, 2> year_codes = {"yr", "dp"};
inline constexpr std::array<std::string_view, 6> date_codes = {entry_date_code,   "em", "ez",
                                                               created_date_code, "dp", "yr"};

// Other fields whose values are codes, identifiers or dates rather than words of the text:
// searched as words in all text they find fewer records, not more.
inline constexpr std::array<std::string_view, 12> coded_codes = {"ui", "is", "vo", "ip", "pg", "sb",
                                                                 "st", "up", "ep", "da", "rd", "lo"};

// An entry-date limit as its line writes it after `limit 23 to `: `ed=20081201-20121231`, the
// first and the last day, as published strategies print it (../shared/corpora, sr-updates-alharbi
// CD000523). The range has both ends.
std::string entry_date_limit(const ast::Limit& limit);
// The range a search of entry dates names, as the language reads it (`$` read as `*`): each
// term `2012*`, `201311*` or `20131105` the leading digits of dates, joined by OR into one
// unbroken range; nullopt when it names no such range. A whole year or month written without
// `$` (`2012`, `201311`) is taken as that year or month when `untruncated` is set, and then
// `untruncated` is cleared to tell the caller.
std::optional<ast::Limit> read_entry_dates(const ast::Node& body, Span where, bool* untruncated = nullptr);
// The years a search of `.yr.` names: `2012`, `(1976 or 1977 or 1978)`, one unbroken range of
// years joined by OR; nullopt when it names no such range.
std::optional<ast::Limit> read_years(const ast::Node& body, Span where);

// A year limit as its line writes it after `limit 13 to `: `yr="2014 - 2021"`, and for a range
// open at its end `yr="2014 - Current"`.
std::string year_limit(const ast::Limit& limit);
// The years of the limit `text` is: `yr="2014 - 2021"`, `yr="2014-Current"`, `yr="2014"`, or
// without the quotation marks, as Ovid's help writes it (`..L/n yr=x`); nullopt for another.
std::optional<ast::Limit> read_year_limit(std::string_view text, Span where);
// The entry dates of the limit `text` is: `ed=20081201-20121231` (entry_date_limit), to the day,
// month (`ed=200812-201212`) or year written, named as coarsely as they can be (dates.hpp's
// `coarsest`: `2008-12` to `2012`); nullopt for another.
std::optional<ast::Limit> read_entry_date_limit(std::string_view text, Span where);

}  // namespace searchc::ovid
