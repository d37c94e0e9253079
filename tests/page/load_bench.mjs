// Compares static sites' first loads (docs/performance.md, "The static page"): each round opens
// every site once, in turn, each in a new browser context (an empty cache, a first visit), and
// times opening to the reference example's CENTRAL search shown, as static_test.mjs does; then
// prints each site's median. Interleaved, so that a machine's changing load falls on all alike.
// The files are served as the test serves them (harness.mjs, serve_sites).
//
//   node tests/page/load_bench.mjs ROUNDS CHROMIUM SITE...   (e.g. two copies of build/wasm/site)
import { launch, serve_sites } from "./harness.mjs";

const [rounds, executable, ...sites] = process.argv.slice(2);
if (!sites.length) {
  console.error("usage: node tests/page/load_bench.mjs ROUNDS CHROMIUM SITE...");
  process.exit(2);
}
const { url, server } = await serve_sites(sites);

const browser = await launch(executable);
const times = sites.map(() => []);
for (let round = 0; round < Number(rounds); ++round) {
  for (const [n, site] of sites.entries()) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const opened = Date.now();
    await page.goto(`${url}${n}/`);
    await page.locator("#panel-central pre.search").waitFor({ timeout: 60000 });
    times[n].push(Date.now() - opened);
    console.log(`round ${round}: ${site} ${times[n].at(-1)} ms`);
    await context.close();
  }
}
for (const [n, site] of sites.entries()) {
  const sorted = [...times[n]].sort((a, b) => a - b);
  console.log(`${site}: median ${sorted[Math.floor(sorted.length / 2)]} ms of ${times[n].join(" ")}`);
}
await browser.close();
server.close();
