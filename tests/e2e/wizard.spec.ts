import { expect, test } from "./fixtures";
import {
  createPlanEn,
  expectStep,
  expectStored,
  itemRow,
  onlyStoredPlan,
  openApp,
  planCard,
  planCards,
  planKey,
  readStorage,
  samplePlan,
  savedStatus,
  seedPlans,
  stepButton,
  stepHeading,
  storedPlans,
} from "./helpers";

test.use({ locale: "en-US" });

test.describe("wizard", () => {
  test("a rep fills every step and the review summary shows it", async ({ page }) => {
    await openApp(page);
    await expect(page.getByRole("heading", { level: 1, name: "My plans" })).toBeVisible();
    await createPlanEn(page);

    // Step 1: customer, opportunity, two contacts (a coach and a decision maker).
    await expect(stepHeading(page, 0)).toHaveText("Step 1 of 5 · Customer");
    await page.getByLabel("Customer name (legal name)").fill("Foshan Vanke Property Co., Ltd.");
    await expect(savedStatus(page)).toBeVisible();
    await page.getByLabel("Industry").fill("Real estate");
    await page.getByLabel("Region").fill("Foshan, Guangdong");
    await page.getByLabel("Opportunity name").fill("Managed print service");
    await page.getByLabel("What is being bought").fill("Copiers for HQ, as a managed print contract");
    await page.getByLabel("Amount").fill("1,200,000");
    await page.getByLabel("Currency").selectOption("USD");
    await page.getByLabel("Next contact").fill("2031-05-15");

    await expect(page.getByText("No contacts yet.")).toBeVisible();
    await page.getByRole("button", { name: "Add contact" }).click();
    const chen = itemRow(page, 0);
    // The new contact's name field takes focus.
    await expect(chen.getByLabel("Name", { exact: true })).toBeFocused();
    await chen.getByLabel("Name", { exact: true }).fill("Manager Chen");
    await chen.getByLabel("Title", { exact: true }).fill("Head of administration");
    await chen.getByLabel("Department").fill("Administration");
    await chen.getByLabel("Buying role").selectOption({ label: "User department" });
    await chen.getByLabel("Relationship").selectOption({ label: "Good" });
    await chen.getByLabel("Is our coach (insider)").check();
    await expect(chen.getByRole("heading", { level: 2 })).toHaveText("Manager Chen");

    await page.getByRole("button", { name: "Add contact" }).click();
    const li = itemRow(page, 1);
    await li.getByLabel("Name", { exact: true }).fill("President Li");
    await li.getByLabel("Title", { exact: true }).fill("Vice president");
    await li.getByLabel("Buying role").selectOption({ label: "Decision maker" });
    await li.getByLabel("Seniority").selectOption({ label: "Executive" });
    await li.getByLabel("Decision style").selectOption({ label: "Driver" });

    await expectStored(page, (plans) => {
      const p = Object.values(plans)[0];
      expect(p.account.name).toBe("Foshan Vanke Property Co., Ltd.");
      expect(p.opportunity.amount).toBe(1_200_000);
      expect(p.opportunity.currency).toBe("USD");
      expect(p.contacts.map((c) => [c.name, c.role, c.is_coach])).toEqual([
        ["Manager Chen", "user", true],
        ["President Li", "decision_maker", false],
      ]);
    });

    // Step 2: visit prep.
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expectStep(page, 1);
    await expect(stepHeading(page, 1)).toBeFocused();
    await page.getByLabel("Appointment confirmed").check();
    await page.getByLabel("Purpose stated when booking").fill("Understand print volumes and complaints");
    await page.getByLabel("Best commitment").fill("Pilot machine installed at HQ");
    await page.getByLabel("Minimum acceptable commitment").fill("Print volumes of the last 6 months");
    await page.getByLabel("Questions to ask").fill("How many complaints last year?\nIs the budget approved?");
    await page.getByRole("button", { name: "Add objection" }).click();
    await expect(page.getByLabel("The customer may say")).toBeFocused();
    await page.getByLabel("The customer may say").fill("Outsourcing costs more than buying");
    await page.getByLabel("Our prepared answer").fill("Compare the total cost of ownership");
    // Contacts from step 1 can be ticked as attendees.
    await page.getByRole("group", { name: "Customer attendees" }).getByLabel("President Li").check();

    // Step 3: a pain.
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expectStep(page, 2);
    await page.getByRole("button", { name: "Add pain" }).click();
    await page.getByLabel("Pain (in the customer's words)").fill("The printers jam all the time");
    await page.getByLabel("The goal behind it").fill("Zero complaints about printing");
    await page.getByLabel("Whose pain").selectOption({ label: "Manager Chen" });
    for (const c of ["Customer acknowledges it and wants it solved", "It is a priority", "Our offer solves it", "There is budget"]) {
      await page.getByLabel(c).selectOption({ label: "Yes" });
    }
    await expect(page.getByText("Verdict: Need")).toBeVisible();

    // Step 4: BANTCC statuses.
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expectStep(page, 3);
    await expect(page.getByText("Unknown: 6 of 6")).toBeVisible();
    const statuses: Record<string, string> = {
      Budget: "Partial",
      Authority: "Confirmed",
      Need: "Confirmed",
      Time: "Risk",
    };
    for (const [letter, status] of Object.entries(statuses)) {
      await page.getByRole("group", { name: letter, exact: true }).getByLabel("Status").selectOption({ label: status });
    }
    await page.getByRole("group", { name: "Budget", exact: true }).getByLabel("Notes").fill("In this year's admin budget");
    await expect(page.getByText("Unknown: 2 of 6")).toBeVisible();

    // Step 5: review: the summary shows what was entered.
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expectStep(page, 4);
    const summary = page.getByRole("article", { name: "Plan summary" });
    await expect(summary).toContainText("Foshan Vanke Property Co., Ltd.");
    await expect(summary).toContainText("Managed print service");
    // The amount may be shown with digit grouping.
    await expect(summary).toContainText(/1,?200,?000(\.00)? USD/);
    await expect(summary).toContainText("2031-05-15");
    await expect(summary.getByRole("listitem").filter({ hasText: "Manager Chen" }).first()).toContainText("User department");
    await expect(summary.getByText(/Manager Chen · Head of administration · Administration · User department · Good · Unknown · coach/)).toBeVisible();
    await expect(summary.getByText(/President Li · Vice president · Decision maker/)).toBeVisible();
    await expect(summary).toContainText("Pilot machine installed at HQ");
    await expect(summary).toContainText("Print volumes of the last 6 months");
    await expect(summary.getByRole("listitem").filter({ hasText: "How many complaints last year?" })).toBeVisible();
    await expect(summary.getByRole("listitem").filter({ hasText: "Is the budget approved?" })).toBeVisible();
    await expect(summary).toContainText("Outsourcing costs more than buying → Compare the total cost of ownership");
    await expect(summary).toContainText("The printers jam all the time — Need");
    await expect(summary).toContainText("B Budget: Partial — In this year's admin budget");
    await expect(summary).toContainText("T Time: Risk");
    await expect(summary).toContainText("C Company: Unknown");
    // Readiness: the coach and the decision maker are recognised.
    const ready = (text: string) => summary.getByRole("listitem").filter({ hasText: text });
    await expect(ready("There is a coach (insider)")).toContainText("✓ ready");
    await expect(ready("A decision maker is listed (call high)")).toContainText("✓ ready");
    await expect(ready("At least one need is confirmed")).toContainText("✓ ready");
    await expect(ready("No BANTCC item is unknown")).toContainText("✗ to do");

    await page.getByLabel("Outcome").selectOption({ label: "Visit held" });
    await page.getByLabel("What happened").fill("Met Chen and Li; agreed on a pilot");
    await page.getByLabel("Commitment actually obtained").fill("Pilot at HQ from June");

    const stored = await onlyStoredPlan(page);
    expect(stored.step).toBe("review");
    expect(stored.visit.commitment_best).toBe("Pilot machine installed at HQ");
    expect(stored.visit.questions).toEqual(["How many complaints last year?", "Is the budget approved?"]);
    expect(stored.visit.objections).toEqual([
      { id: "o1", objection: "Outsourcing costs more than buying", answer: "Compare the total cost of ownership" },
    ]);
    expect(stored.visit.their_attendees).toEqual(["c2"]);
    expect(stored.pains[0]).toMatchObject({ owner: "c1", acknowledged: "yes", priority: "yes", we_solve: "yes", budget: "yes" });
    expect(stored.bantcc.budget).toMatchObject({ status: "partial", notes: "In this year's admin budget" });
    expect(stored.bantcc.time.status).toBe("risk");
    expect(stored.review).toMatchObject({ outcome: "held", what_happened: "Met Chen and Li; agreed on a pilot", commitment_obtained: "Pilot at HQ from June" });

    // Done: back to the list, where the plan's card shows its title and step.
    await page.getByRole("button", { name: "Done: back to my plans" }).click();
    const card = planCard(page, "Foshan Vanke Property Co., Ltd. — Managed print service");
    await expect(card).toBeVisible();
    await expect(card).toContainText("Step 5 of 5: Review");
  });

  test("step nav jumps freely; Back and Next move one step", async ({ page }) => {
    await seedPlans(page, [samplePlan("p-nav", 1)], { language: "en", current_plan: "p-nav" });
    await openApp(page);
    await expectStep(page, 0);
    await expect(page.getByRole("button", { name: "Back", exact: true })).toHaveCount(0);

    // Jump straight from step 1 to step 4 and back to step 2.
    await stepButton(page, "BANTCC").click();
    await expectStep(page, 3);
    await expect(stepHeading(page, 3)).toBeFocused();
    await stepButton(page, "Visit prep").click();
    await expectStep(page, 1);
    await expect(page.getByLabel("Best commitment")).toHaveValue("李总同意在总部先做三个月文印外包试点");
    await stepButton(page, "Review").click();
    await expectStep(page, 4);
    await expect(page.getByRole("button", { name: "Next", exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Done: back to my plans" })).toBeVisible();

    // Back from the last step walks down to the first.
    for (const i of [3, 2, 1, 0]) {
      await page.getByRole("button", { name: "Back", exact: true }).click();
      await expectStep(page, i);
      await expect(stepHeading(page, i)).toBeFocused();
    }
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expectStep(page, 1);
    await stepButton(page, "Pain vs need").click();
    await expectStep(page, 2);
    await expectStored(page, (plans) => expect(plans["p-nav"].step).toBe("diagnosis"));

    // "My plans" in the header returns to the list.
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("button", { name: "My plans" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My plans" })).toBeVisible();
    await expect(planCards(page)).toHaveCount(1);
    await expect(planCards(page).first()).toContainText("Step 3 of 5: Pain vs need");
  });

  test("the readiness list's fix buttons jump to the step to complete", async ({ page }) => {
    await seedPlans(page, [samplePlan("p-fix", 2, { step: "review" })], { language: "en", current_plan: "p-fix" });
    await openApp(page);
    await expectStep(page, 4);
    // Time is unknown in the sample plan: BANTCC is not complete.
    await page.getByRole("listitem").filter({ hasText: "No BANTCC item is unknown" }).getByRole("button", { name: "Fix in “BANTCC”" }).click();
    await expectStep(page, 3);
    // Like the step nav and Back/Next, the jump lands keyboard focus on the step heading
    // (the clicked button is gone, so focus would otherwise fall back to <body>).
    await expect(stepHeading(page, 3)).toBeFocused({ timeout: 3_000 });
  });
});

test.describe("plan list", () => {
  test("Duplicate creates a “(copy)” plan with the same content", async ({ page }) => {
    await seedPlans(page, [samplePlan("p-orig", 7, { step: "bantcc" })], { language: "en" });
    await openApp(page);
    const title = "佛山万科物业发展有限公司 7 — 文印外包服务 7";
    await expect(planCards(page)).toHaveCount(1);
    await planCard(page, title).getByRole("button", { name: "Duplicate" }).click();

    const copyTitle = `${title} (copy)`;
    await expect(planCards(page)).toHaveCount(2);
    await expect(planCard(page, copyTitle)).toBeVisible();
    await expect(planCard(page, title)).toBeVisible();
    // The copy is listed first (most recent) and starts again at step 1.
    await expect(planCards(page).first().getByRole("heading")).toHaveText(copyTitle);
    await expect(planCard(page, copyTitle)).toContainText("Step 1 of 5: Customer");

    const plans = await storedPlans(page);
    expect(Object.keys(plans)).toHaveLength(2);
    const copy = Object.values(plans).find((p) => p.id !== "p-orig")!;
    expect(copy.opportunity.name).toBe("文印外包服务 7 (copy)");
    expect(copy.contacts).toEqual(plans["p-orig"].contacts);
    expect(copy.pains).toEqual(plans["p-orig"].pains);
    expect(plans["p-orig"].opportunity.name).toBe("文印外包服务 7");

    // Opening the copy shows its data; the original is untouched by edits to it.
    await planCard(page, copyTitle).getByRole("button", { name: "Open" }).click();
    await expectStep(page, 0);
    await page.getByLabel("Opportunity name").fill("Print pilot B");
    await expectStored(page, (p) => {
      expect(p[copy.id].opportunity.name).toBe("Print pilot B");
      expect(p["p-orig"].opportunity.name).toBe("文印外包服务 7");
    });
  });

  test("the plan just edited moves to the top of the list", async ({ page }) => {
    await seedPlans(page, [samplePlan("p-new", 1), samplePlan("p-old", 2)], { language: "en" });
    await openApp(page);
    const oldTitle = "佛山万科物业发展有限公司 2 — 文印外包服务 2";
    const newTitle = "佛山万科物业发展有限公司 1 — 文印外包服务 1";
    const order = () => planCards(page).getByRole("heading").allTextContents();
    const before = await order();
    // Whichever is second now gets edited and must come back first.
    const second = before[1];
    await planCard(page, second).getByRole("button", { name: "Open" }).click();
    await page.getByLabel("Industry").fill("Property services");
    await page.getByRole("button", { name: "My plans" }).click();
    await expect(planCards(page).first().getByRole("heading")).toHaveText(second);
    expect([oldTitle, newTitle]).toContain(second);
  });

  test("Delete asks first: Cancel keeps the plan, Delete for good removes it and its storage key", async ({ page }) => {
    await seedPlans(page, [samplePlan("p-keep", 1), samplePlan("p-doomed", 2)], { language: "en" });
    await openApp(page);
    await expect(planCards(page)).toHaveCount(2);
    const doomedTitle = "佛山万科物业发展有限公司 2 — 文印外包服务 2";
    const card = planCard(page, doomedTitle);

    await card.getByRole("button", { name: "Delete", exact: true }).click();
    const confirm = card.getByRole("group", { name: "Confirm deletion" });
    await expect(confirm).toContainText(`Delete “${doomedTitle}”? This cannot be undone.`);
    // Focus moves to the safe choice.
    await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(confirm).toHaveCount(0);
    await expect(card.getByRole("button", { name: "Delete", exact: true })).toBeFocused();
    await expect(planCards(page)).toHaveCount(2);
    expect(Object.keys(await storedPlans(page)).sort()).toEqual(["p-doomed", "p-keep"]);

    await card.getByRole("button", { name: "Delete", exact: true }).click();
    await card.getByRole("button", { name: "Delete for good" }).click();
    await expect(planCards(page)).toHaveCount(1);
    await expect(planCard(page, doomedTitle)).toHaveCount(0);
    await expect(planCard(page, "佛山万科物业发展有限公司 1 — 文印外包服务 1")).toBeVisible();
    const storage = await readStorage(page);
    expect(storage[planKey("p-doomed")]).toBeUndefined();
    expect(storage[planKey("p-keep")]).toBeDefined();

    // Still gone after a reload.
    await page.reload();
    await expect(planCards(page)).toHaveCount(1);
  });
});
