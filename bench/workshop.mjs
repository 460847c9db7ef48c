#!/usr/bin/env node
// A workshop of 40 plans (issue 12): 40 class files in storage, the time
// from opening #/workshop to its 40 cards on screen, each plan read and
// shown under its author. Prints the median of 5 runs; a benchmark, not a
// timed test (target: under 500 ms).
//   node bench/workshop.mjs [dist] [port]   (after a release build)
import { chromium } from "@playwright/test";
import { serve } from "./serve.mjs";

const dist = process.argv[2] ?? "dist";
const port = Number(process.argv[3] ?? 4177);
const { url, stop } = await serve(dist, port);

function plan(n) {
  const stamp = new Date(Date.UTC(2026, 11, 1) + n * 60_000).toISOString();
  return {
    id: `p-${n}`, created_at: stamp, updated_at: stamp, step: "review", author: `学员${n}`, team: "华南组",
    account: { name: `佛山万科物业发展有限公司 ${n}`, industry: "房地产", region: "广东 佛山" },
    opportunity: { name: "文印外包服务", amount: 200000 + n, currency: "CNY", expected_win_date: "2026-12-31", next_contact: "2026-12-10" },
    contacts: [1, 2, 3].map((i) => ({ id: `c${i}`, name: `联系人${i}`, department: `部门${i}`, role: ["user", "decision_maker", "procurement"][i - 1], is_coach: i === 1 })),
    pains: [{ id: "n1", description: "打印机经常卡纸", goal: "文印工作顺畅", acknowledged: "yes", priority: "yes", we_solve: "yes", budget: "unknown" }],
    deal: { stage_mode: "pick", picked_stage: "evaluate", competitors: ["理光"], competitors_known: true },
  };
}

const files = Object.fromEntries(
  Array.from({ length: 40 }, (_, i) => [
    `winplan:v1:class:${i + 1}`,
    `winplan-学员${i}.json\n` + JSON.stringify({ format: "winplan-export", schema_version: 1, app_version: "bench", exported_at: "2026-12-01T08:00:00.000Z", plans: [plan(i)] }, null, 2),
  ]),
);

try {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  const page = await browser.newPage({ locale: "en-US" });
  await page.goto(url);
  await page.evaluate((files) => {
    for (const [k, v] of Object.entries(files)) localStorage.setItem(k, v);
  }, files);
  const times = [];
  for (let i = 0; i < 5; i++) {
    await page.goto(url);
    await page.locator("#nav-workshop").waitFor();
    const start = Date.now();
    await page.locator("#nav-workshop").click();
    await page.waitForFunction(() => document.querySelectorAll("#class-files-list > li .author").length === 40);
    times.push(Date.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`workshop of 40 plans: open to 40 cards on screen, median ${times[2]} ms (runs: ${times.join(", ")} ms)`);
  await browser.close();
} finally {
  stop();
}
