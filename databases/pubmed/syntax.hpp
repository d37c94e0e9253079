// PubMed's syntax, written once: its writer (writer.cpp) writes it and its reader (reader.cpp,
// through the bracket-tag reader) reads it (docs/databases.md, "PubMed (`pubmed`)").
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "compiler/ast.hpp"
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
// `... AND 2014:2021[dp]`, `... AND 2012/11:2013[edat]`. An end in the year 3000 is open.
inline constexpr Names publication_date = {"dp", "pdat", "publication date"};
inline constexpr Names entry_date = {"edat", "entrez date"};
inline constexpr int open_end = 3000;

// A limit's date range with its tag: `2014:2021[dp]`, `2012/11:2013[edat]`.
std::string date_filter(const ast::Limit& limit);
// The limit written at the end of `line`, ` AND 2014:2021[dp]` (or `2014/01/01:2021/12/31[dp]`,
// read by year), taken off it; nullopt, and `line` as it was, when it ends in none.
std::optional<ast::Limit> read_date_filter(std::string_view& line, Span where);

}  // namespace searchc::pubmed
