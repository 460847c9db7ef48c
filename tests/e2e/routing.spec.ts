import { expect, test } from "./fixtures";
import { expectStep, openApp, samplePlan, seedPlans, stepButton } from "./helpers";

test.use({ locale: "en-US" });

const listHeading = (page: import("@playwright/test").Page) => page.locator("h1#plans-heading");

test.describe("screens have addresses and Back works", () => {
  test("steps and screens add history entries that Back and Forward walk through", async ({ page }) => {
    await seedPlans(page, [samplePlan("p-route", 1)], { language: "en" });
    await openApp(page);
    await expect(listHeading(page)).toBeVisible();
    await expect(page).toHaveURL(/#\/$/);

    await page.locator("main ul.cards > li").first().getByRole("button", { name: /^Open/ }).click();
    await expectStep(page, 0);
    await expect(page).toHaveURL(/#\/plan\/p-route\/customer$/);

    await stepButton(page, "Pain vs need").click();
    await expectStep(page, 2);
    await expect(page).toHaveURL(/#\/plan\/p-route\/diagnosis$/);
    await page.getByRole("button", { name: "Next" }).click();
    await expectStep(page, 3);
    await expect(page).toHaveURL(/#\/plan\/p-route\/bantcc$/);

    // Back: the previous step, then the one before, then the list; never out of the app.
    await page.goBack();
    await expectStep(page, 2);
    await page.goBack();
    await expectStep(page, 0);
    await page.goBack();
    await expect(listHeading(page)).toBeVisible();
    await expect(page).toHaveURL(/#\/$/);

    await page.goForward();
    await expectStep(page, 0);

    // The header's screens too.
    await page.getByRole("button", { name: "Stage settings" }).click();
    await expect(page.locator("h1#settings-heading")).toBeVisible();
    await expect(page).toHaveURL(/#\/settings$/);
    await page.getByRole("button", { name: "Import / export" }).click();
    await expect(page.locator("h1#transfer-heading")).toBeVisible();
    await expect(page).toHaveURL(/#\/transfer$/);
    await page.goBack();
    await expect(page.locator("h1#settings-heading")).toBeVisible();
    await page.goBack();
    await expectStep(page, 0);
  });

  test("reloading or opening an address shows that screen", async ({ page }) => {
    await seedPlans(page, [samplePlan("p-a", 1), samplePlan("p-b", 2)], { language: "en" });
    await page.goto("/#/plan/p-b/review");
    await expectStep(page, 4);
    await expect(page.locator(".wizard")).toHaveAttribute("data-plan", "p-b");
    await page.reload();
    await expectStep(page, 4);

    await page.goto("/#/settings");
    await expect(page.locator("h1#settings-heading")).toBeVisible();
    await page.reload();
    await expect(page.locator("h1#settings-heading")).toBeVisible();

    await page.goto("/#/transfer");
    await expect(page.locator("h1#transfer-heading")).toBeVisible();

    // A plan that is not here (deleted, or another browser's): the list.
    await page.goto("/#/plan/p-gone/bantcc");
    await expect(listHeading(page)).toBeVisible();
    await expect(page).toHaveURL(/#\/$/);
  });
});
