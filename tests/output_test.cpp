// Every output read back: a small reader of each database's syntax (balanced parentheses and
// quotes, only the operators and field tags the database documents, an operator between every
// two searches where the database needs one), every link decoded back to the search it runs,
// and no word of the strategy missing from an output unless a warning names it.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "base/text.hpp"
#include "base/visit.hpp"
#include "databases/database.hpp"
#include "databases/import.hpp"
#include "test_support.hpp"
#include "tests/fuzz/pipeline.hpp"

namespace searchc {
namespace {

namespace fs = std::filesystem;

// ---- A reader of the databases' syntax ----------------------------------------------------------

struct Syntax {
  std::set<std::string> operators;            // binary, as written: AND, OR, NOT, NEXT
  bool near = false;                          // NEAR/n
  bool adjacent_words = false;                // words may stand side by side (one Essie term; ICTRP's AND)
  bool unary_not = false;                     // Essie: `a AND NOT b`
  std::set<std::string> suffix_tags;          // INAHTA: (a OR b)[Title]
  std::set<std::string> colon_labels;         // CENTRAL: (a OR b):ti,ab
  std::set<std::string> prefix_fields;        // Epistemonikos: title:(a OR b)
  std::set<std::string> areas;                // ClinicalTrials.gov: AREA[ConditionSearch](a OR b)
  bool inline_mesh = false;                   // CENTRAL: [mh "Heart"]
  std::set<std::string> dot_labels;           // Ovid: (a or b).ti,ab. and heart.ti.
  bool adj = false;                           // Ovid: adj, adjN
  std::set<std::string> prefix_codes = {};    // EBSCOhost: TI (a OR b), (MH "Heart+"), DT 2014-2021
  bool numbered_proximity = false;            // EBSCOhost: N3, W0
  std::set<std::string> prefix_phrases = {};  // LILACS: mh:"Heart"
  std::set<std::string> prefix_ranges = {};   // LILACS: year_cluster:[2014 TO 2021]
  std::set<std::string> word_operators = {};  // Google Scholar: intitle:heart, author:"d knuth"
  bool minus_excludes = false;                // Google Scholar: -rat, -"case report"
};

// LILACS on the Virtual Health Library portal: tw:(a OR b), mh:"Heart", a AND NOT b.
Syntax lilacs() {
  Syntax s;
  s.operators = {"AND", "OR"};
  s.unary_not = true;
  s.prefix_fields = {"tw:", "ti:", "ab:", "au:", "ta:"};
  s.prefix_phrases = {"mh:", "mj:"};
  s.prefix_ranges = {"year_cluster:"};
  return s;
}

// Google Scholar: words ANDed side by side, OR, -x, intitle:x before a word or phrase.
Syntax gscholar() {
  Syntax s;
  s.operators = {"OR"};
  s.adjacent_words = true;
  s.word_operators = {"intitle:", "author:", "source:"};
  s.minus_excludes = true;
  return s;
}

Syntax ebsco() {
  Syntax s;
  s.operators = {"AND", "OR", "NOT"};
  s.prefix_codes = {"TI", "AB", "SU", "TX", "MH", "MM", "DE", "AU", "SO", "PT", "LA", "DT"};
  s.numbered_proximity = true;
  return s;
}

const std::map<std::string, Syntax>& syntaxes() {
  static const std::map<std::string, Syntax> table = {
      {"central",
       {{"AND", "OR", "NOT", "NEXT"},
        true,
        false,
        false,
        {},
        {"ti", "ab", "kw", "au", "so", "pt"},
        {},
        {},
        true,
        {},
        false}},
      {"ctgov",
       {{"AND", "OR"},
        false,
        true,
        true,
        {},
        {},
        {},
        {"ConditionSearch", "InterventionSearch", "TitleSearch", "StudyType", "OverallStatus", "StudyFirstPostDate"},
        false,
        {},
        false}},
      {"ictrp", {{"AND", "OR", "NOT"}, false, true, false, {}, {}, {}, {}, false, {}, false}},
      {"inahta",
       {{"AND", "OR"},
        false,
        false,
        false,
        {"Title", "abs", "Keywords", "Author", "Source", "Language", "mh", "mhe"},
        {},
        {},
        {},
        false,
        {},
        false}},
      {"epistemonikos", {{"AND", "OR"}, false, false, false, {}, {}, {"title:", "abstract:"}, {}, false, {}, false}},
      // PubMed: tags after words and phrases only.
      {"pubmed",
       {{"AND", "OR", "NOT"},
        false,
        false,
        false,
        {"tiab",    "ti",         "ot",    "au",    "ta",    "pt",      "la",      "mh",      "mh:noexp",
         "majr",    "majr:noexp", "sh",    "dp",    "edat",  "tiab:~0", "tiab:~1", "tiab:~2", "tiab:~3",
         "tiab:~4", "ti:~0",      "ti:~1", "ti:~2", "ti:~3", "ti:~4",   "tw",      "sh:noexp"},
        {},
        {},
        {},
        false,
        {},
        false}},
      // Ovid: bare words side by side are one phrase, and heading lines end in `/`.
      {"ovid",
       {{"and", "or", "not"},
        false,
        true,
        false,
        {},
        {},
        {},
        {},
        false,
        {"ti", "ab", "kf", "hw", "au", "jw", "pt", "la", "ed", "af"},
        true}},
      // EBSCOhost: a field code before the search it scopes.
      {"cinahl", ebsco()},
      {"psycinfo-ebsco", ebsco()},
      {"lilacs", lilacs()},
      {"gscholar", gscholar()},
  };
  return table;
}

struct Token {
  enum Kind { open, close, phrase, bracket, word } kind;
  std::string text;
};

std::optional<std::vector<Token>> tokenize(std::string_view s, std::string& error) {
  std::vector<Token> out;
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (c == ' ') {
      ++i;
    } else if (c == '(' || c == ')') {
      out.push_back({c == '(' ? Token::open : Token::close, std::string(1, c)});
      ++i;
    } else if (c == '"') {
      const auto end = s.find('"', i + 1);
      if (end == std::string_view::npos) {
        error = "an unclosed quotation mark";
        return std::nullopt;
      }
      out.push_back({Token::phrase, std::string(s.substr(i, end - i + 1))});
      i = end + 1;
    } else if (c == '[') {
      std::size_t end = i + 1;
      bool quoted = false;
      while (end < s.size() && (quoted || s[end] != ']')) quoted ^= s[end++] == '"';
      if (end == s.size()) {
        error = "an unclosed [";
        return std::nullopt;
      }
      out.push_back({Token::bracket, std::string(s.substr(i + 1, end - i - 1))});
      i = end + 1;
    } else {
      std::size_t end = i;
      while (end < s.size() && std::string_view(" ()\"[").find(s[end]) == std::string_view::npos) ++end;
      out.push_back({Token::word, std::string(s.substr(i, end - i))});
      i = end;
    }
  }
  return out;
}

class Reader {
 public:
  Reader(const Syntax& syntax, std::vector<Token> tokens) : syntax_(syntax), tokens_(std::move(tokens)) {}

