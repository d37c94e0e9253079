// The bracket-tag reader shared by the PubMed and INAHTA importers (databases/tagged_reader.hpp).
//
// A tag follows a word or a phrase, and words side by side before a tag are one phrase
// (`hurtle cell[tiab]`); untagged words side by side are ANDed.
#include "databases/tagged_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <optional>

#include "base/text.hpp"
#include "compiler/limits.hpp"
#include "databases/history.hpp"
#include "databases/reader.hpp"

namespace searchc::import {
namespace {

class Reader {
 public:
  Reader(const TaggedSyntax& syntax, DiagnosticSink& sink, const History& history, ReadingNotes& notes,
         std::vector<DirectedReading>& readings)
      : syntax_(syntax), sink_(sink), history_(history), notes_(notes), readings_(readings) {}

  // Reads the line into `out`; false when it cannot be read, which has been reported.
  bool read(std::string_view text, std::uint32_t offset, ast::Node& out) {
    line_ = text;
    line_offset_ = offset;
    if (!tokenize(text, offset)) return false;
    if (tokens_.empty()) {
      fail({offset, offset}, "this line has no search");
      return false;
    }
    if (!expression(out)) return false;
    if (pos_ < tokens_.size()) {
      fail(span(tokens_[pos_]), tokens_[pos_].kind == Token::close
                                    ? std::string("a `)` has no matching `(`")
                                    : fmt::format("cannot read `{}` here", text_of(tokens_[pos_])));
      return false;
    }
    return true;
  }

 private:
  // The token's text; a tag's without its brackets.
  std::string_view text_of(const Token& t) const {
    const auto text = token_text(t, line_, line_offset_);
    return t.kind == Token::bracket ? std::string_view(text.data() + 1, text.size() - 2) : text;
  }
  void fail(Span where, std::string message) { sink_.report(DiagCode::E301, where, std::move(message)); }

  std::size_t run_end_ = 0;  // where the run of words that `operand()` is in ends

  static constexpr ByteSet word_ends{" \t\n\r()\"["};

  bool tokenize(std::string_view text, std::uint32_t offset) {
    tokens_.reserve(text.size() / 6 + 8);  // searches run to a token every six bytes or so
    const auto add = [&](Token::Kind kind, std::size_t from, std::size_t to) {
      tokens_.push_back({offset + static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to - from), kind});
    };
    for (std::size_t i = 0; i < text.size();) {
      const auto at = offset + static_cast<std::uint32_t>(i);
      const char c = text[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {  // a line break within a search is a space
        ++i;
      } else if (c == '(' || c == ')') {
        add(c == '(' ? Token::open : Token::close, i, i + 1);
        ++i;
      } else if (c == '"') {
        const auto end = text.find('"', i + 1);
        if (end == std::string_view::npos) {
          fail({at, at + 1}, "this quotation is never closed");
          return false;
        }
        add(Token::phrase, i, end + 1);
        i = end + 1;
      } else if (c == '[') {
        const auto end = text.find(']', i);
        if (end == std::string_view::npos) {
          fail({at, at + 1}, "this `[` is never closed");
          return false;
        }
        const auto tag = text.substr(i + 1, end - i - 1);
        if (tag.starts_with("mp=")) {
          sink_
              .report(DiagCode::E301, {at, at + static_cast<std::uint32_t>(end + 1 - i)},
                      fmt::format("`[{}]` is Ovid's note on the fields it searched, not part of the search: {} "
                                  "has no such tag",
                                  tag, syntax_.from))
              .notes.emplace_back("import a search copied from Ovid with `--from ovid`");
          return false;
        }
        add(Token::bracket, i, end + 1);
        i = end + 1;
      } else {
        const auto end = std::min(word_ends.find_in(text, i), text.size());
        add(Token::word, i, end);
        i = end;
      }
    }
    return true;
  }

  const Token* peek() const { return pos_ < tokens_.size() ? &tokens_[pos_] : nullptr; }

  enum class Op : std::uint8_t { and_, or_, not_ };

  static std::string_view name(Op op) { return op == Op::and_ ? "and" : op == Op::or_ ? "or" : "not"; }

