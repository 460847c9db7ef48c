import { expect, test, type Page } from "./fixtures";
import { STEPS, expectStep, openApp, planCards, samplePlan, seedPlans, stepButton } from "./helpers";

const WIDTH = 360;
test.use({ viewport: { width: WIDTH, height: 740 }, hasTouch: true, isMobile: true });

interface LayoutReport {
  scrollWidth: number;
  /** Controls that are hidden, collapsed or cut off at the sides. */
  badControls: string[];
  /** Visible elements that stick out past the right edge (the overflow culprits). */
  overflowing: string[];
}

/** Measures horizontal overflow and checks every control sits inside the viewport. */
const layout = (page: Page): Promise<LayoutReport> =>
  page.evaluate((vw) => {
    const describe = (el: Element) => {
      const label = (el as HTMLElement).id ? `#${(el as HTMLElement).id}` : (el.textContent ?? "").trim().slice(0, 30);
      return `${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).split(" ").join(".") : ""} ${label}`;
    };
    const badControls: string[] = [];
    for (const el of document.querySelectorAll("header button, main button, main input, main select, main textarea, main a")) {
      // The scoring panel is one tap away on a phone: closed, its controls are hidden by design.
      if (el.closest("#score-panel:not(.open)")) continue;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const tiny = r.width < 1 || r.height < 1;
      const hidden = style.visibility === "hidden" || style.display === "none";
      const cut = r.left < -0.5 || r.right > vw + 0.5;
      // Text controls and buttons must be comfortably tappable (WCAG 2.2 target size: 24px).
      const small = el.matches("button, select, textarea, input:not([type=checkbox])") && (r.height < 24 || r.width < 24);
      if (tiny || hidden || cut || small) {
        badControls.push(`${describe(el)} [${Math.round(r.left)}..${Math.round(r.right)} x${Math.round(r.height)}]${tiny ? " tiny" : ""}${hidden ? " hidden" : ""}${cut ? " cut" : ""}${small ? " small" : ""}`);
      }
    }
    const overflowing: string[] = [];
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > vw + 0.5 && !el.closest(".skip")) overflowing.push(`${describe(el)} right=${Math.round(r.right)}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, badControls, overflowing: overflowing.slice(0, 15) };
  }, WIDTH);

async function expectFits(page: Page, where: string) {
  const r = await layout(page);
  expect(r.scrollWidth, `${where}: no horizontal scroll; sticking out: ${r.overflowing.join(", ")}`).toBeLessThanOrEqual(WIDTH);
  expect(r.badControls, `${where}: every control visible and inside the screen`).toEqual([]);
}

for (const lang of ["zh", "en"] as const) {
  test(`no horizontal scroll at 360px on the list and every step (${lang})`, async ({ page }) => {
    const longWord = "Guangdong-Hong-Kong-Macao-Greater-Bay-Area-Managed-Print-Services-Consortium-Ltd";
    await seedPlans(
      page,
      [
        samplePlan("p-m1", 1),
        samplePlan("p-m2", 2, {
          account: { name: longWord, industry: "Facility management", region: "广东 深圳", address: "深圳市南山区科技园南区 W1-A 栋 15 楼" },
        }),
      ],
      { language: lang },
    );
    await openApp(page);
    await expect(planCards(page)).toHaveCount(2);
    await expectFits(page, "plan list");

    // The delete confirmation has the longest card content.
    await planCards(page).nth(0).getByRole("button", { name: lang === "en" ? "Delete" : "删除", exact: true }).click();
    await expectFits(page, "plan list, confirming a delete");
    await planCards(page).nth(0).getByRole("button", { name: lang === "en" ? "Cancel" : "取消" }).click();

    await planCards(page)
      .filter({ hasText: longWord })
      .getByRole("button", { name: lang === "en" ? "Open" : "打开" })
      .tap();
    await expectStep(page, 0);

    for (let i = 0; i < STEPS.length; i++) {
      await stepButton(page, STEPS[i][lang]).tap();
      await expectStep(page, i);
      await expectFits(page, `step ${i + 1} (${STEPS[i].id})`);
    }

    // Controls are usable by touch: add a contact on step 1 and tick it as coach.
    await stepButton(page, STEPS[0][lang]).tap();
    await page.getByRole("button", { name: lang === "en" ? "Add contact" : "添加联系人" }).tap();
    const row = page.locator("ol.items > li").last();
    await row.getByLabel(lang === "en" ? "Name" : "姓名", { exact: true }).fill("王工");
    await row.getByLabel(lang === "en" ? "Is our coach (insider)" : "是教练（内线）").tap();
    await expect(row.getByLabel(lang === "en" ? "Is our coach (insider)" : "是教练（内线）")).toBeChecked();
    await expectFits(page, "step 1 with a 4th contact");
  });
}

test("the wizard pager stays usable on a small screen", async ({ page }) => {
  await seedPlans(page, [samplePlan("p-pager", 5, { step: "diagnosis" })], { language: "en", current_plan: "p-pager" });
  await openApp(page);
  await expectStep(page, 2);
  const next = page.getByRole("button", { name: "Next", exact: true });
  await next.scrollIntoViewIfNeeded();
  await expect(next).toBeInViewport();
  await next.tap();
  await expectStep(page, 3);
  // Changing step scrolls back to the top so the new heading is in view.
  await expect(page.locator("#step-bantcc")).toBeInViewport();
});
