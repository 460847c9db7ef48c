import { expect, test, type Page } from "./fixtures";
import {
  createPlanEn,
  expectStep,
  expectStored,
  fillStorage,
  openApp,
  planCards,
  planEntries,
  planKey,
  readStorage,
  samplePlan,
  savedStatus,
  seedStorage,
  storedPlans,
} from "./helpers";

// Issue 10: nothing a rep types is ever lost, when storage is full and when
// two tabs work on the same plans.

async function freeStorage(page: Page, keys: string[]): Promise<void> {
  await page.evaluate((ks) => ks.forEach((k) => localStorage.removeItem(k)), keys);
}

const unsavedStatus = (page: Page) => page.getByRole("status").filter({ hasText: "Not saved yet" });

test.describe("storage full", () => {
  test("the alert stays and names the plan until room is made; then the typed text is stored", async ({ page }) => {
    await seedStorage(page, planEntries([samplePlan("p-full", 1), samplePlan("p-other", 2)], { language: "en", current_plan: "p-full" }));
    await openApp(page);
    await expectStep(page, 0);
    await fillStorage(page);

    await page.getByLabel("Opportunity name").fill("A much longer opportunity name that will not fit");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Browser storage is full");
    await expect(alert).toContainText("Not stored yet: 佛山万科物业发展有限公司 1 — A much longer opportunity name that will not fit.");
    await expect(savedStatus(page)).toHaveCount(0);
    await expect(unsavedStatus(page)).toBeVisible();

    // A later small write that succeeds (the language switch stores the
    // preferences) does not make the alert go: the plan is still unsaved.
    await page.getByRole("button", { name: "中文" }).click();
    await expect(alert).toContainText("浏览器存储空间已满");
    await expect(alert).toContainText("尚未保存的计划：佛山万科物业发展有限公司 1 — A much longer opportunity name that will not fit");
    await page.getByRole("button", { name: "English" }).click();
    await expect(alert).toContainText("Not stored yet");

    // The alert's own advice: delete a plan no longer needed. The delete
    // frees room, and the unsaved plan is written at once.
    await page.locator("#nav-plans").click();
    const other = planCards(page).filter({ hasText: "文印外包服务 2" });
    await other.getByRole("button", { name: "Delete" }).click();
    await other.getByRole("button", { name: "Delete for good" }).click();
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expectStored(page, (plans) => {
      expect(plans["p-full"].opportunity.name).toBe("A much longer opportunity name that will not fit");
      expect(plans["p-other"]).toBeUndefined();
    });

    await page.reload();
    await expect(planCards(page).filter({ hasText: "A much longer opportunity name that will not fit" })).toHaveCount(1);
  });

  test("a plan created while storage is full is listed, retried on request, and can be exported", async ({ page }) => {
    await seedStorage(page, planEntries([], { language: "en" }));
    await openApp(page);
    const filler = await fillStorage(page);
    await createPlanEn(page);
    await page.getByLabel("Opportunity name").fill("Created when full");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Browser storage is full");
    await expect(alert).toContainText("Not stored yet: Created when full.");
    expect(Object.keys(await storedPlans(page))).toEqual([]);

    // Export of the unsaved plans: a file with exactly that plan.
    const download = page.waitForEvent("download");
    await page.locator("#export-unsaved").click();
    const file = await download;
    const text = await (await file.createReadStream()).toArray();
    const exported = JSON.parse(Buffer.concat(text).toString("utf8"));
    expect(exported.plans.map((p: { opportunity: { name: string } }) => p.opportunity.name)).toEqual(["Created when full"]);

    // Still full: a retry fails and says so.
    await page.locator("#retry-save").click();
    await expect(alert).toContainText("Not stored yet: Created when full.");
    // Room made elsewhere (another tab, another app): the retry stores it.
    await freeStorage(page, filler);
    await page.locator("#retry-save").click();
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expect(savedStatus(page)).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Opportunity name")).toHaveValue("Created when full");
  });
});

test("the settings say whether the browser agreed to keep the data, and the space it uses", async ({ page }) => {
  await seedStorage(page, planEntries([samplePlan("p-size", 1), samplePlan("p-size2", 2)], { language: "en" }));
  await openApp(page);
  await page.locator("#nav-settings").click();
  const granted = await page.evaluate(() => navigator.storage.persisted());
  await expect(page.locator("#storage-persisted")).toHaveText(
    granted
      ? "The browser agreed to keep this app's data, even when storage runs low."
      : "The browser did not promise to keep this data: it may be cleared when storage runs low. Export a backup now and then.",
  );
  // What its data takes, keys and texts at two bytes a UTF-16 unit.
  const bytes = await page.evaluate(() => Object.keys(localStorage).reduce((n, k) => n + 2 * (k.length + localStorage.getItem(k)!.length), 0));
  const size = (b: number) => (b < 1024 ? `${b} B` : `${Math.round(b / 1024)} KB`);
  await expect(page.locator("#storage-used")).toHaveText(`This app's data takes ${size(bytes)} in this browser.`);
});

