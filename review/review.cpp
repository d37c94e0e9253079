#include "review/review.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "base/markup.hpp"
#include "base/text.hpp"

#include "review/checks.hpp"

namespace searchc::review {
namespace {

constexpr std::array elements = {Element::operators, Element::headings, Element::text_words, Element::spelling,
                                 Element::limits};

std::size_t count_in(const Review& review, Element element) {
  return static_cast<std::size_t>(std::count_if(review.findings.begin(), review.findings.end(),
                                                [&](const Diagnostic& d) { return element_of(d.code) == element; }));
}

std::string findings_count(std::size_t n) {
  return n == 0 ? std::string("no findings") : fmt::format("{} finding{}", n, n == 1 ? "" : "s");
}

// A table cell: Markdown's column mark escaped, lines joined.
std::string cell(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '|') {
      out += "\\|";
    } else {
      out += c == '\n' ? ' ' : c;
    }
  }
  return out;
}

// What the review's page adds to the styles it shares with the appendix.
constexpr std::string_view page_style = R"(
mark { background: #fd6; }
.finding { margin: 0 0 1.2rem; }
)";

// The source line a finding is on, escaped, its span marked (up to the line's end).
std::string marked_line(const Diagnostic& d, const SourceFile& source) {
  const std::string_view text = source.text();
  const auto begin = std::min<std::size_t>(d.span.begin, text.size());
  const auto line_start = text.rfind('\n', begin == 0 ? 0 : begin - 1);
  const auto first = begin == 0 || line_start == std::string_view::npos ? 0 : line_start + 1;
  auto last = text.find('\n', begin);
  if (last == std::string_view::npos) last = text.size();
  const auto end = std::clamp<std::size_t>(d.span.end, begin, last);
  return html_escape(text.substr(first, begin - first)) + "<mark>" + html_escape(text.substr(begin, end - begin)) +
         "</mark>" + html_escape(text.substr(end, last - end));
}

}  // namespace

std::string_view element_name(Element element) {
  switch (element) {
    case Element::operators:
      return "Boolean and proximity operators";
    case Element::headings:
      return "Subject headings";
    case Element::text_words:
      return "Text word searching";
    case Element::spelling:
      return "Spelling, syntax and line numbers";
    case Element::limits:
      return "Limits and filters";
  }
  return "";
}

Element element_of(DiagCode code) {
  const auto name = code_name(code);
  if (name.size() < 2 || name[0] != 'R') return Element::spelling;
  switch (name[1]) {
    case '2':
      return Element::operators;
    case '3':
      return Element::headings;
    case '4':
      return Element::text_words;
    case '6':
      return Element::limits;
    default:
      return Element::spelling;
  }
}

std::string_view status_name(Status status) {
  switch (status) {
    case Status::recorded:
      return "recorded";
    case Status::partly:
      return "partly";
    case Status::missing:
      return "missing";
    case Status::outside:
      return "outside the file";
  }
  return "";
}

Review review(const ast::Strategy& strategy, const DiagnosticSink& checked, const mesh::Vocabulary& vocabulary) {
  DiagnosticSink sink;
  // A strategy with errors is reviewed no further than its errors: its tree may not say what
  // the author meant.
  if (!checked.has_errors()) {
    const auto found = concepts(strategy);
    check_operators(strategy, sink);
    check_headings(strategy, found, vocabulary, sink);
    check_text_words(strategy, found, vocabulary, sink);
    check_limits(strategy, sink);
  }
  Review out;
  out.prisma = prisma_items(strategy, sink);
  sink.append(checked);
  out.findings = sink.sorted();
  return out;
}

std::vector<PrismaItem> prisma_items(const ast::Strategy& strategy) {
  DiagnosticSink limits;  // item 9 asks whether each limit has its reason
  check_limits(strategy, limits);
  return prisma_items(strategy, limits);
}

std::size_t prisma_recorded(const std::vector<PrismaItem>& items) {
  return static_cast<std::size_t>(std::count_if(items.begin(), items.end(), [](const PrismaItem& i) {
    return i.status == Status::recorded || i.status == Status::partly;
  }));
}

std::size_t prisma_recorded(const Review& review) {
  return prisma_recorded(review.prisma);
}

std::string summary(const Review& review) {
  std::vector<std::string> parts;
  for (const auto element : elements) {
    if (const auto n = count_in(review, element); n > 0) {
      parts.push_back(
          fmt::format("{} on {}", n, element == Element::operators ? "operators" : lower(element_name(element))));
    }
  }
  std::string out = findings_count(review.findings.size());
  if (!parts.empty()) out += fmt::format(" ({})", listing(parts, parts.size()));
  return out + fmt::format("; PRISMA-S: {} of {} items recorded", prisma_recorded(review), review.prisma.size());
}

