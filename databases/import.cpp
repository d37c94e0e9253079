// The importers' registry and the layout of an imported strategy.
#include "databases/import.hpp"

#include <fmt/format.h>

#include <array>
#include <optional>
#include <stdexcept>
#include <variant>

#include "base/text.hpp"
#include "base/visit.hpp"
#include "compiler/format.hpp"
#include "compiler/limits.hpp"
#include "databases/database.hpp"

namespace searchc::import {

namespace {

// What a word processor puts into pasted text, read as the plain characters it stands for:
// curly and angle quotation marks as the straight one, padded with spaces to their length so
// that every span still points at the same place (the padding goes where a phrase's folded
// spaces absorb it: after an opening mark, before a closing one), and special spaces
// (non-breaking, zero-width, ...) as ordinary ones. Nothing when there is none. Most searches
// are plain ASCII, as the input checks tell, and are not given to it.
std::optional<SourceFile> plain_text(const SourceFile& source, DiagnosticSink& sink) {
  enum class Kind : std::uint8_t { opens, closes, space };
  struct Mark {
    std::string_view text;
    Kind kind;
  };
  constexpr std::array<Mark, 10> marks = {{{"\u201C", Kind::opens},
                                           {"\u201E", Kind::opens},
                                           {"\u00AB", Kind::opens},
                                           {"\u201D", Kind::closes},
                                           {"\u00BB", Kind::closes},
                                           {"\u00A0", Kind::space},
                                           {"\u200B", Kind::space},
                                           {"\u202F", Kind::space},
                                           {"\u3000", Kind::space},
                                           {"\uFEFF", Kind::space}}};
  std::string text = source.text();
  bool quotes = false;
  bool spaces = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) < 0x80) continue;
    for (const auto& mark : marks) {
      if (std::string_view(text).substr(i, mark.text.size()) != mark.text) continue;
      const std::string pad(mark.text.size() - 1, ' ');
      text.replace(i, mark.text.size(),
                   mark.kind == Kind::opens ? "\"" + pad : pad + (mark.kind == Kind::closes ? "\"" : " "));
      bool& reported = mark.kind == Kind::space ? spaces : quotes;
      if (!reported) {
        sink.report(DiagCode::W305, {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + mark.text.size())},
                    mark.kind == Kind::space ? "special spaces (non-breaking, zero-width) are read as ordinary ones"
                                             : "curly quotation marks are read as straight ones");
        reported = true;
      }
      i += mark.text.size() - 1;
      break;
    }
  }
  if (!quotes && !spaces) return std::nullopt;
  return SourceFile(source.name(), std::move(text));
}

// A word or phrase longer than the language takes (E032), as the parser reports it. Every node
// is visited once, in the one switch on its kind.
void check_term_lengths(const ast::Node& node, DiagnosticSink& sink) {
  const auto each = [&](const ast::Nodes& nodes) {
    for (const auto& n : nodes) check_term_lengths(n, sink);
  };
  std::visit(overloaded{
                 [&](const ast::Term& t) { check_term_length(t.text.size(), node.span, "term", sink); },
                 [&](const ast::Phrase& p) { check_term_length(p.text.size(), node.span, "phrase", sink); },
                 [](const ast::Heading&) {},
                 [](const ast::LineRef&) {},
                 [](const ast::Native&) {},
                 [&](const ast::Bool& b) { each(b.operands); },
                 [&](const ast::Not& n) { each(n.operands); },
                 [&](const ast::Near& n) { each(n.operands); },
                 [&](const ast::Fielded& f) { each(f.body); },
             },
             node.kind);
}

// A limit's date the language would refuse (E025): `AND 1007:2021[dp]` reads as a year range,
// but no strategy can hold it.
void check_limit_dates(const ast::Strategy& strategy, DiagnosticSink& sink) {
  for (const auto& line : strategy.lines) {
    for (const auto& limit : line.limits) {
      for (const auto& date : {limit.from, limit.to}) {
        if (!date || ast::valid_date(*date)) continue;
        sink.report(DiagCode::E025, limit.span, fmt::format("`{}` is not a valid date", ast::format_date(*date)))
            .notes.emplace_back("searchc takes dates from the year 1800 on, with days that their month has");
      }
    }
  }
}

const Database& reader_of(std::string_view syntax) {
  const auto* database = find_database(syntax);
  if (database == nullptr || database->read == nullptr) {
    throw std::invalid_argument(fmt::format("no importer for `{}`", syntax));
  }
  return *database;
}

}  // namespace

std::vector<std::string_view> syntaxes() {
  std::vector<std::string_view> ids;
  for (const auto& database : databases()) {
    if (database.read != nullptr) ids.push_back(database.capabilities.id);
  }
  return ids;
}

Imported read(std::string_view syntax, const SourceFile& original, DiagnosticSink& sink) {
  const auto input = check_database_input(original, sink);
  if (input == DatabaseInput::refused) return Imported{{}, {}, std::string(syntax)};
  const auto& reader = reader_of(syntax);
  const auto plain = input == DatabaseInput::ascii ? std::nullopt : plain_text(original, sink);
  const auto& source = plain ? *plain : original;
  auto imported = reader.read(source, sink);
  // A term is made of the source's bytes, with spaces folded and quotation marks dropped: a
  // source no longer than a term may be holds none too long, and is not walked. (The fuzzer
  // holds every import to reading back in the language, which measures each term again.)
  if (source.text().size() > max_term_bytes) {
    for (const auto& line : imported.strategy.lines) check_term_lengths(line.query, sink);
  }
  check_limit_dates(imported.strategy, sink);
  imported.strategy.imported_from = std::string(syntax);
  return imported;
}

std::string format(const Imported& imported) {
  std::string out = imported.strategy.imported_from
                        ? fmt::format("imported from {}  // {}\n", *imported.strategy.imported_from, imported.from)
                        : fmt::format("// Imported from {}.\n", imported.from);
  for (std::size_t i = 0; i < imported.strategy.lines.size(); ++i) {
    const auto& line = imported.strategy.lines[i];
    out += format_line(line);
    if (!imported.comments[i].empty()) out += fmt::format("  // {}", imported.comments[i]);
    out += '\n';
  }
  for (const auto& db : imported.strategy.databases) {
    out += fmt::format("\ndatabase {} {{\n", db.id);
    for (const auto& entry : db.entries) {
      if (const auto* h = std::get_if<ast::Hits>(&entry.kind)) {
        out += h->line ? fmt::format("  hits #{} {}\n", h->line->name, h->count) : fmt::format("  hits {}\n", h->count);
      } else if (const auto* run = std::get_if<ast::Searched>(&entry.kind)) {
        out += fmt::format("  searched {}\n", ast::format_date(run->date));
      }
    }
    out += "}\n";
  }
  return out;
}

}  // namespace searchc::import
