// The formatter: statements printed from the tree, comments and blank lines carried over from
// the source by line number.
#include "compiler/format.hpp"

#include <fmt/compile.h>
#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "base/text.hpp"
#include "base/visit.hpp"

namespace searchc {
namespace {

bool plain_word(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
}

std::string heading_text(const ast::Heading& h) {
  std::vector<std::string> args;
  if (!h.label.empty()) args.push_back(fmt::format("\"{}\"", h.label));
  for (const auto& q : h.qualifiers) {
    args.push_back(plain_word(q.written) ? fmt::format("/{}", q.written) : fmt::format("/\"{}\"", q.written));
  }
  if (!h.explode) args.emplace_back("noexp");
  if (h.major) args.emplace_back("major");
  if (h.as_written) args.emplace_back("as-written");
  return fmt::format("{}({})", ast::vocabulary_function(h.vocabulary), fmt::join(args, ", "));
}

std::string operand_text(const ast::Node& node);

std::string join(const ast::Nodes& operands, std::string_view separator) {
  std::string out;
  for (const auto& o : operands) {
    if (!out.empty()) out += separator;
    out += operand_text(o);
  }
  return out;
}

std::string operand_text(const ast::Node& node) {
  return ast::is_compound(node) ? fmt::format("({})", format_expression(node)) : format_expression(node);
}

}  // namespace

std::string describe_range(const ast::Limit& limit) {
  if (limit.from && limit.to) {
    return fmt::format(FMT_COMPILE("{} to {}"), ast::format_date(*limit.from), ast::format_date(*limit.to));
  }
  if (limit.from) return fmt::format(FMT_COMPILE("from {}"), ast::format_date(*limit.from));
  return fmt::format(FMT_COMPILE("up to {}"), ast::format_date(*limit.to));
}

std::string format_limit(const ast::Limit& limit) {
  if (!limit.value.empty()) return fmt::format("limit {} {}", limit.key, limit.value);
  if (limit.from && limit.to) {
    return fmt::format("limit {} {} to {}", limit.key, ast::format_date(*limit.from), ast::format_date(*limit.to));
  }
  if (limit.from) return fmt::format("limit {} from {}", limit.key, ast::format_date(*limit.from));
  return fmt::format("limit {} to {}", limit.key, ast::format_date(*limit.to));
}

namespace {

// The part after `=`: the search, its limits, its role and its word variations.
std::string line_body(const ast::Line& line) {
  std::string out = format_expression(line.query);
  for (const auto& limit : line.limits) fmt::format_to(std::back_inserter(out), " {}", format_limit(limit));
  if (line.role) {
    fmt::format_to(std::back_inserter(out), " role {}", line.role->name);
    if (line.role->source) fmt::format_to(std::back_inserter(out), " \"{}\"", *line.role->source);
  }
  if (line.variations) out += " variations";
  return out;
}

}  // namespace

std::string format_line(const ast::Line& line) {
  return fmt::format("{} = {}", line.name, line_body(line));
}

namespace {

std::string entry_text(const ast::Entry& entry) {
  return std::visit(overloaded{
                        [](const ast::Interface& e) { return fmt::format("interface \"{}\"", e.text); },
                        [](const ast::Searched& e) { return fmt::format("searched {}", ast::format_date(e.date)); },
                        [](const ast::Hits& e) {
                          return e.line ? fmt::format("hits #{} {}", e.line->name, e.count)
                                        : fmt::format("hits {}", e.count);
                        },
                        [](const ast::Note& e) { return fmt::format("note \"{}\"", e.text); },
                        [](const ast::Change& e) {
                          auto text = fmt::format("change {} \"{}\"", ast::format_date(e.date), e.text);
                          if (e.hits) text += fmt::format(" hits {}", *e.hits);
                          return text;
                        },
                        [](const ast::Override& e) { return format_line(e.line); },
                        [](const ast::Search& e) {
                          return e.label.empty() ? fmt::format("search = {}", line_body(e.line))
                                                 : fmt::format("search \"{}\" = {}", e.label, line_body(e.line));
                        },
                        [](const ast::AcceptNarrower&) { return std::string("accept narrower"); },
                        [](const ast::ExpandHeadings&) { return std::string("expand headings"); },
                    },
                    entry.kind);
}

std::string records_entry_text(const ast::RecordsEntry& entry) {
  return std::visit(overloaded{
                        [](const ast::OtherSources& e) { return fmt::format("other-sources {}", e.count); },
                        [](const ast::Deduplicated& e) { return fmt::format("deduplicated {}", e.count); },
                        [](const ast::Note& e) { return fmt::format("note \"{}\"", e.text); },
                        [](const ast::PeerReview& e) {
                          return fmt::format("peer-review {} \"{}\"", ast::format_date(e.date), e.text);
                        },
                    },
                    entry.kind);
}

// What the source has on each line besides statements: comments and blank lines.
struct SourceLine {
  bool blank = false;
  std::string comment;        // "// ..." or empty
  bool comment_only = false;  // the comment is the whole line
};

std::vector<SourceLine> scan_lines(const SourceFile& source) {
  std::vector<SourceLine> lines(source.line_count() + 1);
  for (std::size_t l = 1; l <= source.line_count(); ++l) {
    const auto text = source.line_text(l);
    auto& info = lines[l];
    info.blank = text.find_first_not_of(" \t") == std::string_view::npos;
    bool quoted = false;
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
      if (text[i] == '"') quoted = !quoted;
      if (!quoted && text[i] == '/' && text[i + 1] == '/') {
        auto comment = text.substr(i);
        comment = comment.substr(0, comment.find_last_not_of(" \t") + 1);
        info.comment = std::string(comment);
        info.comment_only = text.substr(0, i).find_first_not_of(" \t") == std::string_view::npos;
        break;
      }
    }
  }
  return lines;
}

class Formatter {
 public:
  Formatter(const ast::Strategy& strategy, const SourceFile& source)
      : strategy_(strategy), source_(source), lines_(scan_lines(source)) {}

