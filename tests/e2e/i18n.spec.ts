import { expect, test, type Page } from "./fixtures";
import { PREFS_KEY, expectStep, openApp, readStorage, samplePlan, seedPlans, stepButton } from "./helpers";

const langButton = (page: Page, name: "English" | "中文") =>
  page.getByRole("navigation", { name: /^(Main navigation|主导航)$/ }).getByRole("button", { name, exact: true });

async function storedLanguage(page: Page): Promise<string | undefined> {
  const raw = (await readStorage(page))[PREFS_KEY];
  return raw ? JSON.parse(raw).prefs.language : undefined;
}

test.describe("default language from the browser", () => {
  test.describe("zh-CN browser", () => {
    test.use({ locale: "zh-CN" });
    test("shows the Chinese UI", async ({ page }) => {
      await openApp(page);
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      await expect(page.getByRole("heading", { level: 1, name: "我的拜访计划" })).toBeVisible();
      await expect(page.getByRole("button", { name: "新建拜访计划" })).toBeVisible();
      await expect(langButton(page, "English")).toBeVisible();
      await expect(page).toHaveTitle("赢单计划 · 拜访准备与商机判断");
    });
  });

  test.describe("en-US browser", () => {
    test.use({ locale: "en-US" });
    test("shows the English UI", async ({ page }) => {
      await openApp(page);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("heading", { level: 1, name: "My plans" })).toBeVisible();
      await expect(page.getByRole("button", { name: "New plan" })).toBeVisible();
      await expect(langButton(page, "中文")).toBeVisible();
      await expect(page).toHaveTitle("Win Plan · visit preparation and deal qualification");
    });
  });
});

test.describe("switching", () => {
  test.use({ locale: "zh-CN" });

  test("the toggle switches every visible text and is remembered across reloads", async ({ page }) => {
    await seedPlans(page, [samplePlan("p-i18n", 3, { step: "diagnosis" })], { current_plan: "p-i18n" });
    await openApp(page);
    await expectStep(page, 2);

    // Chinese first.
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.locator("#step-diagnosis")).toHaveText("第 3/5 步 · 痛点与需求");
    await expect(page.getByLabel("痛点（客户的原话）").first()).toBeVisible();
    await expect(page.getByText("判断：需求")).toBeVisible();
    await expect(page.getByRole("button", { name: "下一步" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "拜访计划步骤" })).toBeVisible();
    await expect(page.getByText("需求 1 个 · 仅是痛点 1 个 · 非我方 0 个 · 待问问题 2 个")).toBeVisible();

    await langButton(page, "English").click();

    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page).toHaveTitle("Win Plan · visit preparation and deal qualification");
    await expect(page.locator("#step-diagnosis")).toHaveText("Step 3 of 5 · Pain vs need");
    await expect(page.getByLabel("Pain (in the customer's words)").first()).toBeVisible();
    await expect(page.getByText("Verdict: Need")).toBeVisible();
    await expect(page.getByText("1 need(s) · 1 pain(s) only · 0 not ours · 2 open question(s)")).toBeVisible();
    await expect(page.getByRole("button", { name: "Next", exact: true })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Plan steps" })).toBeVisible();
    await expect(page.getByLabel("It is a priority").nth(1).locator("option:checked")).toHaveText("Unknown");
    await expect(langButton(page, "中文")).toBeVisible();
    // The switch keeps the user's place and data.
    await expectStep(page, 2);
    await expect(page.getByLabel("Deep need")).toHaveValue("文印外包、无客诉");
    // No Chinese UI text is left in the main area: only user data is Chinese.
    const main = page.locator("main");
    for (const zh of ["痛点与需求", "下一步", "上一步", "判断", "添加痛点", "未知", "表面需求"]) {
      await expect(main.getByText(zh, { exact: false })).toHaveCount(0);
    }
    expect(await storedLanguage(page)).toBe("en");

    // Other steps are in English too.
    await stepButton(page, "BANTCC").click();
    await expect(page.getByText("Unknown: 1 of 6")).toBeVisible();
    await expect(page.getByRole("group", { name: "Competition", exact: true }).getByLabel("Status").locator("option:checked")).toHaveText("Risk");

    // Remembered after a reload, although the browser says zh-CN.
    await page.reload();
    await expectStep(page, 3);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("#step-bantcc")).toHaveText("Step 4 of 5 · BANTCC");
    await expect(page.getByRole("button", { name: "Back", exact: true })).toBeVisible();

    // And back to Chinese.
    await langButton(page, "中文").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByText("未知项：1 / 6")).toBeVisible();
    await expect(page.getByRole("button", { name: "上一步" })).toBeVisible();
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("button", { name: "上一步" })).toBeVisible();
    expect(await storedLanguage(page)).toBe("zh");
  });

  test("the plan list switches too", async ({ page }) => {
    await seedPlans(page, [samplePlan("p-list", 4)]);
    await openApp(page);
    const card = page.locator("main ul.cards > li").first();
    await expect(card.getByRole("button", { name: "打开" })).toBeVisible();
    await expect(card).toContainText("第 1/5 步：客户与联系人");

    await langButton(page, "English").click();
    await expect(page.getByRole("heading", { level: 1, name: "My plans" })).toBeVisible();
    await expect(card.getByRole("button", { name: "Open" })).toBeVisible();
    await expect(card.getByRole("button", { name: "Duplicate" })).toBeVisible();
    await expect(card.getByRole("button", { name: "Delete" })).toBeVisible();
    await expect(card).toContainText("Step 1 of 5: Customer");
    await expect(card).toContainText(/Updated \d{4}-\d{2}-\d{2}/);

    // Confirmation texts follow the language as well.
    await card.getByRole("button", { name: "Delete" }).click();
    await expect(card.getByRole("group", { name: "Confirm deletion" })).toContainText("This cannot be undone.");
    await langButton(page, "中文").click();
    await expect(card.getByRole("group", { name: "确认删除" })).toContainText("删除后无法恢复");
    await expect(card.getByRole("button", { name: "确定删除" })).toBeVisible();
  });
});