  std::optional<Op> operator_of(const Token& t) const {
    if (t.kind != Token::word) return std::nullopt;
    const auto text = text_of(t);
    if (iequal(text, "and")) return Op::and_;
    if (iequal(text, "or")) return Op::or_;
    if (iequal(text, "not")) return Op::not_;
    return std::nullopt;
  }

  // Whether the operator `t` is not in capitals, where the syntax documents operators in capitals.
  bool written_lower(const Token& t) const {
    const auto text = text_of(t);
    return syntax_.capital_operators && text != "AND" && text != "OR" && text != "NOT";
  }
  // `and`, `or`, `not` not in capitals, where the syntax documents operators in capitals.
  bool lowercase_operator(const Token& t) const { return operator_of(t) && written_lower(t); }

  // A word of a run of words before a tag; where the syntax documents operators in capitals,
  // an operator in lower case is one too (`wit and humor[mh]`). An operator is no reference.
  bool run_word(const Token& t) const {
    if (t.kind != Token::word) return false;
    return operator_of(t) ? written_lower(t) : !is_reference(t);
  }

  // `#12`, `#2-#3`: lines of the history, a search of its own even between words.
  bool is_reference(const Token& t) const {
    const auto text = text_of(t);
    return t.kind == Token::word && names_lines(text);
  }

  // A lowercase `or` between searches: NLM documents AND, OR and NOT in capitals, but PubMed has
  // read them in lower case too since 2007 at least (NNLM, "PubMed Particulars", 2007), as the
  // searches published with them show. Read as the operator, with W307 at each: `t` is the
  // operator `op`.
  void note_lowercase_operator(const Token& t, Op op) {
    if (!written_lower(t)) return;
    sink_.report(DiagCode::W307, span(t),
                 fmt::format("`{}` is read as {}: {} documents its operators in capitals, but reads them in lower case "
                             "too between searches",
                             text_of(t),
                             op == Op::and_  ? "AND"
                             : op == Op::or_ ? "OR"
                                             : "NOT",
                             syntax_.from));
  }

  // Where the filter that starts at `pos_` ends (`systematic[sb]`, `free full text[sb]`,
  // `hasabstract`), or 0 where none starts there.
  std::size_t filter_end() {
    auto i = pos_;
    if (i >= tokens_.size()) return 0;
    if (tokens_[i].kind == Token::phrase) {
      ++i;
    } else {
      while (i < tokens_.size() && run_word(tokens_[i])) ++i;
    }
    if (i == pos_) return 0;
    if (i < tokens_.size() && tokens_[i].kind == Token::bracket) {
      return named(syntax_.filter_tags, tag_name(tokens_[i])) ? i + 1 : 0;
    }
    const bool word = i == pos_ + 1 && tokens_[pos_].kind == Token::word;
    return word && named(syntax_.filter_words, text_of(tokens_[pos_])) ? i : 0;
  }

  // Whether a filter starts at `pos_` and is ANDed onto the search after it.
  bool filter_first() {
    const auto end = filter_end();
    if (end == 0 || end >= tokens_.size()) return false;
    const auto op = operator_of(tokens_[end]);
    return tokens_[end].kind != Token::close && (!op || *op == Op::and_);
  }

  // The filter at `pos_`, ANDed onto the search, left out and carried over as a comment (W302):
  // the language cannot say it, and without it the search finds more. False where none is there.
  bool leave_out_filter() {
    const auto end = filter_end();
    if (end == 0) return false;
    const Span where = cover(span(tokens_[pos_]), span(tokens_[end - 1]));
    const auto written = line_.substr(where.begin - line_offset_, where.end - where.begin);
    sink_.report(DiagCode::W302, where,
                 fmt::format("`{}` is a {} filter, which the language cannot say: it is left out and carried over as "
                             "a comment, so the search finds more records than {} found",
                             written, syntax_.from, syntax_.from));
    comments_.emplace_back(written);
    pos_ = end;
    return true;
  }

