// The appendix as one standalone HTML file: readable offline and printable, with no request
// to anywhere (styles inline, no scripts, no images), and headings and table headers for
// screen readers.
#include <fmt/format.h>

#include <algorithm>

#include "appendix/appendix.hpp"
#include "base/markup.hpp"

namespace searchc::appendix {
namespace {

void write_section(std::string& out, const Section& s) {
  auto it = std::back_inserter(out);
  fmt::format_to(it, "<section class=\"database\" aria-labelledby=\"{0}\">\n<h2 id=\"{0}\">{1}</h2>\n", s.id,
                 html_escape(s.name));
  fmt::format_to(it,
                 "<dl>\n<dt>Interface</dt><dd>{}</dd>\n<dt>Syntax</dt><dd>{}</dd>\n<dt>Date searched</dt><dd>{}</dd>\n"
                 "<dt>Records</dt><dd>{}</dd>\n</dl>\n",
                 s.interface ? html_escape(*s.interface) : "not recorded", html_escape(s.syntax_version),
                 date_text(s.searched), html_escape(records_text(s)));

  out += "<h3>Search strategy</h3>\n";
  for (const auto& search : s.search.searches) {
    if (!search.label.empty()) fmt::format_to(it, "<h4>{}</h4>\n", html_escape(search.label));
    out += "<pre><code>";
    for (const auto& f : search.fields) fmt::format_to(it, "{}: {}\n", html_escape(f.name), html_escape(f.value));
    out += "</code></pre>\n";
  }
  if (const auto lines = output_lines(s.search); !lines.empty()) {
    fmt::format_to(it,
                   "<table>\n<caption>{} search history</caption>\n<thead><tr><th scope=\"col\">Line</th>"
                   "<th scope=\"col\">Search</th><th scope=\"col\">Records</th></tr></thead>\n<tbody>\n",
                   html_escape(s.name));
    for (const auto& l : lines) {
      const auto hits =
          std::find_if(s.line_hits.begin(), s.line_hits.end(), [&](const LineHits& h) { return h.label == l.label; });
      fmt::format_to(it, "<tr><th scope=\"row\">{}</th><td><code>{}</code></td><td>{}</td></tr>\n",
                     html_escape(l.label), html_escape(l.text),
                     hits != s.line_hits.end() ? fmt::format("{}", hits->hits) : "");
    }
    out += "</tbody>\n</table>\n";
  }

  out += "<h3>Limits</h3>\n";
  if (s.search.limits.empty()) out += "<p>None.</p>\n";
  if (!s.search.limits.empty()) {
    out += "<ul>\n";
    for (const auto& l : s.search.limits) {
      fmt::format_to(it, "<li>{}{}</li>\n", l.where.empty() ? "" : html_escape(l.where) + ": ", html_escape(l.text));
    }
    out += "</ul>\n";
  }

  if (!s.notes.empty() || !s.changes.empty()) {
    out += "<h3>Notes and changes</h3>\n<ul>\n";
    for (const auto& n : s.notes) fmt::format_to(it, "<li>{}</li>\n", html_escape(n));
    for (const auto& c : s.changes) {
      fmt::format_to(it, "<li>Changed {}: {}{}</li>\n", ast::format_date(c.date), html_escape(c.text),
                     c.hits ? fmt::format(" ({} records added)", *c.hits) : "");
    }
    out += "</ul>\n";
  }

  if (!s.search.links.empty()) {
    out += "<h3>Re-run links</h3>\n<ul>\n";
    for (const auto& l : s.search.links) {
      fmt::format_to(it, "<li>{}: <a href=\"{}\">{}</a></li>\n", html_escape(l.label), html_escape(l.url),
                     html_escape(l.url));
    }
    out += "</ul>\n";
  }

  out += "<h3>Translation notes</h3>\n";
  if (s.translation.empty()) out += "<p>None: the database runs the search as written.</p>\n";
  if (!s.translation.empty()) {
    out += "<ul>\n";
    for (const auto& n : s.translation) {
      fmt::format_to(it, "<li>{} (line {}, column {}): {}</li>\n", n.code, n.line, n.column, html_message(n.message));
    }
    out += "</ul>\n";
  }
  if (!s.unverified.empty()) {
    out +=
        "<h3>Unverified rules relied on</h3>\n<p>No source settles these rules of the database's syntax:</p>\n<ul>\n";
    for (const auto& r : s.unverified) {
      fmt::format_to(it, "<li>{} ({}nearest source: <a href=\"{}\">{}</a>)</li>\n", html_message(r.what),
                     r.codes.empty() ? "" : "governs " + html_escape(r.codes) + "; ", html_escape(r.url),
                     html_escape(r.url));
    }
    out += "</ul>\n";
  }
  out += "</section>\n";
}

}  // namespace

std::string to_html(const Appendix& a) {
  std::string out;
  auto it = std::back_inserter(out);
  const auto title = a.title.empty() ? std::string("Search appendix") : "Search appendix: " + a.title;
  fmt::format_to(it,
                 "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                 "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>\n",
                 html_escape(title), report_style, html_escape(title));
  fmt::format_to(it, "<p>The searches recorded in <code>{}</code>, as searchc compiled them for each database.</p>\n",
                 html_escape(a.source));
  out +=
      "<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">Summary</h2>\n<table>\n"
      "<caption>Databases searched</caption>\n<thead><tr><th scope=\"col\">Database</th>"
      "<th scope=\"col\">Interface</th><th scope=\"col\">Date searched</th><th scope=\"col\">Records</th></tr>"
      "</thead>\n<tbody>\n";
  for (const auto& s : a.sections) {
    fmt::format_to(it, "<tr><th scope=\"row\"><a href=\"#{}\">{}</a></th><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                   s.id, html_escape(s.name), s.interface ? html_escape(*s.interface) : "not recorded",
                   date_text(s.searched), html_escape(records_text(s)));
  }
  fmt::format_to(it, "</tbody>\n</table>\n<p>{}</p>\n", html_escape(totals_text(a.totals)));
  if (!a.totals.notes.empty()) {
    out += "<ul>\n";
    for (const auto& n : a.totals.notes) fmt::format_to(it, "<li>{}</li>\n", html_escape(n));
    out += "</ul>\n";
  }
  if (a.peer_review) fmt::format_to(it, "<p>{}</p>\n", html_escape(peer_review_text(*a.peer_review)));
  out += "</section>\n";
  for (const auto& s : a.sections) write_section(out, s);
  fmt::format_to(it,
                 "<section aria-labelledby=\"prisma-s\">\n<h2 id=\"prisma-s\">PRISMA-S items</h2>\n<p>{} of the {} "
                 "items are recorded in the strategy's file; those outside it belong in the review's methods.</p>\n"
                 "<table>\n<thead><tr><th scope=\"col\">Item</th><th scope=\"col\"></th><th scope=\"col\">Status</th>"
                 "<th scope=\"col\"></th></tr></thead>\n<tbody>\n",
                 review::prisma_recorded(a.prisma), a.prisma.size());
  for (const auto& i : a.prisma) {
    fmt::format_to(it, "<tr><td>{}</td><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>\n", i.number,
                   html_escape(i.name), review::status_name(i.status), html_escape(i.detail));
  }
  out += "</tbody>\n</table>\n</section>\n";
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace searchc::appendix
