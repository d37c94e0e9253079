// What the readers share (databases/reader.hpp).
#include "databases/reader.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace searchc::import {

void ReadingNotes::note_once(DiagCode code, Span where, std::string_view what) {
  if (std::find(seen_.begin(), seen_.end(), what) != seen_.end()) return;
  seen_.emplace_back(what);
  sink_.report(code, where, std::string(what));
}

std::string all_text_reading(std::string_view written, bool coded) {
  return coded ? fmt::format(
                     "`{}` holds codes, identifiers or dates, not words of the text; it has no counterpart in "
                     "the language and is searched as words in all text, which finds fewer records, often none",
                     written)
               : fmt::format(
                     "`{}` has no counterpart in the language and is searched in all text, which finds more "
                     "records",
                     written);
}

void refuse_mixed_operators(DiagnosticSink& sink, Span where, std::string_view first, std::string_view second,
                            std::string_view database, std::string_view strategy) {
  sink.report(DiagCode::E302, where,
              fmt::format("`{}` and `{}` are mixed without parentheses, and {} does not document which applies first",
                          first, second, database))
      .notes.emplace_back(fmt::format("add the parentheses the search means{}{}, then import it again",
                                      strategy.empty() ? "" : " in ", strategy));
}

}  // namespace searchc::import
