// The static page (build/wasm/site, `cmake --workflow --preset wasm`) as a librarian opens it
// from a plain static host, in Debian's headless Chromium driven by playwright-core. The host is
// a small file server (harness.mjs, serve_sites) that compresses text files with gzip, as static
// hosts do, and sends the rest as they are. Checked:
//   - for every example and every database, the compiler in the browser answers what the
//     command line printed (tests/golden/DB/EXAMPLE.json, byte for byte) and the tab shows it;
//   - the page asks for nothing but the site's own files, and logs nothing;
//   - what the first load transfers (at most 10 MB, issue budget; docs/performance.md).
// Measured and printed, not asserted (times depend on the machine): the time from opening the
// page to the reference example's first compile, and the time of one keystroke's four calls.
// A screenshot is kept.
//
//   node tests/page/static_test.mjs SITE CHROMIUM ARTIFACTS   (from the repository's root)
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, failures, launch, report, serve_sites, test_arguments } from "./harness.mjs";

const [site, executable, artifacts] = test_arguments("node tests/page/static_test.mjs SITE CHROMIUM ARTIFACTS");
const budget_bytes = 10 * 1000 * 1000;

const served = await serve_sites([site]);
const server = served.server;
const url = `${served.url}0/`;

const browser = await launch(executable);

const examples = readdirSync("examples").filter((name) => name.endsWith(".search")).sort();

try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const outside = [];
  const transferred = new Map();
  page.on("request", (request) => {
    const address = request.url();
    if (!address.startsWith(url) && !address.startsWith("blob:") && !address.startsWith("about:")) outside.push(address);
  });
  page.on("requestfinished", async (request) => {
    const sizes = await request.sizes();
    transferred.set(request.url(), sizes.responseBodySize + sizes.responseHeadersSize);
  });
  const logged = [];
  page.on("console", (message) => { if (message.type() === "error" || message.type() === "warning") logged.push(message.text()); });
  page.on("pageerror", (error) => logged.push(error.message));

  // Opened, it compiles the reference example in the browser.
  const opened = Date.now();
  await page.goto(url);
  const central = page.locator("#panel-central pre.search");
  await central.waitFor({ timeout: 60000 });
  const first_compile_ms = Date.now() - opened;
  expect((await central.textContent()).includes("#16"), "the reference example's CENTRAL search has lines #1 to #16");
  expect((await page.locator("#privacy").textContent()).includes("never sent anywhere"), "the page says the strategy stays");
  await page.screenshot({ path: join(artifacts, "static-page.png") });

  // Every example, every database: the compiler in the browser and the command line agree.
  const databases = await page.evaluate(async () => (await (await transport.call("targets")).json()).map((t) => t.id));
  expect(databases.length >= 15, `the page knows ${databases.length} databases`);
  for (const example of examples) {
    const source = readFileSync(join("examples", example), "utf8");
    for (const database of databases) {
      const golden = readFileSync(join("tests/golden", database, example.replace(".search", ".json")), "utf8");
      const answer = await page.evaluate(async ([source, to]) => {
        const response = await transport.call("compile", { source, to });
        return response.text();
      }, [source, database]);
      expect(answer === golden, `${example} for ${database}: the page's compile differs from tests/golden/${database}`);
    }
    // And the tabs show it, once the example is loaded from the list.
    await page.locator("#examples").selectOption({ label: example });
    await page.waitForFunction((s) => document.querySelector(".CodeMirror").CodeMirror.getValue() === s, source);
    for (const database of databases) {
      const expected = JSON.parse(readFileSync(join("tests/golden", database, example.replace(".search", ".json")), "utf8"))[database].text;
      if (expected === undefined) continue;
      const shown = page.locator(`#panel-${database} pre.search`);
      await page.waitForFunction(([db, text]) => document.querySelector(`#panel-${db} pre.search`)?.textContent === text,
                                 [database, expected], { timeout: 20000 }).catch(() => {});
      expect((await shown.textContent()) === expected, `${example}: the ${database} tab shows the golden search`);
    }
  }

  // A bad request is refused in words (the compiler throws and catches inside), as the server does.
  const refused = await page.evaluate(async () => {
    const response = await transport.call("compile", { source: 5, to: "central" });
    return { status: response.status, body: await response.json() };
  });
  expect(refused.status === 400 && typeof refused.body.error === "string", `a bad request: ${JSON.stringify(refused)}`);

  // One keystroke's work (check, compile for every database, appendix, review), timed in the page.
  const reference = readFileSync(join("examples", examples.includes("ms-stem-cell.search") ? "ms-stem-cell.search" : examples[0]), "utf8");
  // Timed twice: the first 21 (Chromium runs the WebAssembly first as quickly translated code) and
  // 21 after 100 more (by then it has replaced the busiest functions with optimised code).
  const keystroke_ms = await page.evaluate(async (source) => {
    const once = () => Promise.all([transport.call("check", { source }), transport.call("compile", { source, to: "all" }),
                                    transport.call("appendix", { source, format: "html" }), transport.call("review", { source })]);
    const median = async () => {
      const times = [];
      for (let i = 0; i < 21; ++i) {
        const start = performance.now();
        await once();
        times.push(performance.now() - start);
      }
      return times.sort((a, b) => a - b)[10];
    };
    const cold = await median();
    for (let i = 0; i < 100; ++i) await once();
    return { cold, warm: await median() };
  }, reference);

  const total = [...transferred.values()].reduce((a, b) => a + b, 0);
  expect(total <= budget_bytes, `the first load transferred ${total} bytes, more than ${budget_bytes}`);
  expect(outside.length === 0, `the page fetched from elsewhere: ${outside.join(", ")}`);
  expect(logged.length === 0, `the page logged: ${logged.join(" | ")}`);
  for (const [address, bytes] of [...transferred].sort((a, b) => b[1] - a[1])) console.log(`${bytes}\t${address.slice(url.length) || "/"}`);
  console.log(`first load: ${total} bytes transferred; first compile ${first_compile_ms} ms after opening; ` +
              `one keystroke's four calls, median of 21: ${keystroke_ms.cold.toFixed(2)} ms at first, ` +
              `${keystroke_ms.warm.toFixed(2)} ms after 100 more`);
} catch (error) {
  failures.push(error.stack ?? String(error));
} finally {
  await browser.close();
  server.close();
}

report(`static page test passed; screenshot in ${artifacts}`);