  std::string read() {
    if (!expression()) return error_;
    if (pos_ != tokens_.size()) return "unexpected `" + tokens_[pos_].text + "`";
    return {};
  }

 private:
  const Token* peek() const { return pos_ < tokens_.size() ? &tokens_[pos_] : nullptr; }

  bool fail(std::string message) {
    error_ = std::move(message);
    return false;
  }

  static bool operator_like(std::string_view word) {
    const auto up = lower(word);
    return up == "and" || up == "or" || up == "not" || up == "next" || up == "near" || up.rfind("near/", 0) == 0 ||
           up.rfind("adj", 0) == 0 || up == "same" || up == "with";
  }

  bool binary(const Token& t) const {
    if (t.kind != Token::word) return false;
    if (syntax_.adj && t.text.rfind("adj", 0) == 0 &&
        std::all_of(t.text.begin() + 3, t.text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return true;
    }
    if (syntax_.numbered_proximity && t.text.size() > 1 && (t.text[0] == 'N' || t.text[0] == 'W') &&
        all_of_digits(std::string_view(t.text).substr(1))) {
      return true;
    }
    return syntax_.operators.count(t.text) > 0 ||
           (syntax_.near && t.text.rfind("NEAR/", 0) == 0 && t.text.size() > 5 &&
            std::all_of(t.text.begin() + 5, t.text.end(), [](char c) { return c >= '0' && c <= '9'; }));
  }

  static bool all_of_digits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  }

  // `.ti,ab,kf.`
  bool dot_labels_ok(std::string_view suffix) const {
    if (suffix.size() < 3 || suffix.front() != '.' || suffix.back() != '.') return false;
    const std::string labels(suffix.substr(1, suffix.size() - 2));
    for (std::size_t p = 0; p <= labels.size();) {
      const auto comma = std::min(labels.find(',', p), labels.size());
      if (syntax_.dot_labels.count(labels.substr(p, comma - p)) == 0) return false;
      p = comma + 1;
    }
    return true;
  }

