import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import {
  PREFS_KEY,
  expectStep,
  openApp,
  planCard,
  planCards,
  planEntries,
  planKey,
  readStorage,
  samplePlan,
  savedStatus,
  seedStorage,
  storedPlans,
} from "./helpers";

test.use({ locale: "en-US" });

const NOT_JSON = "{not json";
// A document from a future version of the app (kept exactly as written, spacing included).
const FUTURE = '{"schema_version":99,"plan":{"id":"future","account":{"name":"Future Co"}, "new_field":[1,2,3]}}';

test.describe("unreadable saved data", () => {
  test("is reported, kept byte-for-byte while other plans are edited, and can be downloaded", async ({ page }) => {
    await seedStorage(page, {
      ...planEntries([samplePlan("p-ok1", 1), samplePlan("p-ok2", 2)], { language: "en" }),
      [planKey("broken")]: NOT_JSON,
      [planKey("future")]: FUTURE,
    });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await openApp(page);

    // The app opens; an alert explains the problem; the valid plans are listed.
    const alert = page.getByRole("alert");
    await expect(alert).toBeVisible();
    await expect(alert).toContainText("2 stored item(s) could not be read. They are kept untouched, never overwritten, and you can download them.");
    await expect(alert).toContainText("Some were made by a newer version of Win Plan: update the app.");
    await expect(alert).toContainText(planKey("broken"));
    await expect(alert).toContainText(planKey("future"));
    await expect(planCards(page)).toHaveCount(2);
    await expect(planCard(page, "佛山万科物业发展有限公司 1 — 文印外包服务 1")).toBeVisible();
    await expect(planCard(page, "佛山万科物业发展有限公司 2 — 文印外包服务 2")).toBeVisible();

    // Work normally on the valid plans: edit, create, duplicate, delete, switch language.
    await planCard(page, "佛山万科物业发展有限公司 1 — 文印外包服务 1").getByRole("button", { name: "Open" }).click();
    await expectStep(page, 0);
    await page.getByLabel("Opportunity name").fill("Edited while broken data is around");
    await expect(savedStatus(page)).toBeVisible();
    await page.getByRole("button", { name: "My plans" }).click();
    await planCard(page, "佛山万科物业发展有限公司 2 — 文印外包服务 2").getByRole("button", { name: "Duplicate" }).click();
    await planCard(page, "佛山万科物业发展有限公司 2 — 文印外包服务 2").getByRole("button", { name: "Delete", exact: true }).click();
    await page.getByRole("button", { name: "Delete for good" }).click();
    await page.getByRole("button", { name: "New plan" }).click();
    await page.getByLabel("Customer name (legal name)").fill("Another customer");
    await page.getByRole("button", { name: "中文" }).click();
    await page.getByRole("button", { name: "English" }).click();

    const storage = await readStorage(page);
    expect(storage[planKey("broken")]).toBe(NOT_JSON);
    expect(storage[planKey("future")]).toBe(FUTURE);
    const plans = await storedPlans(page);
    expect(plans["p-ok1"].opportunity.name).toBe("Edited while broken data is around");
    expect(plans["p-ok2"]).toBeUndefined();
    // p-ok1, the copy of p-ok2 and the new plan (besides the two unreadable entries).
    expect(Object.keys(plans).filter((id) => id !== "future")).toHaveLength(3);

    // Still reported after a reload, still untouched.
    await page.reload();
    await expect(page.getByRole("alert")).toContainText("2 stored item(s) could not be read.");

    // The download holds the raw texts under their keys.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download the unreadable data" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("winplan-unreadable-data.json");
    expect(await download.failure(), "the download completes").toBeNull();
    const saved = JSON.parse(await readFile(await download.path(), "utf8"));
    expect(saved).toEqual({ [planKey("broken")]: NOT_JSON, [planKey("future")]: FUTURE });

    expect(errors).toEqual([]);
  });

  test("unreadable preferences are not overwritten by a language switch", async ({ page }) => {
    const badPrefs = '{"schema_version":1,"prefs":"oops"';
    await seedStorage(page, { ...planEntries([samplePlan("p-1", 1)]), [PREFS_KEY]: badPrefs });
    await openApp(page);
    await expect(page.getByRole("alert")).toContainText("1 stored item(s) could not be read.");
    await expect(planCards(page)).toHaveCount(1);
    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "我的拜访计划" })).toBeVisible();
    await planCards(page).first().getByRole("button", { name: "打开" }).click();
    await expectStep(page, 0);
    expect((await readStorage(page))[PREFS_KEY]).toBe(badPrefs);
  });
});