  // Left to right, each operator applying to everything before it, where the syntax says so;
  // otherwise one kind of operator per level of parentheses. Each search is read into the place
  // it takes in the tree, rather than built and moved there.
  bool expression(ast::Node& out) {
    // a filter first, `hasabstract AND asthma`, is left out with the AND after it
    while (filter_first()) {
      leave_out_filter();
      if (operator_of(*peek()) == Op::and_) {
        note_lowercase_operator(*peek(), Op::and_);
        ++pos_;
      }
    }
    if (!operand(out)) return false;
    std::optional<Op> level_op;
    std::size_t nested = 0;
    Span level_span;
    for (const auto* t = peek(); t != nullptr; t = peek()) {
      if (t->kind == Token::close) break;
      Op op = Op::and_;  // untagged words side by side
      Span op_span{t->offset, t->offset};
      if (auto o = operator_of(*t)) {
        op = *o;
        op_span = span(*t);
        note_lowercase_operator(*t, op);
        ++pos_;
      } else if (is_reference(tokens_[pos_ - 1]) || is_reference(*t)) {
        sink_.report(DiagCode::W307, cover(span(tokens_[pos_ - 1]), span(*t)),
                     fmt::format("{} ANDs searches side by side: a line's reference and the search beside it are "
                                 "read as two searches joined by AND",
                                 syntax_.from));
      }
      if (op == Op::and_ && leave_out_filter()) continue;
      if (!syntax_.left_to_right && level_op && *level_op != op) {
        refuse_mixed_operators(sink_, {level_span.begin, op_span.end}, name(*level_op), name(op), syntax_.from,
                               fmt::format("the {} search", syntax_.from));
        return false;
      }
      if (!level_op) level_span = op_span;
      // each NOT, and each change of operator, nests what came before one level deeper
      if ((op == Op::not_ || (level_op && *level_op != op)) && ++nested > max_unparenthesised_chain) {
        fail(op_span, fmt::format("more than {} NOT or proximity operators in a row without parentheses",
                                  max_unparenthesised_chain));
        return false;
      }
      level_op = op;
      auto& right = joined(op, out);
      if (!operand(right)) return false;
      out.span = cover(out.span, right.span);
    }
    return true;
  }

  // The place of the search that `op` joins to `left`, which becomes the join; a run of one
  // operator is one node with many operands, which grows where it stands.
  static ast::Node& joined(Op op, ast::Node& left) {
    const auto bool_op = op == Op::and_ ? ast::BoolOp::and_ : ast::BoolOp::or_;
    if (auto* b = std::get_if<ast::Bool>(&left.kind); op != Op::not_ && b != nullptr && b->op == bool_op) {
      left.grouped = true;
      return b->operands.emplace_back();
    }
    // a NOT has two operands; a run of AND or OR has room for as many as the node allocator
    // keeps in one list
    ast::Nodes operands;
    operands.reserve(op == Op::not_ ? 2 : ast::NodeBlocks<ast::Node>::max_nodes);
    operands.push_back(std::move(left));
    operands.emplace_back();
    left.grouped = true;
    if (op == Op::not_) {
      auto& negation = left.kind.emplace<ast::Not>();
      negation.operands = std::move(operands);
      return negation.operands.back();
    }
    auto& run = left.kind.emplace<ast::Bool>();
    run.op = bool_op;
    run.operands = std::move(operands);
    return run.operands.back();
  }

