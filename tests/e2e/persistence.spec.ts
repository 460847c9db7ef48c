import { expect, test, type Page } from "./fixtures";
import {
  PREFS_KEY,
  createPlanEn,
  expectStep,
  itemRow,
  openApp,
  planCard,
  readStorage,
  savedStatus,
  stepButton,
} from "./helpers";

test.use({ locale: "en-US" });

/** Fills a new plan up to the diagnosis step and leaves it open there. */
async function fillPlan(page: Page) {
  await openApp(page);
  await createPlanEn(page);
  await page.getByLabel("Customer name (legal name)").fill("Guangzhou Metro Group");
  await page.getByLabel("Opportunity name").fill("Ticket printers 2026");
  await page.getByLabel("Amount").fill("350000");
  await page.getByLabel("Next contact").fill("2031-03-01");
  await page.getByRole("button", { name: "Add contact" }).click();
  await itemRow(page, 0).getByLabel("Name", { exact: true }).fill("Director Wang");
  await itemRow(page, 0).getByLabel("Buying role").selectOption({ label: "Decision maker" });
  await itemRow(page, 0).getByLabel("Is our coach (insider)").check();

  await stepButton(page, "Visit prep").click();
  await page.getByLabel("Appointment confirmed").check();
  await page.getByLabel("Best commitment").fill("Trial unit installed");
  await page.getByLabel("Questions to ask").fill("Who approves?\nWhen is the tender?");

  await stepButton(page, "Pain vs need").click();
  await page.getByRole("button", { name: "Add pain" }).click();
  await page.getByLabel("Pain (in the customer's words)").fill("Ticket printers fail at rush hour");
  await page.getByLabel("Customer acknowledges it and wants it solved").selectOption({ label: "Yes" });
  await page.getByLabel("Our offer solves it").selectOption({ label: "Yes" });
  await page.getByLabel("Deep need").fill("No queues at the gates");
  await expect(savedStatus(page)).toBeVisible();
}

/** Checks every value typed by fillPlan, starting on the diagnosis step. */
async function expectPlanRestored(page: Page) {
  await expectStep(page, 2);
  await expect(page.getByLabel("Pain (in the customer's words)")).toHaveValue("Ticket printers fail at rush hour");
  await expect(page.getByLabel("Customer acknowledges it and wants it solved").locator("option:checked")).toHaveText("Yes");
  await expect(page.getByLabel("It is a priority").locator("option:checked")).toHaveText("Unknown");
  await expect(page.getByLabel("Our offer solves it").locator("option:checked")).toHaveText("Yes");
  await expect(page.getByLabel("Deep need")).toHaveValue("No queues at the gates");
  await expect(page.getByText("Verdict: Pain only")).toBeVisible();

  await stepButton(page, "Customer").click();
  await expect(page.getByLabel("Customer name (legal name)")).toHaveValue("Guangzhou Metro Group");
  await expect(page.getByLabel("Opportunity name")).toHaveValue("Ticket printers 2026");
  await expect(page.getByLabel("Amount")).toHaveValue(/^350,?000$/);
  await expect(page.getByLabel("Next contact")).toHaveValue("2031-03-01");
  await expect(itemRow(page, 0).getByLabel("Name", { exact: true })).toHaveValue("Director Wang");
  await expect(itemRow(page, 0).getByLabel("Buying role").locator("option:checked")).toHaveText("Decision maker");
  await expect(itemRow(page, 0).getByLabel("Is our coach (insider)")).toBeChecked();

  await stepButton(page, "Visit prep").click();
  await expect(page.getByLabel("Appointment confirmed")).toBeChecked();
  await expect(page.getByLabel("Best commitment")).toHaveValue("Trial unit installed");
  await expect(page.getByLabel("Questions to ask")).toHaveValue("Who approves?\nWhen is the tender?");
}

test("after a reload the same plan opens on the same step with every value", async ({ page }) => {
  await fillPlan(page);
  const before = await readStorage(page);
  await page.reload();
  await expectPlanRestored(page);
  // The reload itself wrote nothing new to the plan.
  const after = await readStorage(page);
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  expect(JSON.parse(after[PREFS_KEY]).prefs.current_plan).toBe(JSON.parse(before[PREFS_KEY]).prefs.current_plan);
});

test("closing the page and opening the app in a new one restores the plan", async ({ page, context }) => {
  await fillPlan(page);
  await page.close();

  const again = await context.newPage();
  await openApp(again);
  await expectPlanRestored(again);
});

test("a plan closed back to the list reopens from its card on the step it was left", async ({ page }) => {
  await fillPlan(page);
  await page.getByRole("button", { name: "My plans" }).click();
  await page.reload();
  // The list is what was open last.
  await expect(page.getByRole("heading", { level: 1, name: "My plans" })).toBeVisible();
  const card = planCard(page, "Guangzhou Metro Group — Ticket printers 2026");
  await expect(card).toContainText("Step 3 of 5: Pain vs need");
  await card.getByRole("button", { name: "Open" }).click();
  await expectPlanRestored(page);
});

test("two pages open on the same plan do not wipe out each other's edits", async ({ context }) => {
  // A rep who left the plan open in one tab and opens it again in another:
  // each page keeps the whole plan in memory and saves all of it on every change.
  const a = await context.newPage();
  await fillPlan(a);
  const b = await context.newPage();
  await openApp(b);
  await expectStep(b, 2);

  await b.getByLabel("Surface need").fill("Buy ticket printers");
  await expect(savedStatus(b)).toBeVisible();
  // Back in the first tab, one more edit on a different field.
  await a.getByLabel("The goal behind it").fill("Gates open on time");

  const fresh = await context.newPage();
  await openApp(fresh);
  await expectStep(fresh, 2);
  await expect(fresh.getByLabel("The goal behind it")).toHaveValue("Gates open on time");
  await expect(fresh.getByLabel("Surface need"), "the edit made in the other tab survives").toHaveValue("Buy ticket printers", { timeout: 3_000 });
});

test("an edit from another tab shows here at once, without taking focus or the text being typed", async ({ context }) => {
  const a = await context.newPage();
  await openApp(a);
  await createPlanEn(a);
  const id = await a.locator(".wizard").getAttribute("data-plan");
  const b = await context.newPage();
  await b.goto(`/#/plan/${id}/customer`);
  await expectStep(b, 0);

  // Tab B is typing in the industry field while tab A edits the customer name.
  const industry = b.getByLabel("Industry");
  await industry.click();
  await industry.pressSequentially("Rail");
  await a.getByLabel("Customer name (legal name)").fill("Shenzhen Metro");
  await expect(b.getByLabel("Customer name (legal name)")).toHaveValue("Shenzhen Metro");
  await expect(industry).toBeFocused();
  await industry.pressSequentially(" transit");
  await expect(industry).toHaveValue("Rail transit");
  // And the other way round: tab A sees what B typed.
  await expect(a.getByLabel("Industry")).toHaveValue("Rail transit");
});
