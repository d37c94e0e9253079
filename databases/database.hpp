// A database: what it can express (data), how to write its syntax, and how to read it back.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/approximations.hpp"
#include "compiler/ast.hpp"
#include "compiler/diagnostics.hpp"
#include "compiler/lower.hpp"
#include "compiler/resolve.hpp"
#include "compiler/source.hpp"
#include "databases/import.hpp"

namespace searchc {

// How CENTRAL shows MeSH: as the MeSH browser's own lines, or inline in a search line.
enum class MeshForm : std::uint8_t { line, inline_ };

struct EmitOptions {
  MeshForm mesh_form = MeshForm::line;
};

// One numbered line of a search history, as Output::text holds it (output_lines).
struct OutputLine {
  std::string_view label;  // "#1"
  std::string_view text;
};

struct Link {
  std::string label;  // "Website"
  std::string url;
};

// One box or choice of a search form, or the query itself: {"Condition or disease", "..."}.
struct FormField {
  std::string name;
  std::string value;
};

// One search of a database without a search history: what to type where, and how to re-run it.
struct Search {
  std::string label;  // "Advanced search", or empty for the strategy's own result
  std::vector<FormField> fields;
  std::vector<Link> links;
};

// A limit as the database runs it, in words: {"#11", "added to the Cochrane Library Jan 2014 to Jul 2021"}.
struct RunLimit {
  std::string where;  // the line's label, or the search's; empty for the strategy's own result
  std::string text;
};

// One database's search, ready to paste. The numbered lines of a database with a search
// history are held once, in `text` (add_line), and read back from it by output_lines, so that
// a large strategy's output is not held twice.
struct Output {
  std::string text;              // exactly what `compile --format text` prints
  std::vector<Search> searches;  // for databases without a search history
  std::vector<Link> links;       // re-run links, where the database has them (all searches')
  std::vector<RunLimit> limits;  // every limit as run, for the search appendix
};

// One row of the registry (databases/registry.cpp): everything searchc knows of a database is
// in its folder, databases/<id>/, and reaches the rest of the program through this row.
struct Database {
  Capabilities capabilities;  // id, display name, and what the database can express
  // Writes a lowered strategy in the database's syntax; reports what only the syntax reveals.
  Output (*write)(const ast::Strategy& lowered, const EmitOptions& options, Approximations& report);
  // Reads a strategy written in the database's syntax (`import --from ID`); null where searchc
  // does not read it. Called through import::read, which checks the input first.
  import::Imported (*read)(const SourceFile& source, DiagnosticSink& sink) = nullptr;
};

// Appends a numbered line of a search history to `out.text`: `label search`, and a line break.
// The label holds no space and the search no line break, so that output_lines reads them back.
void add_line(Output& out, std::string_view label, std::string_view search);
// The numbered lines of a database with a search history, read off `out.text`: views into it,
// valid while it lives and is not changed. None for a database without one (it has searches).
std::vector<OutputLine> output_lines(const Output& out);

// The text of searches: each one's label, its fields as `name: value` lines and its links,
// with a blank line between searches. Also collects every link into `out.links`.
void render_searches(Output& out);

class InfixWriter;

// The output of a database whose search is one query string, with its publication-year filter
// beside it as `year` writes it (the lowering has turned other date limits into that filter or
// left them out) and, where `links` is given, the links that re-run the query.
Output query_searches(const ast::Strategy& lowered, const InfixWriter& writer, FormField (*year)(int from, int to),
                      std::vector<Link> (*links)(const std::string& query));

std::span<const Database> databases();
const Database* find_database(std::string_view id);
std::vector<std::string_view> database_ids();
// The databases with a search history of numbered lines.
std::vector<std::string_view> history_database_ids();

// The search as the database's own search box takes it, to be read back by its importer: the
// numbered lines, or each query with its year filter (INAHTA's `FROM 2014 TO 2021`), a line each.
std::string search_box(const Output& out);

// What resolve needs to know of the databases, with the project's accepted words.
ResolveOptions resolve_options(std::vector<std::string> accepted_words = {});

// A limit in words, as the appendix reports it: "published 2014 to 2021".
std::string describe_limit(const ast::Limit& limit);

// The strategy as the database's writer receives it: lowered to what the database can express,
// each rewrite reported into `sink` (`searchc check --dump lowered --to DB`). The strategy must
// be resolved and free of errors; the result is empty when the lowering reports an error.
ast::Strategy lower_for(ast::Strategy strategy, const Database& database, DiagnosticSink& sink);

// Lowers and emits in one step. The strategy must be resolved and free of errors. It is taken
// by value, as the lowering rewrites it: a caller done with it moves it in and saves a copy.
Output compile(ast::Strategy strategy, const Database& backend, const EmitOptions& options, DiagnosticSink& sink);

}  // namespace searchc
