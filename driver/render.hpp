// What `compile` prints: the text of each database, or JSON (docs/databases.md, "JSON").
#pragma once

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "compiler/diagnostics.hpp"
#include "compiler/source.hpp"
#include "driver/pipeline.hpp"
#include "review/review.hpp"

namespace searchc::driver {

// One object keyed by target id, in the order given; keys in a fixed order; two-space indent.
// Each target's diagnostics are the strategy's and its own.
std::string render_json(const std::vector<TargetResult>& results, const DiagnosticSink& strategy,
                        const SourceFile& source);

// What `check --format json` prints: {"errors", "warnings", "diagnostics"}.
std::string render_check_json(const DiagnosticSink& diagnostics, const SourceFile& source);

// What `review --format json` prints: {"findings" (each a diagnostic with its PRESS element),
// "prisma_s" (items 1 to 16 with their status), "prisma_s_recorded", "summary"}.
std::string render_review_json(const review::Review& review, const SourceFile& source);

// Writes each output's text to `out`; with several databases, each under `== name ==` and
// followed by a blank line. Written as it is held, not copied into one text first.
void write_text(std::FILE* out, const std::vector<TargetResult>& results);

}  // namespace searchc::driver
