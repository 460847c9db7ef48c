import { expect, test, type Page } from "./fixtures";
import { openApp, planKey, readStorage, samplePlan, savedStatus, scoredDeal, seedPlans, stepButton, storedPlans } from "./helpers";

// Issue 10, case 4: amounts as people write them. "15万", "¥120000",
// "120,000.50", full-width digits and "1.2e5" used to be refused (and "1,2,0"
// read as 120); the refused text was never stored, yet the header said
// "saved", and after a reload the field showed the old value. Now every
// spelling is read, what was typed is stored as typed and shown again after
// a reload, and text that is not an amount stays, marked as not counted.

const amount = (page: Page) => page.locator("#opp-amount");
const note = (page: Page) => page.locator("#opp-amount-note");
const weighted = (page: Page) => page.locator("#score-panel #score-weighted");

/** A plan at "Evaluate" with one competitor and a coach: 25%, as in scoring.spec. */
function scoredPlan(id: string, language: "en" | "zh" = "en") {
  const plan = samplePlan(id, 1) as any;
  plan.deal = scoredDeal();
  return { plan, prefs: { language, current_plan: id } as const };
}

async function openScored(page: Page, id: string, language: "en" | "zh" = "en") {
  const { plan, prefs } = scoredPlan(id, language);
  await seedPlans(page, [plan], prefs);
  await openApp(page);
  await expect(weighted(page)).toHaveText("201,000 × 25% = 50,250 CNY");
}

