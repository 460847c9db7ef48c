#!/usr/bin/env node
// Prints the closing summary of a test run:
//   - cargo test's own "test result:" lines (from test-results/cargo-test.log),
//   - "cargo: N passed, N failed, N skipped" and "e2e: N passed, N failed, N skipped",
//   - last, the grand total alone on a line: "N passed, N failed, N skipped".
// usage: node scripts/summary.mjs <exit-code> [<failed-stage>]
import { existsSync, readFileSync } from "node:fs";

const exitCode = Number(process.argv[2] ?? 0);
const failedStage = process.argv[3] ?? "";
const total = { passed: 0, failed: 0, skipped: 0 };
const fmt = (c) => `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
const add = (c) => {
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
};

console.log("");
console.log("==================== summary ====================");

const cargoLog = "test-results/cargo-test.log";
if (existsSync(cargoLog)) {
  const c = { passed: 0, failed: 0, skipped: 0 };
  const re = /^test result: \w+\. (\d+) passed; (\d+) failed; (\d+) ignored;/;
  let suites = 0;
  for (const line of readFileSync(cargoLog, "utf8").split("\n")) {
    const m = re.exec(line);
    if (!m) continue;
    console.log(line);
    suites++;
    c.passed += Number(m[1]);
    c.failed += Number(m[2]);
    c.skipped += Number(m[3]);
  }
  if (suites === 0 && failedStage === "unit") c.failed += 1; // did not compile
  console.log(`cargo: ${fmt(c)}`);
  add(c);
}

const e2eJson = "test-results/results.json";
if (existsSync(e2eJson)) {
  const c = { passed: 0, failed: 0, skipped: 0 };
  try {
    const { stats = {}, errors = [] } = JSON.parse(readFileSync(e2eJson, "utf8"));
    c.passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
    c.failed = stats.unexpected ?? 0;
    c.skipped = stats.skipped ?? 0;
    // global errors (config, webServer, worker crash) fail the run without a test
    if (c.failed === 0 && errors.length > 0) c.failed = errors.length;
    if (stats.flaky) console.log(`e2e: ${stats.flaky} flaky test(s) passed on retry`);
  } catch (err) {
    console.log(`e2e: unreadable ${e2eJson}: ${err.message}`);
    c.failed = 1;
  }
  console.log(`e2e: ${fmt(c)}`);
  add(c);
} else if (failedStage === "e2e") {
  console.log("e2e: playwright produced no report");
}

if (exitCode !== 0) {
  console.log(`FAILED${failedStage ? ` at stage '${failedStage}'` : ""} (exit ${exitCode})`);
  // never print an all-green total for a failed run
  if (total.failed === 0) total.failed = 1;
}
console.log(fmt(total));