test("opening a plan and moving between steps does not make it newer", async ({ page }) => {
  const plan = samplePlan("p-time", 3);
  await seedStorage(page, planEntries([plan], { language: "en" }));
  await openApp(page);
  await planCards(page).filter({ hasText: "文印外包服务 3" }).getByRole("button", { name: "Open" }).click();
  await expectStep(page, 0);
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expectStep(page, 1);
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expectStep(page, 2);
  await page.locator("#nav-plans").click();
  await expectStored(page, (plans) => {
    expect(plans["p-time"].step).toBe("diagnosis");
    expect(plans["p-time"].updated_at).toBe(plan.updated_at);
  });
  // A real edit does.
  await planCards(page).filter({ hasText: "文印外包服务 3" }).getByRole("button", { name: "Open" }).click();
  await expectStep(page, 2);
  await page.getByLabel("Surface need").fill("Edited");
  await expectStored(page, (plans) => expect(plans["p-time"].updated_at > plan.updated_at).toBe(true));
});

test.describe("two tabs on one plan", () => {
  async function twoTabs(context: import("@playwright/test").BrowserContext) {
    const a = await context.newPage();
    await seedStorage(a, planEntries([samplePlan("p-two", 4)], { language: "en", current_plan: "p-two" }));
    await a.goto("/#/plan/p-two/customer");
    await expectStep(a, 0);
    const b = await context.newPage();
    await b.goto("/#/plan/p-two/customer");
    await expectStep(b, 0);
    return { a, b };
  }

  test("typing at once in two fields keeps every character in both tabs and in storage", async ({ context }) => {
    const { a, b } = await twoTabs(context);
    const region = "Guangdong Foshan Chancheng district";
    const industry = "Property management services";
    await a.getByLabel("Region").fill("");
    await b.getByLabel("Industry").fill("");
    await Promise.all([
      a.getByLabel("Region").pressSequentially(region, { delay: 15 }),
      b.getByLabel("Industry").pressSequentially(industry, { delay: 15 }),
    ]);
    for (const page of [a, b]) {
      await expect(page.getByLabel("Region")).toHaveValue(region);
      await expect(page.getByLabel("Industry")).toHaveValue(industry);
    }
    await expectStored(a, (plans) => {
      expect(plans["p-two"].account.region).toBe(region);
      expect(plans["p-two"].account.industry).toBe(industry);
    });
  });

  test("the same field typed in both: both tabs end showing what storage holds", async ({ context }) => {
    const { a, b } = await twoTabs(context);
    await Promise.all([
      a.getByLabel("Region").pressSequentially(" east", { delay: 20 }),
      b.getByLabel("Region").pressSequentially(" west", { delay: 20 }),
    ]);
    await expect(async () => {
      const stored = (await storedPlans(a))["p-two"].account.region;
      expect(await a.getByLabel("Region").inputValue()).toBe(stored);
      expect(await b.getByLabel("Region").inputValue()).toBe(stored);
    }).toPass({ timeout: 5_000 });
  });

  test("changing step in one tab does not move the other", async ({ context }) => {
    const { a, b } = await twoTabs(context);
    await a.getByRole("button", { name: "Next", exact: true }).click();
    await expectStep(a, 1);
    await a.getByLabel("Purpose stated when booking", { exact: true }).fill("Seen in both");
    await expect(b.getByLabel("Customer name (legal name)")).toBeVisible();
    await expectStep(b, 0);
    // B still follows A's content.
    await b.getByRole("button", { name: "Next", exact: true }).click();
    await expect(b.getByLabel("Purpose stated when booking", { exact: true })).toHaveValue("Seen in both");
  });

  test("a plan deleted in one tab goes in the other, never comes back, and the other can keep its copy", async ({ context }) => {
    const { a, b } = await twoTabs(context);
    await b.getByLabel("Address").fill("Typed in the other tab");
    await a.locator("#nav-plans").click();
    const card = planCards(a).filter({ hasText: "文印外包服务 4" });
    await card.getByRole("button", { name: "Delete" }).click();
    await card.getByRole("button", { name: "Delete for good" }).click();

    const alert = b.getByRole("alert");
    await expect(alert).toContainText("The plan “佛山万科物业发展有限公司 4 — 文印外包服务 4” was deleted in another tab. This tab still has its content.");
    await expect(b.locator("#plans-heading")).toBeVisible();
    await expect(planCards(b).filter({ hasText: "文印外包服务 4" })).toHaveCount(0);
    expect((await readStorage(a))[planKey("p-two")]).toBeUndefined();

    // Keep it: a new plan, under a new id, with what this tab typed.
    await b.locator("#keep-orphan").click();
    await expectStep(b, 0);
    await expect(b.getByLabel("Address")).toHaveValue("Typed in the other tab");
    await expect(b.getByRole("alert")).toHaveCount(0);
    const stored = await storedPlans(b);
    expect(stored["p-two"]).toBeUndefined();
    expect(Object.values(stored).map((p) => p.account.address)).toEqual(["Typed in the other tab"]);
    // The first tab lists the kept copy, not the deleted plan.
    await expect(planCards(a)).toHaveCount(1);
    expect((await readStorage(a))[planKey("p-two")]).toBeUndefined();
  });

  test("storage cleared by another tab: this tab says so and can keep what it holds", async ({ context }) => {
    const { a, b } = await twoTabs(context);
    await a.evaluate(() => localStorage.clear());
    const alert = b.getByRole("alert");
    await expect(alert).toContainText("All of Win Plan's data was removed in another tab. This tab still holds 1 plan(s).");
    await b.locator("#keep-all").click();
    await expect(b.getByRole("alert")).toHaveCount(0);
    await expectStored(b, (plans) => expect(plans["p-two"].opportunity.name).toBe("文印外包服务 4"));
  });
});
