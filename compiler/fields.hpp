// The language's search fields: names as written in `[ti,ab]`, and sets of them.
#pragma once

#include <bit>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace searchc {

enum class Field : std::uint8_t {
  title,
  abstract,
  keywords,
  all_text,
  author,
  source,
  publication_type,
  language,
  condition,
  intervention,
};

inline constexpr std::size_t field_count = 10;

// A set of fields, searched together ("in title OR abstract OR keywords").
class FieldSet {
 public:
  FieldSet() = default;
  constexpr FieldSet(std::initializer_list<Field> fields) {
    for (const auto f : fields) insert(f);
  }

  constexpr void insert(Field field) { bits_ |= bit(field); }
  bool contains(Field field) const { return (bits_ & bit(field)) != 0; }
  bool empty() const { return bits_ == 0; }
  bool subset_of(FieldSet other) const { return (bits_ & ~other.bits_) == 0; }
  bool intersects(FieldSet other) const { return (bits_ & other.bits_) != 0; }
  void insert(FieldSet other) { bits_ |= other.bits_; }
  // The fields in declaration order, read off the bits as they are iterated: no allocation.
  class Members {
   public:
    class iterator {
     public:
      explicit iterator(std::uint16_t rest) : rest_(rest) {}
      Field operator*() const { return static_cast<Field>(std::countr_zero(rest_)); }
      iterator& operator++() {
        rest_ = static_cast<std::uint16_t>(rest_ & (rest_ - 1));  // the lowest bit off
        return *this;
      }
      friend bool operator==(iterator, iterator) = default;

     private:
      std::uint16_t rest_;
    };
    explicit Members(std::uint16_t bits) : bits_(bits) {}
    iterator begin() const { return iterator(bits_); }
    iterator end() const { return iterator(0); }
    std::size_t size() const { return static_cast<std::size_t>(std::popcount(bits_)); }

   private:
    std::uint16_t bits_;
  };
  Members members() const { return Members(bits_); }

  friend bool operator==(FieldSet, FieldSet) = default;

 private:
  static constexpr std::uint16_t bit(Field field) {
    return static_cast<std::uint16_t>(1U << static_cast<unsigned>(field));
  }
  std::uint16_t bits_ = 0;
};

std::string_view field_name(Field field);                 // "ti"
std::string_view field_description(Field field);          // "title"
std::optional<Field> parse_field(std::string_view name);  // case-insensitive
std::vector<std::string_view> field_names();

}  // namespace searchc
