import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures";
import { createPlanEn, expectStep, openApp, samplePlan, scoredDeal, seedPlans, stepButton, storedPlans } from "./helpers";

// The scoring panel (issue 3): live updates, the explained chain, stage
// settings, the override, the phone layout and accessibility.

const panel = (page: Page) => page.locator("#score-panel");
const probability = (page: Page) => page.locator("#score-probability");

/** "25%" -> 25 */
const pct = (s: string | null) => Number((s ?? "").replace("%", "").trim());

/** The chain's factors multiplied, in percent, from the displayed values. */
async function chainProduct(page: Page): Promise<number> {
  const values = await panel(page).locator(".chain li strong").allTextContents();
  expect(values.length).toBeGreaterThan(0);
  return values.map(pct).reduce((acc, v) => (acc * v) / 100, 100);
}

async function goToBantcc(page: Page) {
  await stepButton(page, "BANTCC").click();
  await expectStep(page, 3);
}

async function expectNoSerious(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), where).toEqual([]);
}

test.describe("scoring panel", () => {
  test.use({ locale: "en-US" });

  test("updates live while the wizard is filled, and the chain matches the numbers", async ({ page }) => {
    await openApp(page);
    await createPlanEn(page);
    await expect(panel(page)).toBeVisible();
    await expect(panel(page).locator("#score-stage")).toHaveText("No stage yet");
    await expect(probability(page)).toHaveCount(0);
    await expect(panel(page).locator("#score-no-probability")).toContainText("needs a stage");

    await goToBantcc(page);
    // Derive mode (the default): tick the first stage's three criteria.
    for (const id of ["discover-pain", "discover-user", "discover-time"]) await page.locator(`#crit-${id}`).check();
    await expect(panel(page).locator("#score-stage")).toHaveText("Discover needs");
    // Competition unknown: one competitor assumed, cap 50%: 10% x 50% = 5%.
    await expect(probability(page)).toHaveText("5%");
    expect(Math.abs((await chainProduct(page)) - pct(await probability(page).textContent()))).toBeLessThanOrEqual(0.05);

    // Known, no competitor: capped at 80% -> 8%.
    await page.getByLabel("I know who competes", { exact: false }).check();
    await expect(probability(page)).toHaveText("8%");
    // Two named competitors: 1/(2+1) -> 10% x 33.3% = 3.3% (issue 11: the figures shown multiply out).
    await page.getByLabel("Competitors", { exact: true }).fill("Canon\nRicoh");
    await expect(panel(page).locator(".chain li").nth(1)).toContainText("1/(2+1)");
    await expect(panel(page).locator(".chain li strong").nth(1)).toHaveText("33.3%");
    await expect(probability(page)).toHaveText("3.3%");
    expect(Math.abs((await chainProduct(page)) - pct(await probability(page).textContent()))).toBeLessThanOrEqual(0.05);

    // Pick mode: choose a stage beyond the gate without a coach: held at the gate.
    await page.getByLabel("How the stage is set").selectOption({ label: "I pick the stage (experienced reps)" });
    await page.getByLabel("Current stage").selectOption({ label: "Negotiate · 75%" });
    await expect(panel(page).locator("#score-stage")).toHaveText("Negotiate");
    await expect(panel(page).locator(".chain li").first()).toContainText("held at the gate");
    await expect(panel(page).locator("#score-coach")).toContainText("No coach");
    await expect(panel(page).locator("#score-stage-warning")).toContainText("None of this stage's criteria");
    expect(Math.abs((await chainProduct(page)) - pct(await probability(page).textContent()))).toBeLessThanOrEqual(0.05);

    // BANTCC chart reflects a status change. (Issue 11: "I know who competes"
    // above confirmed the competition letter: one fact, two places.)
    await expect(panel(page).locator("#score-bantcc")).toHaveText("5 unknown, 0 at risk");
    await page.locator("#bantcc-budget-status").selectOption({ label: "Confirmed" });
    await expect(panel(page).locator("#score-bantcc")).toHaveText("4 unknown, 0 at risk");
    await expect(panel(page).locator("svg.bantcc-chart rect.bar.confirmed")).toHaveCount(2);
  });

  test("a seeded deal: weighted amount, coach, quadrant, styles, coverage, flags with their fix jump", async ({ page }) => {
    const plan = samplePlan("p-score", 1) as any;
    plan.deal = scoredDeal();
    await seedPlans(page, [plan], { language: "en", current_plan: "p-score" });
    await openApp(page);
    // Evaluate 50% x 1 competitor 50% = 25%; with a coach the stage counts in full.
    await expect(probability(page)).toHaveText("25%");
    await expect(panel(page).locator("#score-weighted")).toHaveText(`${(201000).toLocaleString("en-US")} × 25% = ${(50250).toLocaleString("en-US")} CNY`);
    await expect(panel(page).locator("#score-coach")).toContainText("Coach 陈经理1");
    await expect(panel(page).locator("#score-quadrant")).toHaveText("Visit first and look for the order now.");
    await expect(panel(page).locator(".quadrant li.on")).toHaveText("Good relationship · high volume");
    await expect(panel(page)).toContainText("Be brief and direct");
    await expect(panel(page).locator("#score-coverage")).toContainText("3 of 6 roles covered, 3 department(s)");

    // A flag's fix button jumps to its step.
    const flag = panel(page).locator(".flag", { hasText: "Purchase date / process unknown" });
    await expect(flag).toBeVisible();
    await flag.getByRole("button").click();
    await expectStep(page, 3);
  });

  test("the Go / No-Go override needs a reason and is kept in the plan", async ({ page }) => {
    await seedPlans(page, [samplePlan("p-go", 2)], { language: "en", current_plan: "p-go" });
    await openApp(page);
    const verdict = panel(page).locator("#score-verdict");
    const computed = (await verdict.textContent())!;
    const choice = computed === "No-Go" ? "Go" : "No-Go";
    await page.getByLabel("My decision (overrides the computed one)").selectOption({ label: choice });
    await expect(panel(page)).toContainText("The override applies once a reason is written.");
    await expect(verdict).toHaveText(computed);
    await page.getByLabel("Reason for the override", { exact: false }).fill("Budget moved to next year");
    await expect(verdict).toHaveText(choice);
    await expect(panel(page)).toContainText(`Computed: ${computed}`);
    await expect.poll(async () => (await storedPlans(page))["p-go"]?.["deal"]?.go_override?.reason).toBe("Budget moved to next year");
    await page.reload();
    await expect(panel(page).locator("#score-verdict")).toHaveText(choice);
  });

  test("editing the stage settings changes the weights used", async ({ page }) => {
    const plan = samplePlan("p-set", 3) as any;
    plan.deal = { stage_mode: "derive", ticked: ["discover-pain", "discover-user", "discover-time"], competitors: [], competitors_known: true };
    await seedPlans(page, [plan], { language: "en", current_plan: "p-set" });
    await openApp(page);
    await expect(probability(page)).toHaveText("8%");

    await page.getByRole("button", { name: "Stage settings" }).click();
    await expect(page.getByRole("heading", { name: "Stage settings", level: 1 })).toBeFocused();
    await expectNoSerious(page, "stage settings");
    await page.locator("#stage-0-rate").fill("20");
    await page.locator("#stage-0-en").fill("First contact");
    // An invalid set cannot be saved: a rate above the next stage's.
    await page.locator("#stage-1-rate").fill("15");
    await expect(page.getByRole("alert")).toContainText("Stage 2: win rate lower than an earlier stage");
    await expect(page.getByRole("button", { name: "Save settings" })).toBeDisabled();
    await page.locator("#stage-1-rate").fill("25");
    await expect(page.getByRole("button", { name: "Save settings" })).toBeEnabled();
    // At most six stages: the default set already has six.
    await expect(page.getByRole("button", { name: "Add stage" })).toBeDisabled();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Stage settings saved." })).toBeVisible();
    const stored = await page.evaluate(() => localStorage.getItem("winplan:v1:stages"));
    expect(JSON.parse(stored!).stages.stages[0].win_rate_pct).toBe(20);

    await page.getByRole("button", { name: "My plans" }).click();
    await page.getByRole("button", { name: /^Open/ }).first().click();
    await expect(panel(page).locator("#score-stage")).toHaveText("First contact");
    await expect(probability(page)).toHaveText("16%");
    // The weights survive a reload.
    await page.reload();
    await expect(probability(page)).toHaveText("16%");
  });

  test("stage settings: stages and criteria are removed and added, keyboard focus stays in place", async ({ page }) => {
    await seedPlans(page, [samplePlan("p-edit", 1)], { language: "en", current_plan: null });
    await openApp(page);
    await page.getByRole("button", { name: "Stage settings" }).click();
    await expect(page.locator("#stage-5-rate")).toHaveCount(1);
    await expect(page.getByRole("button", { name: "Add stage" })).toBeDisabled();
    // Remove the first stage (with the keyboard): five stages are left and
    // focus stays on the "remove" button now in the same place.
    await page.locator("#stage-0-remove").focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("#stage-5-rate")).toHaveCount(0);
    await expect(page.locator("#stage-0-remove")).toBeFocused();
    // Add a stage: it comes after the last open stage, blank, so the set
    // cannot be saved until it has names and criteria.
    await page.getByRole("button", { name: "Add stage" }).click();
    await expect(page.locator("#stage-5-rate")).toHaveCount(1);
    await expect(page.locator("#stage-3-en")).toHaveValue("");
    await expect(page.locator("#stage-3-c2-en")).toHaveValue("");
    await expect(page.getByRole("alert")).toContainText("Stage 4 has no name");
    await expect(page.getByRole("button", { name: "Save settings" })).toBeDisabled();
    // Criteria: add one (focus stays on "Add criterion"), remove it again.
    await page.locator("#stage-3-add-crit").focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("#stage-3-c3-en")).toHaveCount(1);
    await expect(page.locator("#stage-3-add-crit")).toBeFocused();
    await page.locator("#stage-3-c3-remove").click();
    await expect(page.locator("#stage-3-c3-en")).toHaveCount(0);
    // Named, with criteria: the set is valid again and is saved.
    await page.locator("#stage-3-en").fill("Contract review");
    for (let k = 0; k < 3; k++) await page.locator(`#stage-3-c${k}-en`).fill(`Check ${k + 1}`);
    await expect(page.getByRole("button", { name: "Save settings" })).toBeEnabled();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Stage settings saved." })).toBeVisible();
    const stored = JSON.parse((await page.evaluate(() => localStorage.getItem("winplan:v1:stages")))!);
    expect(stored.stages.stages).toHaveLength(6);
    expect(stored.stages.stages[3].name.en).toBe("Contract review");
  });

  test("one tap away and readable at 360 px", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await seedPlans(page, [samplePlan("p-phone", 4)], { language: "en", current_plan: "p-phone" });
    await openApp(page);
    await expect(panel(page)).toBeHidden();
    const toggle = page.locator("#score-toggle");
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await toggle.click();
    await expect(panel(page)).toBeVisible();
    await expect(page.locator("#score-heading")).toBeFocused();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(360);
    const panelOverflow = await panel(page).evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(panelOverflow).toBeLessThanOrEqual(0);
    await expectNoSerious(page, "the panel on a phone");
    await page.getByRole("button", { name: "Back to the plan" }).click();
    await expect(panel(page)).toBeHidden();
    await expect(toggle).toBeFocused();
    // Opened on a phone-sized screen that then gets wider (a tablet
    // turned): the panel goes back beside the wizard.
    await toggle.click();
    await page.setViewportSize({ width: 1280, height: 800 });
    const wizard = await page.locator(".wizard").boundingBox();
    const aside = await panel(page).boundingBox();
    expect(aside!.x).toBeGreaterThanOrEqual(wizard!.x + wizard!.width);
  });

  test("axe: the panel beside the wizard, in both languages", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await seedPlans(page, [samplePlan("p-axe", 5)], { language: "en", current_plan: "p-axe" });
    await openApp(page);
    await expect(panel(page)).toBeVisible();
    // Beside the wizard, at the top, on a laptop screen.
    const wizard = await page.locator(".wizard").boundingBox();
    const aside = await panel(page).boundingBox();
    expect(aside!.x).toBeGreaterThanOrEqual(wizard!.x + wizard!.width);
    expect(aside!.y).toBeLessThan(200);
    await expectNoSerious(page, "panel (English)");
    await goToBantcc(page);
    await expectNoSerious(page, "BANTCC step with deal inputs (English)");
    await page.getByRole("button", { name: "中文" }).click();
    await expect(panel(page).getByRole("heading", { name: "赢单评分" })).toBeVisible();
    await expectNoSerious(page, "panel (Chinese)");
  });
});