  bool expression() {
    if (!unit()) return false;
    while (const auto* t = peek()) {
      if (t->kind == Token::close) return true;
      if (binary(*t)) {
        ++pos_;
        if (syntax_.unary_not && tokens_[pos_ - 1].text == "AND" && peek() && peek()->text == "NOT") ++pos_;
        if (!unit()) return false;
        continue;
      }
      if (t->kind == Token::word && operator_like(t->text))
        return fail("an operator the database does not document: `" + t->text + "`");
      if (!syntax_.adjacent_words) return fail("two searches with no operator between them, at `" + t->text + "`");
      if (!unit()) return false;
    }
    return true;
  }

  bool unit() {
    if (!primary()) return false;
    while (const auto* t = peek()) {
      if (t->kind == Token::bracket && syntax_.suffix_tags.count(t->text) > 0) {
        ++pos_;
      } else if (t->kind == Token::bracket) {
        return fail("an undocumented field tag `[" + t->text + "]`");
      } else if (t->kind == Token::word && t->text.front() == '.' && !syntax_.dot_labels.empty()) {
        if (!dot_labels_ok(t->text)) return fail("an undocumented field suffix `" + t->text + "`");
        ++pos_;
      } else if (t->kind == Token::word && t->text.front() == ':' && !syntax_.colon_labels.empty()) {
        std::string labels = t->text.substr(1);
        for (std::size_t p = 0; p <= labels.size();) {
          const auto comma = std::min(labels.find(',', p), labels.size());
          if (syntax_.colon_labels.count(labels.substr(p, comma - p)) == 0) {
            return fail("an undocumented field label in `" + t->text + "`");
          }
          p = comma + 1;
        }
        ++pos_;
      } else {
        break;
      }
    }
    return true;
  }

  bool primary() {
    const auto* t = peek();
    if (t == nullptr) return fail("a search is missing at the end");
    ++pos_;
    switch (t->kind) {
      case Token::open:
        if (!expression()) return false;
        if (!peek() || peek()->kind != Token::close) return fail("an unclosed (");
        ++pos_;
        return true;
      case Token::close:
        return fail("a ) with no (");
      case Token::phrase:
        return true;
      case Token::bracket:
        if (syntax_.inline_mesh && t->text.rfind("mh ", 0) == 0) return true;
        return fail("an undocumented bracket `[" + t->text + "]`");
      case Token::word:
        break;
    }
    if (t->text == "AREA" && !syntax_.areas.empty()) {
      const auto* name = peek();
      if (!name || name->kind != Token::bracket || syntax_.areas.count(name->text) == 0) {
        return fail("an undocumented search area");
      }
      ++pos_;
      if (peek() && peek()->kind == Token::word && peek()->text == "RANGE") {
        ++pos_;
        if (!peek() || peek()->kind != Token::bracket) return fail("RANGE without [from,to]");
        ++pos_;
        return true;
      }
      return primary();
    }
    if (!syntax_.word_operators.empty()) {
      // `-` and a field operator before one word or phrase, `-intitle:"case report"`
      auto word = std::string_view(t->text);
      if (syntax_.minus_excludes && word.starts_with('-')) word.remove_prefix(1);
      for (const auto& op : syntax_.word_operators) {
        if (word.starts_with(op)) word.remove_prefix(op.size());
      }
      if (word.empty()) {
        if (!peek() || peek()->kind != Token::phrase) return fail("an operator without a word: `" + t->text + "`");
        ++pos_;
        return true;
      }
      if (word.find(':') != std::string_view::npos) return fail("an undocumented field in `" + t->text + "`");
      if (operator_like(word)) return fail("an operator where a search should be: `" + t->text + "`");
      return true;
    }
    if (syntax_.prefix_codes.count(t->text) > 0) return primary();
    if (syntax_.prefix_phrases.count(t->text) > 0) {
      if (!peek() || peek()->kind != Token::phrase) return fail("a heading prefix without a phrase: `" + t->text + "`");
      ++pos_;
      return true;
    }
    if (syntax_.prefix_ranges.count(t->text) > 0) {
      if (!peek() || peek()->kind != Token::bracket) return fail("a range prefix without a range: `" + t->text + "`");
      ++pos_;
      return true;
    }
    if (syntax_.prefix_fields.count(t->text) > 0) {
      if (!peek() || peek()->kind != Token::open) return fail("a field without parentheses after `" + t->text + "`");
      return primary();
    }
    if (!syntax_.dot_labels.empty()) {
      // heart.ti. or cell$.ti,ab.: the suffix is part of the word
      const auto dot = t->text.find('.');
      if (dot != std::string::npos && t->text != "." &&
          !(t->text.size() > 4 && t->text.substr(t->text.size() - 4) == ".fs.")) {
        if (!dot_labels_ok(t->text.substr(dot))) return fail("an undocumented field suffix in `" + t->text + "`");
      }
    }
    // PubMed's date ranges, 2014:2021[dp] and 2021/08:2024/12/31[edat]
    const auto date = [](std::string_view d) {
      return d.size() >= 4 && all_of_digits(d.substr(0, 4)) &&
             std::all_of(d.begin(), d.end(), [](char c) { return c == '/' || (c >= '0' && c <= '9'); });
    };
    const auto colon = t->text.find(':');
    const bool dates = colon != std::string::npos && syntax_.suffix_tags.count("dp") > 0 &&
                       date(std::string_view(t->text).substr(0, colon)) &&
                       date(std::string_view(t->text).substr(colon + 1));
    if (colon != std::string::npos && !dates) return fail("an undocumented field in `" + t->text + "`");
    if (operator_like(t->text)) return fail("an operator where a search should be: `" + t->text + "`");
    return true;
  }

