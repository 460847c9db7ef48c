#!/usr/bin/env node
// Release bundle size of dist/: raw and gzip -9 bytes per shipped file type, and
// the total gzip of the .wasm + .js + .css against the budget.
// usage: node bench/size.mjs [dist] ; BENCH_STRICT=1 exits 1 when over budget.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const BUDGET = 350_000; // bytes of gzip for .wasm + .js + .css: the gate ("350 KB", issue 9)

const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
})(dist);

const rows = files
  .map((p) => {
    const data = readFileSync(p);
    return { file: relative(dist, p), ext: extname(p), raw: data.length, gz: gzipSync(data, { level: 9 }).length };
  })
  .sort((a, b) => b.gz - a.gz);

const pad = (s, n) => String(s).padStart(n);
console.log(`${"file".padEnd(48)} ${pad("raw B", 10)} ${pad("gzip-9 B", 10)}`);
for (const r of rows) console.log(`${r.file.padEnd(48)} ${pad(r.raw, 10)} ${pad(r.gz, 10)}`);

const counted = rows.filter((r) => [".wasm", ".js", ".css"].includes(r.ext));
console.log("");
for (const ext of [".wasm", ".js", ".css"]) {
  const sel = counted.filter((r) => r.ext === ext);
  const raw = sel.reduce((s, r) => s + r.raw, 0);
  const gz = sel.reduce((s, r) => s + r.gz, 0);
  console.log(`${("total " + ext).padEnd(48)} ${pad(raw, 10)} ${pad(gz, 10)}`);
}
const rawAll = counted.reduce((s, r) => s + r.raw, 0);
const gzAll = counted.reduce((s, r) => s + r.gz, 0);
const pct = ((100 * gzAll) / BUDGET).toFixed(1);
const verdict = gzAll <= BUDGET ? "within budget" : "OVER BUDGET";
console.log(`${"total .wasm+.js+.css".padEnd(48)} ${pad(rawAll, 10)} ${pad(gzAll, 10)}`);
console.log(`bundle: ${gzAll} B gzip of ${BUDGET} B budget (${pct}%), ${verdict}`);
if (gzAll > BUDGET && process.env.BENCH_STRICT) process.exit(1);
