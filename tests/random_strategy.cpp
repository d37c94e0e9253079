#include "random_strategy.hpp"

#include <fmt/format.h>

#include <string_view>
#include <vector>

namespace searchc::test {
namespace {

// A random search that the language accepts: words (with marks, and operator words quoted),
// phrases, headings and references joined with parentheses, proximity between words and
// alternatives, fields on leaves, on groups of words and on proximity groups.
const std::vector<std::string_view> words = {
    "heart",       "card*",   "wom?n",          "isch*mic", "\"heart attack\"", "\"stem cell*\"", "*natal",
    "transplant*", "MS",      "covid-19",       "crohn's",  "sjögren",          "\"and\"",        "\"near\"",
    "\"not\"",     "\"w/2\"", "\"heart-lung\"", "hla?b27",  "\"type 2\""};
const std::vector<std::string_view> fields = {"[ti,ab]", "[kw]",    "[ti,ab,kw]",  "[ti,kw]", "[ti]",
                                              "[ab]",    "[ab,kw]", "[condition]", "[la]",    "[au]"};
const std::vector<std::string_view> ops = {"AND", "OR", "NOT"};

std::string pick(std::mt19937& random, const std::vector<std::string_view>& list) {
  return std::string(list[random() % list.size()]);
}

// Words joined with parentheses, which a field scope may hold.
std::string words_search(std::mt19937& random, int depth) {
  if (depth > 2 || random() % 2 == 0) return pick(random, words);
  const auto left = words_search(random, depth + 1);
  const auto op = pick(random, ops);
  return fmt::format("({} {} {})", left, op, words_search(random, depth + 1));
}

std::string random_search(std::mt19937& random, int depth, int lines) {
  static const std::vector<std::string_view> headings = {"mesh(\"Heart\")", "mesh(\"Heart\", noexp, /DT)", "mesh(/RT)",
                                                         "mesh(\"Aged, 80 and over\", major)"};
  const auto pick = [&](const auto& list) { return searchc::test::pick(random, list); };
  const auto choice = random() % (depth > 2 ? 4 : 7);
  if (choice == 0) return pick(words);
  if (choice == 1) return pick(words) + pick(fields);
  if (choice == 2) return pick(headings);
  if (choice == 3 && lines > 0) return fmt::format("#l{}", random() % static_cast<unsigned>(lines));
  if (choice == 4) {
    return fmt::format("({} {} {}){}",
                       random() % 4 == 0 ? fmt::format("({} OR {})", pick(words), pick(words)) : pick(words),
                       random() % 2 != 0 ? "NEXT" : fmt::format("NEAR/{}", 1 + random() % 5), pick(words),
                       random() % 2 != 0 ? pick(fields) : "");
  }
  // a group in fields, where databases that write some sets of fields one field at a time must
  // not make an AND or a NOT hold within one field
  if (random() % 4 == 0) {
    const auto left = words_search(random, depth + 1);
    const auto op = pick(ops);
    return fmt::format("({} {} {}){}", left, op, words_search(random, depth + 1), pick(fields));
  }
  return fmt::format("({} {} {})", random_search(random, depth + 1, lines), pick(ops),
                     random_search(random, depth + 1, lines));
}

}  // namespace

std::string random_strategy(std::mt19937& random) {
  std::string text;
  const int lines = 1 + static_cast<int>(random() % 5);
  for (int l = 0; l < lines; ++l) {
    text += fmt::format("l{} = {}", l, random_search(random, 0, l));
    if (random() % 4 == 0) text += " limit year 2014 to 2021";
    if (random() % 4 == 0) text += random() % 2 != 0 ? " role condition" : " role intervention";
    text += "\n";
  }
  if (random() % 3 == 0) text += "database ctgov {\n  accept narrower\n}\n";
  return text;
}

}  // namespace searchc::test
