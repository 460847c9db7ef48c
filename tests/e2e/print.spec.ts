import { expect, test, type Page } from "./fixtures";
import { openApp, samplePlan, seedPlans } from "./helpers";

// Issue 11: the printed plan carries the qualification (stage, chain,
// weighted amount, competitors, flags, verdict, BANTCC with evidence), the
// date and the rep's name, without screen instructions, on two A4 pages.

function caseplan(id: string) {
  const plan = samplePlan(id, 1) as any;
  plan.step = "review";
  plan.opportunity.amount = 480000;
  plan.bantcc.budget.evidence = "陈经理口述";
  plan.deal = {
    stage_mode: "pick",
    picked_stage: "evaluate",
    ticked: ["evaluate-trial"],
    competitors: ["理光", "佳能"],
    competitors_known: true,
    business_volume: "high",
    budget_this_year: "unknown",
  };
  return plan;
}

async function pdfPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: "A4", margin: { top: "12mm", bottom: "12mm", left: "12mm", right: "12mm" } });
  return (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

for (const lang of ["en", "zh"] as const) {
  test(`the printed plan has the verdict, the date and the rep's name, on two A4 pages (${lang})`, async ({ page }) => {
    await seedPlans(page, [caseplan("p-print")], { language: lang });
    await openApp(page);
    // The rep's name, once, in the settings.
    await page.locator("#nav-settings").click();
    await page.locator("#rep-name").fill("张伟");
    await page.locator("#nav-plans").click();
    await page.locator("main ul.cards > li").first().getByRole("button", { name: lang === "en" ? "Open" : /打开/ }).click();
    await expect(page.locator("#print-plan")).toBeVisible();

    await page.emulateMedia({ media: "print" });
    const panel = page.locator("#score-panel");
    await expect(panel).toBeVisible();
    for (const id of ["#score-stage", "#score-probability", "#score-weighted", "#score-verdict", "#score-coach"]) {
      await expect(page.locator(id), id).toBeVisible();
    }
    await expect(page.locator("#score-weighted")).toContainText("480,000 × 16.7% = 80,160");
    await expect(panel).toContainText("理光");
    await expect(panel.locator(".flag").first()).toBeVisible();
    // No controls or instructions on paper.
    await expect(page.locator("#go-override")).toBeHidden();
    await expect(page.locator(".hint").first()).toBeHidden();
    await expect(page.locator("button").first()).toBeHidden();
    await expect(page.locator(".topbar")).toBeHidden();
    // The date and the rep.
    const today = new Date().toISOString().slice(0, 10);
    await expect(page.locator("#printed-by")).toBeVisible();
    await expect(page.locator("#printed-by")).toContainText(today);
    await expect(page.locator("#printed-by")).toContainText("张伟");
    // BANTCC with its evidence.
    await expect(page.locator(".summary")).toContainText("陈经理口述");
    expect(await pdfPages(page)).toBeLessThanOrEqual(2);
  });
}
