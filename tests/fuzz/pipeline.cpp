// The properties every input must keep, whatever it holds (tests/fuzz/pipeline.hpp).
#include "tests/fuzz/pipeline.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "base/text.hpp"
#include "base/visit.hpp"
#include "compiler/format.hpp"
#include "compiler/resolve.hpp"
#include "databases/database.hpp"
#include "databases/import.hpp"
#include "grammar/parser.hpp"
#include "mesh/vocabulary.hpp"
#include "server/api.hpp"

namespace searchc::fuzz {
namespace {

[[noreturn]] void fail(std::string_view what, std::string_view input, std::string_view detail) {
  fmt::print(stderr, "property failed: {}\n--- input:\n{}\n--- detail:\n{}\n", what, input, detail);
  std::abort();
}

bool has_native(const ast::Strategy& strategy) {
  const auto native = [](const ast::Node& n) { return std::holds_alternative<ast::Native>(n.kind); };
  for (const auto& line : strategy.lines) {
    if (ast::any_node(line.query, native)) return true;
  }
  for (const auto& db : strategy.databases) {
    for (const auto& entry : db.entries) {
      if (const auto* o = std::get_if<ast::Override>(&entry.kind);
          o != nullptr && ast::any_node(o->line.query, native)) {
        return true;
      }
      if (const auto* s = std::get_if<ast::Search>(&entry.kind); s != nullptr && ast::any_node(s->line.query, native)) {
        return true;
      }
    }
  }
  return false;
}

// Parentheses balance outside quotation marks, and quotation marks pair, on every line.
// `quotes`: the marks that open and close a phrase in the database's syntax (Embase.com's `'`
// as well as `"`); inside a phrase the other marks are letters.
bool balanced(std::string_view text, std::string_view quotes) {
  for (std::size_t start = 0; start < text.size();) {
    const auto end = std::min(text.find('\n', start), text.size());
    int depth = 0;
    char quoted = 0;
    for (const char c : text.substr(start, end - start)) {
      if (quoted == 0 && quotes.find(c) != std::string_view::npos) {
        quoted = c;
        continue;
      }
      if (c == quoted) quoted = 0;
      if (quoted != 0) continue;
      if (c == '(') ++depth;
      if (c == ')' && --depth < 0) return false;
    }
    if (depth != 0 || quoted != 0) return false;
    start = end + 1;
  }
  return true;
}

void words_of(const ast::Node& node, const ast::Strategy& strategy, std::set<std::string>& out, std::set<int>& seen) {
  const auto add = [&](std::string_view text) {
    std::string word;
    for (const char c : text) {
      if (c == ' ' || c == ',' || c == '*' || c == '?') {
        if (!word.empty()) out.insert(lower(word));
        word.clear();
      } else {
        word += c;
      }
    }
    if (!word.empty()) out.insert(lower(word));
  };
  std::visit(overloaded{
                 [&](const ast::Term& t) { add(t.text); },
                 [&](const ast::Phrase& p) { add(p.text); },
                 [&](const ast::Heading& h) { add(h.label); },
                 [&](const ast::Native& n) { add(n.text); },
                 [&](const ast::LineRef& r) {
                   if (r.index >= 0 && seen.insert(r.index).second) {
                     words_of(strategy.lines[static_cast<std::size_t>(r.index)].query, strategy, out, seen);
                   }
                 },
                 [&](const ast::Bool& b) {
                   for (const auto& o : b.operands) words_of(o, strategy, out, seen);
                 },
                 [&](const ast::Not& n) {
                   for (const auto& o : n.operands) words_of(o, strategy, out, seen);
                 },
                 [&](const ast::Near& n) {
                   for (const auto& o : n.operands) words_of(o, strategy, out, seen);
                 },
                 [&](const ast::Fielded& f) { words_of(f.body.front(), strategy, out, seen); },
             },
             node.kind);
}

// The check's and the database's messages, in lower case: a word may be named there instead.
std::string messages(const DiagnosticSink& check, const DiagnosticSink& database) {
  std::string out;
  for (const auto* sink : {&check, &database}) {
    for (const auto& d : sink->sorted()) out += lower(d.message) + "\n";
  }
  return out;
}

// The words of the lines that `said` (messages in lower case) names as references, `#name`: a
// warning that a part holding `#l0` is left out names line l0's words by naming the line.
std::set<std::string> words_of_named_lines(const ast::Strategy& strategy, std::string_view said) {
  std::set<std::string> out;
  std::set<int> seen;
  for (std::size_t i = 0; i < strategy.lines.size(); ++i) {
    const auto ref = "#" + lower(strategy.lines[i].name);
    for (auto at = said.find(ref); at != std::string_view::npos; at = said.find(ref, at + 1)) {
      const auto after = at + ref.size();
      if (after < said.size() && (is_ascii_letter(said[after]) || is_ascii_digit(said[after]) || said[after] == '_')) {
        continue;
      }
      words_of(strategy.lines[i].query, strategy, out, seen);
      break;
    }
  }
  return out;
}

void compile_everywhere(const ast::Strategy& strategy, const DiagnosticSink& check, std::string_view input) {
  const bool check_balance = !has_native(strategy);
  for (const auto& backend : databases()) {
    const auto id = backend.capabilities.id;
    DiagnosticSink sink;
    const auto out = compile(strategy, backend, EmitOptions{}, sink);
    if (sink.has_errors()) continue;
    if (out.text.empty()) fail(fmt::format("{} wrote nothing", id), input, "");
    if (check_balance && !balanced(out.text, id == "embase" ? "\"'" : "\""))
      fail(fmt::format("unbalanced query for {}", id), input, out.text);
    const auto text = lower(out.text);
    std::string said;
    std::set<std::string> named;  // the words of lines that a warning names as `#name`
    for (const auto& word : searched_words(strategy, id)) {
      if (text.find(word) != std::string::npos) continue;
      if (said.empty()) {
        said = messages(check, sink);
        named = words_of_named_lines(strategy, said);
      }
      if (said.find(word) == std::string::npos && !named.contains(word)) {
        fail(fmt::format("`{}` is in no output of {} and in no warning", word, id), input, out.text + "\n---\n" + said);
      }
    }
  }
}

struct Checked {
  SourceFile source;
  DiagnosticSink sink;
  ast::Strategy strategy;
};

Checked check_language(std::string text) {
  Checked c{SourceFile("fuzz", std::move(text)), {}, {}};
  c.strategy = parse(c.source, c.sink);
  if (!c.sink.has_errors()) resolve(c.strategy, c.sink, resolve_options(), mesh::Vocabulary::bundled());
  return c;
}

void language(std::string_view input) {
  auto first = check_language(std::string(input));
  if (first.sink.has_errors()) return;
  compile_everywhere(first.strategy, first.sink, input);
  const auto formatted = format_strategy(first.strategy, first.source);
  auto again = check_language(formatted);
  if (again.sink.has_errors()) fail("fmt wrote what does not check", input, formatted);
  if (ast::dump(again.strategy) != ast::dump(first.strategy)) fail("fmt changed the meaning", input, formatted);
  if (format_strategy(again.strategy, again.source) != formatted) fail("fmt is not idempotent", input, formatted);
}

// An import, checked; empty when it cannot be read or does not check.
std::optional<import::Imported> import_checked(std::string_view syntax, const std::string& text, DiagnosticSink& sink) {
  const SourceFile source("fuzz", text);
  auto imported = import::read(syntax, source, sink);
  if (sink.has_errors() || imported.strategy.lines.empty()) return std::nullopt;
  resolve(imported.strategy, sink, resolve_options(), mesh::Vocabulary::bundled());
  if (sink.has_errors()) return std::nullopt;
  return imported;
}

std::optional<import::Imported> import_checked(std::string_view syntax, const std::string& text) {
  DiagnosticSink sink;
  return import_checked(syntax, text, sink);
}

void imported(std::string_view syntax, std::string_view input) {
  DiagnosticSink check;
  const auto first = import_checked(syntax, std::string(input), check);
  if (!first) return;
  compile_everywhere(first->strategy, check, input);
  // What the importer writes is the language.
  const auto text = import::format(*first);
  if (check_language(text).sink.has_errors()) fail(fmt::format("a {} import does not read back", syntax), input, text);
  // Written in its own syntax and read again, twice: the second round changes nothing.
  const auto& own = *find_database(syntax);
  DiagnosticSink sink;
  const auto written = search_box(compile(first->strategy, own, EmitOptions{}, sink));
  if (sink.has_errors()) return;
  const auto second = import_checked(syntax, written);
  if (!second) fail(fmt::format("{} cannot read what searchc wrote for it", syntax), input, written);
  const auto rewritten = search_box(compile(second->strategy, own, EmitOptions{}, sink));
  const auto third = import_checked(syntax, rewritten);
  if (!third || import::format(*third) != import::format(*second)) {
    fail(fmt::format("the {} round trip is not stable", syntax), input, written + "\n---\n" + rewritten);
  }
}

// The input as the body of each call of `searchc serve`'s API: it is answered, never thrown
// out; the answer is 200, 400 for a bad request or 422 for an appendix of a strategy with
// errors; and JSON answers are JSON, a 400's with an `error`.
void api(std::string_view input) {
  const server::ApiContext context;
  for (const auto& reply :
       {server::api_check(input, context), server::api_compile(input, context), server::api_appendix(input, context)}) {
    if (reply.status != 200 && reply.status != 400 && reply.status != 422) {
      fail("the API answers 200, 400 or 422", input, reply.body);
    }
    if (reply.content_type != server::json_type) continue;
    const auto body = nlohmann::json::parse(reply.body, nullptr, false);
    if (body.is_discarded()) fail("the API answers JSON", input, reply.body);
    if (reply.status == 400 && !body.contains("error")) fail("a bad request is told what is wrong", input, reply.body);
  }
}

}  // namespace

std::set<std::string> searched_words(ast::Strategy strategy, std::string_view id) {
  std::vector<const ast::Line*> roots;
  if (const auto* db = strategy.database(id)) {
    for (const auto& e : db->entries) {
      if (const auto* o = std::get_if<ast::Override>(&e.kind)) {
        for (auto& l : strategy.lines) {
          if (l.name == o->line.name) l = o->line;
        }
      }
    }
    for (const auto& e : strategy.database(id)->entries) {
      if (const auto* s = std::get_if<ast::Search>(&e.kind)) roots.push_back(&s->line);
    }
  }
  if (roots.empty()) roots.push_back(&strategy.lines.back());
  std::set<std::string> out;
  std::set<int> seen;
  for (const auto* root : roots) words_of(root->query, strategy, out, seen);
  return out;
}

void language_properties(std::string_view input) {
  language(input);
}

void import_properties(std::string_view syntax, std::string_view input) {
  imported(syntax, input);
}

void run(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  language(input);
  for (const auto syntax : import::syntaxes()) imported(syntax, input);
  api(input);
}

}  // namespace searchc::fuzz
