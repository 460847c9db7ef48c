import { expect, test, type Page } from "./fixtures";
import { emptyPlan, expectStep, openApp, samplePlan, scoredDeal, seedPlans, stepButton, storedPlans } from "./helpers";

// Issue 11: the panel's arithmetic adds up by hand, one fact is asked in
// one place, and the flags say exactly what is missing.

const panel = (page: Page) => page.locator("#score-panel");
const flags = (page: Page) => panel(page).locator(".flag");

/** "33.3%" -> 0.333 */
const fraction = (s: string) => Number(s.replace("%", "").trim()) / 100;
/** "1,200,000" -> 1200000 */
const amount = (s: string) => Number(s.replace(/,/g, ""));
/** Half a unit of the last digit printed in "8.3%" or "39,840". */
const halfUnit = (s: string, scale = 1) => {
  const decimals = (s.replace("%", "").split(".")[1] ?? "").length;
  return (0.5 * 10 ** -decimals) / scale;
};

/** Reads the chain and the weighted amount off the page and multiplies them by hand. */
async function checkByHand(page: Page): Promise<{ probability: string; weighted: string }> {
  const factors = await panel(page).locator(".chain li strong").allTextContents();
  expect(factors.length).toBeGreaterThan(0);
  const probability = (await panel(page).locator("#score-probability").textContent())!.trim();
  const product = factors.map(fraction).reduce((a, b) => a * b, 1);
  expect(Math.abs(product - fraction(probability))).toBeLessThanOrEqual(halfUnit(probability, 100) + 1e-12);
  const weighted = (await panel(page).locator("#score-weighted").textContent())!.trim();
  const m = weighted.match(/^([\d,.]+) × ([\d.]+%) = ([\d,.]+)/);
  expect(m, weighted).not.toBeNull();
  const [, a, p, w] = m!;
  expect(p, "the weighted line uses the probability shown").toBe(probability);
  expect(Math.abs(amount(a) * fraction(p) - amount(w))).toBeLessThanOrEqual(halfUnit(w) + 1e-9);
  return { probability, weighted };
}

/** "Confirm the need" picked, two known competitors. */
function deal(overrides: Record<string, unknown>) {
  return scoredDeal({ picked_stage: "confirm", ticked: [], competitors: ["理光", "佳能"], ...overrides });
}