  std::string run() {
    std::vector<Item> items;
    if (strategy_.title) {
      const auto l = line_of(strategy_.title_span.begin);
      items.push_back({l, l, fmt::format("strategy \"{}\"", *strategy_.title), {}, false});
    }
    if (strategy_.imported_from) {
      const auto l = line_of(strategy_.imported_from_span.begin);
      items.push_back({l, l, fmt::format("imported from {}", *strategy_.imported_from), {}, false});
    }
    for (const auto& line : strategy_.lines) {
      items.push_back({line_of(line.span.begin), line_of(line.span.end), format_line(line), {}, false});
    }
    for (const auto& db : strategy_.databases) {
      std::vector<Item> entries;
      for (const auto& entry : db.entries) entries.push_back(item(entry.span, entry_text(entry)));
      items.push_back(block(db.span, fmt::format("database {} {{", db.id), std::move(entries)));
    }
    for (const auto& records : strategy_.records) {
      std::vector<Item> entries;
      for (const auto& entry : records.entries) entries.push_back(item(entry.span, records_entry_text(entry)));
      items.push_back(block(records.span, "records {", std::move(entries)));
    }
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.first < b.first; });
    emit_items(items, "", 1, source_.line_count());
    return out_;
  }

 private:
  // A statement or block entry on source lines [first, last]; a block has entries.
  struct Item {
    std::size_t first;
    std::size_t last;
    std::string text;
    std::vector<Item> entries;
    bool block = false;
  };

  Item item(Span span, std::string text) const {
    return {line_of(span.begin), line_of(span.end > 0 ? span.end - 1 : 0), std::move(text), {}, false};
  }
  Item block(Span span, std::string opening, std::vector<Item> entries) const {
    auto out = item(span, std::move(opening));
    out.entries = std::move(entries);
    out.block = true;
    return out;
  }

  std::size_t line_of(std::uint32_t offset) const { return source_.locate(offset).line; }

  void emit_items(const std::vector<Item>& items, std::string_view indent, std::size_t from, std::size_t to) {
    std::size_t next = from;
    bool first = true;
    for (const auto& item : items) {
      emit_gap(next, item.first, indent, first, true);
      first = false;
      if (item.block) {
        emit_block(item, indent);
      } else {
        out_ += indent;
        out_ += item.text;
        emit_trailing(item.first, item.last);
        out_ += '\n';
      }
      next = item.last + 1;
    }
    emit_gap(next, to + 1, indent, first, false);
  }

  // Whole-line comments and blank lines in [from, to), at the given indentation. Blank lines
  // fold to one, and none opens or closes a file or a block.
  void emit_gap(std::size_t from, std::size_t to, std::string_view indent, bool at_start, bool item_follows) {
    bool blank = false;
    for (std::size_t l = from; l < to; ++l) {
      if (lines_[l].blank) {
        blank = !at_start;
        continue;
      }
      if (!lines_[l].comment_only) continue;
      if (blank) out_ += '\n';
      blank = false;
      at_start = false;
      out_ += indent;
      out_ += lines_[l].comment;
      out_ += '\n';
    }
    if (blank && item_follows) out_ += '\n';
  }

  // Comments on the statement's own lines follow it on its (single) output line.
  void emit_trailing(std::size_t first, std::size_t last) {
    for (std::size_t l = first; l <= last; ++l) {
      if (lines_[l].comment.empty()) continue;
      out_ += "  ";
      out_ += lines_[l].comment;
    }
  }

  void emit_block(const Item& block, std::string_view indent) {
    out_ += indent;
    out_ += block.text;
    emit_trailing(block.first, block.first);
    out_ += '\n';
    emit_items(block.entries, "  ", block.first + 1, block.last - 1);
    out_ += indent;
    out_ += '}';
    emit_trailing(block.last, block.last);
    out_ += '\n';
  }

  const ast::Strategy& strategy_;
  const SourceFile& source_;
  std::vector<SourceLine> lines_;
  std::string out_;
};

}  // namespace

std::string format_expression(const ast::Node& node) {
  return std::visit(
      overloaded{
          [](const ast::Term& t) { return t.text; },
          [](const ast::Phrase& p) { return fmt::format("\"{}\"", p.text); },
          [](const ast::Heading& h) { return heading_text(h); },
          [](const ast::LineRef& r) { return fmt::format("#{}", r.name); },
          [](const ast::Bool& b) { return join(b.operands, b.op == ast::BoolOp::and_ ? " AND " : " OR "); },
          [](const ast::Not& n) { return join(n.operands, " NOT "); },
          [](const ast::Near& n) {
            return join(n.operands,
                        n.ordered && n.distance == 1 ? std::string(" NEXT ") : fmt::format(" NEAR/{} ", n.distance));
          },
          [](const ast::Native& n) { return fmt::format("native(\"{}\")", n.text); },
          [](const ast::Fielded& f) {
            std::vector<std::string> names;
            ast::each_field_name(f, [&](std::string_view name) { names.push_back(lower(name)); });
            return fmt::format("{}[{}]", operand_text(f.body.front()), fmt::join(names, ","));
          },
      },
      node.kind);
}

std::string format_strategy(const ast::Strategy& strategy, const SourceFile& source) {
  return Formatter(strategy, source).run();
}

}  // namespace searchc
