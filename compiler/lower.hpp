// Lowering: one resolved strategy, rewritten into what one database can run.
//
// Each database declares what it can express as data (Capabilities). The lowering is the same
// for all of them: apply the database's block (its replacement lines), then rewrite every
// construct the database lacks into the closest form that finds at least the same records, and
// report each rewrite. What cannot be widened safely is an error (E2xx).
#pragma once

#include <string_view>
#include <vector>

#include "compiler/ast.hpp"
#include "compiler/diagnostics.hpp"
#include "compiler/fields.hpp"

namespace searchc {

// The finest date a database's limit accepts; finer dates widen to it (W104).
enum class DatePrecision : std::uint8_t { year, month, day };

struct LimitSupport {
  ast::LimitKind kind;
  DatePrecision precision;
};

struct Capabilities {
  std::string_view id;    // "central"
  std::string_view name;  // "Cochrane Library, CENTRAL"
  // Fields it can search. A field outside this set is searched in all text instead (W101),
  // so `all_text` must be in the set.
  FieldSet fields;
  bool mesh_major = false;  // major-topic restriction; dropped when false (W103)
  // Wildcards inside quoted phrases. When false the phrase becomes a chain of NEXT.
  bool phrase_wildcards = false;
  std::vector<LimitSupport> limits;
  bool limit_needs_both_ends = false;  // ranges open at one end are an error (E201)
};

// The strategy as one database will run it: replacement lines applied, constructs rewritten.
// Reports each rewrite to `sink`. The input must be free of errors.
ast::Strategy lower(const ast::Strategy& strategy, const Capabilities& target, DiagnosticSink& sink);

}  // namespace searchc
