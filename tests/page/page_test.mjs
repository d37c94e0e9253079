// The page of `searchc serve` as a librarian uses it, in Debian's headless Chromium driven by
// playwright-core: load it, type a strategy, see CENTRAL's search and a diagnostic appear, copy
// the search, read and download the appendix, read the review and follow a finding to its place,
// translate an Ovid strategy, load an example, and see an error reported. The page must fetch nothing from
// anywhere but the server, and log nothing. A screenshot is kept for people to look at.
//
//   node tests/page/page_test.mjs SEARCHC CHROMIUM ARTIFACTS
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, failures, launch, report, test_arguments } from "./harness.mjs";

const [searchc, executable, artifacts] = test_arguments("node tests/page/page_test.mjs SEARCHC CHROMIUM ARTIFACTS");

// `searchc serve --port 0` takes a free port and says which.
function serve() {
  return new Promise((resolve, reject) => {
    const server = spawn(searchc, ["serve", "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
    let said = "";
    server.stdout.on("data", (chunk) => {
      said += chunk;
      const url = said.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (url) resolve({ server, url: url[0] });
    });
    server.on("exit", (code) => reject(new Error(`searchc serve exited ${code}: ${said}`)));
  });
}

const { server, url } = await serve();
const browser = await launch(executable);

try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: url });
  const page = await context.newPage();
  const outside = [];
  page.on("request", (request) => {
    const address = request.url();
    if (!address.startsWith(url) && !address.startsWith("blob:") && !address.startsWith("about:")) outside.push(address);
  });
  const logged = [];
  page.on("console", (message) => { if (message.type() === "error" || message.type() === "warning") logged.push(message.text()); });
  page.on("pageerror", (error) => logged.push(error.message));

  await page.goto(url);
  // It opens with the reference example, compiled.
  const central = page.locator("#panel-central pre.search");
  await central.waitFor({ timeout: 10000 });
  expect((await central.textContent()).includes("#16"), "the reference example's CENTRAL search has lines #1 to #16");

  // Its review: the unexploded heading under subject headings, with its place and its fix, and
  // the summary; a click on the finding moves the cursor to its place.
  await page.locator("#tab-review").click();
  expect(await page.locator("#tab-review").getAttribute("aria-selected") === "true", "the Review tab is selected");
  const unexploded = page.locator('#panel-review ul[aria-label="Subject headings"] > li', { hasText: "R303" });
  await unexploded.first().waitFor({ timeout: 10000 });
  expect((await unexploded.first().locator(".where").textContent()) === "14:12", "the unexploded heading is at 14:12");
  expect((await unexploded.first().textContent()).includes("explode it (leave out `noexp`)"), "the finding says its fix");
  expect(/PRISMA-S: \d+ of 16 items recorded/.test(await page.locator("#panel-review .review-summary").textContent()),
         "the review's summary counts the PRISMA-S items");
  await page.screenshot({ path: join(artifacts, "page-review.png") });
  await unexploded.first().click();
  const at_finding = await page.evaluate(() => document.querySelector(".CodeMirror").CodeMirror.getCursor());
  expect(at_finding.line === 13 && at_finding.ch === 11,
         `a click on the finding moves to 14:12 (the cursor is at ${at_finding.line + 1}:${at_finding.ch + 1})`);
  await page.locator("#tab-central").click();

  // Typed, as a person types, into the editor.
  await page.locator(".CodeMirror").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type('ms = mesh("Multiple Sclerosis") OR (mulitple NEXT sclerosis)[ti,ab,kw]\n', { delay: 5 });
  await page.waitForFunction(() => document.querySelector("#panel-central pre.search")?.textContent.includes("mulitple"),
                             null, { timeout: 10000 });
  const search = await central.textContent();
  expect(search.includes('[mh "Multiple Sclerosis"]'), `CENTRAL's heading: ${search}`);
  expect(search.includes("(mulitple NEXT sclerosis):ti,ab,kw"), `CENTRAL's text line: ${search}`);

  // The misspelling: in the list, and underlined at its place, with the message on hover.
  const listed = page.locator("#diagnostics li.warning", { hasText: "W007" });
  await listed.first().waitFor({ timeout: 10000 });
  expect((await listed.first().textContent()).includes("did you mean `multiple`?"), "W007 suggests `multiple`");
  const mark = page.locator(".CodeMirror-lint-mark-warning");
  expect(await mark.count() === 1, "one warning underlined in the editor");
  expect((await mark.first().textContent()) === "mulitple", "the underline is under `mulitple`");
  await mark.first().hover();
  const tooltip = page.locator(".CodeMirror-lint-tooltip");
  await tooltip.waitFor({ timeout: 5000 });
  expect((await tooltip.textContent()).includes("W007"), "hovering the underline shows the message");

  // Copy puts exactly the search on the clipboard.
  await page.locator("#panel-central button.copy").click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied === search, "Copy puts CENTRAL's search on the clipboard");

  // Another database, and the appendix.
  await page.locator("#tab-pubmed").click();
  expect((await page.locator("#panel-pubmed pre.search").textContent()).includes('"Multiple Sclerosis"[mh]'),
         "PubMed's tab shows PubMed's search");
  await page.locator("#tab-appendix").click();
  const appendix = page.frameLocator("#panel-appendix iframe");
  await appendix.locator("body").waitFor({ timeout: 10000 });
  expect((await appendix.locator("body").textContent()).includes("mulitple NEXT sclerosis"), "the appendix preview shows the search");
  const [markdown] = await Promise.all([page.waitForEvent("download"), page.locator("#panel-appendix button", { hasText: "md" }).click()]);
  expect(markdown.suggestedFilename() === "appendix.md", `the download is named ${markdown.suggestedFilename()}`);
  const saved = join(artifacts, "appendix-from-page.md");
  await markdown.saveAs(saved);
  const text = readFileSync(saved, "utf8");
  expect(text.startsWith("# Search appendix") && text.includes("mulitple NEXT sclerosis"), "the Markdown download is the appendix");
  // The review follows the edit: the misspelling is a finding on spelling.
  await page.locator("#tab-review").click();
  const misspelt = page.locator('#panel-review ul[aria-label="Spelling, syntax and line numbers"] > li', { hasText: "W007" });
  await misspelt.first().waitFor({ timeout: 10000 });
  expect((await misspelt.first().locator(".where").textContent()) === "1:37", "the review's misspelling is at 1:37");
  expect(await page.locator("#panel-review li", { hasText: "R303" }).count() === 0, "the example's findings are gone");
  await page.locator("#tab-central").click();
  await page.screenshot({ path: join(artifacts, "page.png") });

  // An error: reported with its place, and no search shown.
  await page.locator(".CodeMirror").click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type("broken = (stem AND cell", { delay: 5 });
  const error = page.locator("#diagnostics li.error");
  await error.first().waitFor({ timeout: 10000 });
  expect((await error.first().locator(".where").textContent()).startsWith("2:"), "the error is on line 2");
  expect(await page.locator(".CodeMirror-lint-mark-error").count() >= 1, "the error is underlined");
  await page.keyboard.press("Control+Home");
  await error.first().click();
  const cursor = await page.evaluate(() => document.querySelector(".CodeMirror").CodeMirror.getCursor());
  expect(cursor.line === 1, `a click on the error moves to its line (the cursor is on line ${cursor.line + 1})`);
  await page.waitForFunction(() => document.querySelector("#panel-central .empty") !== null, null, { timeout: 10000 });
  expect((await page.locator("#panel-review").textContent()).includes("once the strategy's errors are mended"),
         "no review of a strategy with errors");
  await page.screenshot({ path: join(artifacts, "page-error.png") });

  // A strategy in Ovid's syntax, translated.
  await page.locator("#from").selectOption("ovid");
  await page.locator(".CodeMirror").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("1. exp Multiple Sclerosis/\n2. (stem adj cell$).ti,ab.\n3. 1 and 2\n", { delay: 5 });
  await page.waitForFunction(() => document.querySelector("#panel-central pre.search")?.textContent.includes("stem NEXT cell*"),
                             null, { timeout: 10000 });
  expect((await central.textContent()).includes("MeSH descriptor: [Multiple Sclerosis] explode all trees"),
         "an Ovid strategy is translated for CENTRAL");

  // An example, loaded from the list.
  await page.locator("#examples").selectOption({ label: "ms-stem-cell-auto.search" });
  await page.waitForFunction(() => document.querySelector("#panel-ctgov .translation") !== null, null, { timeout: 10000 });
  expect(await page.locator("#from").inputValue() === "", "loading an example goes back to the language");

  expect(outside.length === 0, `the page fetched from elsewhere: ${outside.join(", ")}`);
  expect(logged.length === 0, `the page logged: ${logged.join(" | ")}`);
} catch (error) {
  failures.push(error.stack ?? String(error));
} finally {
  await browser.close();
  server.kill();
}

report(`page test passed; screenshots in ${artifacts}`);