test.describe("amounts as people write them (en)", () => {
  test.use({ locale: "en-US" });

  for (const [typed, read, weightedText] of [
    ["15万", "150,000", "150,000 × 25% = 37,500 CNY"],
    ["12万", "120,000", "120,000 × 25% = 30,000 CNY"],
    ["¥120000", "120,000", "120,000 × 25% = 30,000 CNY"],
    ["120,000.50", "120,000.5", "120,000.5 × 25% = 30,000.13 CNY"],
    ["１２００００", "120,000", "120,000 × 25% = 30,000 CNY"],
    ["1.2e5", "120,000", "120,000 × 25% = 30,000 CNY"],
    ["120k", "120,000", "120,000 × 25% = 30,000 CNY"],
    ["1.5m", "1,500,000", "1,500,000 × 25% = 375,000 CNY"],
    ["3千万元", "30,000,000", "30,000,000 × 25% = 7,500,000 CNY"],
  ] as const) {
    test(`"${typed}" reads as ${read}, counts, and is shown as typed after a reload`, async ({ page }) => {
      await openScored(page, "p-amt");
      await amount(page).fill(typed);
      await expect(weighted(page)).toHaveText(weightedText);
      await expect(note(page)).toHaveText(`= ${read}`);
      await expect(note(page)).toBeVisible();
      await expect(amount(page)).toHaveAttribute("aria-describedby", "opp-amount-note");
      await expect(amount(page)).not.toHaveAttribute("aria-invalid", "true");
      await expect(savedStatus(page)).toBeVisible();
      const stored = (await storedPlans(page))["p-amt"].opportunity as any;
      expect(stored.amount).toBe(Number(read.replace(/,/g, "")));
      expect(stored.amount_text).toBe(typed);

      await page.reload();
      await expect(amount(page)).toHaveValue(typed);
      await expect(note(page)).toHaveText(`= ${read}`);
      await expect(weighted(page)).toHaveText(weightedText);

      // The one-page summary shows the amount read.
      await stepButton(page, "Review").click();
      const summary = page.getByRole("article", { name: "Plan summary" });
      await expect(summary).toContainText(`${read} CNY`);
    });
  }

  test("the amount's own spelling is stored as a plain amount, with nothing beside the field", async ({ page }) => {
    await openScored(page, "p-plain");
    await amount(page).fill("150,000");
    await expect(weighted(page)).toHaveText("150,000 × 25% = 37,500 CNY");
    await expect(note(page)).toBeHidden();
    await expect(amount(page)).not.toHaveAttribute("aria-describedby", /./);
    const raw = (await readStorage(page))[planKey("p-plain")];
    expect(raw).toContain('"amount":150000,"currency"');
    expect(raw).not.toContain("amount_text");
    await page.reload();
    await expect(amount(page)).toHaveValue("150,000");

    // Emptied: unknown, and stored as such.
    await amount(page).fill("");
    await expect(note(page)).toBeHidden();
    await expect(weighted(page)).toHaveText("Enter the opportunity amount to get the weighted amount.");
    const after = (await readStorage(page))[planKey("p-plain")];
    expect(after).toContain('"amount":null,"currency"');
    expect(after).not.toContain("amount_text");
  });

  for (const typed of ["abc", "1,2,0", "12,00", "-5"]) {
    test(`"${typed}" stays, is stored as typed, and is marked not counted until fixed`, async ({ page }) => {
      await openScored(page, "p-bad");
      await amount(page).fill(typed);
      await expect(weighted(page)).toHaveText(`${typed} (not an amount, not counted)`);
      await expect(amount(page)).toHaveAttribute("aria-invalid", "true");
      await expect(amount(page)).toHaveAttribute("aria-describedby", "opp-amount-note");
      await expect(note(page)).toHaveText(
        "Not an amount, so not counted in the score. Enter a number, e.g. 1200000 or 1,200,000.",
      );
      // The header tells the truth: what was typed is stored.
      await expect(savedStatus(page)).toBeVisible();
      const stored = (await storedPlans(page))["p-bad"].opportunity as any;
      expect(stored.amount).toBeNull();
      expect(stored.amount_text).toBe(typed);

      await page.reload();
      await expect(amount(page)).toHaveValue(typed);
      await expect(amount(page)).toHaveAttribute("aria-invalid", "true");
      await expect(note(page)).toContainText("not counted in the score");
      await stepButton(page, "Review").click();
      const summary = page.getByRole("article", { name: "Plan summary" });
      await expect(summary).toContainText(`${typed} (not an amount, not counted)`);

      // Fixed: counted again, the mark goes.
      await stepButton(page, "Customer").click();
      await amount(page).fill("15万");
      await expect(amount(page)).not.toHaveAttribute("aria-invalid", "true");
      await expect(note(page)).toHaveText("= 150,000");
      await expect(weighted(page)).toHaveText("150,000 × 25% = 37,500 CNY");
    });
  }

  test("typing key by key keeps every character and the caret", async ({ page }) => {
    await openScored(page, "p-keys");
    await amount(page).fill("");
    await amount(page).pressSequentially("1,2,0");
    await expect(amount(page)).toHaveValue("1,2,0");
    await expect(amount(page)).toHaveAttribute("aria-invalid", "true");
    // Retyped key by key, through states that are not amounts ("1", "12,").
    await amount(page).press("ControlOrMeta+a");
    await amount(page).pressSequentially("120,000.50");
    await expect(amount(page)).toHaveValue("120,000.50");
    await expect(note(page)).toHaveText("= 120,000.5");
    await amount(page).press("Home");
    await amount(page).press("ArrowRight");
    await amount(page).press("ArrowRight");
    await amount(page).press("Delete");
    await page.keyboard.type("5");
    await expect(amount(page)).toHaveValue("125,000.50");
    await expect(note(page)).toHaveText("= 125,000.5");
    await page.reload();
    await expect(amount(page)).toHaveValue("125,000.50");
  });

  test("an amount typed in another tab shows up in the field", async ({ page, context }) => {
    await openScored(page, "p-tabs");
    const other = await context.newPage();
    await other.goto("/");
    await expect(amount(other)).toHaveValue("201,000");
    await amount(other).fill("2亿");
    await expect(amount(page)).toHaveValue("2亿");
    await expect(note(page)).toHaveText("= 200,000,000");
    await amount(other).fill("abc");
    await expect(amount(page)).toHaveValue("abc");
    await expect(amount(page)).toHaveAttribute("aria-invalid", "true");
  });
});

test.describe("amounts as people write them (zh)", () => {
  test.use({ locale: "zh-CN" });

  test("中文界面：15万 读作 150,000，读不出的文字标为未计入评分", async ({ page }) => {
    await openScored(page, "p-zh", "zh");
    await page.getByLabel("金额").fill("15万");
    await expect(note(page)).toHaveText("= 150,000");
    await expect(weighted(page)).toHaveText("150,000 × 25% = 37,500 CNY");
    await page.getByLabel("金额").fill("十五万");
    await expect(note(page)).toContainText("不是金额，未计入评分");
    await expect(weighted(page)).toHaveText("十五万（不是金额，未计入评分）");
    await page.reload();
    await expect(page.getByLabel("金额")).toHaveValue("十五万");
    await expect(note(page)).toContainText("未计入评分");
  });
});
