import { expect, test, type Locator, type Page } from "./fixtures";
import { emptyPlan, expectStep, openApp, seedPlans, stepButton } from "./helpers";

test.use({ locale: "en-US" });

const COND = {
  acknowledged: "Customer acknowledges it and wants it solved",
  priority: "It is a priority",
  weSolve: "Our offer solves it",
  budget: "There is budget",
} as const;

const ASK = {
  acknowledged: "How much does this affect you? Do you want it solved?",
  priority: "Where does solving this rank among this year's priorities?",
  weSolve: "If we could do …, would that solve it? (check that our offer really does)",
  budget: "Is there budget to solve this, and is it this year's?",
} as const;

const tally = (needs: number, painsOnly: number, notOurs: number, open: number) =>
  `${needs} need(s) · ${painsOnly} pain(s) only · ${notOurs} not ours · ${open} open question(s)`;

async function openPlanOn(page: Page, step: "diagnosis" | "visit_prep") {
  await seedPlans(page, [emptyPlan("p-diag", { step })], { language: "en", current_plan: "p-diag" });
  await openApp(page);
  await expectStep(page, step === "diagnosis" ? 2 : 1);
}

async function setCondition(pain: Locator, cond: keyof typeof COND, value: "Yes" | "No" | "Unknown") {
  await pain.getByLabel(COND[cond]).selectOption({ label: value });
}

test("the printer complaint: pain only, then need, then not ours", async ({ page }) => {
  await openPlanOn(page, "diagnosis");
  await expect(page.getByText(tally(0, 0, 0, 0))).toBeVisible();
  await expect(page.getByText("No pains recorded yet.", { exact: false })).toBeVisible();

  await page.getByRole("button", { name: "Add pain" }).click();
  const pain = page.locator("ol.items > li").first();
  await expect(pain.getByLabel("Pain (in the customer's words)")).toBeFocused();
  // A blank row is not counted yet.
  await expect(page.getByText(tally(0, 0, 0, 0))).toBeVisible();
  await page.keyboard.type("The printer is bad: it jams every day");
  await expect(page.getByText(tally(0, 1, 0, 4))).toBeVisible();

  // The customer acknowledges it; everything else is unknown.
  await setCondition(pain, "acknowledged", "Yes");
  const verdict = pain.locator(".verdict");
  await expect(verdict).toContainText("Verdict: Pain only");
  await expect(verdict).toContainText("Not a need yet: some conditions fail or are unknown. Ask the questions below first.");
  await expect(verdict).toContainText("Ask next:");
  await expect(verdict.getByRole("listitem")).toHaveText([ASK.priority, ASK.weSolve, ASK.budget]);
  await expect(page.getByText(tally(0, 1, 0, 3))).toBeVisible();

  // All four hold: a need, nothing left to ask.
  await setCondition(pain, "priority", "Yes");
  await expect(verdict.getByRole("listitem")).toHaveText([ASK.weSolve, ASK.budget]);
  await expect(page.getByText(tally(0, 1, 0, 2))).toBeVisible();
  await setCondition(pain, "weSolve", "Yes");
  await setCondition(pain, "budget", "Yes");
  await expect(verdict).toContainText("Verdict: Need");
  await expect(verdict).toContainText("All four conditions hold: this is a real need; move to a proposal.");
  await expect(verdict.getByText("Ask next:")).toHaveCount(0);
  await expect(verdict.getByRole("listitem")).toHaveCount(0);
  await expect(page.getByText(tally(1, 0, 0, 0))).toBeVisible();

  // Budget "No" is not a need any more, but still a pain we can solve.
  await setCondition(pain, "budget", "No");
  await expect(verdict).toContainText("Verdict: Pain only");
  await expect(page.getByText(tally(0, 1, 0, 0))).toBeVisible();
  await setCondition(pain, "budget", "Yes");

  // Our offer does not solve it: not ours, whatever the rest says.
  await setCondition(pain, "weSolve", "No");
  await expect(verdict).toContainText("Verdict: Not ours");
  await expect(verdict).toContainText("Our offer does not solve it: do not invest here; look for other pains.");
  await expect(page.getByText(tally(0, 0, 1, 0))).toBeVisible();

  // A second pain counts separately.
  await page.getByRole("button", { name: "Add pain" }).click();
  const second = page.locator("ol.items > li").nth(1);
  await expect(second.getByLabel("Pain (in the customer's words)")).toBeFocused();
  await page.keyboard.type("Print costs cannot be split by department");
  await expect(page.getByText(tally(0, 1, 1, 4))).toBeVisible();
  await setCondition(second, "weSolve", "Unknown");
  await expect(second.locator(".verdict")).toContainText("Verdict: Pain only");
  await expect(second.locator(".verdict").getByRole("listitem")).toHaveText([ASK.acknowledged, ASK.priority, ASK.weSolve, ASK.budget]);

  // Removing the not-ours pain updates the tally.
  await pain.getByRole("button", { name: "Remove this pain" }).click();
  await expect(page.getByText(tally(0, 1, 0, 4))).toBeVisible();
  await expect(page.locator("ol.items > li")).toHaveCount(1);
});

