import { expect, test, type Locator, type Page } from "./fixtures";
import { emptyPlan, openApp, planCards, readStorage, samplePlan, seedPlans, stepButton, stepNav } from "./helpers";

// Issue 11, phone polish: the floating score button, the step tabs at
// 360 px, percentages that do not wrap, no italic Chinese, export that
// says what it did, and imported copies told apart.

async function box(l: Locator) {
  const b = await l.boundingBox();
  expect(b).not.toBeNull();
  return b!;
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function scrollToBottom(page: Page) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(100);
}

test.describe("phone polish", () => {
  test.use({ viewport: { width: 360, height: 740 }, locale: "en-US" });

  test("the floating score button covers neither the Next button nor the review's last lines", async ({ page }) => {
    await seedPlans(page, [samplePlan("p-fab", 1)], { language: "en", current_plan: "p-fab" });
    await openApp(page);
    const toggle = page.locator("#score-toggle");
    await expect(toggle).toBeVisible();
    await scrollToBottom(page);
    const next = page.getByRole("button", { name: "Next", exact: true });
    expect(overlaps(await box(next), await box(toggle))).toBe(false);
    await stepButton(page, "Review").click();
    await scrollToBottom(page);
    // The last line of the page (the review form's last control) is clear of it.
    const last = page.locator(".pager").last();
    expect(overlaps(await box(last), await box(toggle))).toBe(false);
  });

  for (const lang of ["en", "zh"] as const) {
    test(`step tabs never cut a word at 360 px (${lang})`, async ({ page }) => {
      await seedPlans(page, [samplePlan("p-tabs", 2)], { language: lang, current_plan: "p-tabs" });
      await openApp(page);
      const tabs = stepNav(page).getByRole("button");
      await expect(tabs).toHaveCount(5);
      for (let i = 0; i < 5; i++) {
        const fits = await tabs.nth(i).evaluate((b) => {
          const wrap = getComputedStyle(b).overflowWrap;
          return { wrap, fits: b.scrollWidth <= b.clientWidth };
        });
        expect(fits, `tab ${i + 1}`).toEqual({ wrap: "normal", fits: true });
      }
    });
  }

  test("empty states are not set in italic (Chinese has no italic)", async ({ page }) => {
    await seedPlans(page, [emptyPlan("p-empty")], { language: "zh", current_plan: "p-empty" });
    await openApp(page);
    const empty = page.locator("p.empty").first();
    await expect(empty).toBeVisible();
    expect(await empty.evaluate((e) => getComputedStyle(e).fontStyle)).toBe("normal");
  });

  test("export: disabled with no plans, and confirmed with the file's name", async ({ page }) => {
    await seedPlans(page, [], { language: "en" });
    await openApp(page);
    await page.getByRole("button", { name: "Import / export" }).click();
    await expect(page.locator("#export-all")).toBeDisabled();
    await expect(page.locator("#export-all")).toHaveText("Export all plans (0)");
    await expect(page.locator("#export-chosen")).toBeDisabled();

    await seedPlans(page, [samplePlan("p-x1", 3), samplePlan("p-x2", 4)], { language: "en" });
    await openApp(page);
    await page.getByRole("button", { name: "Import / export" }).click();
    await expect(page.locator("#export-all")).toBeEnabled();
    const download = page.waitForEvent("download");
    await page.locator("#export-all").click();
    const file = (await download).suggestedFilename();
    const status = page.locator("#export-status");
    await expect(status).toHaveText(new RegExp(`Exported 2 plan\\(s\\) as ${file.replace(/[.()]/g, "\\$&")}`));
    await expect(status).toHaveAttribute("role", "status");
    await expect(status).toBeVisible();
    await page.locator("#export-status-ok").click();
    await expect(status).toHaveText("");
    // Export selected waits for a tick.
    await page.getByLabel("佛山万科物业发展有限公司 3 — 文印外包服务 3").check();
    await expect(page.locator("#export-chosen")).toBeEnabled();
  });

  test("two imported copies of one plan are told apart in the list", async ({ page }) => {
    const plan = samplePlan("p-copy", 5);
    await seedPlans(page, [plan], { language: "en" });
    await openApp(page);
    const before = await readStorage(page);
    expect(Object.keys(before)).toContain("winplan:v1:plan:p-copy");
    await page.getByRole("button", { name: "Import / export" }).click();
    const file = JSON.stringify({ format: "winplan-export", schema_version: 1, app_version: "0.1.0", exported_at: "2026-12-01T00:00:00Z", plans: [plan] });
    for (let i = 0; i < 2; i++) {
      await page.locator("#import-text").fill(file);
      await page.getByRole("button", { name: "Read the pasted text" }).click();
      await page.getByRole("button", { name: "Add as new copies" }).click();
    }
    await page.getByRole("button", { name: "My plans" }).click();
    const titles = await planCards(page).locator("h2").allTextContents();
    expect(titles.sort()).toEqual([
      "佛山万科物业发展有限公司 5 — 文印外包服务 5",
      "佛山万科物业发展有限公司 5 — 文印外包服务 5 (2)",
      "佛山万科物业发展有限公司 5 — 文印外包服务 5 (3)",
    ]);
  });
});

test.describe("desktop panel", () => {
  test.use({ viewport: { width: 1280, height: 800 }, locale: "en-US" });

  test("percentages stay on one line", async ({ page }) => {
    const plan = samplePlan("p-pct", 6) as any;
    plan.deal = { stage_mode: "pick", picked_stage: "confirm", ticked: [], competitors: ["A", "B"], competitors_known: true };
    await seedPlans(page, [plan], { language: "en", current_plan: "p-pct" });
    await openApp(page);
    for (const id of ["#score-stage-rate", "#score-probability"]) {
      const lines = await page.locator(id).evaluate((e) => {
        const r = document.createRange();
        r.selectNodeContents(e);
        return new Set(Array.from(r.getClientRects()).map((x) => Math.round(x.top))).size;
      });
      expect(lines, id).toBe(1);
    }
    const factors = page.locator("#score-panel .chain li strong");
    for (let i = 0; i < (await factors.count()); i++) {
      expect(await factors.nth(i).evaluate((e) => getComputedStyle(e).whiteSpace)).toBe("nowrap");
    }
  });
});
