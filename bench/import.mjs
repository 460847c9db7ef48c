#!/usr/bin/env node
// Importing a file of 1,000 plans in headless Chromium: time from choosing
// the file to the preview on screen, and from "Merge" to the stored result.
// Prints the times; it is not a timed test (targets: under 1 s each).
//   node bench/import.mjs [dist] [port]   (after a release build)
import { chromium } from "@playwright/test";
import { serve } from "./serve.mjs";

const dist = process.argv[2] ?? "dist";
const port = Number(process.argv[3] ?? 4175);
const { url, stop } = await serve(dist, port);

function plan(n) {
  const stamp = new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString();
  return {
    id: `p-bench-${n}`, created_at: stamp, updated_at: stamp, step: "customer",
    account: { name: `佛山万科物业发展有限公司 ${n}`, industry: "房地产", region: "广东 佛山", address: `季华五路 ${n} 号` },
    opportunity: { name: `文印外包服务 ${n}`, content: "打印复印设备采购转为整体文印外包", amount: 200000 + n, currency: "CNY", expected_win_date: "2026-12-31", last_contact: "2026-11-01", next_contact: "2026-12-01" },
    contacts: [1, 2, 3].map((i) => ({ id: `c${i}`, name: `联系人${i}`, title: "经理", department: `部门${i}`, role: "user", seniority: "manager", relationship: "good", is_coach: i === 1, decision_style: "amiable" })),
    pains: [{ id: "n1", description: "打印机经常卡纸，影响投标文件按时交付", goal: "按时交付", goal_kind: "functional", acknowledged: "yes", priority: "yes", we_solve: "yes", budget: "unknown" }],
  };
}

const file = JSON.stringify({ format: "winplan-export", schema_version: 1, app_version: "bench", exported_at: new Date().toISOString(), plans: Array.from({ length: 1000 }, (_, i) => plan(i)) }, null, 2);

try {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
  const page = await browser.newPage({ locale: "en-US" });
  await page.goto(url);
  console.log(`file: 1,000 plans, ${(file.length / 1024 / 1024).toFixed(2)} MB`);
  for (let run = 1; run <= 3; run++) {
    await page.evaluate(() => { localStorage.clear(); });
    // The import / export screen has its own address: open it on a fresh app.
    await page.goto(`${url}#/transfer`);
    await page.reload();
    await page.locator("#transfer-heading").waitFor();
    const t0 = Date.now();
    await page.locator("#import-file").setInputFiles({ name: "plans.json", mimeType: "application/json", buffer: Buffer.from(file) });
    await page.locator("#import-count").waitFor();
    const preview = Date.now() - t0;
    const t1 = Date.now();
    await page.getByRole("button", { name: "Replace all…" }).click();
    await page.getByRole("button", { name: "Yes, replace all" }).click();
    await page.locator("#import-status").filter({ hasText: "1000 plan(s)" }).waitFor();
    const apply = Date.now() - t1;
    const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("winplan:v1:plan:")).length);
    console.log(`run ${run}: preview ${preview} ms, apply ${apply} ms (${stored} plans stored)`);
  }
  await browser.close();
} finally {
  stop();
}
