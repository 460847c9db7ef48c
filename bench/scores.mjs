#!/usr/bin/env node
// Prints the Lighthouse category scores (0-100) and the key metrics of a JSON report.
// usage: node bench/scores.mjs bench/out/lighthouse.report.json
import { readFileSync } from "node:fs";

const report = JSON.parse(readFileSync(process.argv[2], "utf8"));
if (report.runtimeError) console.log(`lighthouse runtime error: ${report.runtimeError.code} ${report.runtimeError.message}`);
for (const w of report.runWarnings ?? []) console.log(`lighthouse warning: ${w}`);
console.log(`lighthouse ${report.lighthouseVersion}, ${report.configSettings.formFactor}, ${report.finalDisplayedUrl}`);
for (const id of ["performance", "accessibility", "best-practices"]) {
  const c = report.categories[id];
  const score = c?.score == null ? "n/a" : Math.round(c.score * 100);
  console.log(`${(c?.title ?? id).padEnd(16)} ${String(score).padStart(3)}`);
}
for (const id of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"]) {
  const a = report.audits[id];
  if (a) console.log(`  ${a.title.padEnd(28)} ${a.displayValue ?? ""}`);
}
// Everything that cost points, so a regression says why.
const failing = [];
for (const id of ["performance", "accessibility", "best-practices"]) {
  for (const ref of report.categories[id]?.auditRefs ?? []) {
    const a = report.audits[ref.id];
    if (ref.weight > 0 && a && a.score !== null && a.score < 1) failing.push(`  [${id}] ${a.id}: ${a.title} (${a.score})`);
  }
}
if (failing.length) {
  console.log("audits below 100%:");
  for (const f of failing) console.log(f);
}
