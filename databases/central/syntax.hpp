// Cochrane CENTRAL's syntax, as the Search Manager shows and exports it, written once: its
// writer (writer.cpp) writes it and its reader (reader.cpp) reads it (docs/databases.md,
// "Cochrane Library, CENTRAL (`central`)").
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "compiler/ast.hpp"
#include "databases/syntax.hpp"

namespace searchc::central {

// The field labels after a word, a phrase or a group: `heart:ti,ab,kw`, `(heart OR cardiac):ti`.
std::span<const FieldCode> field_labels();

// The operators, read in any case. NEXT is adjacent in the order typed, the language's NEXT;
// NEAR/n is within n words in either order, written with the language's n (whether Cochrane
// counts it the same is unverified); bare NEAR is NEAR/6.
inline constexpr std::string_view next_word = "NEXT";
inline constexpr std::string_view near_word = "NEAR";
inline constexpr std::array<std::string_view, 5> operator_words = {"AND", "OR", "NOT", next_word, near_word};
inline constexpr int bare_near = 6;

// Whether `word` is one of the operator words, in any case (NEAR/n aside).
bool is_operator_word(std::string_view word);

// A heading in the MeSH browser's line, `MeSH descriptor: [Heart] explode all trees` or
// `... this term only`, or inline, `[mh "Heart"]`, with `^` for the heading alone:
// `[mh ^"Heart"]`.
inline constexpr std::string_view explode_all = "explode all trees";
inline constexpr std::string_view this_term_only = "this term only";
inline constexpr char inline_no_explode = '^';

// The text the export appends to a line for its limit: ` with Cochrane Library publication date
// Between Jan 2014 and Jul 2021`, ` with Publication Year from 1990 to 2021, in Trials`.
void append_limit(const ast::Limit& limit, std::string& out);
// The date limit at the end of `line`, taken off it, its span the suffix's (`line` starts at
// `offset` in the source); nullopt, and `line` as it was, when it ends in none. The forms of
// every interface: ` with Cochrane Library publication date Between Jan 2014 and Jul 2021`,
// `... publication date from Jan 2010 to Dec 2020`, ` with Publication Year from 1990 to 2021`
// (also without `with`), and the 2008-2012 interface's `, from 2009 to 2013` or ` from 2009 to 2013`.
std::optional<ast::Limit> read_limit(std::string_view& line, std::uint32_t offset);

// The Library's products, whose tab a line's results were taken from: ` in Trials` (CENTRAL)
// after a line records the tab (docs/import.md, "Cochrane CENTRAL").
inline constexpr std::string_view trials_product = "Trials";
inline constexpr std::array<std::string_view, 12> products = {
    trials_product,           "Cochrane Reviews",     "Cochrane Protocols", "Editorials",
    "Special Collections",    "Clinical Answers",     "Other Reviews",      "Methods Studies",
    "Technology Assessments", "Economic Evaluations", "Cochrane Groups",    "CENTRAL"};

// The Library's record of a line searched with the "Search word variations" box ticked.
inline constexpr std::string_view word_variations = "(Word variations have been searched)";

// The Cochrane Register of Studies (CRS Web, and CRSO before it), through which Cochrane's
// information specialists search CENTRAL, prints strategies the Library would refuse:
// `:TI,AB,KY`, `adj3` and `NEAR5` as operators, `AND CENTRAL:TARGET` at the end of every line
// (corpus files 011, 017 and 019). Its help pages are not public, so each reading of its forms
// is unverified and said where it stands (docs/import.md, "The Cochrane Register of Studies").
// The keyword field's label, read as the Library's `kw`:
inline constexpr std::string_view register_keywords = "ky";
// The record sets a line is ANDed with at its end: CENTRAL's records, or the group's register.
inline constexpr std::array<std::string_view, 2> register_sets = {"CENTRAL:TARGET", "INREGISTER"};
// The first form in `text` that only the Register of Studies prints, a field list naming `KY`
// or one of `register_sets`, as a piece of `text`; nullopt where there is none.
std::optional<std::string_view> register_mark(std::string_view text);
// The distance of the Register of Studies' proximity operator `word` (`adj3`, `adj`, `NEAR5`,
// any case: `adj` is 1), or nullopt for any other word.
std::optional<std::uint64_t> register_proximity(std::string_view word);

// Another database's operator or field suffix in a word, which the Library searches as a word
// (`adj3`, `N3`, `W/3`, `NEAR3`, `heart.ti,ab.`): the database's name and what it is, or nullopt.
std::optional<std::string_view> foreign_operator(std::string_view word);

}  // namespace searchc::central
