// The strategy language as a PEGTL grammar (docs/language.md is its reference).
//
// Only the parser (grammar/parser.cpp and the headers only it includes) and the grammar test
// include this header. Rules that can fail with a message are wrapped in must<>;
// grammar/errors.hpp maps each of them to a diagnostic code, and a missing mapping is a compile
// error.
#pragma once

#include <tao/pegtl.hpp>

namespace searchc::grammar {

namespace pegtl = tao::pegtl;

// One rule a line, laid out by hand: clang-format would reflow the combinators.
// clang-format off

// ---- Characters and white space -----------------------------------------------------------

struct blank : pegtl::one<' ', '\t'> {};
struct newline : pegtl::sor<pegtl::string<'\r', '\n'>, pegtl::one<'\n'>> {};
struct rest_of_line : pegtl::star<pegtl::not_at<newline>, pegtl::any> {};
struct comment : pegtl::seq<pegtl::two<'/'>, rest_of_line> {};
struct byte_order_mark : pegtl::utf8::one<0xFEFF> {};

// Characters that look like a space but are not one (pasted from Word or a web page). The
// parser reports them and reads on as if they were spaces.
struct special_space
    : pegtl::utf8::ranges<0xA0, 0xA0, 0x2000, 0x200B, 0x202F, 0x202F, 0x205F, 0x205F, 0x3000, 0x3000,
                          0xFEFF, 0xFEFF> {};

// A soft hyphen (U+00AD), invisible, pasted inside a word from a word processor: a word holding
// it is not the word it looks like. The parser reports it (E006) where it stands, in a word or a
// phrase, and reads it as part of the word.
struct soft_hyphen : pegtl::utf8::one<0xAD> {};

// White space within one line, and white space inside parentheses, where an expression may go
// on over lines that are indented (or empty, or comments).
struct line_ws : pegtl::star<pegtl::sor<blank, special_space, comment>> {};
struct continuation
    : pegtl::seq<newline, pegtl::at<pegtl::sor<blank, newline, pegtl::two<'/'>, pegtl::eof>>> {};
struct inner_ws : pegtl::star<pegtl::sor<blank, special_space, comment, continuation>> {};

struct line_end : pegtl::sor<newline, pegtl::eof> {};

// Quotation marks: straight ones delimit phrases; curly and angle ones are read as if they
// were straight and reported.
struct straight_quote : pegtl::one<'"'> {};
struct curly_quote : pegtl::utf8::one<0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB> {};
struct quote : pegtl::sor<straight_quote, curly_quote> {};

// A character of a search term: anything but white space, quotes and the language's
// punctuation. `//` starts a comment even in the middle of a word. A soft hyphen is read as
// part of the word, and reported.
struct term_char
    : pegtl::seq<pegtl::not_at<pegtl::two<'/'>>, pegtl::not_at<special_space>, pegtl::not_at<curly_quote>,
                 pegtl::sor<pegtl::utf8::not_one<' ', '\t', '\r', '\n', '(', ')', '[', ']', '{', '}', '"', ',', '=',
                                                 ':', ';', '$', 0xAD>,
                            soft_hyphen>> {};

template <typename Word>
struct keyword : pegtl::seq<Word, pegtl::not_at<term_char>> {};

struct kw_and : keyword<TAO_PEGTL_ISTRING("and")> {};
struct kw_or : keyword<TAO_PEGTL_ISTRING("or")> {};
struct kw_not : keyword<TAO_PEGTL_ISTRING("not")> {};
struct kw_next : keyword<TAO_PEGTL_ISTRING("next")> {};
struct kw_limit : keyword<TAO_PEGTL_STRING("limit")> {};
struct kw_from : keyword<TAO_PEGTL_STRING("from")> {};
struct kw_to : keyword<TAO_PEGTL_STRING("to")> {};
struct kw_strategy : keyword<TAO_PEGTL_STRING("strategy")> {};
struct kw_imported : keyword<TAO_PEGTL_STRING("imported")> {};
struct kw_database : keyword<TAO_PEGTL_STRING("database")> {};
struct kw_noexp : keyword<TAO_PEGTL_STRING("noexp")> {};
struct kw_major : keyword<TAO_PEGTL_STRING("major")> {};
struct kw_as_written : keyword<TAO_PEGTL_STRING("as-written")> {};
struct kw_interface : keyword<TAO_PEGTL_STRING("interface")> {};
struct kw_searched : keyword<TAO_PEGTL_STRING("searched")> {};
struct kw_hits : keyword<TAO_PEGTL_STRING("hits")> {};
struct kw_note : keyword<TAO_PEGTL_STRING("note")> {};
struct kw_change : keyword<TAO_PEGTL_STRING("change")> {};
struct kw_role : keyword<TAO_PEGTL_STRING("role")> {};
struct kw_variations : keyword<TAO_PEGTL_STRING("variations")> {};
struct kw_search : keyword<TAO_PEGTL_STRING("search")> {};
struct kw_accept : keyword<TAO_PEGTL_STRING("accept")> {};
struct kw_records : keyword<TAO_PEGTL_STRING("records")> {};
struct kw_other_sources : keyword<TAO_PEGTL_STRING("other-sources")> {};
struct kw_deduplicated : keyword<TAO_PEGTL_STRING("deduplicated")> {};
struct kw_peer_review : keyword<TAO_PEGTL_STRING("peer-review")> {};
struct kw_narrower : keyword<TAO_PEGTL_STRING("narrower")> {};
struct kw_expand : keyword<TAO_PEGTL_STRING("expand")> {};
struct kw_headings : keyword<TAO_PEGTL_STRING("headings")> {};

struct name : pegtl::identifier {};
struct number : pegtl::seq<pegtl::plus<pegtl::digit>, pegtl::not_at<term_char>> {};

// A date: 2021, 2021-06 or 2021-06-11.
struct date
    : pegtl::seq<pegtl::rep<4, pegtl::digit>,
                 pegtl::opt<pegtl::one<'-'>, pegtl::rep<2, pegtl::digit>,
                            pegtl::opt<pegtl::one<'-'>, pegtl::rep<2, pegtl::digit>>>,
                 pegtl::not_at<term_char>> {};

// Free text in straight quotes on one line: titles, notes, interfaces, heading labels.
struct text_close : straight_quote {};
struct text : pegtl::seq<straight_quote, pegtl::star<pegtl::not_one<'"', '\r', '\n'>>, pegtl::must<text_close>> {};

// ---- Operators ----------------------------------------------------------------------------

struct distance : pegtl::seq<pegtl::plus<pegtl::digit>, pegtl::not_at<term_char>> {};
struct near_without_distance : pegtl::success {};
struct op_near
    : pegtl::seq<TAO_PEGTL_ISTRING("near"),
                 pegtl::sor<pegtl::seq<pegtl::one<'/'>, pegtl::must<distance>>,
                            pegtl::seq<pegtl::not_at<term_char>, pegtl::raise<near_without_distance>>>> {};
struct op_and : kw_and {};
struct op_or : kw_or {};
struct op_not : kw_not {};
struct op_next : kw_next {};
struct binary_operator : pegtl::sor<op_and, op_or, op_not, op_next, op_near> {};

// Used where an operand is expected, to tell "an operator here" from other mistakes.
struct operator_ahead
    : pegtl::sor<kw_and, kw_or, kw_not, kw_next,
                 pegtl::seq<TAO_PEGTL_ISTRING("near"), pegtl::sor<pegtl::one<'/'>, pegtl::not_at<term_char>>>> {};

// ---- Operands -----------------------------------------------------------------------------

struct term : pegtl::seq<pegtl::not_at<operator_ahead>, pegtl::plus<term_char>> {};

struct phrase_close : quote {};
struct phrase_body : pegtl::star<pegtl::not_at<quote>, pegtl::not_at<newline>, pegtl::utf8::any> {};
struct phrase : pegtl::seq<quote, phrase_body, pegtl::must<phrase_close>> {};

struct ref_target : pegtl::seq<pegtl::sor<name, pegtl::plus<pegtl::digit>>, pegtl::not_at<term_char>> {};
struct line_ref : pegtl::seq<pegtl::one<'#'>, pegtl::must<ref_target>> {};

// mesh("Multiple Sclerosis", /DT, /"drug therapy", noexp, major); mesh(/RT) floats;
// mesh("Stem Cell Transplants", as-written) is a heading of an older MeSH, kept as written.
// emtree("multiple sclerosis", noexp, major), cinahl("...") and apa("...") are headings of the
// licensed thesauri, taken as written.
struct heading_label : text {};
struct qualifier_text : text {};
struct qualifier_abbreviation : pegtl::seq<pegtl::plus<pegtl::alpha>, pegtl::not_at<term_char>> {};
struct qualifier_value : pegtl::sor<qualifier_text, qualifier_abbreviation> {};
struct qualifier : pegtl::seq<pegtl::one<'/'>, pegtl::must<qualifier_value>> {};
struct heading_first : pegtl::sor<heading_label, qualifier> {};
struct heading_option : pegtl::sor<qualifier, kw_noexp, kw_major, kw_as_written> {};
struct heading_close : pegtl::one<')'> {};
struct thesaurus_name : pegtl::sor<TAO_PEGTL_ISTRING("mesh"), TAO_PEGTL_ISTRING("emtree"), TAO_PEGTL_ISTRING("cinahl"),
                                   TAO_PEGTL_ISTRING("apa")> {};
struct heading_open : pegtl::seq<thesaurus_name, pegtl::star<blank>, pegtl::one<'('>> {};
struct heading
    : pegtl::seq<heading_open, inner_ws, pegtl::must<heading_first>, inner_ws,
                 pegtl::star<pegtl::one<','>, inner_ws, pegtl::must<heading_option>, inner_ws>,
                 pegtl::must<heading_close>> {};

// [ti,ab,kw] after a term, phrase or group.
struct field_name : pegtl::plus<pegtl::alpha> {};
struct field_list
    : pegtl::seq<field_name,
                 pegtl::star<pegtl::star<blank>, pegtl::one<','>, pegtl::star<blank>, pegtl::must<field_name>>> {};
struct field_close : pegtl::one<']'> {};
struct field_suffix
    : pegtl::seq<pegtl::one<'['>, pegtl::star<blank>, pegtl::must<field_list>, pegtl::star<blank>,
                 pegtl::must<field_close>> {};

template <typename Ws>
struct expression;

struct group_open : pegtl::one<'('> {};
struct group_close : pegtl::one<')'> {};
struct group_body;
struct group : pegtl::seq<group_open, inner_ws, pegtl::must<group_body>, inner_ws, pegtl::must<group_close>> {};

// native("multiple sclerosis"): text for one database, written into its search as it is.
struct native_text : text {};
struct native_close : pegtl::one<')'> {};
struct native_open : pegtl::seq<TAO_PEGTL_ISTRING("native"), pegtl::star<blank>, pegtl::one<'('>> {};
struct native : pegtl::seq<native_open, inner_ws, pegtl::must<native_text>, inner_ws, pegtl::must<native_close>> {};

struct primary : pegtl::sor<group, phrase, heading, native, line_ref, term> {};
struct operand : pegtl::seq<primary, pegtl::opt<pegtl::star<blank>, field_suffix>> {};

// The first operand of an expression and the one after an operator fail with different
// messages, so they are distinct rules.
template <typename Ws>
struct first_operand : operand {};
template <typename Ws>
struct next_operand : operand {};

template <typename Ws>
struct expression
    : pegtl::seq<pegtl::must<first_operand<Ws>>,
                 pegtl::star<Ws, binary_operator, Ws, pegtl::must<next_operand<Ws>>>> {};

struct group_body : expression<inner_ws> {};

// ---- Statements ---------------------------------------------------------------------------

// limit year 2014 to 2021 | limit year from 2014 | limit year to 2021 | limit status recruiting
struct limit_key : pegtl::seq<pegtl::alpha, pegtl::star<pegtl::sor<pegtl::alnum, pegtl::one<'-'>>>> {};
struct limit_from : date {};
struct limit_to : date {};
struct limit_range
    : pegtl::sor<pegtl::seq<kw_from, line_ws, pegtl::must<limit_from>>,
                 pegtl::seq<kw_to, line_ws, pegtl::must<limit_to>>,
                 pegtl::seq<limit_from, line_ws, pegtl::must<kw_to>, line_ws, pegtl::must<limit_to>>> {};
struct limit_word
    : pegtl::seq<pegtl::alpha, pegtl::star<pegtl::sor<pegtl::alnum, pegtl::one<'-'>>>, pegtl::not_at<term_char>> {};
struct limit_value : pegtl::sor<limit_range, limit_word> {};
struct limit : pegtl::seq<kw_limit, line_ws, pegtl::must<limit_key>, line_ws, pegtl::must<limit_value>> {};

// role condition | role intervention | role filter "Cochrane HSSS 2008, sensitivity-maximising"
struct role_name : pegtl::seq<pegtl::plus<pegtl::alpha>, pegtl::not_at<term_char>> {};
struct role_source : text {};
struct role : pegtl::seq<kw_role, line_ws, pegtl::must<role_name>, pegtl::opt<line_ws, role_source>> {};

// variations: the line's words searched with their variations
struct variations : kw_variations {};

struct line_name : name {};
struct equals : pegtl::one<'='> {};
struct line_expression : expression<line_ws> {};
struct line_rest
    : pegtl::seq<line_ws, line_expression, line_ws, pegtl::star<pegtl::sor<limit, role, variations>, line_ws>> {};

// A search line: `name = expression [limit ...] [role ...] [variations]`.
struct line_statement
    : pegtl::seq<line_name, line_ws, pegtl::must<equals>, line_rest, pegtl::must<line_end>> {};

// A database's id, as the registry spells it: words joined by hyphens (`psycinfo-ebsco`).
struct hyphenated_id : pegtl::seq<pegtl::identifier, pegtl::star<pegtl::one<'-'>, pegtl::identifier>> {};

// `imported from ovid`: the strategy records a search as the database ran it.
struct imported_syntax : hyphenated_id {};
struct imported_from : pegtl::seq<kw_from, line_ws, imported_syntax> {};
struct imported_statement
    : pegtl::seq<kw_imported, pegtl::not_at<line_ws, equals>, line_ws, pegtl::must<imported_from>, line_ws,
                 pegtl::must<line_end>> {};

struct strategy_title : text {};
struct strategy_statement
    : pegtl::seq<kw_strategy, pegtl::not_at<line_ws, equals>, line_ws, pegtl::must<strategy_title>, line_ws,
                 pegtl::must<line_end>> {};

// database central { ... } with one entry per line.
struct interface_entry : pegtl::seq<kw_interface, line_ws, pegtl::must<text>> {};
struct searched_date : date {};
struct searched_entry : pegtl::seq<kw_searched, line_ws, pegtl::must<searched_date>> {};
struct hits_count : number {};
struct hits_line : line_ref {};
struct hits_entry : pegtl::seq<kw_hits, line_ws, pegtl::opt<hits_line, line_ws>, pegtl::must<hits_count>> {};
struct note_entry : pegtl::seq<kw_note, line_ws, pegtl::must<text>> {};
struct change_date : date {};
struct change_hits : number {};
// change 2021-06-22 "Lines #12 to #16 added" hits 20
struct change_entry
    : pegtl::seq<kw_change, line_ws, pegtl::must<change_date>, line_ws, pegtl::must<text>,
                 pegtl::opt<line_ws, kw_hits, line_ws, pegtl::must<change_hits>>> {};
struct override_entry
    : pegtl::seq<line_name, line_ws, equals, line_rest> {};
// search "Advanced search" = condition_terms AND intervention_terms
struct search_label : text {};
struct search_equals : equals {};
struct search_entry
    : pegtl::seq<kw_search, line_ws, pegtl::opt<search_label, line_ws>, pegtl::must<search_equals>, line_rest> {};
// accept narrower
struct accept_entry : pegtl::seq<kw_accept, line_ws, pegtl::must<kw_narrower>> {};
// expand headings
struct expand_entry : pegtl::seq<kw_expand, line_ws, pegtl::must<kw_headings>> {};
struct unknown_entry : pegtl::success {};
struct entry
    : pegtl::sor<interface_entry, searched_entry, hits_entry, note_entry, change_entry, search_entry, accept_entry,
                 expand_entry, override_entry, pegtl::raise<unknown_entry>> {};
struct block_close : pegtl::seq<pegtl::star<blank>, pegtl::one<'}'>> {};
struct entry_end : pegtl::sor<newline, pegtl::eof, pegtl::at<block_close>> {};
struct entry_begin : pegtl::success {};
template <typename Entry>
struct entry_line : pegtl::seq<entry_begin, pegtl::star<blank>, Entry, line_ws, pegtl::must<entry_end>> {};

struct empty_line
    : pegtl::sor<pegtl::seq<pegtl::star<pegtl::sor<blank, special_space>>, pegtl::opt<comment>, newline>,
                 pegtl::seq<pegtl::plus<pegtl::sor<blank, special_space, comment>>, pegtl::eof>> {};

struct statement_abort {};  // thrown after a syntax error is reported; the statement is skipped

// After an error, skip the rest of the line, and the indented lines that continue it.
struct skip_statement
    : pegtl::seq<pegtl::sor<pegtl::seq<pegtl::plus<pegtl::not_at<newline>, pegtl::any>, pegtl::opt<newline>>, newline>,
                 pegtl::star<pegtl::plus<blank>, rest_of_line, pegtl::opt<newline>>> {};
struct skip_entry
    : pegtl::seq<pegtl::not_at<block_close>,
                 pegtl::sor<pegtl::seq<pegtl::plus<pegtl::not_at<newline>, pegtl::not_one<'}'>>, pegtl::opt<newline>>,
                            newline>> {};

template <typename Entry>
struct block_line
    : pegtl::seq<pegtl::not_at<pegtl::eof>,
                 pegtl::sor<empty_line, pegtl::try_catch_type<statement_abort, entry_line<Entry>>, skip_entry>> {};
struct block_unclosed : pegtl::eof {};
struct block_open : pegtl::one<'{'> {};
struct block_open_end : pegtl::sor<newline, pegtl::eof> {};
// `{`, one entry per line, `}` on a line of its own.
template <typename Entry>
struct block_body
    : pegtl::seq<pegtl::must<block_open>, line_ws, pegtl::must<block_open_end>,
                 pegtl::star<pegtl::not_at<block_close>, block_line<Entry>>,
                 pegtl::sor<pegtl::seq<block_close, line_ws, pegtl::must<line_end>>, block_unclosed>> {};
struct database_id : hyphenated_id {};
struct database_statement
    : pegtl::seq<kw_database, pegtl::not_at<line_ws, equals>, line_ws, pegtl::must<database_id>, line_ws,
                 block_body<entry>> {};

// records { other-sources 1 / deduplicated 346 / note "..." / peer-review 2021-05-30 "..." }:
// the review's totals and its peer review.
struct records_count : number {};
struct other_sources_entry : pegtl::seq<kw_other_sources, line_ws, pegtl::must<records_count>> {};
struct deduplicated_entry : pegtl::seq<kw_deduplicated, line_ws, pegtl::must<records_count>> {};
struct records_note_entry : pegtl::seq<kw_note, line_ws, pegtl::must<text>> {};
struct peer_review_date : date {};
struct peer_review_text : text {};
struct peer_review_entry
    : pegtl::seq<kw_peer_review, line_ws, pegtl::must<peer_review_date>, line_ws, pegtl::must<peer_review_text>> {};
struct unknown_records_entry : pegtl::success {};
struct records_entry
    : pegtl::sor<other_sources_entry, deduplicated_entry, records_note_entry, peer_review_entry,
                 pegtl::raise<unknown_records_entry>> {};
struct records_begin : pegtl::success {};
struct records_statement
    : pegtl::seq<kw_records, pegtl::not_at<line_ws, equals>, records_begin, line_ws, block_body<records_entry>> {};

struct bad_statement_start : pegtl::success {};
struct statement_begin : pegtl::success {};
struct statement
    : pegtl::seq<statement_begin,
                 pegtl::sor<strategy_statement, imported_statement, database_statement, records_statement, line_statement,
                            pegtl::raise<bad_statement_start>>> {};

struct file
    : pegtl::seq<pegtl::opt<pegtl::bof, byte_order_mark>,
                 pegtl::until<pegtl::eof, pegtl::sor<empty_line, pegtl::try_catch_type<statement_abort, statement>,
                                                     skip_statement>>> {};

// clang-format on

}  // namespace searchc::grammar
