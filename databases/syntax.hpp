// What the databases' syntax tables (databases/<id>/syntax.hpp) are made of. Each database
// writes its syntax once, as data, and its writer and its reader both take it from there: the
// writer the names it writes, the reader every name it reads, so that what one writes the
// other reads back (tests/syntax_tables_test.cpp holds them to it).
#pragma once

#include <array>
#include <span>
#include <string_view>
#include <vector>

#include "base/text.hpp"
#include "compiler/approximations.hpp"
#include "compiler/fields.hpp"

namespace searchc {

// The names a database gives one thing, the unused places left empty at the end: `{"tiab",
// "title/abstract"}`. The first is the one its writer writes; they are read in any case.
using Names = std::array<std::string_view, 6>;

// Whether `name` is one of `names`, in any case; an empty name is none.
inline bool named(const Names& names, std::string_view name) {
  for (const auto n : names) {
    if (n.empty()) return false;
    if (iequal(n, name)) return true;
  }
  return false;
}

// A field code, `.ti.`, `[tiab]`, `:ti`, and the fields it searches as the language says them.
struct FieldCode {
  Names names;
  FieldSet fields;             // empty: all text
  std::string_view note = {};  // why the reading is not exact; empty when it is
  bool written = false;        // the writer writes `names[0]` for `fields`
  // Which way the reading goes on the search it scopes, where it goes one way (`note` then says
  // no direction: the reader says it where the search stands, import::say_directed).
  Effect effect = Effect::different;
};

// The row that names `code`, or null.
const FieldCode* find_field_code(std::span<const FieldCode> codes, std::string_view code);

// The codes written for one field scope, in the table's order: at most one a field.
class WrittenCodes {
 public:
  void push_back(std::string_view code) { codes_[size_++] = code; }
  const std::string_view* begin() const { return codes_.data(); }
  const std::string_view* end() const { return codes_.data() + size_; }
  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  std::string_view front() const { return codes_.front(); }

 private:
  std::array<std::string_view, field_count> codes_{};
  std::size_t size_ = 0;
};

// The codes the writer writes for a scope over `fields`: the written rows, in the table's order,
// that search only fields of the scope and no field an earlier one searches. PubMed's `{ti, ab}`
// is `[tiab]`, not `[tiab]` and `[ti]`. A field no written row searches is not written: the
// lowering has widened it to one that is (Capabilities::field_groups).
WrittenCodes written_codes(std::span<const FieldCode> codes, FieldSet fields);
// The same codes, each passed to `write` in turn.
template <typename Write>
void for_each_written_code(std::span<const FieldCode> codes, FieldSet fields, Write&& write) {
  FieldSet covered;
  for (const auto& c : codes) {
    if (covered == fields) return;
    if (!c.written || c.fields.empty() || !c.fields.subset_of(fields) || c.fields.intersects(covered)) continue;
    write(c.names.front());
    covered.insert(c.fields);
  }
}

// A tag that makes a word a subject heading: `[mh]`, `[majr]`, `[mhe]`.
struct HeadingTag {
  Names names;
  bool explode = true;
  bool major = false;
};

}  // namespace searchc
