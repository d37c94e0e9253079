// A compiled output as JSON, shared by `compile --format json` and the appendix's JSON.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "backends/backend.hpp"

namespace searchc::cli {

using json = nlohmann::ordered_json;

// {"text", "lines", "searches", "links"}, in that order.
json output_json(const Output& output);

// Never throws: invalid UTF-8 cannot reach here (the parser refuses it), but it is replaced.
std::string dump_json(const json& value);

}  // namespace searchc::cli
