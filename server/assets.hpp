// The files the server sends: the page, its scripts and styles, the editor (CodeMirror, from
// Debian's libjs-codemirror) and the examples, all linked into the program at build time so
// that the page works offline and the server never reads a file.
#pragma once

#include <span>
#include <string_view>

namespace searchc::server {

struct Asset {
  std::string_view path;  // "/", "/app.js", "/examples/ms-stem-cell.search"
  std::string_view content_type;
  std::string_view body;
};

std::span<const Asset> assets();

inline constexpr std::string_view examples_prefix = "/examples/";

}  // namespace searchc::server
