import { expect, test, type Page } from "./fixtures";
import jsQR from "jsqr";
import { openApp, samplePlan, seedPlans, type Plan } from "./helpers";

/** Reads the QR code drawn on the page: the SVG drawn on a canvas at 4
 * pixels a module, decoded by jsQR. */
async function readQr(page: Page): Promise<string | undefined> {
  const { data, width, height } = await page.locator(".qr svg").evaluate(async (svg: SVGSVGElement) => {
    const side = svg.viewBox.baseVal.width * 4;
    const img = new Image();
    img.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(new XMLSerializer().serializeToString(svg));
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = side;
    const ctx = canvas.getContext("2d")!;
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(img, 0, 0, side, side);
    const px = ctx.getImageData(0, 0, side, side);
    return { data: Array.from(px.data), width: side, height: side };
  });
  return jsQR(Uint8ClampedArray.from(data), width, height)?.data;
}

// Issue 11: the share link is copied or shared in one tap, selected whole
// on focus, shorter (no default fields), and the articles' plans get a QR
// code (the reduced plan when the whole one is too large).

/** The articles' water-purifier case: no current need, but the campus's
 * service-satisfaction KPI, which better drinking water serves. */
function waterPurifier(): Plan {
  const plan = samplePlan("p-water", 7) as any;
  plan.account = { name: "深圳南山科技园物业服务中心", industry: "园区物业", region: "广东 深圳", address: "深圳市南山区科技园科发路 8 号" };
  plan.opportunity = { ...plan.opportunity, name: "园区商用净水机", content: "园区公共区域饮水改善：以商用净水机替代桶装水", amount: 360000 };
  plan.pains = [
    { id: "n1", description: "目前没有商用净水需求，桶装水够用", goal: "提高整个园区服务满意度（今年的关键指标）", goal_kind: "social", owner: "c1", acknowledged: "yes", priority: "yes", we_solve: "yes", budget: "unknown" },
  ];
  plan.diagnosis = { surface_need: "暂无采购需求", deep_need: "园区服务满意度 KPI", whole_solution: "净水机租赁 + 滤芯更换 + 水质报告" };
  plan.deal = { stage_mode: "pick", picked_stage: "discover", ticked: ["discover-time"], competitors: ["桶装水供应商"], competitors_known: true, business_volume: "high", budget_this_year: "unknown" };
  return plan;
}

/** The articles' printer case (佛山万科, print outsourcing). */
function printer(): Plan {
  const plan = samplePlan("p-print", 1) as any;
  plan.deal = { stage_mode: "pick", picked_stage: "confirm", ticked: ["discover-time"], competitors: ["理光", "佳能"], competitors_known: true, business_volume: "high", budget_this_year: "yes" };
  return plan;
}

async function makeLink(page: Page, plan: Plan) {
  (plan as any).step = "review";
  await seedPlans(page, [plan], { language: "en", current_plan: plan.id });
  await openApp(page);
  await page.locator("#share-make").click();
  await expect(page.locator("#share-link")).not.toHaveValue("");
  return page.locator("#share-link").inputValue();
}

