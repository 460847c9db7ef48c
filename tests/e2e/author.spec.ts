import { expect, test } from "./fixtures";
import { readFileSync } from "node:fs";
import { createPlanEn, openApp, planCards, samplePlan, seedPlans, storedPlans, twoTabs } from "./helpers";

// Issue 12, first slice: whose plan is whose. The rep's name and team are
// entered once in the settings, stamped on new plans and on exports, and
// name the export file; older plans without an author say so.

test.describe("plan authors", () => {
  test.use({ locale: "en-US" });

  test("name and team from the settings are stamped on a new plan and shown on its card", async ({ page }) => {
    await seedPlans(page, [samplePlan("p-old", 1)], { language: "en" });
    await openApp(page);
    // An older plan has no author, and says so.
    await expect(planCards(page).first().locator(".author")).toHaveText("No author (an older plan)");
    await page.locator("#nav-settings").click();
    await page.getByLabel("Your name (printed on your plans, stamped on new plans and exports)").fill("张伟");
    await page.getByLabel("Your team (optional, stamped with your name)").fill("华南组");
    await page.locator("#nav-plans").click();
    await createPlanEn(page);
    await page.getByLabel("Customer name (legal name)").fill("佛山万科");
    await page.locator("#nav-plans").click();
    const mine = planCards(page).filter({ hasText: "佛山万科" }).first();
    await expect(mine.locator(".author")).toHaveText("By 张伟 · 华南组");
    const stored = Object.values(await storedPlans(page)).find((p: any) => p.account.name === "佛山万科") as any;
    expect([stored.author, stored.team]).toEqual(["张伟", "华南组"]);
    // Kept across a reload.
    await page.reload();
    await page.locator("#nav-settings").click();
    await expect(page.locator("#rep-team")).toHaveValue("华南组");
  });

  test("an export names the rep who made it and is named after them; an older plan stays without an author", async ({ page }) => {
    const plan = samplePlan("p-exp", 1);
    await seedPlans(page, [plan], { language: "en" });
    await openApp(page);
    await page.locator("#nav-settings").click();
    await page.getByLabel("Your name (printed on your plans, stamped on new plans and exports)").fill("Zhang Wei");
    await page.getByRole("button", { name: "Import / export" }).click();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: /^Export all plans/ }).click();
    const d = await download;
    const today = await page.evaluate(() => {
      const t = new Date();
      return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, "0")}-${String(t.getDate()).padStart(2, "0")}`;
    });
    expect(d.suggestedFilename()).toBe(`winplan-佛山万科物业发展有限公司-1-Zhang-Wei-${today}.json`);
    const file = JSON.parse(readFileSync((await d.path())!, "utf8"));
    expect(file.author).toBe("Zhang Wei");
    expect(file.plans[0].author).toBeUndefined();
    expect((await storedPlans(page))["p-exp"].author).toBeUndefined();
  });
});

test.describe("preferences in two tabs", () => {
  test.use({ locale: "en-US" });

  test("a name typed in one tab is not written over by another tab opened earlier; that tab shows it and stamps it", async ({ context }) => {
    const [a, b] = await twoTabs(context, [samplePlan("p-tabs", 1)], { language: "en" });
    await a.locator("#nav-settings").click();
    await a.locator("#rep-name").fill("高苗苗");
    await a.locator("#rep-team").fill("华南组");
    // The other tab, opened before the name existed, moves on: every move
    // saves the preferences (which screen is open).
    await b.locator("main ul.cards > li").first().getByRole("button", { name: /^Open/ }).click();
    await b.locator("#nav-plans").click();
    const prefs = async () => JSON.parse((await a.evaluate(() => localStorage.getItem("winplan:v1:prefs")))!).prefs;
    expect(await prefs()).toMatchObject({ rep_name: "高苗苗", team: "华南组" });
    await b.locator("#nav-settings").click();
    await expect(b.locator("#rep-name")).toHaveValue("高苗苗");
    await b.locator("#nav-plans").click();
    await createPlanEn(b);
    await b.locator("#nav-plans").click();
    await expect(planCards(b).first().locator(".author")).toHaveText("By 高苗苗 · 华南组");
  });
});
