#!/usr/bin/env node
// Offline start-up (issue 14): after one visit (the service worker has the
// build cached), the network off and the CPU slowed 4x, the time from
// navigation to the first interactive control ("New plan" enabled on the
// list). Prints the median of 5 runs; it is a benchmark, not a timed test.
//   node bench/offline.mjs [dist] [port]   (after a release build)
import { chromium } from "@playwright/test";
import { serve } from "./serve.mjs";

const dist = process.argv[2] ?? "dist";
const port = Number(process.argv[3] ?? 4176);
const { url, stop } = await serve(dist, port);

try {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  const context = await browser.newContext({ serviceWorkers: "allow", locale: "en-US" });
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await context.setOffline(true);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const times = [];
  for (let i = 0; i < 5; i++) {
    const start = Date.now();
    await page.goto(url);
    await page.getByRole("button", { name: "New plan" }).waitFor({ state: "visible" });
    await page.waitForFunction(() => !document.querySelector("main button")?.disabled);
    times.push(Date.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`offline start-up, 4x CPU throttle, to the first control: median ${times[2]} ms (runs: ${times.join(", ")} ms)`);
  await browser.close();
} finally {
  stop();
}
