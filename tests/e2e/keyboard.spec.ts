import { expect, test, type Page } from "./fixtures";
import { expectStep, onlyStoredPlan, openApp, samplePlan, seedPlans, stepHeading } from "./helpers";

test.use({ locale: "en-US" });

interface Focused {
  tag: string;
  id: string;
  type: string;
  text: string;
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      id: el?.id ?? "",
      type: (el as HTMLInputElement | null)?.type ?? "",
      text: (el?.textContent ?? "").trim(),
    };
  });

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, and returns
 * how many presses it took. Fails with the visited path when it never does.
 */
async function tabTo(page: Page, want: (f: Focused) => boolean, what: string, opts: { back?: boolean; max?: number } = {}) {
  const path: string[] = [];
  for (let i = 1; i <= (opts.max ?? 40); i++) {
    await page.keyboard.press(opts.back ? "Shift+Tab" : "Tab");
    const f = await focused(page);
    path.push(f.id ? `#${f.id}` : `${f.tag}:${f.text.slice(0, 20)}`);
    if (want(f)) return i;
  }
  throw new Error(`Tab never reached ${what}; visited: ${path.join(" → ")}`);
}

const byId = (id: string) => (f: Focused) => f.id === id;
const button = (text: string) => (f: Focused) => f.tag === "button" && f.text === text;

test("create a plan and complete the Customer step with the keyboard only", async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole("heading", { level: 1, name: "My plans" })).toBeVisible();

  // The skip link comes first and is shown when focused.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeInViewport();

  await tabTo(page, button("New plan"), "the New plan button", { max: 5 });
  await page.keyboard.press("Enter");
  await expectStep(page, 0);

  // Account and opportunity: type into each field in tab order.
  await tabTo(page, byId("account-name"), "the customer name");
  await page.keyboard.type("Shenzhen Water Group");
  expect(await tabTo(page, byId("account-industry"), "industry", { max: 1 })).toBe(1);
  await page.keyboard.type("Utilities");
  expect(await tabTo(page, byId("account-region"), "region", { max: 1 })).toBe(1);
  await page.keyboard.type("Shenzhen");
  // Shift+Tab goes back; fix a typo in the industry.
  expect(await tabTo(page, byId("account-industry"), "industry (back)", { back: true, max: 1 })).toBe(1);
  await page.keyboard.press("End");
  await page.keyboard.type(" (water)");
  await tabTo(page, byId("opp-name"), "the opportunity name", { max: 4 });
  await page.keyboard.type("Bottled water dispensers");
  await tabTo(page, byId("opp-amount"), "the amount", { max: 3 });
  await page.keyboard.type("88000");
  expect(await tabTo(page, byId("opp-currency"), "the currency", { max: 1 })).toBe(1);
  await page.keyboard.press("ArrowDown"); // CNY → USD
  await expect(page.getByLabel("Currency")).toHaveValue("USD");
  await tabTo(page, byId("opp-next-contact"), "the next contact date", { max: 12 });
  await page.keyboard.type("06302031"); // en-US date field: mm dd yyyy
  await expect(page.getByLabel("Next contact")).toHaveValue("2031-06-30");

  // Add a contact: its name field takes focus.
  await tabTo(page, button("Add contact"), "Add contact");
  await page.keyboard.press("Enter");
  await expect(page.locator("#contact-c1-name")).toBeFocused();
  await page.keyboard.type("Ms Huang");
  await tabTo(page, byId("contact-c1-title"), "the contact's title", { max: 1 });
  await page.keyboard.type("Facilities director");
  await tabTo(page, byId("contact-c1-role"), "the buying role", { max: 2 });
  await page.keyboard.press("ArrowDown"); // Unknown → User department
  await page.keyboard.press("ArrowDown"); // → Decision maker
  await expect(page.locator("#contact-c1-role option:checked")).toHaveText("Decision maker");
  await tabTo(page, byId("contact-c1-coach"), "the coach checkbox", { max: 4 });
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Is our coach (insider)")).toBeChecked();
  await expect(page.locator("ol.items > li .item-title")).toHaveText("Ms Huang");

  // Next (the pager) moves on; focus lands on the new step's heading.
  await tabTo(page, button("Next"), "the Next button");
  await page.keyboard.press("Enter");
  await expectStep(page, 1);
  await expect(stepHeading(page, 1)).toBeFocused();
  await expect(stepHeading(page, 1)).toHaveText("Step 2 of 5 · Visit prep");

  // From the heading, Tab continues into the new step's first field.
  await tabTo(page, byId("visit-date"), "the visit date", { max: 1 });

  const plan = await onlyStoredPlan(page);
  expect(plan.step).toBe("visit_prep");
  expect(plan.account).toMatchObject({ name: "Shenzhen Water Group", industry: "Utilities (water)", region: "Shenzhen" });
  expect(plan.opportunity).toMatchObject({ name: "Bottled water dispensers", amount: 88000, currency: "USD", next_contact: "2031-06-30" });
  expect(plan.contacts).toEqual([
    expect.objectContaining({ id: "c1", name: "Ms Huang", title: "Facilities director", role: "decision_maker", is_coach: true }),
  ]);
});

test("a new plan puts keyboard focus on its first step heading", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "New plan" }).focus();
  await page.keyboard.press("Enter");
  await expectStep(page, 0);
  // The New plan button is gone; focus must not fall back to <body>.
  await expect(stepHeading(page, 0)).toBeFocused({ timeout: 3_000 });
});

test("opening a plan from its card puts keyboard focus on its step heading", async ({ page }) => {
  await seedPlans(page, [samplePlan("p-kb", 1, { step: "bantcc" })], { language: "en" });
  await openApp(page);
  await page.getByRole("button", { name: "Open", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expectStep(page, 3);
  await expect(stepHeading(page, 3)).toBeFocused({ timeout: 3_000 });
});

test("the step nav and the delete confirmation work with the keyboard", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "New plan" }).click();
  await expectStep(page, 0);
  await page.getByLabel("Customer name (legal name)").fill("Keyboard Co");

  // Step nav buttons are reachable by Shift+Tab from the first field, and Space activates them.
  await page.getByLabel("Customer name (legal name)").focus();
  await tabTo(page, button("5Review"), "the Review step button", { back: true, max: 3 });
  await page.keyboard.press("Space");
  await expectStep(page, 4);
  await expect(stepHeading(page, 4)).toBeFocused();

  // Back to the list through the header button, then delete with Enter.
  await tabTo(page, button("My plans"), "My plans", { back: true, max: 12 });
  await page.keyboard.press("Enter");
  // The list moves focus to its heading once rendered: wait for that, or it
  // could take focus away from the Delete button focused below.
  await expect(page.getByRole("heading", { level: 1, name: "My plans" })).toBeFocused();
  await page.getByRole("button", { name: "Delete", exact: true }).focus();
  await expect(page.getByRole("button", { name: "Delete", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Enter"); // Cancel
  await expect(page.getByRole("button", { name: "Delete", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Cancel" })).toBeFocused();
  await tabTo(page, button("Delete for good"), "Delete for good", { back: true, max: 1 });
  await page.keyboard.press("Enter");
  await expect(page.locator("main ul.cards > li")).toHaveCount(0);
});
