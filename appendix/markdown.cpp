// The appendix as Markdown that renders the same on GitHub and through pandoc: pipe tables,
// fenced strategies, and every piece of user text escaped.
#include <fmt/format.h>

#include <algorithm>

#include "appendix/appendix.hpp"

namespace searchc::appendix {
namespace {

// Text outside code: every ASCII punctuation character Markdown could read is escaped.
std::string escape(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (std::string_view("\\`*_[]<>|#~!").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// A message of searchc's: `code spans` stay code, the rest is escaped.
std::string inline_text(std::string_view text) {
  std::string out;
  for (const auto& part : message_parts(text)) {
    out += part.code ? fmt::format("`{}`", part.text) : escape(part.text);
  }
  return out;
}

// A fence longer than any run of backticks in the text, so the text cannot close it.
std::string fence_for(std::string_view text) {
  std::size_t longest = 0;
  std::size_t run = 0;
  for (const char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return std::string(std::max<std::size_t>(3, longest + 1), '`');
}

void code_block(std::string& out, std::string_view text) {
  const auto fence = fence_for(text);
  fmt::format_to(std::back_inserter(out), "{}text\n{}{}\n\n", fence, text, fence);
}

void write_section(std::string& out, const Section& s) {
  auto it = std::back_inserter(out);
  fmt::format_to(it, "## {}\n\n", escape(s.name));
  fmt::format_to(it, "- Interface: {}\n- Syntax: {}\n- Date searched: {}\n- Records: {}\n\n",
                 s.interface ? escape(*s.interface) : "not recorded", escape(s.syntax_version), date_text(s.searched),
                 records_text(s));

  out += "### Search strategy\n\n";
  for (const auto& search : s.search.searches) {
    if (!search.label.empty()) fmt::format_to(it, "{}:\n\n", escape(search.label));
    std::string fields;
    for (const auto& f : search.fields) fields += fmt::format("{}: {}\n", f.name, f.value);
    code_block(out, fields);
  }
  if (!output_lines(s.search).empty()) code_block(out, s.search.text);  // the numbered lines
  if (!s.line_hits.empty()) {
    out += "| Line | Records |\n| --- | --- |\n";
    for (const auto& h : s.line_hits) fmt::format_to(it, "| {} | {} |\n", escape(h.label), h.hits);
    out += '\n';
  }

  out += "### Limits\n\n";
  if (s.search.limits.empty()) out += "None.\n";
  for (const auto& l : s.search.limits) {
    fmt::format_to(it, "- {}{}\n", l.where.empty() ? "" : escape(l.where) + ": ", escape(l.text));
  }
  out += '\n';

  if (!s.notes.empty() || !s.changes.empty()) {
    out += "### Notes and changes\n\n";
    for (const auto& n : s.notes) fmt::format_to(it, "- {}\n", escape(n));
    for (const auto& c : s.changes) {
      fmt::format_to(it, "- Changed {}: {}{}\n", ast::format_date(c.date), escape(c.text),
                     c.hits ? fmt::format(" ({} records added)", *c.hits) : "");
    }
    out += '\n';
  }

  if (!s.search.links.empty()) {
    out += "### Re-run links\n\n";
    for (const auto& l : s.search.links) fmt::format_to(it, "- {}: <{}>\n", escape(l.label), l.url);
    out += '\n';
  }

  out += "### Translation notes\n\n";
  if (s.translation.empty()) out += "None: the database runs the search as written.\n";
  for (const auto& n : s.translation) {
    fmt::format_to(it, "- {} (line {}, column {}): {}\n", n.code, n.line, n.column, inline_text(n.message));
  }
  out += '\n';

  if (!s.unverified.empty()) {
    out += "### Unverified rules relied on\n\nNo source settles these rules of the database's syntax:\n\n";
    for (const auto& r : s.unverified) {
      fmt::format_to(it, "- {} ({}nearest source: <{}>)\n", inline_text(r.what),
                     r.codes.empty() ? "" : "governs " + r.codes + "; ", r.url);
    }
    out += '\n';
  }
}

}  // namespace

std::string to_markdown(const Appendix& a) {
  std::string out;
  auto it = std::back_inserter(out);
  fmt::format_to(it, "# Search appendix{}\n\n", a.title.empty() ? "" : ": " + escape(a.title));
  fmt::format_to(it, "The searches recorded in {}, as searchc compiled them for each database.\n\n", escape(a.source));
  out += "## Summary\n\n| Database | Interface | Date searched | Records |\n| --- | --- | --- | --- |\n";
  for (const auto& s : a.sections) {
    fmt::format_to(it, "| {} | {} | {} | {} |\n", escape(s.name), s.interface ? escape(*s.interface) : "not recorded",
                   date_text(s.searched), records_text(s));
  }
  fmt::format_to(it, "\n{}\n\n", escape(totals_text(a.totals)));
  for (const auto& n : a.totals.notes) fmt::format_to(it, "- {}\n", escape(n));
  if (!a.totals.notes.empty()) out += '\n';
  if (a.peer_review) fmt::format_to(it, "{}\n\n", escape(peer_review_text(*a.peer_review)));
  for (const auto& s : a.sections) write_section(out, s);
  fmt::format_to(it,
                 "## PRISMA-S items\n\n{} of the {} items are recorded in the strategy's file; those outside it "
                 "belong in the review's methods.\n\n| Item | | Status | |\n| --- | --- | --- | --- |\n",
                 review::prisma_recorded(a.prisma), a.prisma.size());
  for (const auto& i : a.prisma) {
    fmt::format_to(it, "| {} | {} | {} | {} |\n", i.number, escape(i.name), review::status_name(i.status),
                   inline_text(i.detail));
  }
  out += '\n';
  while (out.size() >= 2 && out.substr(out.size() - 2) == "\n\n") out.pop_back();
  return out;
}

}  // namespace searchc::appendix
