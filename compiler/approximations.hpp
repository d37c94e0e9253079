// Reporting what a database cannot express. Every rewrite toward what a database can run is
// reported here, with the span of the construct and a sentence fit for the search appendix.
//
// Whether a rewrite finds more or fewer records depends on where it stands: under the second
// operand of NOT, a wider search removes more and so finds fewer. This class turns the effect
// on the construct into the effect on the result, and makes every narrowing an error (E202)
// unless the strategy's author accepted it for that database with `accept narrower`.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "compiler/diagnostics.hpp"

namespace searchc {

// What a rewrite does to the records its construct finds.
enum class Effect : std::uint8_t {
  broader,    // finds at least the same records
  narrower,   // may find fewer
  different,  // neither: the database matches in its own way (no MeSH, no truncation, another date)
};

class Approximations {
 public:
  Approximations(std::string_view database_id, std::string_view database_name, bool accept_narrower,
                 DiagnosticSink& sink)
      : id_(database_id), name_(database_name), accept_narrower_(accept_narrower), sink_(sink) {}

  // Reports `what` ("`x[la]` is searched in all text"); for broader and narrower the
  // consequence for the result is added. `negative` is true under the second operand of an odd
  // number of NOTs. The same construct is reported once per code.
  void report(DiagCode code, Span span, const std::string& what, Effect effect, bool negative,
              const std::vector<std::string>& notes = {});

  // Reports a narrowing that the database's own search makes wherever the construct is searched,
  // which no rewrite can avoid and which, made an error (E202), would refuse nearly every search
  // for the database: ICTRP's standard search reads some fields of a record only, and a database
  // without truncation finds only the words a wildcard is written out as. It keeps its code and
  // says its direction ("which finds fewer records"), as a warning that needs no `accept
  // narrower`; the appendix prints it. Otherwise as `report`.
  void report_inherent(DiagCode code, Span span, const std::string& what, Effect effect, bool negative,
                       const std::vector<std::string>& notes = {});

  // An error that no rewrite can avoid.
  Diagnostic* error(DiagCode code, Span span, std::string message);

  std::string_view id() const { return id_; }
  std::string_view name() const { return name_; }
  DiagnosticSink& sink() { return sink_; }

 private:
  // Reports `message` at `span` with `code`, unless it was reported there before: null then.
  Diagnostic* report_once(DiagCode code, Span span, std::string message);
  // The warning `code` with the effect on the result, `effect` already turned around under NOT.
  void warn(DiagCode code, Span span, const std::string& what, Effect effect, bool negative,
            const std::vector<std::string>& notes);

  std::string_view id_;
  std::string_view name_;
  bool accept_narrower_;
  DiagnosticSink& sink_;
  // Where each report went in the sink, by its code and span; the messages are compared there,
  // not held twice (a large strategy has hundreds of thousands).
  std::multimap<std::tuple<DiagCode, std::uint32_t, std::uint32_t>, std::size_t> reported_;
};

}  // namespace searchc
