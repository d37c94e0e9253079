// The databases searchc writes on EBSCOhost: CINAHL Complete and APA PsycInfo. One syntax
// (databases/ebsco/syntax.hpp), one writer; each database its own row, capabilities, thesaurus
// and sources (docs/databases.md, "CINAHL Complete (EBSCOhost) (`cinahl`)" and "APA PsycInfo
// (EBSCOhost) (`psycinfo-ebsco`)").
#pragma once

#include "databases/database.hpp"

namespace searchc::ebsco {

Capabilities cinahl_capabilities();
Output write_cinahl(const ast::Strategy& lowered, const EmitOptions& options, Approximations& report);
// Reads an EBSCOhost search history of CINAHL Complete (databases/ebsco/reader.cpp).
import::Imported read_cinahl(const SourceFile& source, DiagnosticSink& sink);

Capabilities psycinfo_capabilities();
Output write_psycinfo(const ast::Strategy& lowered, const EmitOptions& options, Approximations& report);
// Reads an EBSCOhost search history of APA PsycInfo.
import::Imported read_psycinfo(const SourceFile& source, DiagnosticSink& sink);

}  // namespace searchc::ebsco
