// Input, analysis and compilation shared by the commands, the server and the appendix.
#include "driver/pipeline.hpp"

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include "base/text.hpp"
#include "compiler/resolve.hpp"
#include "databases/database.hpp"
#include "databases/import.hpp"
#include "grammar/parser.hpp"
#include "mesh/vocabulary.hpp"

namespace searchc::driver {
namespace {

// Reads at most one byte more than the parser accepts, so that a huge input is refused by the
// parser's size check (E004) without being read whole. The text is held for the whole run, so
// the room its growth left over is given back.
std::string read_stream(std::istream& in) {
  std::string text;
  // Not zeroed: a read writes only the bytes it returns, so a short file touches one page of
  // the buffer's sixteen, where zeroing it cost a page fault for each (docs/performance.md).
  std::array<char, 65536> buffer;
  while (in && text.size() <= max_source_bytes) {
    in.read(buffer.data(), buffer.size());
    text.append(buffer.data(), static_cast<std::size_t>(in.gcount()));
  }
  text.shrink_to_fit();
  return text;
}

}  // namespace

SourceFile read_source(const std::string& path) {
  if (path == "-") {
    auto text = read_stream(std::cin);
    if (std::cin.bad()) throw InputError("cannot read standard input");
    return SourceFile("<stdin>", std::move(text));
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) throw InputError(fmt::format("cannot read '{}': {}", path, std::strerror(errno)));
  auto text = read_stream(file);
  if (file.bad()) throw InputError(fmt::format("cannot read '{}': {}", path, std::strerror(errno)));
  return SourceFile(path, std::move(text));
}

std::vector<std::string> project_words(const std::filesystem::path& start) {
  namespace fs = std::filesystem;
  for (auto folder = start; !folder.empty(); folder = folder.parent_path()) {
    const auto path = folder / accepted_words_file;
    std::error_code missing;  // a folder without the file is no error
    if (fs::is_regular_file(path, missing)) {
      std::ifstream in(path);
      if (!in) throw InputError(fmt::format("cannot read '{}': {}", path.string(), std::strerror(errno)));
      std::vector<std::string> words;
      for (std::string line; std::getline(in, line);) {
        line = fold_space(line.substr(0, line.find('#')));
        if (!line.empty()) words.push_back(lower(line));
      }
      return words;
    }
    if (folder == folder.root_path()) break;
  }
  return {};
}

ResolveOptions import_resolve_options(std::string_view from, std::vector<std::string> accepted_words) {
  auto options = resolve_options(std::move(accepted_words));
  options.imported = !from.empty();
  return options;
}

Analysis analyze(SourceFile source, std::string_view from, std::vector<std::string> accepted_words) {
  Analysis analysis{std::move(source), {}, {}};
  analysis.strategy = from.empty() ? parse(analysis.source, analysis.diagnostics)
                                   : import::read(from, analysis.source, analysis.diagnostics).strategy;
  if (!analysis.diagnostics.has_errors()) {
    resolve(analysis.strategy, analysis.diagnostics, import_resolve_options(from, std::move(accepted_words)),
            mesh::Vocabulary::bundled());
  }
  return analysis;
}

Analysis analyze_file(const std::string& path, std::string_view from) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const auto folder = path == "-" ? fs::current_path(ec) : fs::absolute(path, ec).parent_path();
  return analyze(read_source(path), from, ec ? std::vector<std::string>{} : project_words(folder));
}

review::Review review(const Analysis& analysis) {
  return review::review(analysis.strategy, analysis.diagnostics, mesh::Vocabulary::bundled());
}

Compiled compile_targets(Analysis& analysis, const std::vector<std::string_view>& ids, const EmitOptions& emit) {
  Compiled compiled;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const auto id = ids[i];
    TargetResult result{std::string(id), {}, {}};
    if (!analysis.diagnostics.has_errors()) {
      const auto& backend = *find_database(id);
      result.output = i + 1 < ids.size() ? compile(analysis.strategy, backend, emit, result.diagnostics)
                                         : compile(std::move(analysis.strategy), backend, emit, result.diagnostics);
    }
    compiled.results.push_back(std::move(result));
  }
  return compiled;
}

std::vector<const Diagnostic*> diagnostics(const Analysis& analysis, const Compiled& compiled) {
  std::vector<const DiagnosticSink*> sinks{&analysis.diagnostics};
  for (const auto& r : compiled.results) sinks.push_back(&r.diagnostics);
  return DiagnosticSink::in_order(sinks);
}

void check_targets(Analysis& analysis, const std::vector<std::string_view>& ids) {
  if (analysis.diagnostics.has_errors()) return;
  for (const auto id : ids) (void)compile(analysis.strategy, *find_database(id), EmitOptions{}, analysis.diagnostics);
}

void write_output(const std::string& path, std::string_view text, const std::string& input) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (input != "-" && fs::exists(path, ec) && fs::equivalent(path, input, ec)) {
    throw InputError(fmt::format("'{}' is the strategy itself; write the output to another file", path));
  }
  const auto folder = fs::path(path).parent_path();
  auto temp = ((folder.empty() ? fs::path(".") : folder) / (fs::path(path).filename().string() + ".XXXXXX")).string();
  const int fd = mkstemp(temp.data());
  if (fd < 0) throw InputError(fmt::format("cannot write '{}': {}", path, std::strerror(errno)));
  const auto mask = umask(0);
  umask(mask);
  int cause = fchmod(fd, 0666 & ~mask) == 0 ? 0 : errno;
  for (std::size_t done = 0; cause == 0 && done < text.size();) {
    const auto n = ::write(fd, text.data() + done, text.size() - done);
    if (n > 0) {
      done += static_cast<std::size_t>(n);
    } else {
      cause = n < 0 ? errno : EIO;
    }
  }
  if (cause == 0 && fsync(fd) != 0) cause = errno;
  if (close(fd) != 0 && cause == 0) cause = errno;
  if (cause == 0 && std::rename(temp.c_str(), path.c_str()) != 0) cause = errno;
  if (cause != 0) {
    std::remove(temp.c_str());
    throw InputError(fmt::format("cannot write '{}': {}", path, std::strerror(cause)));
  }
}

}  // namespace searchc::driver
