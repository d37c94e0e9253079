// The page of `searchc serve` and of the static site (web/). Every keystroke (debounced) sends
// the strategy to the compiler's API (server/api.hpp), which answers with what the command line
// prints: the diagnostics (check), every database's search (compile), the appendix (appendix)
// and the peer review (review). transport.js carries the calls: to the server over HTTP, or to
// the compiler in a worker of this browser.
"use strict";

const debounce_ms = 250;
const saved_key = "searchc.strategy";

// Highlighting of the searchc language (docs/language.md), by CodeMirror's simple mode.
CodeMirror.defineSimpleMode("searchc", {
  start: [
    { regex: /\/\/.*/, token: "comment" },
    { regex: /"(?:[^"\\]|\\.)*"?/, token: "string" },
    { regex: /\s*(?:strategy|database|records|interface|searched|hits|note|change|role|search|accept|other-sources|deduplicated|peer-review|expand\s+headings)\b/, sol: true, token: "meta" },
    { regex: /[A-Za-z_][\w-]*(?=\s*=)/, sol: true, token: "def" },
    { regex: /\b(?:limit|role|variations)\b/, token: "meta" },
    { regex: /\b(?:AND|OR|NOT|NEXT)\b/i, token: "keyword" },
    { regex: /\bNEAR(?:\/\d+)?\b/i, token: "keyword" },
    { regex: /\b(?:mesh|emtree|cinahl|apa|native)(?=\s*\()/i, token: "builtin" },
    { regex: /\b(?:noexp|major|narrower|as-written)\b/, token: "builtin" },
    { regex: /\[[^\]\n]*\]/, token: "attribute" },
    { regex: /#[\w-]+/, token: "variable-2" },
    { regex: /\d{4}-\d{2}-\d{2}\b|\d+(?:\.\.\d+)?\b/, token: "number" },
    { regex: /[*?$]/, token: "operator" },
    { regex: /[^\s"\/\[\]()#*?$]+/, token: null },
  ],
});

const state = {
  editor: null,
  targets: [],          // [{id, name}]
  selected: null,       // the tab shown: a target id, "appendix" or "review"
  diagnostics: [],      // the strategy's own, from /api/check
  sequence: 0,          // the newest update; an older answer that arrives late is dropped
};

const $ = (id) => document.getElementById(id);

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "class") node.className = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function post(call, request) {
  return transport.call(call, request);
}

async function get_json(call) {
  const response = await transport.call(call);
  if (!response.ok) throw new Error(`${call}: HTTP ${response.status}`);
  return response.json();
}

function set_status(text, failed = false) {
  $("status").textContent = text;
  $("status").classList.toggle("failed", failed);
}

// searchc counts columns in characters (code points); CodeMirror in UTF-16 units.
function position(line, column) {
  const text = state.editor.getLine(line - 1) ?? "";
  const before = Array.from(text).slice(0, Math.max(0, column - 1)).join("");
  return CodeMirror.Pos(line - 1, before.length);
}

function key(d) { return `${d.code}|${d.line}|${d.column}|${d.message}`; }

function describe(d) {
  const item = element("li", { class: d.severity, title: d.notes.join("\n") },
    element("span", { class: "where" }, `${d.line}:${d.column}`),
    element("span", { class: "code" }, `${d.severity} ${d.code}`),
    d.message);
  if (d.notes.length) item.append(element("ul", { class: "notes" }, ...d.notes.map((n) => element("li", {}, n))));
  return item;
}

// A diagnostic's item that a click, or Enter, takes to the diagnostic's place in the editor.
function describe_at(d) {
  const item = describe(d);
  const go = () => {
    state.editor.setCursor(position(d.line, d.column));
    state.editor.focus();
  };
  item.tabIndex = 0;
  item.addEventListener("click", go);
  item.addEventListener("keydown", (event) => { if (event.key === "Enter") go(); });
  return item;
}

function show_diagnostics(diagnostics) {
  state.diagnostics = diagnostics;
  $("diagnostics").replaceChildren(...diagnostics.map(describe_at));
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  $("summary").textContent = errors + warnings === 0
    ? "No problems found."
    : `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
  state.editor.performLint();
}

// CodeMirror's lint addon asks for the underlines; they are the last answer's diagnostics.
function annotations() {
  return state.diagnostics.map((d) => {
    const from = position(d.line, d.column);
    let to = position(d.end_line, d.end_column);
    if (to.line === from.line && to.ch <= from.ch) to = CodeMirror.Pos(from.line, from.ch + 1);
    const severity = d.severity === "note" ? "info" : d.severity;
    const notes = d.notes.length ? "\n" + d.notes.map((n) => `note: ${n}`).join("\n") : "";
    return { from, to, severity, message: `${d.code}: ${d.message}${notes}` };
  });
}

function select_tab(id) {
  state.selected = id;
  for (const tab of $("tabs").children) {
    const shown = tab.dataset.id === id;
    tab.setAttribute("aria-selected", String(shown));
    tab.tabIndex = shown ? 0 : -1;
  }
  for (const panel of $("panels").children) panel.hidden = panel.dataset.id !== id;
}

// Arrow keys move between tabs, as in any tab list (WAI-ARIA Authoring Practices).
function on_tab_key(event) {
  const ids = [...$("tabs").children].map((tab) => tab.dataset.id);
  const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
  if (!step) return;
  const next = ids[(ids.indexOf(state.selected) + step + ids.length) % ids.length];
  select_tab(next);
  $(`tab-${next}`).focus();
}

function make_tabs() {
  const tabs = [...state.targets, { id: "appendix", name: "Appendix" }, { id: "review", name: "Review" }];
  $("tabs").replaceChildren(...tabs.map((t) => element("button", {
    role: "tab", id: `tab-${t.id}`, "data-id": t.id, "aria-controls": `panel-${t.id}`, onclick: () => select_tab(t.id),
  }, t.name)));
  $("panels").replaceChildren(...tabs.map((t) => element("div", {
    class: "panel", role: "tabpanel", id: `panel-${t.id}`, "data-id": t.id, "aria-labelledby": `tab-${t.id}`,
  })));
  $("tabs").addEventListener("keydown", on_tab_key);
  select_tab(state.targets[0].id);
}

async function copy(text, button) {
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = "Copied";
  } catch {
    button.textContent = "Select the text to copy it";
  }
  setTimeout(() => { button.textContent = "Copy"; }, 1500);
}

function show_target(target, result) {
  const panel = $(`panel-${target.id}`);
  const own = new Set(state.diagnostics.map(key));
  const notes = result ? result.diagnostics.filter((d) => !own.has(key(d))) : [];
  const tab = $(`tab-${target.id}`);
  tab.replaceChildren(target.name);
  if (notes.length) tab.append(element("span", { class: "count", title: "translation notes" }, String(notes.length)));

  if (!result || result.text === "") {
    panel.replaceChildren(element("p", { class: "empty" }, "Mend the errors in the strategy to see this database's search."));
    return;
  }
  const button = element("button", { type: "button", class: "copy" }, "Copy");
  button.addEventListener("click", () => copy(result.text, button));
  panel.replaceChildren(
    element("div", { class: "toolbar" }, button),
    element("pre", { class: "search" }, result.text));
  if (result.links.length) {
    panel.append(element("h3", {}, "Run it"),
      element("ul", { class: "links" }, ...result.links.map((l) => element("li", {},
        element("a", { href: l.url, target: "_blank", rel: "noopener noreferrer" }, l.label)))));
  }
  panel.append(element("h3", {}, "Translation notes"));
  panel.append(notes.length
    ? element("ul", { class: "translation" }, ...notes.map(describe))
    : element("p", { class: "empty" }, "The search says exactly what the strategy says."));
}

async function download(format) {
  const response = await post("appendix", { source: state.editor.getValue(), format });
  if (!response.ok) return set_status("The appendix is written once the strategy's errors are mended.", true);
  const link = element("a", { href: URL.createObjectURL(await response.blob()), download: `appendix.${format}` });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function show_appendix(html) {
  const panel = $("panel-appendix");
  if ($("from").value !== "") {
    panel.replaceChildren(element("p", { class: "empty" },
      "The appendix is written from a strategy in the searchc language: import this one with `searchc import` first."));
    return;
  }
  if (html === null) {
    panel.replaceChildren(element("p", { class: "empty" }, "The appendix is written once the strategy's errors are mended."));
    return;
  }
  const frame = element("iframe", { class: "appendix", sandbox: "", title: "The search appendix" });
  frame.srcdoc = html;
  panel.replaceChildren(
    element("div", { class: "toolbar" }, "Download:",
      ...["md", "html", "json"].map((f) => element("button", { type: "button", onclick: () => download(f) }, f))),
    frame);
}

// The review as `searchc review --format json` writes it: the summary, then the findings under
// their PRESS element, each with its place and its fix (the notes), then the PRISMA-S items.
function show_review(review) {
  const panel = $("panel-review");
  const tab = $("tab-review");
  tab.replaceChildren("Review");
  if (review === null) {
    panel.replaceChildren(element("p", { class: "empty" }, "The review is written once the strategy's errors are mended."));
    return;
  }
  if (review.findings.length) tab.append(element("span", { class: "count", title: "findings" }, String(review.findings.length)));
  panel.replaceChildren(element("p", { class: "review-summary" }, review.summary));
  const elements = new Map();
  for (const f of review.findings) {
    if (!elements.has(f.press_element)) elements.set(f.press_element, { name: f.press_element_name, findings: [] });
    elements.get(f.press_element).findings.push(f);
  }
  for (const [number, { name, findings }] of [...elements].sort(([a], [b]) => a - b)) {
    panel.append(element("h3", {}, `${number}. ${name}`),
      element("ul", { class: "translation findings", "aria-label": name }, ...findings.map(describe_at)));
  }
  panel.append(element("h3", {}, "PRISMA-S"),
    element("ul", { class: "prisma" }, ...review.prisma_s.map((item) => element("li", { class: item.status.replaceAll(" ", "-") },
      element("span", { class: "where" }, `${item.item}.`), `${item.name}: ${item.status}; ${item.detail}`))));
}

async function update() {
  const sequence = ++state.sequence;
  const source = state.editor.getValue();
  const from = $("from").value;
  localStorage.setItem(saved_key, source);
  const started = performance.now();
  set_status("Compiling…");
  try {
    const request = from ? { source, from } : { source };
    const [checked, compiled] = await Promise.all([post("check", request), post("compile", { ...request, to: "all" })]);
    if (!checked.ok || !compiled.ok) {
      const failed = checked.ok ? compiled : checked;
      throw new Error((await failed.json()).error);
    }
    const [check, outputs] = await Promise.all([checked.json(), compiled.json()]);
    // The appendix is written from a strategy in the language, the review from any strategy,
    // once it has no errors.
    const [appendix, reviewed] = check.errors === 0
      ? await Promise.all([from ? null : post("appendix", { source, format: "html" }), post("review", request)])
      : [null, null];
    const appendix_html = appendix && appendix.ok ? await appendix.text() : null;
    if (reviewed && !reviewed.ok) throw new Error((await reviewed.json()).error);
    const review = reviewed ? await reviewed.json() : null;
    if (sequence !== state.sequence) return;
    show_diagnostics(check.diagnostics);
    for (const target of state.targets) show_target(target, outputs[target.id]);
    show_appendix(appendix_html);
    show_review(review);
    const took = Math.round(performance.now() - started);
    set_status(check.errors === 0 ? `Compiled for ${state.targets.length} databases in ${took} ms`
                                  : `Checked in ${took} ms: the searches are written once the errors are mended`);
  } catch (error) {
    if (sequence === state.sequence) set_status(`Could not compile: ${error.message}. Is searchc serve still running?`, true);
  }
}

let timer = null;
function schedule() {
  clearTimeout(timer);
  timer = setTimeout(update, debounce_ms);
}

async function start() {
  state.editor = CodeMirror.fromTextArea($("source"), {
    mode: "searchc",
    lineNumbers: true,
    lineWrapping: true,
    gutters: ["CodeMirror-lint-markers"],
    lint: { getAnnotations: annotations, lintOnChange: false, tooltips: true },
  });
  state.editor.on("change", schedule);
  // The highlighting is the language's; a database's own syntax is shown plain.
  $("from").addEventListener("change", () => {
    state.editor.setOption("mode", $("from").value === "" ? "searchc" : null);
    schedule();
  });

  $("privacy").textContent = transport.privacy;
  try {
    const [targets, examples] = await Promise.all([get_json("targets"), get_json("examples")]);
    state.targets = targets;
    make_tabs();
    for (const example of examples) $("examples").append(element("option", { value: example.source }, example.name));
    $("examples").addEventListener("change", (event) => {
      if (event.target.value === "") return;
      $("from").value = "";
      state.editor.setOption("mode", "searchc");
      state.editor.setValue(event.target.value);
      event.target.value = "";
    });
    state.editor.setValue(localStorage.getItem(saved_key) ?? (examples[0]?.source ?? ""));
    // The first compile at once: the debounce is for typing.
    clearTimeout(timer);
    update();
  } catch (error) {
    set_status(`Could not reach searchc: ${error.message}`, true);
  }
}

start();
