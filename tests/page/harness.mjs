// What the two browser tests (page_test.mjs, static_test.mjs) and load_bench.mjs share: their
// arguments, the list of failures, Debian's Chromium launched for a machine without a network,
// the static host, and the report.
import { createServer } from "node:http";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

// The test's three arguments, `FIRST CHROMIUM ARTIFACTS`, with the artifacts' folder made; the
// test exits 2 with `usage` when they are missing.
export function test_arguments(usage) {
  const args = process.argv.slice(2, 5);
  if (args.length < 3) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  mkdirSync(args[2], { recursive: true });
  return args;
}

export const failures = [];
export function expect(condition, what) {
  if (!condition) failures.push(what);
}

// As root and on a machine without a network: no sandbox, and none of Chromium's own traffic.
// Playwright gives it a new, empty profile.
export function launch(executable) {
  return chromium.launch({
    executablePath: executable,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-proxy-server"],
  });
}

// Exits 1 listing the failures, or prints `passed`.
export function report(passed) {
  if (failures.length) {
    console.error(`FAILED:\n- ${failures.join("\n- ")}`);
    process.exit(1);
  }
  console.log(passed);
}

// A static host of the given sites' folders, site N at URL + `N/`, as static hosts serve: text
// files compressed with gzip (ahead, as a host does or caches, so that a load time does not
// count it) for a browser that accepts it, the rest as they are. Resolves to its URL and server.
export async function serve_sites(sites) {
  const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm" };
  const gzipped = new Map();
  for (const site of sites) {
    for (const name of readdirSync(site, { recursive: true }).filter((name) => extname(name) in types)) {
      gzipped.set(join(site, name), gzipSync(readFileSync(join(site, name)), { level: 9 }));
    }
  }
  const server = createServer((request, response) => {
    const [n, ...path] = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname)).split("/").slice(1);
    const site = sites[Number(n)];
    const file = site === undefined ? "" : join(site, path.join("/") || "index.html");
    if (!file.startsWith(site) || !existsSync(file) || !statSync(file).isFile()) return response.writeHead(404).end();
    const headers = { "Content-Type": types[extname(file)] ?? "application/octet-stream" };
    let body = readFileSync(file);
    if (gzipped.has(file) && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
      body = gzipped.get(file);
      headers["Content-Encoding"] = "gzip";
    }
    response.writeHead(200, { ...headers, "Content-Length": body.length }).end(body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, server };
}
