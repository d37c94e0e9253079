// Ovid MEDLINE: numbered search lines as Ovid's search history shows them (docs/databases.md,
// "Ovid MEDLINE (`ovid`)"). The other databases on Ovid (Embase, APA PsycInfo) share Ovid's
// syntax and this writer, each with its own field codes and thesaurus: `on_ovid` and
// `write_on_ovid` take them as parameters.
#pragma once

#include <span>

#include "databases/database.hpp"
#include "databases/syntax.hpp"

namespace searchc::ovid {

Capabilities capabilities();
Output write(const ast::Strategy& lowered, const EmitOptions& options, Approximations& report);
import::Imported read(const SourceFile& source, DiagnosticSink& sink);

// A database on Ovid: `own` gives what is the database's own (id, name, fields, thesaurus and
// its headings, limits, syntax version, sources); Ovid's syntax, shared by every database on
// the platform, gives the rest (numbered lines, `adjN`, `$` and `#`, field suffixes).
Capabilities on_ovid(Capabilities own);
// Writes `lowered` in Ovid's syntax with `field_codes` for the field suffixes; the headings
// are the thesaurus's the lowering left (`Capabilities::thesaurus`), written `exp X/`, `X/`,
// `*X/`. Messages name the database as `report` does.
Output write_on_ovid(const ast::Strategy& lowered, std::span<const FieldCode> field_codes, Approximations& report);
// A database on Ovid as its importer needs it: the name and id the imported strategy records,
// the field codes of its suffixes and the thesaurus its `exp X/` and `X/` headings are in.
struct Platform {
  std::string_view id;
  std::string_view name;
  std::span<const FieldCode> field_codes;
  ast::Vocabulary thesaurus;
};
// Reads an Ovid search history of `database`.
import::Imported read_on_ovid(const SourceFile& source, const Platform& database, DiagnosticSink& sink);
// The same, as a registry row's writer: `FieldCodes` is the database's field table.
template <std::span<const FieldCode> (*FieldCodes)()>
Output write_with(const ast::Strategy& lowered, const EmitOptions&, Approximations& report) {
  return write_on_ovid(lowered, FieldCodes(), report);
}
// The same, as a registry row's reader: `Own` is the database's own capabilities (as `on_ovid`
// takes them), `FieldCodes` its field table.
template <Capabilities (*Own)(), std::span<const FieldCode> (*FieldCodes)()>
import::Imported read_with(const SourceFile& source, DiagnosticSink& sink) {
  const auto own = Own();
  return read_on_ovid(source, {own.id, own.name, FieldCodes(), own.thesaurus.value_or(ast::Vocabulary::mesh)}, sink);
}

}  // namespace searchc::ovid