test.describe("share link", () => {
  test.use({ locale: "en-US", viewport: { width: 360, height: 740 } });

  const cases = [
    ["printer", printer, "201,000 CNY", "Confirm the needWin probability8.3%"],
    ["water purifier", waterPurifier, "360,000 CNY", "Discover needsWin probability5%"],
  ] as const;
  for (const [name, plan, amount, stage] of cases) {
    test(`the articles' ${name} plan: its link opens it in a fresh profile, verdict first, in the app's status colours`, async ({ page, browser }) => {
      const link = await makeLink(page, plan());
      // Measured for the note (not a limit): see README.
      console.log(`share link, ${name} plan: ${link.length} characters`);
      const other = await browser.newContext({ locale: "en-US" });
      const fresh = await other.newPage();
      await fresh.goto(link);
      await expect(fresh.locator("#shared-heading")).toBeVisible();
      await expect(fresh.locator(".shared h3")).toHaveText(/—/);
      // What a colleague wants first: amount, stage and probability,
      // commitment objectives, red flags.
      const facts = fresh.locator("#shared-facts");
      await expect(facts).toContainText(amount);
      await expect(facts).toContainText(stage);
      await expect(facts).toContainText(plan().visit.commitment_best);
      await expect(fresh.locator("#shared-flags li", { hasText: "Purchase date / process unknown" })).toHaveCount(1);
      const colour = (status: string) =>
        fresh.locator(`.shared .coverage .mark.${status}`).first().evaluate((e) => getComputedStyle(e).color);
      // Confirmed is green; partial and risk are not (as in the panel).
      const green = "rgb(30, 107, 58)";
      expect(await colour("confirmed")).toBe(green);
      expect(await colour("partial")).not.toBe(green);
      expect(await colour("risk")).not.toBe(green);
      expect(await colour("risk")).not.toBe(await colour("partial"));
      await other.close();
    });
  }

  test("the articles' printer plan gets a QR code: of a reduced plan, which says what it left out and opens with the same verdict", async ({ page, browser }) => {
    const link = await makeLink(page, printer());
    await expect(page.locator("#share-reduced")).toHaveText(/one QR code.*reduced plan.*BANTCC notes and evidence.*the link or the file/);
    await expect(page.locator("#share-no-qr")).toHaveCount(0);
    const scanned = await readQr(page);
    expect(scanned).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#share=2\./);
    // Shorter than the whole plan's link, which the link field keeps.
    expect(scanned!.length).toBeLessThan(link.length);
    console.log(`share link, printer plan: ${link.length} characters; its reduced QR code: ${scanned!.length}`);
    const other = await browser.newContext({ locale: "en-US" });
    const fresh = await other.newPage();
    await fresh.goto(scanned!);
    const facts = fresh.locator("#shared-facts");
    await expect(facts).toContainText("201,000 CNY");
    await expect(facts).toContainText("Confirm the needWin probability8.3%");
    await expect(facts).toContainText(printer().visit.commitment_best);
    await expect(fresh.locator("#shared-flags li", { hasText: "Purchase date / process unknown" })).toHaveCount(1);
    await other.close();
  });

  test("a small plan's QR code holds the whole link", async ({ page }) => {
    const plan = samplePlan("p-small", 2) as any;
    plan.visit = { ...plan.visit, purpose: "", questions: [], objections: [], info_to_obtain: [], info_to_give: "" };
    plan.pains = plan.pains.slice(0, 1);
    plan.bantcc = Object.fromEntries(Object.entries(plan.bantcc).map(([k, v]: [string, any]) => [k, { ...v, notes: "", evidence: "" }]));
    const link = await makeLink(page, plan);
    await expect(page.locator("#share-reduced")).toHaveCount(0);
    expect(await readQr(page)).toBe(link);
  });

  test("copy puts the link on the clipboard and says so; the field selects it all", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const link = await makeLink(page, printer());
    await page.locator("#share-copy").click();
    await expect(page.locator("#share-copied")).toHaveText("Link copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await page.locator("#share-link").focus();
    const selected = await page.locator("#share-link").evaluate((i: HTMLInputElement) => [i.selectionStart, i.selectionEnd]);
    expect(selected).toEqual([0, link.length]);
    // Without a share sheet (desktop Chromium), no share button.
    await expect(page.locator("#share-send")).toHaveCount(await page.evaluate(() => ("share" in navigator ? 1 : 0)));
    // The print, export, share and copy buttons line up on a phone.
    const boxes = await Promise.all(["#print-plan", "#export-this", "#share-make", "#share-copy"].map(async (s) => (await page.locator(s).boundingBox())!));
    expect(new Set(boxes.map((b) => Math.round(b.x))).size).toBe(1);
    expect(new Set(boxes.map((b) => Math.round(b.width))).size).toBe(1);
  });

  test("a refused copy says so", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) } });
    });
    await makeLink(page, printer());
    await page.locator("#share-copy").click();
    await expect(page.locator("#share-copied")).toHaveText("Could not copy: select the link and copy it.");
  });

  test("share hands the link to the phone's share sheet where there is one", async ({ page }) => {
    await page.addInitScript(() => {
      (navigator as any).share = (data: ShareData) => {
        (window as any).__shared = data;
        return Promise.resolve();
      };
    });
    const link = await makeLink(page, printer());
    await page.locator("#share-send").click();
    expect(await page.evaluate(() => (window as any).__shared?.url)).toBe(link);
  });
});
