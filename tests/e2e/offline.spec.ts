import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type Page } from "./fixtures";
import { openApp, planEntries, readStorage, samplePlan, seedPlans, seedStorage, stepButton, storedPlans, twoTabs } from "./helpers";

// Issue 14: after one visit the app opens and works with the network off;
// it can be installed; a new version is offered without losing anything.

test.use({ locale: "en-US", serviceWorkers: "allow" });

/** Waits until the service worker has this build cached and controls the page. */
async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test("after one visit: offline reload, a new tab, editing, a share link, import and export all work", async ({ page, context }) => {
  const plan = samplePlan("p-off", 1);
  await seedPlans(page, [plan], { language: "en" });
  await openApp(page);
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "My plans" })).toBeVisible();
  await page.locator("main ul.cards > li").first().getByRole("button", { name: /^Open/ }).click();
  const account = page.getByLabel("Customer name (legal name)");
  await account.fill("离线也能改的客户");
  await expect.poll(async () => (await storedPlans(page))["p-off"].account.name).toBe("离线也能改的客户");
  // A new tab, still offline.
  const tab = await context.newPage();
  await tab.goto("/#/");
  await expect(tab.getByRole("heading", { level: 1, name: "My plans" })).toBeVisible();
  await expect(tab.locator("main ul.cards > li")).toContainText("离线也能改的客户");
  // Export and import, offline.
  await tab.getByRole("button", { name: "Import / export" }).click();
  const download = tab.waitForEvent("download");
  await tab.getByRole("button", { name: /^Export all plans/ }).click();
  const text = readFileSync((await (await download).path())!, "utf8");
  expect(JSON.parse(text).plans[0].account.name).toBe("离线也能改的客户");
  const other = samplePlan("p-new", 2);
  const file = JSON.stringify({ format: "winplan-export", schema_version: 1, app_version: "0.1.0", exported_at: "2026-12-01T08:00:00.000Z", plans: [other] });
  await tab.locator("#import-file").setInputFiles({ name: "more.json", mimeType: "application/json", buffer: Buffer.from(file) });
  await tab.getByRole("button", { name: "Merge (newer edit wins)" }).click();
  await expect(tab.locator("#import-status")).toContainText("There are now 2 plan(s) here.");
  // A share link opens offline (the page is the cached app).
  await tab.getByRole("button", { name: "My plans" }).click();
  await tab.locator("main ul.cards > li").filter({ hasText: "离线也能改的客户" }).getByRole("button", { name: /^Open/ }).click();
  await stepButton(tab, "Review").click();
  await tab.locator("#share-make").click();
  const link = await tab.locator("#share-link").inputValue();
  const reader = await context.newPage();
  await reader.goto(link);
  await expect(reader.locator("#shared-heading")).toBeVisible();
  await expect(reader.locator(".shared")).toContainText("离线也能改的客户");
  await context.setOffline(false);
});