  // One search, read into `out`.
  bool operand(ast::Node& out) {
    const auto* t = peek();
    if (t == nullptr) {
      const auto end = span(tokens_.back()).end;
      fail({end, end}, "an operator has no search after it");
      return false;
    }
    if (operator_of(*t)) {
      fail(span(*t), fmt::format("`{}` has no search before it", text_of(*t)));
      return false;
    }
    if (t->kind == Token::open) {
      const auto open = *t;
      ++pos_;
      if (!expression(out)) return false;
      if (!peek() || peek()->kind != Token::close) {
        fail(span(open), "this `(` is never closed");
        return false;
      }
      out.span = cover(span(open), span(*peek()));
      out.grouped = true;
      ++pos_;
      if (peek() && peek()->kind == Token::bracket) {
        const auto tag = *peek();
        if (!syntax_.group_tags) {
          fail(span(tag),
               fmt::format("{} takes no tag after a parenthesised group; put it on each word", syntax_.from));
          return false;
        }
        ++pos_;
        const Span where = cover(out.span, span(tag));
        const auto fields = tag_fields(tag_name(tag), where);
        if (!fields.empty()) out = ast::field_scope(where, fields, std::move(out));
      }
      return true;
    }
    if (t->kind == Token::close || t->kind == Token::bracket) {
      fail(span(*t), fmt::format("expected a search, found `{}`", text_of(*t)));
      return false;
    }
    // A phrase, a word, or words up to a tag (then one phrase): the tokens from `first` to `pos_`.
    const auto first = pos_;
    const bool quoted = t->kind == Token::phrase;
    bool has_tag = false;
    if (quoted || is_reference(*t)) {
      ++pos_;
      has_tag = peek() != nullptr && peek()->kind == Token::bracket;
    } else {
      // Every word of a run of words ends where the run does: found once per run, so that a
      // long run of untagged words costs linear time. A reference ends a run: `#1 asthma[tiab]`
      // is two searches.
      if (pos_ >= run_end_) {
        run_end_ = pos_;
        while (run_end_ < tokens_.size() && run_word(tokens_[run_end_])) ++run_end_;
      }
      const auto end = run_end_;
      has_tag = end < tokens_.size() && tokens_[end].kind == Token::bracket;
      if (!has_tag) note_term_mapping(first, end);
      pos_ = has_tag ? end : pos_ + 1;
    }
    const std::span<const Token> run(tokens_.data() + first, pos_ - first);
    const Span where = cover(span(run.front()), span(run.back()));
    // folded, the text is no longer than where it stands: it is given its room once
    std::string text;
    text.reserve(where.end - where.begin);
    for (const auto& w : run) {
      if (w.kind == Token::phrase) {
        append_folded(text, unquote(text_of(w)));
        continue;
      }
      // a word is folded already: it ends at the first space, and is not empty
      if (!text.empty()) text += ' ';
      text += text_of(w);
    }
    if (!syntax_.question_wildcard && text.find('?') != std::string::npos) text = question_marks_read(text, where);
    if (text.empty()) {
      fail(where, "an empty phrase");
      return false;
    }
    if (has_tag && run.size() > 1) note_words_in_phrase(run, text);
    if (!has_tag && !quoted && named(syntax_.filter_words, text)) {
      fail(where, fmt::format("`{}` is a {} filter, which the language cannot say: ANDed onto a search it is left out, "
                              "but alone, ORed or NOTed it cannot be",
                              text, syntax_.from));
      return false;
    }
    if (!quoted && run.size() == 1 && names_lines(text)) {
      auto ref = history_.lines(text, where, syntax_.from, sink_);
      if (!ref) return false;
      out = std::move(*ref);
      return true;
    }
    const bool phrase = quoted || run.size() > 1 || text.find(' ') != std::string::npos;
    if (peek() && peek()->kind == Token::bracket) {
      const auto tag = *peek();
      ++pos_;
      return tagged(std::move(text), phrase, tag, cover(where, span(tag)), out);
    }
    if (!quoted && run.size() == 1 && all_digits(text) && text.size() <= 6 &&
        history_.has(read_digits(text, 1'000'000))) {
      // `1 AND 2`, Ovid's way to combine lines: the syntax refers to a line only as `#1`
      sink_.report(DiagCode::W307, where,
                   fmt::format("{} searches `{}` as a word, not as line {} (written `#{}`): it is read as the word, "
                               "which finds other records than the line",
                               syntax_.from, text, text, text));
    }
    leaf(std::move(text), phrase, where, out);
    return true;
  }

  // A tag as the syntax lists it: `[MeSH  Terms]` is `mesh terms`. Most tags are written that
  // way already, in lower case without spaces (`[tiab]`), and are read where they stand; the
  // others are folded into `folded_tag_`, which holds the one tag being read: the view returned
  // is good until the next tag is read.
  std::string_view tag_name(const Token& tag) {
    static constexpr ByteSet folded_away("ABCDEFGHIJKLMNOPQRSTUVWXYZ \t\n\r");
    const auto text = text_of(tag);
    if (folded_away.find_in(text) == std::string_view::npos) return text;
    folded_tag_.resize(text.size());
    return lower_folded_into(text, folded_tag_.data());
  }

