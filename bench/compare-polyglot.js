// The driver of bench/compare-polyglot: interleaves Polyglot's and searchc's runs and reports
// medians. In process: Polyglot's translate() timed over a batch in this node process, and
// searchc's BM_PubMedQueryToCentral (Google Benchmark). End to end: process start to exit of
// `searchc compile QUERY --from pubmed --to central`, of `node -e ""` (node's start-up alone)
// and of node loading Polyglot and translating once.
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const rounds = Number(process.argv[2]);
const folder = process.argv[3];
const queryPath = "bench/pubmed-query.txt";
const query = fs.readFileSync(queryPath, "utf8").trim();
const polyglot = require("@iebh/polyglot").default;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;

// Polyglot in this process: the time of one translation, from a batch of them.
function polyglotInProcess(batch) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < batch; ++i) polyglot.translate(query, "Cochrane Library", { html: false });
  return seconds(start) / batch;
}

// searchc in process: Google Benchmark's real time per iteration.
function searchcInProcess() {
  const run = spawnSync("build/bench/bench/searchc_bench",
    ["--benchmark_filter=BM_PubMedQueryToCentral$", "--benchmark_format=json", "--benchmark_min_time=0.2"],
    { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  const b = JSON.parse(run.stdout).benchmarks[0];
  const unit = { ns: 1e-9, us: 1e-6, ms: 1e-3, s: 1 }[b.time_unit];
  return b.real_time * unit;
}

function processTime(command, args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(command, args, { stdio: ["ignore", "ignore", "ignore"] });
  const t = seconds(start);
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${run.status}`);
  return t;
}

const once = path.join(folder, "translate-once.js");
fs.writeFileSync(once, `const q = require("fs").readFileSync(${JSON.stringify(path.resolve(queryPath))}, "utf8").trim();
require("@iebh/polyglot").default.translate(q, "Cochrane Library", { html: false });\n`);
const nodeEnv = { ...process.env, NODE_PATH: path.join(folder, "node_modules") };

// Warm-up of both, then interleaved rounds.
polyglotInProcess(50);
searchcInProcess();
const times = { polyglot: [], searchc: [], searchcProcess: [], nodeStart: [], polyglotProcess: [] };
for (let r = 0; r < rounds; ++r) {
  times.polyglot.push(polyglotInProcess(200));
  times.searchc.push(searchcInProcess());
  times.searchcProcess.push(processTime("build/bench/searchc", ["compile", queryPath, "--from", "pubmed", "--to", "central"]));
  times.nodeStart.push(processTime(process.execPath, ["-e", ""]));
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [once], { stdio: "ignore", env: nodeEnv });
  if (run.status !== 0) throw new Error("Polyglot's process failed");
  times.polyglotProcess.push(seconds(start));
}
const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
const us = (s) => `${(s * 1e6).toFixed(1)} µs`;
const ms = (s) => `${(s * 1e3).toFixed(2)} ms`;
console.log(`${query.length}-character PubMed query to the Cochrane Library; medians of ${rounds} interleaved rounds`);
// Each round's two in-process times were taken a moment apart, so their ratio is paired: a
// slow minute of the machine slows both. Its median and range are shown beside the ratio of
// the medians.
const paired = times.polyglot.map((p, i) => p / times.searchc[i]);
console.log(`in process:  Polyglot ${us(m.polyglot)} per translation, searchc ${us(m.searchc)}: searchc ${(m.polyglot / m.searchc).toFixed(0)}x faster`);
console.log(`             round by round: median ${median(paired).toFixed(0)}x, from ${Math.min(...paired).toFixed(0)}x to ${Math.max(...paired).toFixed(0)}x`);
console.log(`end to end:  searchc ${ms(m.searchcProcess)}, node start-up alone ${ms(m.nodeStart)} (${(m.nodeStart / m.searchcProcess).toFixed(1)}x searchc), ` +
            `node with Polyglot translating once ${ms(m.polyglotProcess)} (${(m.polyglotProcess / m.searchcProcess).toFixed(1)}x searchc)`);
