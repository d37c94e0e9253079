// A file of the repository, read whole, for the benchmarks' inputs.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace searchc::bench {

// `path` is relative to the repository: "examples/ms-stem-cell.search".
inline std::string read_source_file(const std::string& path) {
  std::ifstream in(std::string(SEARCHC_SOURCE_DIR) + "/" + path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace searchc::bench