  static std::string_view unquote(std::string_view text) { return text.substr(1, text.size() - 2); }

  // Untagged words, tokens `first` to `end`, which PubMed sends through its Automatic Term
  // Mapping (PubMed User Guide): it searched the MeSH heading they map to as well as the
  // words. Said once a line (W340), at the first such words; truncated words are not mapped.
  void note_term_mapping(std::size_t first, std::size_t end) {
    if (!syntax_.term_mapping || term_mapping_noted_ || end == first) return;
    const Span where = cover(span(tokens_[first]), span(tokens_[end - 1]));
    const auto words = line_.substr(where.begin - line_offset_, where.end - where.begin);
    // truncated words are not mapped, and numbers map to no heading
    const bool letters = std::any_of(words.begin(), words.end(), [](char c) { return is_ascii_letter(c); });
    if (!letters || words.find('*') != std::string_view::npos || named(syntax_.filter_words, words)) return;
    term_mapping_noted_ = true;
    sink_.report(DiagCode::W340, where,
                 fmt::format("{} also searched the MeSH heading that untagged words such as `{}` map to (Automatic "
                             "Term Mapping), which the language cannot say: they are read as words in all text, so "
                             "the translation may find fewer records",
                             syntax_.from, words));
  }

  // A lowercase `and`, `or` or `not` inside words before a tag, which PubMed reads as part of
  // the phrase or heading (NLM Technical Bulletin 1997: "you simply enter wit and humor [mh]"):
  // said at each (W307).
  void note_words_in_phrase(std::span<const Token> run, std::string_view text) {
    for (const auto& w : run) {
      if (!lowercase_operator(w)) continue;
      sink_.report(DiagCode::W307, span(w),
                   fmt::format("`{}` in lower case before a tag is one of the words the tag scopes, \"{}\", as {} "
                               "reads `wit and humor[mh]`",
                               text_of(w), text, syntax_.from));
    }
  }

  // `wom?n`, where `?` is no wildcard: PubMed's only wildcard is `*` (NLM Technical Bulletin
  // 2024); it reads the `?` as a space between words, an unverified reading (W308).
  std::string question_marks_read(const std::string& text, Span where) {
    std::string spaced = text;
    std::replace(spaced.begin(), spaced.end(), '?', ' ');
    auto read = fold_space(spaced);
    sink_.report(DiagCode::W308, where,
                 fmt::format("{} has no `?` wildcard (its only one is `*`): it reads `?` as a space, so it searched "
                             "\"{}\", and so does the translation; `*` may be what was meant",
                             syntax_.from, read));
    return read;
  }

  // A word, or a phrase when written as one or when it has to be, made at `out`.
  static void leaf(std::string&& text, bool phrase, Span where, ast::Node& out) {
    out.span = where;
    if (phrase || needs_phrase(text)) {
      out.kind.emplace<ast::Phrase>().text = std::move(text);
    } else {
      out.kind.emplace<ast::Term>().text = std::move(text);
    }
  }

  template <typename Tag>
  static const Tag* named_in(std::span<const Tag> tags, std::string_view name) {
    const auto found = std::find_if(tags.begin(), tags.end(), [&](const Tag& t) { return named(t.names, name); });
    return found == tags.end() ? nullptr : &*found;
  }

  // What a word's tag says: a heading, a subheading, or fields, with a proximity.
  struct TagReading {
    std::string_view written;  // as the source has it, within the brackets
    const HeadingTag* heading = nullptr;
    bool explode = true;  // a heading's; false for `:noexp`
    bool subheading = false;
    FieldSet fields;                       // a field tag's; empty: all text
    std::optional<std::uint64_t> between;  // `[tiab:~2]`: at most two words between
  };