std::string render_text(const Review& review, const SourceFile& source) {
  std::string out = fmt::format("Review of {}: PRESS 2015 elements 2 to 6, and PRISMA-S\n", source.name());
  for (const auto element : elements) {
    out += fmt::format("\n{}. {}: {}\n", static_cast<int>(element), element_name(element),
                       findings_count(count_in(review, element)));
    for (const auto& d : review.findings) {
      if (element_of(d.code) == element) out += render_human(d, source);
    }
  }
  out += "\nPRISMA-S\n";
  for (const auto& item : review.prisma) {
    out += fmt::format("  {:>2}. {}: {}; {}\n", item.number, item.name, status_name(item.status), item.detail);
  }
  return out + fmt::format("\n{}\n", summary(review));
}

std::string render_markdown(const Review& review, const SourceFile& source) {
  std::string out = fmt::format(
      "# Review of `{}`\n\nThe elements 2 to 6 of PRESS 2015 (McGowan et al., J Clin "
      "Epidemiol 2016;75:40-46) as far as searchc can check them, and the PRISMA-S items "
      "(Rethlefsen et al., Syst Rev 2021;10:39) the file records.\n",
      source.name());
  for (const auto element : elements) {
    out += fmt::format("\n## {}. {}\n\n", static_cast<int>(element), element_name(element));
    if (count_in(review, element) == 0) out += "No findings.\n";
    for (const auto& d : review.findings) {
      if (element_of(d.code) != element) continue;
      const auto at = source.locate(d.span.begin);
      out += fmt::format("- **{}** line {}, column {}: {}\n", code_name(d.code), at.line, at.column, d.message);
      for (const auto& note : d.notes) out += fmt::format("  - {}\n", note);
    }
  }
  out += "\n## PRISMA-S\n\n| Item | | Status | The file |\n|---|---|---|---|\n";
  for (const auto& item : review.prisma) {
    out += fmt::format("| {} | {} | {} | {} |\n", item.number, item.name, status_name(item.status), cell(item.detail));
  }
  return out + fmt::format("\n**Summary:** {}.\n", summary(review));
}

std::string render_html(const Review& review, const SourceFile& source) {
  const auto title = html_escape(fmt::format("Review of {}", source.name()));
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{0}</title>\n<style>{1}{2}</style>\n</head>\n<body>\n<main>\n<h1>{0}</h1>\n"
      "<p>The elements 2 to 6 of PRESS 2015 (McGowan et al., J Clin Epidemiol 2016;75:40-46) as far as searchc can "
      "check them, and the PRISMA-S items (Rethlefsen et al., Syst Rev 2021;10:39) the file records.</p>\n",
      title, report_style, page_style);
  for (const auto element : elements) {
    const auto id = static_cast<int>(element);
    out += fmt::format("<section aria-labelledby=\"element-{0}\">\n<h2 id=\"element-{0}\">{0}. {1}</h2>\n", id,
                       html_escape(element_name(element)));
    if (count_in(review, element) == 0) out += "<p>No findings.</p>\n";
    for (const auto& d : review.findings) {
      if (element_of(d.code) != element) continue;
      const auto at = source.locate(d.span.begin);
      out += fmt::format(
          "<div class=\"finding\">\n<p><strong>{}</strong> line {}, column {}: {}</p>\n<pre>{:>4} | {}</pre>\n",
          code_name(d.code), at.line, at.column, html_message(d.message), at.line, marked_line(d, source));
      if (!d.notes.empty()) {
        out += "<ul>\n";
        for (const auto& note : d.notes) out += fmt::format("<li>{}</li>\n", html_message(note));
        out += "</ul>\n";
      }
      out += "</div>\n";
    }
    out += "</section>\n";
  }
  out +=
      "<section aria-labelledby=\"prisma-s\">\n<h2 id=\"prisma-s\">PRISMA-S</h2>\n<table>\n<thead><tr>"
      "<th scope=\"col\">Item</th><th scope=\"col\">Name</th><th scope=\"col\">Status</th>"
      "<th scope=\"col\">The file</th></tr></thead>\n<tbody>\n";
  for (const auto& item : review.prisma) {
    out += fmt::format("<tr><td>{}</td><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>\n", item.number,
                       html_escape(item.name), html_escape(status_name(item.status)), html_message(item.detail));
  }
  return out + fmt::format(
                   "</tbody>\n</table>\n</section>\n<p><strong>Summary:</strong> {}.</p>\n</main>\n"
                   "</body>\n</html>\n",
                   html_escape(summary(review)));
}

}  // namespace searchc::review