test("installable: the manifest is linked, names the app, opens standalone, and its icons load", async ({ page }) => {
  await openApp(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBeTruthy();
  const res = await page.request.get(new URL(href!, page.url()).toString());
  expect(res.ok()).toBe(true);
  const manifest = await res.json();
  expect(manifest).toMatchObject({ name: "赢单计划 · Win Plan", short_name: "赢单计划", display: "standalone", start_url: "./", theme_color: "#1f4e8c" });
  const icons: { src: string; sizes: string; purpose?: string }[] = manifest.icons;
  expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  expect(icons.some((i) => i.purpose === "maskable")).toBe(true);
  for (const icon of icons) {
    const img = await page.request.get(new URL(icon.src, page.url()).toString());
    expect(img.headers()["content-type"]).toBe("image/png");
    const png = await img.body();
    const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(`${w}x${h}`).toBe(icon.sizes);
  }
  // Chromium's own installability check: manifest, icons, a service
  // worker that serves the page (a test profile is incognito, which
  // Chromium always names).
  await controlled(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  expect(installabilityErrors.filter((e) => e.errorId !== "in-incognito")).toEqual([]);
  // The policy is in the page, strict.
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  for (const d of ["default-src 'self'", "'wasm-unsafe-eval'", "style-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) expect(csp).toContain(d);
  expect(csp).not.toContain("unsafe-inline");
});

test.describe("a new version", () => {
  let dir: string;
  let server: ChildProcess;
  const port = Number(process.env.E2E_PORT ?? 4173) + 37;
  const base = `http://127.0.0.1:${port}/`;

  // A server of its own: this test changes the build it serves.
  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "winplan-update-"));
    cpSync("dist", dir, { recursive: true });
    server = spawn("node", ["scripts/static-server.mjs", dir, String(port)], { stdio: "ignore" });
    for (let i = 0; i < 50; i++) {
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  });
  test.afterAll(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  test("is offered while the rep types; reloading into it loses nothing, and the old cache goes", async ({ page }) => {
    await page.goto(base);
    await page.getByRole("button", { name: "New plan" }).click();
    await controlled(page);
    const account = page.getByLabel("Customer name (legal name)");
    await account.fill("正在输入的客户");
    await expect(page.locator("#update-status-ok")).toHaveCount(0);
    // Build B: the same files under a new version.
    const sw = join(dir, "sw.js");
    writeFileSync(sw, readFileSync(sw, "utf8").replace(/VERSION="[0-9a-f]+"/, 'VERSION="b000000000000000"'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
    const reload = page.locator("#update-status-ok");
    await expect(reload).toHaveText("Reload");
    await expect(page.locator("#update-status")).toContainText("A new version is ready");
    // Nothing typed is lost: it is stored already, and the field keeps it.
    await expect(account).toHaveValue("正在输入的客户");
    await expect.poll(async () => Object.values(await readStorage(page)).some((v) => v.includes("正在输入的客户"))).toBe(true);
    await Promise.all([page.waitForEvent("load"), reload.click()]);
    await expect(page.getByLabel("Customer name (legal name)")).toHaveValue("正在输入的客户");
    await expect(page.locator("#update-status-ok")).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual(["winplan-b000000000000000"]);
  });
});

test("a gentle backup reminder: with plans and no export in 30 days; Not now puts it off until the next start; an export of all the plans ends it", async ({ page }) => {
  await seedPlans(page, [samplePlan("p-b1", 1), samplePlan("p-b2", 2)], { language: "en" });
  await openApp(page);
  const reminder = page.getByRole("status").filter({ has: page.locator("#backup-export") });
  await expect(reminder).toContainText("there is no backup from the last 30 days");
  await page.locator("#backup-later").click();
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await expect(reminder).toContainText("there is no backup from the last 30 days");
  const download = page.waitForEvent("download");
  await page.locator("#backup-export").click();
  expect(JSON.parse(readFileSync((await (await download).path())!, "utf8")).plans).toHaveLength(2);
  await expect(reminder).toHaveCount(0);
  const today = await page.evaluate(() => new Date().toLocaleDateString("sv"));
  expect(JSON.parse((await readStorage(page))["winplan:v1:prefs"]).prefs.last_export).toBe(today);
  await page.reload();
  await expect(page.locator("main h1").first()).toBeVisible();
  await expect(reminder).toHaveCount(0);
});

test("no backup reminder without plans, or with an export in the last 30 days", async ({ page }) => {
  const recent = new Date(Date.now() - 10 * 86400_000).toLocaleDateString("sv");
  await seedStorage(page, {
    ...planEntries([samplePlan("p-r", 1)]),
    "winplan:v1:prefs": JSON.stringify({ schema_version: 1, prefs: { language: "en", current_plan: null, last_export: recent } }),
  });
  await openApp(page);
  await expect(page.locator("#backup-export")).toHaveCount(0);
  await seedPlans(page, [], { language: "en" });
  await openApp(page);
  await expect(page.locator("#backup-export")).toHaveCount(0);
});

test("a backup made in one tab ends the reminder in another tab open beside it", async ({ context }) => {
  const [a, b] = await twoTabs(context, [samplePlan("p-t1", 1)], { language: "en" });
  await expect(b.locator("#backup-export")).toBeVisible();
  const download = a.waitForEvent("download");
  await a.locator("#backup-export").click();
  await download;
  await expect(a.locator("#backup-export")).toHaveCount(0);
  await expect(b.locator("#backup-export")).toHaveCount(0);
});