  // The reading of a word's tag, at `where`; null when it cannot be read, which has been
  // reported. A search's words mostly repeat one tag (`[tiab]` after each): a tag written as the
  // last one was is not read again. What reading it reports (W303, once per text) it has
  // reported already.
  const TagReading* read_tag(const Token& token, Span where) {
    const auto written = text_of(token);
    if (last_tag_ && last_tag_->written == written) return &*last_tag_;
    last_tag_.reset();
    const auto tag = tag_name(token);
    const auto colon = tag.find(':');
    const auto base = tag.substr(0, colon);
    const auto option = colon == std::string_view::npos ? std::string_view() : tag.substr(colon + 1);
    TagReading reading;
    reading.written = written;
    if (const auto* heading_tag = named_in(syntax_.headings, base)) {
      if (!option.empty() && !named(syntax_.no_explode, option)) {
        const auto only = syntax_.no_explode.front();
        fail(where, fmt::format("cannot read `[{}]`: {}", tag,
                                only.empty() ? std::string("a heading's tag takes no option here")
                                             : fmt::format("a heading's tag takes only `:{}`", only)));
        return nullptr;
      }
      reading.heading = heading_tag;
      reading.explode = heading_tag->explode && option.empty();
      return &last_tag_.emplace(reading);
    }
    if (named(syntax_.subheadings, base)) {
      if (!option.empty() && !named(syntax_.no_explode, option)) {
        fail(where,
             fmt::format("cannot read `[{}]`: a subheading's tag takes only `:{}`", tag, syntax_.no_explode.front()));
        return nullptr;
      }
      reading.subheading = true;
      reading.explode = option.empty();
      return &last_tag_.emplace(reading);
    }
    // A field's tag is no date's and no filter's (tests/tag_tables_test.cpp): those are looked
    // for only among the tags that name no field.
    const auto* field = named_in(syntax_.fields, base);
    if (field == nullptr &&
        std::any_of(syntax_.dates.begin(), syntax_.dates.end(), [&](const Names& d) { return named(d, base); })) {
      fail(where, "a date belongs at the end of a line, ANDed with its search, where it becomes the line's limit");
      return nullptr;
    }
    if (field == nullptr && named(syntax_.filter_tags, base)) {
      fail(where, fmt::format("`[{}]` is a {} filter, which the language cannot say: ANDed onto a search it is left "
                              "out, but alone, ORed or NOTed it cannot be",
                              tag, syntax_.from));
      return nullptr;
    }
    // "a b"[tiab:~2]: the words with at most two words between them
    const auto distance = option.substr(std::min<std::size_t>(1, option.size()));
    if (!option.empty() &&
        (syntax_.near_distance == nullptr || option.front() != '~' || !all_digits(distance) || distance.size() > 2)) {
      fail(where, syntax_.near_distance != nullptr
                      ? fmt::format("cannot read `[{}]`: a field tag takes only a proximity `:~N`, N from 0 to 99", tag)
                      : fmt::format("cannot read `[{}]`: {} field tags take no option", tag, syntax_.from));
      return nullptr;
    }
    reading.fields = fields_of(field, base, where);
    if (!option.empty()) reading.between = read_digits(distance, 99);
    return &last_tag_.emplace(reading);
  }

