// What the two browser tests (page_test.mjs, static_test.mjs) share: their arguments, the list
// of failures, Debian's Chromium launched for a machine without a network, and the report.
import { mkdirSync } from "node:fs";
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
