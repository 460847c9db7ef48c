import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures";
import { openApp, planCards, readStorage, samplePlan, seedStorage, storedPlans } from "./helpers";

// Issue 12: a trainer opens a workshop and loads the whole class at once.

const EXPORTED_AT = "2026-12-01T08:00:00.000Z";

/** An export file of one plan by `rep`, as the app writes it. */
function exportOf(id: string, n: number, rep: string): string {
  const plan = { ...samplePlan(id, n), author: rep };
  return JSON.stringify({ format: "winplan-export", schema_version: 1, app_version: "0.1.0", exported_at: EXPORTED_AT, plans: [plan] }, null, 2);
}

async function openWorkshop(page: Page) {
  await page.locator("#nav-workshop").click();
  await expect(page.getByRole("heading", { level: 1, name: "Workshop" })).toBeVisible();
}

test.describe("workshop", () => {
  test.use({ locale: "en-US" });

  test("six files at once, one malformed: five read under their authors, the bad one says why; kept across a reload", async ({ page }) => {
    await openApp(page);
    await openWorkshop(page);
    await page.getByLabel("Workshop name").fill("South China sales camp");
    const reps = ["张伟", "李娜", "王芳", "刘洋", "陈静"];
    const files = reps.map((rep, i) => ({ name: `winplan-${rep}.json`, mimeType: "application/json", buffer: Buffer.from(exportOf(`p-${i}`, i + 1, rep)) }));
    files.splice(3, 0, { name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"format":"winplan-export",') });
    await page.locator("#class-files").setInputFiles(files);
    await expect(page.locator("#class-count")).toHaveText("6 file(s), 5 read");
    const cards = page.locator("#class-files-list > li");
    await expect(cards).toHaveCount(6);
    await expect(cards.nth(3)).toContainText("broken.json");
    await expect(cards.nth(3)).toContainText("Could not be read: ");
    for (const [i, rep] of [[0, "张伟"], [1, "李娜"], [2, "王芳"], [4, "刘洋"], [5, "陈静"]] as const) {
      await expect(cards.nth(i).locator(".author")).toHaveText(`By ${rep}`);
      await expect(cards.nth(i).locator(".customer")).toContainText("佛山万科物业发展有限公司");
    }
    // The cards follow the language.
    await page.locator("#nav-lang").click();
    await expect(cards.first().locator(".author")).toHaveText("作者：张伟");
    await page.locator("#nav-lang").click();
    await expect(cards.first().locator(".author")).toHaveText("By 张伟");
    // The trainer's own plans are not touched.
    expect(Object.keys(await storedPlans(page))).toHaveLength(0);
    // Each file is kept as read, the malformed one too, under a key of its own.
    const stored = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith("winplan:v1:class:")).map((k) => [k, localStorage.getItem(k)])));
    expect(Object.keys(stored)).toHaveLength(6);
    expect(Object.values(stored)).toContain('broken.json\n{"format":"winplan-export",');
    await page.reload();
    await expect(page.locator("#class-count")).toHaveText("6 file(s), 5 read");
    await expect(page.getByLabel("Workshop name")).toHaveValue("South China sales camp");
    await expect(page.locator("#class-files-list > li").nth(3)).toContainText("broken.json");
    // Removing the bad file removes it from storage; the order stays.
    await page.locator("#class-files-list > li").nth(3).getByRole("button", { name: "Remove this file" }).click();
    await expect(page.locator("#class-count")).toHaveText("5 file(s), 5 read");
    await page.reload();
    await expect(page.locator("#class-files-list > li .author")).toHaveText(reps.map((r) => `By ${r}`));
  });

  test("pasted text with two exports, and make my copy", async ({ page }) => {
    await openApp(page);
    await openWorkshop(page);
    await page.locator("#class-text").fill(exportOf("p-a", 1, "张伟") + "\n" + exportOf("p-b", 2, "李娜"));
    await page.locator("#class-read").click();
    await expect(page.locator("#class-count")).toHaveText("2 file(s), 2 read");
    const first = page.locator("#class-files-list > li").first();
    await expect(first.locator("h3")).toHaveText("pasted 1");
    await first.getByRole("button", { name: "Make my copy" }).click();
    await expect(first).toContainText("Copied to your plans.");
    const mine = Object.values(await storedPlans(page));
    expect(mine).toHaveLength(1);
    expect(mine[0].id).not.toBe("p-a");
    await page.locator("#nav-plans").click();
    await expect(planCards(page)).toHaveCount(1);
  });

  test("on a 360 px phone, in both languages, axe finds nothing serious", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const lang of ["en", "zh"]) {
      await openApp(page);
      await page.locator("#nav-workshop").click();
      await page.locator("#class-files").setInputFiles([{ name: "a.json", mimeType: "application/json", buffer: Buffer.from(exportOf("p-x", 1, "张伟")) }, { name: "b.json", mimeType: "application/json", buffer: Buffer.from("nope") }]);
      await expect(page.locator("#class-files-list > li")).toHaveCount(2);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      const r = await new AxeBuilder({ page }).analyze();
      const bad = r.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), lang).toEqual([]);
      await page.locator("#class-clear").click();
      if (lang === "en") await page.locator("#nav-lang").click();
    }
  });

  test("a workshop named by the first workshop screen keeps its name, date and case", async ({ page }) => {
    const old = JSON.stringify({ schema_version: 1, workshop: { name: "华南区训练营", date: "2026-12-08", case: "佛山万科：文印外包" } });
    await seedStorage(page, { "winplan:v1:workshop": old });
    await openApp(page);
    await openWorkshop(page);
    await expect(page.getByLabel("Workshop name")).toHaveValue("华南区训练营");
    await expect(page.getByLabel("Date")).toHaveValue("2026-12-08");
    await expect(page.getByLabel("Case")).toHaveValue("佛山万科：文印外包");
    // Moved to the preferences; the old entry goes once they hold it.
    const stored = await readStorage(page);
    expect(stored["winplan:v1:workshop"]).toBeUndefined();
    expect(JSON.parse(stored["winplan:v1:prefs"]).prefs).toMatchObject({ workshop_name: "华南区训练营", workshop_date: "2026-12-08", workshop_case: "佛山万科：文印外包" });
    await page.getByLabel("Workshop name").fill("华南区 12 月训练营");
    await page.reload();
    await expect(page.getByLabel("Workshop name")).toHaveValue("华南区 12 月训练营");
  });
});