  // A word or phrase with its tag, made at `out`: a heading, or a search in the tag's fields.
  bool tagged(std::string&& text, bool phrase, const Token& tag, Span where, ast::Node& out) {
    const auto* reading = read_tag(tag, where);
    if (reading == nullptr) return false;
    if (reading->heading != nullptr) {
      const auto slash = syntax_.heading_qualifiers ? text.find('/') : std::string::npos;
      // the text's spaces are folded already: a space before a `/` is all there is to drop
      auto label = std::string_view(text).substr(0, slash);
      if (label.ends_with(' ')) label.remove_suffix(1);
      // `Heart//drug therapy`, `Heart/ /drug therapy`: an empty place between slashes names nothing
      std::vector<std::string> qualifiers;
      if (slash != std::string::npos) {
        for (const auto q : split(std::string_view(text).substr(slash + 1), '/')) {
          if (auto name = fold_space(q); !name.empty()) qualifiers.push_back(std::move(name));
        }
      }
      // `/[mh]`: the language has no heading without a name or a subheading
      if (label.empty() && qualifiers.empty()) {
        fail(where, fmt::format("`{}` names no heading and no subheading", text));
        return false;
      }
      out.span = where;
      auto& h = out.kind.emplace<ast::Heading>();
      h.major = reading->heading->major;
      h.explode = reading->explode;
      // most headings are the whole text, which is moved rather than copied
      if (label.size() == text.size()) {
        h.label = std::move(text);
      } else {
        h.label = label;
      }
      if (reading->explode) {
        for (const auto& q : qualifiers) note_exploded_subheading(q, where);
      }
      for (auto& q : qualifiers) h.qualifiers.push_back({std::move(q), {}, {}, where});
      return true;
    }
    if (reading->subheading) {
      if (reading->explode) note_exploded_subheading(text, where);
      out.span = where;
      out.kind.emplace<ast::Heading>().qualifiers.push_back({std::move(text), {}, {}, where});
      return true;
    }
    auto& body = reading->fields.empty() ? out : ast::field_scope(out, where, reading->fields);
    if (reading->between) {
      ast::Nodes words;
      for (const auto w : phrase_words(text)) leaf(std::string(w), false, where, words.emplace_back());
      if (words.size() > 1) {
        body.span = where;
        auto& near = body.kind.emplace<ast::Near>();
        near.distance = syntax_.near_distance(*reading->between);
        near.operands = std::move(words);
        return true;
      }
    }
    leaf(std::move(text), phrase, where, body);
    return true;
  }

  // PubMed searches a subheading with the subheadings NLM groups under it (NLM MeSH tutorial,
  // "Searching PubMed using MeSH tags"), unless the tag says `:noexp`; the language's qualifier
  // names the subheading alone, as Ovid's `.fs.` searches it (W341, at each).
  void note_exploded_subheading(std::string_view name, Span where) {
    if (!syntax_.subheadings_explode) return;
    sink_.report(DiagCode::W341, where,
                 fmt::format("{} searched the subheading `{}` with the subheadings NLM groups under it, where it has "
                             "any (`therapy` takes in `drug therapy`, `surgery` and more; `:{}` turns that off): the "
                             "language names the subheading alone, so a translation may find fewer records",
                             syntax_.from, name, syntax_.no_explode.front()));
  }

  // The fields `tag` names; a tag the syntax does not list is all text, which is said once.
  FieldSet tag_fields(std::string_view tag, Span where) { return fields_of(named_in(syntax_.fields, tag), tag, where); }
  // The fields of `found`, the syntax's entry for `tag`, or null where it lists none.
  FieldSet fields_of(const FieldCode* found, std::string_view tag, Span where) {
    if (found == nullptr) {
      readings_.push_back(all_text_reading(where, fmt::format("[{}]", tag), false));
      return {};
    }
    if (!found->note.empty()) field_reading(*found, std::string(found->note), where, notes_, readings_);
    return found->fields;
  }

  const TaggedSyntax& syntax_;
  DiagnosticSink& sink_;
  const History& history_;
  ReadingNotes& notes_;
  std::vector<DirectedReading>& readings_;  // said once every line is read (say_directed)
  std::string_view line_;                   // the line being read, which starts at `line_offset_` in the source
  std::uint32_t line_offset_ = 0;
  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  std::string folded_tag_;
  std::optional<TagReading> last_tag_;
  bool term_mapping_noted_ = false;
  std::vector<std::string> comments_;  // what the line's search held that the language cannot say