test.describe("write failures", () => {
  test("storage full: an alert, the typed value stays on screen, saved data unchanged", async ({ page }) => {
    await seedStorage(page, planEntries([samplePlan("p-full", 1), samplePlan("p-other", 2)], { language: "en", current_plan: "p-full" }));
    await openApp(page);
    await expectStep(page, 0);
    await expect(page.getByRole("alert")).toHaveCount(0);
    const before = await readStorage(page);

    // From now on every write fails as if the quota were used up.
    await page.evaluate(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await page.getByLabel("Opportunity name").fill("Will not fit");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Browser storage is full: your latest change is only in this page and is not stored yet. Everything saved before is safe.");
    await expect(savedStatus(page)).toHaveCount(0);
    await expect(page.getByLabel("Opportunity name")).toHaveValue("Will not fit");
    // More edits, other steps: still nothing written, nothing lost in storage.
    await page.getByRole("button", { name: "Add contact" }).click();
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expectStep(page, 1);
    await page.getByLabel("Best commitment").fill("Also unsaved");
    await expect(alert).toContainText("Browser storage is full");
    expect(await readStorage(page)).toEqual(before);

    // A reload (the stub is gone with the old page) finds the saved plan intact.
    // The reload opens the step in the address (visit prep); the customer step
    // shows what was saved before storage filled up.
    await page.reload();
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expectStep(page, 1);
    await page.getByRole("button", { name: "Back", exact: true }).click();
    await expectStep(page, 0);
    await expect(page.getByLabel("Opportunity name")).toHaveValue("文印外包服务 1");
  });

  test("a write failure clears once a later write succeeds", async ({ page }) => {
    await seedStorage(page, planEntries([samplePlan("p-flaky", 1)], { language: "en", current_plan: "p-flaky" }));
    await openApp(page);
    await expectStep(page, 0);
    await page.evaluate(() => {
      const native = Storage.prototype.setItem;
      (window as unknown as { __restoreSetItem: () => void }).__restoreSetItem = () => {
        Storage.prototype.setItem = native;
      };
      Storage.prototype.setItem = function () {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await page.getByLabel("Region").fill("Foshan");
    await expect(page.getByRole("alert")).toContainText("Browser storage is full");

    await page.evaluate(() => (window as unknown as { __restoreSetItem: () => void }).__restoreSetItem());
    await page.getByLabel("Industry").fill("Property management");
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expect(savedStatus(page)).toBeVisible();
    // The retry stored the whole plan, including the edit that failed before.
    const plan = (await storedPlans(page))["p-flaky"];
    expect(plan.account).toMatchObject({ region: "Foshan", industry: "Property management" });
  });

  test("any other write error shows the generic saving-failed alert", async ({ page }) => {
    await seedStorage(page, planEntries([samplePlan("p-err", 1)], { language: "en", current_plan: "p-err" }));
    await openApp(page);
    await expectStep(page, 0);
    const before = await readStorage(page);
    await page.evaluate(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException("The operation is insecure.", "SecurityError");
      };
    });
    await page.getByLabel("Address").fill("Somewhere");
    await expect(page.getByRole("alert")).toContainText("Saving failed: your latest change is only in this page. Everything saved before is safe.");
    expect(await readStorage(page)).toEqual(before);
  });
});
