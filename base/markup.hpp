// Helpers for the reports searchc writes as Markdown and HTML: a message's `code spans`, the
// styles of its HTML pages, and text escaped for HTML.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace searchc {

// A message's parts: plain text, and the `code spans` between backticks (code == true).
struct MessagePart {
  bool code = false;
  std::string_view text;
};

inline std::vector<MessagePart> message_parts(std::string_view message) {
  std::vector<MessagePart> out;
  bool code = false;
  for (auto tick = message.find('`'); tick != std::string_view::npos; tick = message.find('`')) {
    out.push_back({code, message.substr(0, tick)});
    message.remove_prefix(tick + 1);
    code = !code;
  }
  out.push_back({code, message});  // an unpaired backtick leaves the rest as code
  return out;
}

// The styles of searchc's standalone HTML pages (the appendix, the review): readable on a
// screen, printable, nothing fetched.
inline constexpr std::string_view report_style = R"(
body { font: 16px/1.5 system-ui, sans-serif; color: #111; max-width: 62rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2.5rem; } h3 { font-size: 1.05rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
th, td { border: 1px solid #888; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f5f5f5; border: 1px solid #ccc; padding: .6rem; }
code, pre { font-family: ui-monospace, monospace; font-size: .9rem; }
li a { overflow-wrap: anywhere; }
dl { display: grid; grid-template-columns: max-content auto; gap: .1rem 1rem; }
dt { font-weight: 600; } dd { margin: 0; }
@media print {
  body { max-width: none; margin: 0; font-size: 11pt; }
  section.database { break-before: page; }
  pre, table { break-inside: avoid; }
  pre { background: none; }
  a { color: inherit; }
}
)";

// `text` with HTML's five special characters written as references, safe in an element and in
// a quoted attribute.
inline std::string html_escape(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// A message of searchc's as HTML: escaped, with its `code spans` as <code>.
inline std::string html_message(std::string_view message) {
  std::string out;
  for (const auto& part : message_parts(message)) {
    out += part.code ? "<code>" + html_escape(part.text) + "</code>" : html_escape(part.text);
  }
  return out;
}

}  // namespace searchc
