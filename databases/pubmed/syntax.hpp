// PubMed's syntax, written once: its writer (writer.cpp) writes it and its reader (reader.cpp,
// through the bracket-tag reader) reads it (docs/databases.md, "PubMed (`pubmed`)").
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "base/text.hpp"
#include "compiler/ast.hpp"
#include "compiler/diagnostics.hpp"
#include "databases/syntax.hpp"

namespace searchc::pubmed {

// The field tags after a word or a phrase, `heart[tiab]`; PubMed takes none after a group.
std::span<const FieldCode> field_tags();

// The tags of a subject heading, `"Heart"[mh]`, `"Heart"[majr]`; with a qualifier,
// `"Heart/drug therapy"[mh]`.
inline constexpr std::array<HeadingTag, 2> heading_tags = {{
    {{"mh", "mesh", "mesh terms"}, true, false},
    {{"majr", "mesh major topic"}, true, true},
}};
// The option of a heading's tag for the heading alone, `[mh:noexp]`, also written
// `[MeSH Terms:no exp]` and `[MeSH Terms: no exp]`.
inline constexpr Names no_explode = {"noexp", "no exp", " no exp"};
// A subheading of any heading, `"drug therapy"[sh]`.
inline constexpr Names subheading = {"sh", "subheading", "mesh subheading"};

// Proximity, `"a b"[tiab:~N]`, counts the words between (N), where the language's NEAR/n
// counts the words within (n): N = n - 1. It works in title and abstract only.
inline constexpr int words_between(int near) {
  return near - 1;
}
inline int near_distance(std::uint64_t between) {
  return static_cast<int>(between) + 1;
}

// The tags of dates, as the range ANDed onto a line's search that is its limit:
// `... AND 2014:2021[dp]`, `... AND 2012/11:2013[edat]`, and as PubMed's Search Details writes
// a date filter, `... AND ("2010/01/01"[Date - Publication] : "2020/12/31"[Date - Publication])`.
// An end in the year 3000 is open. The create date, `[crdt]`, is read as the entry date, the
// nearest limit the language has.
inline constexpr Names publication_date = {"dp", "pdat", "publication date", "date - publication"};
inline constexpr Names entry_date = {"edat", "entrez date", "date - entry", "entry date"};
inline constexpr Names create_date = {"crdt", "create date", "date - create"};
// Every date tag, refused inside a search: a date belongs at the end of a line as its limit.
inline constexpr std::array<Names, 5> date_tags = {{
    publication_date,
    entry_date,
    create_date,
    {"mhda", "mesh date", "date - mesh", "dcom", "completion date", "date - completion"},
    {"lr", "modification date", "date - modification", "epdat", "ppdat", "electronic publication date"},
}};
inline constexpr int open_end = 3000;

// PubMed's filters (subsets), which the language cannot say: `systematic[sb]`,
// `randomizedcontrolledtrial[Filter]`, and the word `hasabstract`.
inline constexpr Names filter_tags = {"sb", "filter", "subset"};
inline constexpr Names filter_words = {"hasabstract"};

// `text` without the spaces around it.
inline std::string_view trimmed(std::string_view text) {
  while (!text.empty() && folded_spaces.contains(text.front())) text.remove_prefix(1);
  while (!text.empty() && folded_spaces.contains(text.back())) text.remove_suffix(1);
  return text;
}

// A limit's date range with its tag: `2014:2021[dp]`, `2015/06/15:2016/03/01[dp]`,
// `2012/11:2013[edat]`.
std::string date_filter(const ast::Limit& limit);
// `2014`, `2014/06` or `2014/06/30`; nullopt for anything else.
std::optional<ast::Date> read_date(std::string_view text);
// The limit written at the end of `line`, which starts at `offset`: ` AND 2014:2021[dp]`,
// ` AND 2015/06/15:2016/03/01[dp]` (month and day kept), the Search Details form, or a create
// date read as the entry date (W303), taken off it; nullopt, and `line` as it was, when it
// ends in none. A single date, ` AND 2014[dp]`, is the range from it to it; a date in PubMed's
// digits that names none (`2014/13:2021[dp]`) is refused (E025), which refuses the line. The
// limit's span is the range's, where its dates' errors (E025, E116) are said.
std::optional<ast::Limit> read_date_filter(std::string_view& line, std::uint32_t offset, Span where,
                                           DiagnosticSink& sink);

}  // namespace searchc::pubmed