test("the verdict is shown in Chinese as well", async ({ page }) => {
  await seedPlans(page, [emptyPlan("p-zh", { step: "diagnosis" })], { language: "zh", current_plan: "p-zh" });
  await openApp(page);
  await page.getByRole("button", { name: "添加痛点" }).click();
  await page.getByLabel("痛点（客户的原话）").fill("客户经常抱怨打印机不好用");
  await page.getByLabel("客户承认并想解决").selectOption({ label: "是" });
  await expect(page.getByText("判断：仅是痛点")).toBeVisible();
  await expect(page.getByText("需求 0 个 · 仅是痛点 1 个 · 非我方 0 个 · 待问问题 3 个")).toBeVisible();
  await expect(page.getByText("在今年的工作中，解决它排在第几位？")).toBeVisible();
  for (const c of ["是优先事项", "我们的方案能解决", "有预算"]) await page.getByLabel(c).selectOption({ label: "是" });
  await expect(page.getByText("判断：需求")).toBeVisible();
  await page.getByLabel("我们的方案能解决").selectOption({ label: "否" });
  await expect(page.getByText("判断：非我方")).toBeVisible();
});

const BANTCC_QUESTIONS: Record<string, string[]> = {
  Budget: [
    "Is this purchase in this year's budget?",
    "Who approves the budget, and through which path?",
    "Does an approver favour another brand (a risk)?",
  ],
  Authority: [
    "Which is the user department, and who?",
    "Which is the decision department, and who decides?",
    "Which is the procurement department, and who handles it?",
  ],
  Need: [
    "Is it a real need: acknowledged, a priority, solved by us, with budget?",
    "Does the customer want a problem solved, or just a feature? (Features are not needs.)",
  ],
  Time: [
    "When is the purchase planned?",
    "What are the procurement and approval processes, and how long do they take? (Longer means more risk.)",
  ],
  Company: [
    "What is the customer's current situation?",
    "What are the customer's (and the contact's) KPIs this year?",
    "What are the customer's key tasks this year?",
  ],
  Competition: [
    "Who are the competitors?",
    "Where do the competitors stand with the customer?",
    "What is our unique business value (UBV) against them?",
  ],
};

const autoItems = (page: Page) => page.locator("#auto-info > li");
const expected = (letters: string[]) =>
  letters.flatMap((l) => BANTCC_QUESTIONS[l].map((q) => `${q}BANTCC · ${l}`));

async function setStatus(page: Page, letter: string, status: string) {
  await page.getByRole("group", { name: letter, exact: true }).getByLabel("Status").selectOption({ label: status });
}

test("unknown BANTCC letters feed the visit prep's information to obtain", async ({ page }) => {
  await openPlanOn(page, "visit_prep");
  await expect(page.getByText("Added automatically: unknown BANTCC items and unconfirmed need conditions")).toBeVisible();
  const all = ["Budget", "Authority", "Need", "Time", "Company", "Competition"];
  await expect(autoItems(page)).toHaveText(expected(all));

  // Confirming Budget and marking Competition as a risk removes exactly their questions.
  await stepButton(page, "BANTCC").click();
  await expect(page.getByText("Unknown: 6 of 6")).toBeVisible();
  await setStatus(page, "Budget", "Confirmed");
  await setStatus(page, "Competition", "Risk");
  await expect(page.getByText("Unknown: 4 of 6")).toBeVisible();
  await stepButton(page, "Visit prep").click();
  await expect(autoItems(page)).toHaveText(expected(["Authority", "Need", "Time", "Company"]));

  // "Partial" counts as known too; back to "Unknown" brings the questions back.
  await stepButton(page, "BANTCC").click();
  await setStatus(page, "Authority", "Partial");
  await setStatus(page, "Need", "Confirmed");
  await setStatus(page, "Time", "Confirmed");
  await setStatus(page, "Budget", "Unknown");
  await stepButton(page, "Visit prep").click();
  await expect(autoItems(page)).toHaveText(expected(["Budget", "Company"]));

  // Everything known: the list says so.
  await stepButton(page, "BANTCC").click();
  await setStatus(page, "Budget", "Confirmed");
  await setStatus(page, "Company", "Partial");
  await expect(page.getByText("Unknown: 0 of 6")).toBeVisible();
  await stepButton(page, "Visit prep").click();
  await expect(autoItems(page)).toHaveCount(0);
  await expect(page.getByText("No BANTCC item is unknown and every need condition is answered.")).toBeVisible();

  // Open need conditions of a pain show up there too, tagged with the pain.
  await stepButton(page, "Pain vs need").click();
  await page.getByRole("button", { name: "Add pain" }).click();
  await page.getByLabel("Pain (in the customer's words)").fill("Printers jam");
  await page.getByLabel(COND.acknowledged).selectOption({ label: "Yes" });
  await page.getByLabel(COND.priority).selectOption({ label: "Yes" });
  await stepButton(page, "Visit prep").click();
  await expect(autoItems(page)).toHaveText([`${ASK.weSolve}Pain: Printers jam`, `${ASK.budget}Pain: Printers jam`]);
  // A not-ours pain asks nothing more.
  await stepButton(page, "Pain vs need").click();
  await page.getByLabel(COND.weSolve).selectOption({ label: "No" });
  await stepButton(page, "Visit prep").click();
  await expect(autoItems(page)).toHaveCount(0);
});
