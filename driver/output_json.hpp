// JSON shared by the commands, the appendix and the API: a compiled output, diagnostics.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "compiler/diagnostics.hpp"
#include "compiler/source.hpp"
#include "databases/database.hpp"

namespace searchc::driver {

using json = nlohmann::ordered_json;

// {"text", "lines", "searches", "links"}, in that order.
json output_json(const Output& output);

// {"errors", "warnings", "diagnostics"}: what `check --format json` prints, and what the API
// adds its error to when an appendix cannot be written. Each diagnostic has its code, severity,
// message, position, notes and `direction`: what its rewrite does to the records found, turned
// around under NOT ("wider", "narrower", "different", or "none" for a diagnostic that is no
// rewrite; Diagnostic::direction).
json check_json(const DiagnosticSink& diagnostics, const SourceFile& source);

// Never throws: invalid UTF-8 cannot reach here (the parser refuses it), but it is replaced.
std::string dump_json(const json& value);

}  // namespace searchc::driver
