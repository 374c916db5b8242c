#!/usr/bin/env node
// chrono-node throughput runner for the kban temporal-tagger benchmark.
//
//   node bench/chrono/bench.js FILE [--runs N] [--chunk-kb K] [--warmup-kb K]
//
// Reads FILE (UTF-8), runs chrono.parse(text, REF_DATE) over it N times
// (default 3) and prints one line of JSON:
//   {"tool":"chrono-node","version":"...","bytes":...,"seconds_best":...,
//    "mb_per_s":...,"matches":...}
// where bytes is the file size, seconds_best the fastest run, mb_per_s is
// bytes / 1e6 / seconds_best, and matches the number of results chrono returned.
//
// Chunking: the text is split into chunks of about 64 KB (--chunk-kb, default
// 64), each cut at the last newline (else the last space) before the limit,
// and chrono.parse is called once per chunk.  One call on the whole 20 MB text
// is not usable: for every result, chrono 2.10.3's ENEndOfPeriodRefiner
// (locales/en/refiners/ENEndOfPeriodRefiner.js) matches the end-anchored regex
// /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i against
// context.text.substring(0, result.index), i.e. it rescans the whole text
// before the match, so one call costs O(length x matches), quadratic in the
// length.  Measured here on gen_news.py text (one call, no chunking):
// 0.25 MB 0.33 s, 0.5 MB 1.2 s, 1 MB 4.7 s, 2 MB 18.8 s (a CPU profile puts
// 96% of the time in that regex), so 20 MB would take about half an hour and
// would measure that defect, not chrono's tagging speed.  With 64 KB chunks
// the same files run at about 3 MB/s with the identical match counts (1216,
// 2440, 4877, 9750).  64 KB is larger than any real news article, so this is
// how chrono would be used on news anyway; a cut falls on whitespace and can at
// worst split an expression that straddles it.
// --chunk-kb 0 parses the whole file in one call, for comparison.
//
// Splitting, reading and decoding happen before the clock starts: only the
// chrono.parse calls are timed.  A short warm-up (--warmup-kb, default 256)
// runs first so the JIT has compiled chrono's code.

"use strict";

const fs = require("fs");
const path = require("path");
const chrono = require("chrono-node");

// Fixed reference date so results do not depend on when the benchmark runs.
const REF_DATE = new Date("2024-07-01T12:00:00Z");

function usage(msg) {
  if (msg) process.stderr.write(msg + "\n");
  process.stderr.write(
    "usage: node bench/chrono/bench.js FILE [--runs N] [--chunk-kb K] [--warmup-kb K]\n");
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { file: null, runs: 3, chunkKb: 64, warmupKb: 256 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = (name) => {
      const v = argv[++i];
      if (v === undefined || !/^\d+$/.test(v)) usage(`${name} needs a non-negative integer`);
      return parseInt(v, 10);
    };
    if (a === "--runs") opts.runs = num(a);
    else if (a === "--chunk-kb") opts.chunkKb = num(a);
    else if (a === "--warmup-kb") opts.warmupKb = num(a);
    else if (a === "-h" || a === "--help") usage();
    else if (a.startsWith("-")) usage(`unknown option ${a}`);
    else if (opts.file === null) opts.file = a;
    else usage("only one FILE");
  }
  if (opts.file === null) usage("missing FILE");
  if (opts.runs < 1) usage("--runs must be at least 1");
  return opts;
}

// Split text into chunks of at most about limit characters, cutting after the
// last newline in the window, else after the last space, else hard.
function splitChunks(text, limit) {
  if (limit <= 0 || text.length <= limit) return [text];
  const chunks = [];
  let start = 0;
  while (start < text.length) {
    let end = start + limit;
    if (end >= text.length) {
      chunks.push(text.slice(start));
      break;
    }
    let cut = text.lastIndexOf("\n", end);
    if (cut <= start) cut = text.lastIndexOf(" ", end);
    if (cut <= start) cut = end - 1;
    chunks.push(text.slice(start, cut + 1));
    start = cut + 1;
  }
  return chunks;
}

function chronoVersion() {
  try {
    const pkg = path.join(path.dirname(require.resolve("chrono-node")), "..", "..", "package.json");
    return JSON.parse(fs.readFileSync(pkg, "utf8")).version;
  } catch (e) {
    return "unknown";
  }
}

function runOnce(chunks) {
  let matches = 0;
  const t0 = process.hrtime.bigint();
  for (const c of chunks) matches += chrono.parse(c, REF_DATE).length;
  const t1 = process.hrtime.bigint();
  return { seconds: Number(t1 - t0) / 1e9, matches };
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const buf = fs.readFileSync(opts.file);
  const text = buf.toString("utf8");
  // Chunk size is in characters; for this mostly-ASCII text that is ~bytes.
  const chunks = splitChunks(text, opts.chunkKb * 1024);

  if (opts.warmupKb > 0) {
    const w = splitChunks(text.slice(0, Math.min(text.length, opts.warmupKb * 1024)),
                          Math.min(opts.chunkKb > 0 ? opts.chunkKb : 64, 64) * 1024);
    runOnce(w);
  }

  let best = Infinity;
  let matches = -1;
  for (let r = 0; r < opts.runs; r++) {
    const res = runOnce(chunks);
    if (matches >= 0 && res.matches !== matches) {
      process.stderr.write(`warning: run ${r + 1} found ${res.matches} matches, earlier ${matches}\n`);
    }
    matches = res.matches;
    if (res.seconds < best) best = res.seconds;
  }

  const out = {
    tool: "chrono-node",
    version: chronoVersion(),
    bytes: buf.length,
    seconds_best: Number(best.toFixed(4)),
    mb_per_s: Number((buf.length / 1e6 / best).toFixed(4)),
    matches,
  };
  process.stdout.write(JSON.stringify(out) + "\n");
}

main();
