// Field names and descriptions, one table.
#include "compiler/fields.hpp"

#include <array>

#include "base/text.hpp"

namespace searchc {
namespace {

struct FieldInfo {
  Field field;
  std::string_view name;
  std::string_view description;
};

constexpr std::array<FieldInfo, field_count> field_table = {{
    {Field::title, "ti", "title"},
    {Field::abstract, "ab", "abstract"},
    {Field::keywords, "kw", "keywords"},
    {Field::all_text, "all", "all text"},
    {Field::author, "au", "author"},
    {Field::source, "so", "source"},
    {Field::publication_type, "pt", "publication type"},
    {Field::language, "la", "language"},
    {Field::condition, "condition", "condition"},
    {Field::intervention, "intervention", "intervention"},
}};

}  // namespace

std::string_view field_name(Field field) {
  return field_table.at(static_cast<std::size_t>(field)).name;
}

std::string_view field_description(Field field) {
  return field_table.at(static_cast<std::size_t>(field)).description;
}

std::optional<Field> parse_field(std::string_view name) {
  for (const auto& info : field_table) {
    if (iequal(info.name, name)) return info.field;
  }
  return std::nullopt;
}

std::vector<std::string_view> field_names() {
  std::vector<std::string_view> out;
  for (const auto& info : field_table) out.push_back(info.name);
  return out;
}

}  // namespace searchc
