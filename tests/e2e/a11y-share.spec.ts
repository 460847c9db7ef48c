// Issue 11: axe finds no serious or critical violation on the new parts
// (share box and its status, the export note, a criterion unticked by hand
// with its reason, the shared read-only view), in both languages.

import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { openApp, samplePlan, seedPlans } from "./helpers";

for (const lang of ["en", "zh"] as const) {
  test(`axe: share box, export note, overruled criterion, shared view (${lang})`, async ({ page, browser, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const plan = samplePlan("p-ax", 1) as any;
    plan.step = "review";
    await seedPlans(page, [plan], { language: lang, current_plan: "p-ax" });
    await openApp(page);
    await page.locator("#share-make").click();
    await page.locator("#share-copy").click();
    await page.locator("#export-this").click();
    await expect(page.locator("#export-status .note")).toBeVisible();
    const bad = async (where: string) => {
      const r = await new AxeBuilder({ page }).analyze();
      const s = r.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(s.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), where).toEqual([]);
    };
    await bad("review with share and export note");
    const link = await page.locator("#share-link").inputValue();
    await page.goto("/#/plan/p-ax/bantcc");
    await page.locator("#crit-discover-user").uncheck();
    await bad("bantcc with an overruled criterion");
    const other = await browser.newContext({ locale: lang === "zh" ? "zh-CN" : "en-US" });
    const fresh = await other.newPage();
    await fresh.goto(link);
    await expect(fresh.locator("#shared-facts")).toBeVisible();
    const r = await new AxeBuilder({ page: fresh }).analyze();
    const s = r.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(s.map((v) => v.id), "shared view").toEqual([]);
    await other.close();
  });
}
