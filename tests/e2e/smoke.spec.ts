import { test, expect } from "./fixtures";

// Smoke test: the release build boots, mounts the app and logs no errors.
test("app loads without console errors and renders <main>", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console.error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
  page.on("requestfailed", (req) => errors.push(`requestfailed: ${req.url()} ${req.failure()?.errorText ?? ""}`));
  page.on("response", (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });

  await page.goto("/");
  await page.waitForFunction(() => document.querySelector("main") !== null, undefined, { timeout: 10_000 });
  await expect(page.locator("main")).toBeAttached();
  // give late async errors (e.g. from effects after mount) a moment to surface
  await page.waitForTimeout(250);
  expect(errors, errors.join("\n")).toEqual([]);
});