  const Syntax& syntax_;
  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  std::string error_;
};

std::string read_query(std::string_view id, std::string_view query) {
  std::string error;
  auto tokens = tokenize(query, error);
  if (!tokens) return error;
  return Reader(syntaxes().at(std::string(id)), std::move(*tokens)).read();
}

// The query strings of an output, as a user would paste them.
std::vector<std::string> queries(const Output& output) {
  std::vector<std::string> out;
  for (const auto& line : output_lines(output)) {
    if (line.text.rfind("MeSH descriptor: ", 0) == 0 || line.text.rfind("Any MeSH descriptor", 0) == 0) continue;
    // Ovid's `or/4-11` and `limit 13 to yr="2014 - 2021"` are commands, not searches.
    if (line.text.rfind("limit ", 0) == 0 || line.text.rfind("or/", 0) == 0 || line.text.rfind("and/", 0) == 0)
      continue;
    out.emplace_back(line.text.substr(0, line.text.find(" with ")));
  }
  static const std::set<std::string> query_fields = {
      "Condition or disease", "Intervention/treatment", "Other terms", "Expert search", "Title", "Condition",
      "Intervention",         "Standard search",        "Search"};
  for (const auto& search : output.searches) {
    for (const auto& f : search.fields) {
      if (query_fields.count(f.name) > 0) out.push_back(f.value);
    }
  }
  return out;
}

// ---- Links ------------------------------------------------------------------------------------

std::string percent_decode(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::map<std::string, std::string> parameters(std::string_view url) {
  std::map<std::string, std::string> out;
  const auto query = url.substr(url.find('?') + 1);
  for (std::size_t p = 0; p < query.size();) {
    const auto amp = std::min(query.find('&', p), query.size());
    const auto pair = query.substr(p, amp - p);
    const auto eq = pair.find('=');
    out[std::string(pair.substr(0, eq))] = percent_decode(pair.substr(eq + 1));
    p = amp + 1;
  }
  return out;
}

// Which link parameter carries which field of the search.
const std::map<std::string, std::string> parameter_fields = {
    {"cond", "Condition or disease"},
    {"query.cond", "Condition or disease"},
    {"intr", "Intervention/treatment"},
    {"query.intr", "Intervention/treatment"},
    {"term", "Other terms"},
    {"query.term", "Other terms"},
    {"q", "Search"},
};

void expect_links_decode(const Search& search) {
  for (const auto& link : search.links) {
    EXPECT_EQ(link.url.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~%:/?&=,"),
              std::string::npos)
        << link.url;
    const auto params = parameters(link.url);
    std::set<std::string> carried;
    for (const auto& [name, value] : params) {
      const auto field = parameter_fields.find(name);
      if (field == parameter_fields.end()) continue;
      const auto it = std::find_if(search.fields.begin(), search.fields.end(),
                                   [&](const FormField& f) { return f.name == field->second; });
      ASSERT_NE(it, search.fields.end()) << link.url << " carries " << name << " for no field";
      EXPECT_EQ(value, it->value) << link.url;
      carried.insert(field->second);
    }
    for (const auto& f : search.fields) {
      const bool query_field = std::any_of(parameter_fields.begin(), parameter_fields.end(),
                                           [&](const auto& p) { return p.second == f.name; });
      if (query_field) {
        EXPECT_EQ(carried.count(f.name), 1U) << link.url << " loses " << f.name;
      }
    }
    if (params.count("filter.advanced") > 0) {
      const auto expert = std::find_if(search.fields.begin(), search.fields.end(),
                                       [](const FormField& f) { return f.name == "Expert search"; });
      ASSERT_NE(expert, search.fields.end());
      EXPECT_NE(expert->value.find(params.at("filter.advanced").substr(0, params.at("filter.advanced").find(" AND "))),
                std::string::npos);
    }
  }
}

// ---- The inputs -------------------------------------------------------------------------------------

std::vector<fs::path> inputs() {
  std::vector<fs::path> out;
  for (const auto* dir : {"examples", "tests/diagnostics"}) {
    for (const auto& entry : fs::directory_iterator(test::source_dir() / dir)) {
      const auto name = entry.path().filename().string();
      if (entry.path().extension() == ".search" && name.rfind("fail_", 0) != 0) out.push_back(entry.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(Outputs, ReadBackLinksAndWords) {
  std::size_t checked = 0;
  for (const auto& path : inputs()) {
    const auto analysis = driver::analyze(SourceFile(path.filename().string(), test::read_file(path)));
    ASSERT_FALSE(analysis.diagnostics.has_errors()) << path;
    for (const auto& backend : databases()) {
      const auto id = std::string(backend.capabilities.id);
      DiagnosticSink sink;
      const auto output = compile(analysis.strategy, backend, EmitOptions{}, sink);
      if (sink.has_errors()) continue;
      SCOPED_TRACE(path.filename().string() + " for " + id);
      // A database whose syntax this file's reader does not model is read back by its own importer.
      if (syntaxes().contains(id)) {
        for (const auto& q : queries(output)) EXPECT_EQ(read_query(id, q), "") << q;
      } else {
        DiagnosticSink read;
        import::read(id, SourceFile("written", search_box(output)), read);
        EXPECT_FALSE(read.has_errors()) << output.text;
      }
      for (const auto& search : output.searches) expect_links_decode(search);

      std::string messages;  // the check's and the database's: a heading's entry term is named by the check (W006)
      for (const auto& d : analysis.diagnostics.sorted()) messages += lower(d.message) + "\n";
      for (const auto& d : sink.sorted()) messages += lower(d.message) + "\n";
      const auto text = lower(output.text);
      for (const auto& word : fuzz::searched_words(analysis.strategy, id)) {
        EXPECT_TRUE(text.find(word) != std::string::npos || messages.find(word) != std::string::npos)
            << "`" << word << "` is in no output and no warning";
      }
      ++checked;
    }
  }
  EXPECT_GE(checked, 40U);
}

// The reader itself: it must refuse what the databases would misread.
TEST(Outputs, ReaderRefusesBadSyntax) {
  EXPECT_EQ(read_query("inahta", "(a OR b)[Title] OR (a OR b)[abs]"), "");
  EXPECT_NE(read_query("inahta", "(a OR b"), "");
  EXPECT_NE(read_query("inahta", "\"a OR b"), "");
  EXPECT_NE(read_query("inahta", "a b"), "");
  EXPECT_NE(read_query("inahta", "a NEAR/2 b"), "");
  EXPECT_NE(read_query("inahta", "(a)[ti]"), "");
  EXPECT_EQ(read_query("central", "((bone NEXT marrow) NEAR/2 transplant*):ti,ab,kw"), "");
  EXPECT_NE(read_query("central", "(a OR b):ti,xx"), "");
  EXPECT_NE(read_query("central", "a NEAR b"), "");
  EXPECT_EQ(read_query("ctgov", "AREA[ConditionSearch](a b) AND NOT c AND AREA[StudyType]INTERVENTIONAL"), "");
  EXPECT_NE(read_query("ctgov", "AREA[Nowhere](a)"), "");
  EXPECT_NE(read_query("epistemonikos", "title:a"), "");
  EXPECT_NE(read_query("epistemonikos", "a NOT b"), "");
  EXPECT_EQ(read_query("epistemonikos", "(title:(a) OR abstract:(a)) AND b*"), "");
  EXPECT_EQ(read_query("ovid", "((bone adj marrow) adj2 transplant$).ti,ab,kf. or exp Heart/ or cell$.ti."), "");
  EXPECT_NE(read_query("ovid", "(a or b).ti,xx."), "");
  EXPECT_NE(read_query("ovid", "a NEAR/2 b"), "");
  EXPECT_NE(read_query("ovid", "(a or b"), "");
  EXPECT_EQ(read_query("gscholar", "(intitle:heart OR author:\"d knuth\") x -rat -intitle:\"case report\""), "");
  EXPECT_NE(read_query("gscholar", "heart AND attack"), "");
  EXPECT_NE(read_query("gscholar", "inabstract:heart"), "");
  EXPECT_NE(read_query("gscholar", "intitle:(heart OR x)"), "");
}

}  // namespace
}  // namespace searchc