 public:
  const std::vector<std::string>& comments() const { return comments_; }
};

// Takes the interface's label (`Search:`) off the start of `text`, which starts at `offset`,
// with W306; returns how many bytes it took.
std::uint32_t skip_label(const TaggedSyntax& syntax, std::string_view& text, std::uint32_t offset,
                         DiagnosticSink& sink) {
  for (const auto label : syntax.labels) {
    if (label.empty()) break;
    if (!text.starts_with(label) || text.size() <= label.size() || !folded_spaces.contains(text[label.size()])) {
      continue;
    }
    sink.report(DiagCode::W306, {offset, offset + static_cast<std::uint32_t>(label.size())},
                fmt::format("`{}` is the label {} prints before a search, not part of the search: skipped", label,
                            syntax.from));
    auto skipped = label.size();
    while (skipped < text.size() && folded_spaces.contains(text[skipped])) ++skipped;
    text.remove_prefix(skipped);
    return static_cast<std::uint32_t>(skipped);
  }
  return 0;
}

// A line that holds only a limit under its label (`Year filter: FROM 2014 TO 2021`) limits the
// line above: its limits are moved there; with no line above it is refused (E301). False, and
// nothing moved, for any other line.
bool limits_line_above(const TaggedSyntax& syntax, std::string_view text, ast::Line& line, Imported& out,
                       DiagnosticSink& sink) {
  if (syntax.limit_label.empty() || line.limits.empty()) return false;
  auto rest = text;
  while (!rest.empty() && folded_spaces.contains(rest.back())) rest.remove_suffix(1);
  while (!rest.empty() && folded_spaces.contains(rest.front())) rest.remove_prefix(1);
  if (!rest.empty() && !iequal(rest, syntax.limit_label)) return false;
  if (out.strategy.lines.empty()) {
    sink.report(DiagCode::E301, line.span, fmt::format("`{}` limits the search above it, and there is none", rest));
    return true;
  }
  auto& above = out.strategy.lines.back().limits;
  for (auto& limit : line.limits) above.push_back(std::move(limit));
  return true;
}

}  // namespace

Imported read_tagged(const TaggedSyntax& syntax, const SourceFile& source, DiagnosticSink& sink) {
  Imported out;
  out.from = std::string(syntax.from);
  History history;
  ReadingNotes notes(sink);
  std::vector<DirectedReading> readings;
  std::uint64_t next_number = 1;
  ast::Database record{lower(syntax.from), {}, {}, {}};
  // The layout of a history (docs/import.md, "The layout of a pasted history"): a bare number
  // opens a line of a history of several lines (`1 heart[ti]`), but a query of one line may
  // start with a number as a word (`1 OR 2`); a hit count may follow a tag or a group; and
  // PubMed reads operators only in capitals.
  const Layout layout{
      .numbers = Numbers::bare_or_hash,
      .operators_any_case = false,
      .ends_search = [](std::string_view before) { return before.ends_with(']') || before.ends_with(')'); },
  };
  for (auto h : history_lines(source, layout, sink, &record.entries)) {
    auto text = h.text;
    const auto number = h.number.value_or(next_number);
    next_number = number + 1;
    const Span whole{h.offset, h.offset + static_cast<std::uint32_t>(text.size())};
    ast::Line line;
    line.name = line_name(number);
    line.name_span = whole;
    line.span = whole;
    const auto offset = h.offset + skip_label(syntax, text, h.offset, sink);
    std::vector<std::string> comments;
    if (syntax.interface_text != nullptr) syntax.interface_text(text, offset, line.limits, comments, sink);
    if (syntax.trailing_limit != nullptr) {
      const auto reported = sink.size();
      if (auto limit = syntax.trailing_limit(text, offset, whole, sink)) line.limits.push_back(std::move(*limit));
      // a limit refused where it stands (a date that is none, a form the database's own prints
      // do not show) refuses its line, rather than its search being read without it
      bool refused = false;
      for (auto i = reported; i < sink.size(); ++i) refused = refused || sink.at(i).severity == Severity::error;
      if (refused) {
        history.unread(number);
        continue;
      }
    }
    if (limits_line_above(syntax, text, line, out, sink)) continue;
    Reader reader(syntax, sink, history, notes, readings);
    if (!reader.read(text, offset, line.query)) {
      history.unread(number);
      continue;
    }
    if (h.hits) record.entries.push_back({whole, ast::Hits{*h.hits, ast::LineRef{line.name, -1}}});
    history.add(number, out.strategy.lines.size());
    out.strategy.lines.push_back(std::move(line));
    comments.insert(comments.end(), reader.comments().begin(), reader.comments().end());
    out.comments.push_back(comments.empty() ? std::string() : fmt::format("{}", fmt::join(comments, "; ")));
  }
  if (!record.entries.empty()) out.strategy.databases.push_back(std::move(record));
  say_directed(out.strategy.lines, readings, sink);
  return out;
}

}  // namespace searchc::import