test.describe("the verdict a rep can check by hand", () => {
  test.use({ locale: "en-US" });

  test("the chain's printed numbers multiply out to the printed results", async ({ page }) => {
    const plan = samplePlan("p-hand", 1) as any;
    plan.opportunity.amount = 480000;
    plan.deal = deal({});
    await seedPlans(page, [plan], { language: "en", current_plan: "p-hand" });
    await openApp(page);
    // 25% × 33.3% = 8.3%, and 480,000 × 8.3% = 39,840 (not 8% and 40,000).
    const first = await checkByHand(page);
    expect(first.probability).toBe("8.3%");
    expect(first.weighted).toBe("480,000 × 8.3% = 39,840 CNY");
    // 方案评估: 50% × 33.3% = 16.7%; 1,200,000 × 16.7% = 200,400.
    await stepButton(page, "Customer").click();
    await page.locator("#opp-amount").fill("1200000");
    await stepButton(page, "BANTCC").click();
    await page.getByLabel("Current stage").selectOption({ label: "Evaluate solutions · 50%" });
    const second = await checkByHand(page);
    expect(second.probability).toBe("16.7%");
    expect(second.weighted).toBe("1,200,000 × 16.7% = 200,400 CNY");
    // With a coach beyond the gate: the rule, not a second figure equal to this one.
    await expect(panel(page).locator("#score-coach")).toContainText("Without a coach: held at “Confirm the need”, 8.3%.");
    await page.getByLabel("Current stage").selectOption({ label: "Confirm the need · 25%" });
    await expect(panel(page).locator("#score-coach")).toContainText("Without a coach the deal could not count beyond the gate “Confirm the need”.");
    await expect(panel(page).locator("#score-coach")).not.toContainText("%");
  });

  test("the chain adds up in Chinese too", async ({ page }) => {
    const plan = samplePlan("p-hand-zh", 2) as any;
    plan.opportunity.amount = 1234567.89;
    plan.deal = deal({ picked_stage: "negotiate", competitors: ["理光", "佳能", "京瓷"] });
    await seedPlans(page, [plan], { language: "zh", current_plan: "p-hand-zh" });
    await openApp(page);
    const { probability } = await checkByHand(page);
    expect(probability).toBe("18.8%");
  });

  test("budget: the flag clears when the fact is entered in either place", async ({ page }) => {
    const plan = samplePlan("p-budget", 3) as any;
    plan.deal = deal({ budget_this_year: "unknown" });
    await seedPlans(page, [plan], { language: "en", current_plan: "p-budget" });
    await openApp(page);
    const budgetFlag = flags(page).filter({ hasText: "in this year's budget" });
    await expect(budgetFlag).toHaveCount(1);
    await stepButton(page, "BANTCC").click();
    await expectStep(page, 3);
    // BANTCC's B confirmed says it: the flag clears and the deal's question shows the answer.
    await page.locator("#bantcc-budget-status").selectOption({ label: "Confirmed" });
    await expect(budgetFlag).toHaveCount(0);
    await expect(page.locator("#deal-budget-year option:checked")).toHaveText("Yes");
    await expect(page.locator("#crit-confirm-budget")).toBeChecked();
    await expect(page.locator('label[for="crit-confirm-budget"] .from')).toHaveText("(from the budget)");
    // Back to partial: unknown again; then the deal's own question answers it.
    await page.locator("#bantcc-budget-status").selectOption({ label: "Partial" });
    await expect(budgetFlag).toHaveCount(1);
    await expect(page.locator("#crit-confirm-budget")).not.toBeChecked();
    await page.locator("#deal-budget-year").selectOption({ label: "Yes" });
    await expect(budgetFlag).toHaveCount(0);
    await expect(page.locator("#crit-confirm-budget")).toBeChecked();
    await expect.poll(async () => (await storedPlans(page))["p-budget"]?.deal?.budget_this_year).toBe("yes");
  });

  test("competitors: the deal's box and BANTCC's competition letter are one fact", async ({ page }) => {
    const plan = samplePlan("p-rivals", 3) as any;
    plan.deal = deal({ competitors: [], competitors_known: false });
    plan.bantcc.competition = { status: "unknown", notes: "", evidence: "" };
    await seedPlans(page, [plan], { language: "en", current_plan: "p-rivals" });
    await openApp(page);
    const rivalsFlag = flags(page).filter({ hasText: "Competitors unknown" });
    await expect(rivalsFlag).toHaveCount(1);
    await stepButton(page, "BANTCC").click();
    await expectStep(page, 3);
    // Set on BANTCC: the deal's box follows, the flag clears.
    await page.locator("#bantcc-competition-status").selectOption({ label: "Confirmed" });
    await expect(rivalsFlag).toHaveCount(0);
    await expect(page.locator("#deal-competitors-known")).toBeChecked();
    // Unticked on the deal: the letter follows (nobody named: unknown).
    await page.locator("#deal-competitors-known").uncheck();
    await expect(rivalsFlag).toHaveCount(1);
    await expect(page.locator("#bantcc-competition-status option:checked")).toHaveText("Unknown");
    await page.locator("#deal-competitors-known").check();
    await expect(page.locator("#bantcc-competition-status option:checked")).toHaveText("Confirmed");
    await expect(rivalsFlag).toHaveCount(0);
    await expect.poll(async () => (await storedPlans(page))["p-rivals"]?.bantcc?.competition?.status).toBe("confirmed");
  });

  test("the procurement process: BANTCC's T confirmed ticks its criterion; ticked by hand it clears the flag", async ({ page }) => {
    const plan = samplePlan("p-time", 3) as any;
    plan.deal = deal({ stage_mode: "derive", picked_stage: null });
    plan.bantcc.time = { status: "unknown", notes: "", evidence: "" };
    await seedPlans(page, [plan], { language: "en", current_plan: "p-time" });
    await openApp(page);
    const timeFlag = flags(page).filter({ hasText: "Purchase date / process unknown" });
    await expect(timeFlag).toHaveCount(1);
    await stepButton(page, "BANTCC").click();
    await expectStep(page, 3);
    await page.locator("#bantcc-time-status").selectOption({ label: "Confirmed" });
    await expect(timeFlag).toHaveCount(0);
    await expect(page.locator("#crit-evaluate-process")).toBeChecked();
    await expect(page.locator('label[for="crit-evaluate-process"] .from')).toHaveText("(from BANTCC's T)");
    await page.locator("#bantcc-time-status").selectOption({ label: "Unknown" });
    await expect(timeFlag).toHaveCount(1);
    await expect(page.locator("#crit-evaluate-process")).not.toBeChecked();
    await page.locator("#crit-evaluate-process").check();
    await expect(timeFlag).toHaveCount(0);
  });

  test("need: BANTCC's N marked confirmed while no pain is a need says so", async ({ page }) => {
    const plan = samplePlan("p-need", 3) as any;
    plan.deal = deal({});
    plan.pains = [plan.pains[0]].map((p: any) => ({ ...p, priority: "unknown" }));
    await seedPlans(page, [plan], { language: "en", current_plan: "p-need" });
    await openApp(page);
    await expect(flags(page).filter({ hasText: "BANTCC need (N) is marked confirmed, but none of the 1 pain(s) meets the four conditions of a need" })).toHaveCount(1);
    await expect(flags(page).filter({ hasText: "Need not confirmed" })).toHaveCount(0);
    await stepButton(page, "BANTCC").click();
    await page.locator("#bantcc-need-status").selectOption({ label: "Partial" });
    await expect(flags(page).filter({ hasText: "Need not confirmed (1 pain(s), none a need)" })).toHaveCount(1);
  });

  test("contacts and pains tick the criteria they state; unticking asks why", async ({ page }) => {
    const plan = emptyPlan("p-facts", { account: { name: "佛山万科", industry: "", region: "", address: "" } } as any) as any;
    plan.deal = deal({ stage_mode: "derive", picked_stage: null, competitors: [], budget_this_year: "unknown" });
    await seedPlans(page, [plan], { language: "en", current_plan: "p-facts" });
    await openApp(page);
    const next = panel(page).locator("p.label", { hasText: "To reach “Discover needs” you still need" }).locator("xpath=following-sibling::ul[1]");
    await expect(next).toContainText("We have reached the user department");
    // A contact in the user department.
    await page.getByRole("button", { name: "Add contact" }).click();
    await page.locator('[id^="contact-"][id$="-name"]').fill("陈经理");
    await page.locator('[id^="contact-"][id$="-role"]').selectOption({ label: "User department" });
    await expect(next).not.toContainText("We have reached the user department");
    await stepButton(page, "BANTCC").click();
    const user = page.locator("#crit-discover-user");
    await expect(user).toBeChecked();
    await expect(page.locator('label[for="crit-discover-user"] .from')).toHaveText("(from your contacts)");
    // Unticked by hand: it waits again, with a reason kept in the plan.
    await user.uncheck();
    await expect(user).not.toBeChecked();
    await page.getByLabel("Why does it not hold?").fill("陈经理 moved to finance");
    await expect(next).toContainText("We have reached the user department");
    await expect.poll(async () => (await storedPlans(page))["p-facts"]?.deal?.overruled).toEqual([
      { criterion: "discover-user", reason: "陈经理 moved to finance" },
    ]);
    await page.reload();
    await expect(page.locator("#crit-discover-user")).not.toBeChecked();
    await expect(page.getByLabel("Why does it not hold?")).toHaveValue("陈经理 moved to finance");
    await page.locator("#crit-discover-user").check();
    await expect(page.getByLabel("Why does it not hold?")).toHaveCount(0);
    // A pain ticks "the customer talks about a pain".
    await stepButton(page, "Pain vs need").click();
    await page.getByRole("button", { name: "Add pain" }).click();
    await page.locator('[id^="pain-"][id$="-desc"]').first().fill("打印机经常卡纸");
    await stepButton(page, "BANTCC").click();
    await expect(page.locator("#crit-discover-pain")).toBeChecked();
    await expect(page.locator('label[for="crit-discover-pain"] .from')).toHaveText("(from your pains)");
  });

  test("switching from derive to pick keeps the derived stage", async ({ page }) => {
    const plan = samplePlan("p-mode", 4) as any;
    plan.deal = deal({ stage_mode: "derive", picked_stage: null, ticked: ["discover-time", "confirm-wants"] });
    await seedPlans(page, [plan], { language: "en", current_plan: "p-mode" });
    await openApp(page);
    await stepButton(page, "BANTCC").click();
    const stage = (await panel(page).locator("#score-stage").textContent())!.trim();
    expect(stage).not.toBe("No stage yet");
    await page.getByLabel("How the stage is set").selectOption({ label: "I pick the stage (experienced reps)" });
    await expect(page.getByLabel("Current stage")).not.toHaveValue("");
    await expect(panel(page).locator("#score-stage")).toHaveText(stage);
  });

  test("flags say exactly what is missing: the minimum commitment and the dates", async ({ page }) => {
    const plan = samplePlan("p-flags", 5) as any;
    plan.deal = deal({});
    plan.visit.commitment_min = "";
    plan.opportunity.expected_win_date = "2020-01-31";
    plan.opportunity.last_contact = "2099-01-01";
    plan.opportunity.next_contact = "2098-12-01";
    await seedPlans(page, [plan], { language: "en", current_plan: "p-flags" });
    await openApp(page);
    await expect(flags(page).filter({ hasText: "Planned visit without its minimum acceptable commitment" })).toHaveCount(1);
    await expect(flags(page).filter({ hasText: "commitment objective" })).toHaveCount(0);
    await expect(flags(page).filter({ hasText: /Expected win date passed \d+ day\(s\) ago/ })).toHaveCount(1);
    await expect(flags(page).filter({ hasText: "Last contact date is in the future" })).toHaveCount(1);
    await expect(flags(page).filter({ hasText: "Next contact date is before the last contact" })).toHaveCount(1);
    // Fixed where they are asked, the flags go.
    await page.locator("#opp-last-contact").fill("2024-01-01");
    await expect(flags(page).filter({ hasText: "Last contact date is in the future" })).toHaveCount(0);
    await expect(flags(page).filter({ hasText: "Next contact date is before the last contact" })).toHaveCount(0);
    await page.locator("#opp-win-date").fill("2099-06-30");
    await expect(flags(page).filter({ hasText: "Expected win date passed" })).toHaveCount(0);
    await stepButton(page, "Visit prep").click();
    await page.locator("#visit-commit-min").fill("提供打印量数据");
    await expect(flags(page).filter({ hasText: "commitment" })).toHaveCount(0);
  });
});
