import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures";
import { STEPS, expectStep, openApp, planCards, planEntries, planKey, samplePlan, seedPlans, seedStorage, stepButton } from "./helpers";

/** Runs axe on the page and fails on any serious or critical violation, printing them all. */
async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = serious
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `    ${n.target.join(" ")}\n      ${n.failureSummary?.replace(/\n/g, "\n      ")}`).join("\n"),
    )
    .join("\n");
  if (serious.length) console.log(`axe violations on ${where}:\n${report}`);
  const minor = results.violations.filter((v) => !serious.includes(v));
  if (minor.length) console.log(`axe (minor/moderate, not failing) on ${where}: ${minor.map((v) => `${v.id} (${v.impact})`).join(", ")}`);
  expect(serious, `serious/critical axe violations on ${where}:\n${report}`).toEqual([]);
}

test.describe("axe", () => {
  test.use({ locale: "en-US" });

  test("empty plan list", async ({ page }) => {
    await openApp(page);
    await expect(page.getByText("No plans yet.", { exact: false })).toBeVisible();
    await expectNoSeriousViolations(page, "the empty list");
  });

  test("plan list with plans, and the delete confirmation", async ({ page }) => {
    await seedPlans(page, [samplePlan("p-a1", 1), samplePlan("p-a2", 2, { opportunity: { ...samplePlan("x", 2).opportunity, next_contact: "2020-01-01" } })], { language: "en" });
    await openApp(page);
    await expect(planCards(page)).toHaveCount(2);
    await expectNoSeriousViolations(page, "the plan list");
    await planCards(page).first().getByRole("button", { name: "Delete", exact: true }).click();
    await expect(page.getByRole("group", { name: "Confirm deletion" })).toBeVisible();
    await expectNoSeriousViolations(page, "the delete confirmation");
  });

  test("every wizard step with content (English)", async ({ page }) => {
    await seedPlans(page, [samplePlan("p-a11y", 3)], { language: "en", current_plan: "p-a11y" });
    await openApp(page);
    for (let i = 0; i < STEPS.length; i++) {
      await stepButton(page, STEPS[i].en).click();
      await expectStep(page, i);
      await expectNoSeriousViolations(page, `step ${i + 1} ${STEPS[i].en} (en)`);
    }
  });

  test("invalid amount and a storage alert", async ({ page }) => {
    await seedStorage(page, {
      ...planEntries([samplePlan("p-err", 4)], { language: "en", current_plan: "p-err" }),
      [planKey("broken")]: "{not json",
    });
    await openApp(page);
    await expect(page.getByRole("alert")).toBeVisible();
    await page.getByLabel("Amount").fill("12x");
    await expect(page.getByText("Enter a number, e.g. 1200000 or 1,200,000.")).toBeVisible();
    await expectNoSeriousViolations(page, "an invalid amount and the unreadable-data alert");
  });
});

for (const [locale, transfer, settings, read] of [
  ["en-US", "Import / export", "Stage settings", "Read the pasted text"],
  ["zh-CN", "导入 / 导出", "阶段设置", "读取粘贴的文本"],
] as const) {
  test.describe(`axe (${locale}): other screens`, () => {
    test.use({ locale });

    test("import / export with a preview, and the stage settings", async ({ page }) => {
      await seedPlans(page, [samplePlan("p-ax", 1)], { current_plan: null });
      await openApp(page);
      await page.getByRole("button", { name: transfer }).click();
      await expect(page.getByRole("heading", { level: 1, name: transfer })).toBeVisible();
      const file = JSON.stringify({ format: "winplan-export", schema_version: 1, plans: [samplePlan("p-ax", 2)] });
      await page.locator("#import-text").fill(file);
      await page.getByRole("button", { name: read }).click();
      await expect(page.locator("#import-count")).toBeVisible();
      await expectNoSeriousViolations(page, `import / export (${locale})`);
      await page.getByRole("button", { name: settings }).click();
      await expect(page.getByRole("heading", { level: 1, name: settings })).toBeVisible();
      await expectNoSeriousViolations(page, `stage settings (${locale})`);
    });
  });
}

test.describe("axe (中文)", () => {
  test.use({ locale: "zh-CN" });

  test("plan list and every wizard step with content (Chinese)", async ({ page }) => {
    await seedPlans(page, [samplePlan("p-zh", 5)], { current_plan: null });
    await openApp(page);
    await expectNoSeriousViolations(page, "the plan list (zh)");
    await planCards(page).first().getByRole("button", { name: "打开" }).click();
    for (let i = 0; i < STEPS.length; i++) {
      await stepButton(page, STEPS[i].zh).click();
      await expectStep(page, i);
      await expectNoSeriousViolations(page, `step ${i + 1} ${STEPS[i].zh} (zh)`);
    }
  });
});
