import { expect, test, type Page } from "./fixtures";
import {
  PREFS_KEY,
  emptyPlan,
  fillStorage,
  openApp,
  planCards,
  planEntries,
  planKey,
  readStorage,
  samplePlan,
  seedStorage,
  storedPlans,
  type Plan,
} from "./helpers";

// Issue 10, cases 2, 5 and 7: imports never overwrite what is kept aside,
// duplicate row ids are refused, and the messages tell the truth (share
// links from a newer version, storage full during an import, a share link
// opened in a running tab, a shared plan imported under a fresh id).

test.use({ locale: "en-US" });

// Unreadable entries, kept exactly as written (spacing included).
const FUTURE = '{"schema_version":99,"plan":{"id":"k-future","account":{"name":"Future Co"}, "new_field":[1,2,3]}}';
const BROKEN = '{"schema_version":1,"plan":{"id":"k-broken", oops';

async function openTransfer(page: Page) {
  await page.getByRole("button", { name: "Import / export" }).click();
  await expect(page.getByRole("heading", { name: "Import / export", level: 1 })).toBeVisible();
}

async function importText(page: Page, text: string) {
  await page.locator("#import-file").setInputFiles({ name: "plans.json", mimeType: "application/json", buffer: Buffer.from(text) });
}

const exportFile = (plans: unknown[]) =>
  JSON.stringify({ format: "winplan-export", schema_version: 1, app_version: "0.1.0", exported_at: "2030-01-01T00:00:00Z", plans });

/** A share link carrying `json` (a stored plan document), made in the page as the app makes it. */
async function shareLinkFor(page: Page, json: string): Promise<string> {
  return page.evaluate(async (json) => {
    const stream = new Blob([json]).stream().pipeThrough(new CompressionStream("deflate-raw"));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    let bin = "";
    for (const b of bytes) bin += String.fromCharCode(b);
    const b64 = btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    return `${location.origin}/#share=1.${b64}`;
  }, json);
}

test.describe("imports over entries kept aside (issue 10, case 2)", () => {
  test("no mode and no undo ever changes or removes an unreadable entry; the imported plan gets a new id", async ({ page }) => {
    const mine = samplePlan("p-mine", 1);
    await seedStorage(page, {
      ...planEntries([mine], { language: "en" }),
      [planKey("k-future")]: FUTURE,
      [planKey("k-broken")]: BROKEN,
    });
    await openApp(page);
    await expect(page.getByRole("alert").first()).toContainText("2 stored item(s) could not be read.");
    // An edit: the plan here is now stored as this version writes it, so
    // an undo that puts it back gives the same bytes.
    await planCards(page).first().getByRole("button", { name: "Open" }).click();
    await page.getByLabel("Region").fill("Foshan");
    await page.getByRole("button", { name: "My plans" }).click();
    await openTransfer(page);
    const before = await readStorage(page);
    expect(before[planKey("k-future")]).toBe(FUTURE);
    expect(before[planKey("k-broken")]).toBe(BROKEN);

    // The file holds plans under the two kept ids, newer than anything, and one more.
    const later = "2099-01-01T00:00:00.000Z";
    const future = samplePlan("k-future", 7, { updated_at: later, account: { ...mine.account, name: "From the file F" } });
    const broken = samplePlan("k-broken", 8, { updated_at: later, account: { ...mine.account, name: "From the file B" } });
    const other = samplePlan("p-other", 9);
    const file = exportFile([future, broken, other]);

    const keptUntouched = async () => {
      const now = await readStorage(page);
      expect(now[planKey("k-future")]).toBe(FUTURE);
      expect(now[planKey("k-broken")]).toBe(BROKEN);
    };
    /** The file's plan `p` is stored under a new id, otherwise as in the file. */
    const storedUnderNewId = async (p: Plan) => {
      const stored = Object.entries(await storedPlans(page)).filter(([, s]) => s.account.name === p.account.name);
      expect(stored).toHaveLength(1);
      const [id, plan] = stored[0];
      expect(id).not.toBe(p.id);
      expect(plan.id).toBe(id);
      expect({ ...plan, id: p.id }).toMatchObject(p);
    };

    for (const mode of ["Merge (newer edit wins)", "Add as new copies", "Replace all…"]) {
      await importText(page, file);
      // The preview counts the kept ids as conflicts and says what happens
      // (soft: the data checks below run even when the text is missing).
      await expect.soft(page.locator("#import-kept")).toHaveText(
        "Same id as stored data kept aside as unreadable: k-future, k-broken. They are imported under a new id; the kept data never changes.",
      );
      await expect.soft(page.locator("#import-merge")).toHaveText("Merge overwrites nothing.");
      await page.getByRole("button", { name: mode }).click();
      if (mode === "Replace all…") await page.getByRole("button", { name: "Yes, replace all" }).click();
      await expect(page.locator("#import-status")).toContainText("Imported.");
      await keptUntouched();
      await storedUnderNewId(future);
      await storedUnderNewId(broken);

      await page.getByRole("button", { name: "Undo the last import" }).click();
      await expect(page.locator("#import-status")).toHaveText("The import was undone.");
      await keptUntouched();
      // Undo puts back exactly what was there: every byte of storage.
      expect(await readStorage(page)).toEqual(before);
    }

    // After a reload: the entries are still reported, the list is as before.
    await page.reload();
    await expect(page.getByRole("alert").first()).toContainText("2 stored item(s) could not be read.");
    await expect(page.getByRole("alert").first()).toContainText(planKey("k-future"));
    await page.getByRole("button", { name: "My plans" }).click();
    await expect(planCards(page)).toHaveCount(1);
    expect(await readStorage(page)).toEqual(before);
  });

  test("a share link with the id of an unreadable entry imports under a new id", async ({ page }) => {
    await seedStorage(page, { ...planEntries([], { language: "en" }), [planKey("k-future")]: FUTURE });
    await openApp(page);
    const shared = samplePlan("k-future", 3);
    const link = await shareLinkFor(page, JSON.stringify({ schema_version: 1, plan: shared }));
    await page.goto("about:blank");
    await page.goto(link);
    await page.getByRole("button", { name: "Import into my plans" }).click();
    await expect(page.getByText("Imported into your plans.")).toBeVisible();
    const all = await readStorage(page);
    expect(all[planKey("k-future")]).toBe(FUTURE);
    const stored = Object.values(await storedPlans(page)).filter((p) => p.id !== "k-future");
    expect(stored).toHaveLength(1);
    expect({ ...stored[0], id: "k-future" }).toMatchObject(shared);
  });
});

test.describe("undo over an entry that became unreadable (issue 10, case 2)", () => {
  test("another tab writes a newer version under an imported plan's key: undo is refused and leaves it", async ({ page, context }) => {
    const mine = samplePlan("p-a", 1);
    await seedStorage(page, planEntries([mine], { language: "en" }));
    await openApp(page);
    await openTransfer(page);
    const newer = { ...mine, updated_at: "2099-01-01T00:00:00.000Z", account: { ...mine.account, name: "Newer" } };
    await importText(page, exportFile([newer]));
    await page.getByRole("button", { name: "Merge (newer edit wins)" }).click();
    await expect(page.locator("#import-status")).toContainText("Imported.");
    // A newer app in another tab writes what this one cannot read.
    const other = await context.newPage();
    await other.goto("/");
    const future = '{"schema_version":99,"plan":{"id":"p-a","written":"by a newer app"}}';
    await other.evaluate(([k, v]) => localStorage.setItem(k, v), [planKey("p-a"), future]);
    await expect(page.getByRole("alert").first()).toContainText("1 stored item(s) could not be read.");
    const before = await readStorage(page);
    await page.getByRole("button", { name: "Undo the last import" }).click();
    await expect(page.locator("#import-error")).toContainText("The undo failed: it could not be stored.");
    await expect(page.locator("#import-error")).toContainText("Nothing you had was changed.");
    expect(await readStorage(page)).toEqual(before);
    expect((await readStorage(page))[planKey("p-a")]).toBe(future);
  });
});

test.describe("duplicate row ids (issue 10, case 5)", () => {
  test("a file with two contacts of one id is refused with the path; storage unchanged", async ({ page }) => {
    await seedStorage(page, planEntries([samplePlan("p-keep", 1)], { language: "en" }));
    await openApp(page);
    await openTransfer(page);
    const before = await readStorage(page);
    const plan = samplePlan("p-dup", 2);
    plan.contacts[1].id = "c1";
    const cases: [unknown, string][] = [
      [plan, 'plans[0].contacts[1].id: duplicate id "c1"'],
      [{ ...samplePlan("p-dup", 2), pains: [samplePlan("x").pains[0], samplePlan("x").pains[0]] }, 'plans[0].pains[1].id: duplicate id "n1"'],
    ];
    for (const [p, path] of cases) {
      await importText(page, exportFile([p]));
      const alert = page.getByRole("alert");
      await expect(alert).toContainText(`Invalid data: ${path}`);
      await expect(alert).toContainText("Nothing you had was changed.");
      await expect(page.locator(".preview")).toHaveCount(0);
      expect(await readStorage(page)).toEqual(before);
    }
    // The same in Chinese.
    await page.getByRole("button", { name: "中文" }).click();
    await importText(page, exportFile([plan]));
    await expect(page.getByRole("alert")).toContainText('数据有误：plans[0].contacts[1].id: duplicate id "c1"');
    await expect(page.getByRole("alert")).toContainText("您现有的数据没有任何改动。");
    const after = await readStorage(page);
    delete after[PREFS_KEY];
    delete before[PREFS_KEY];
    expect(after).toEqual(before);
  });

  test("a share link with two contacts of one id is refused with the path", async ({ page }) => {
    await seedStorage(page, planEntries([samplePlan("p-keep", 1)], { language: "en" }));
    await openApp(page);
    const before = await readStorage(page);
    const plan = samplePlan("p-dup", 2);
    plan.contacts[2].id = "c2";
    await page.goto(await shareLinkFor(page, JSON.stringify({ schema_version: 1, plan })));
    await expect(page.locator("#shared-problem")).toContainText("This share link holds invalid data:");
    await expect(page.locator("#shared-problem")).toContainText('plan.contacts[2].id: duplicate id "c2"');
    await expect(page.getByRole("button", { name: "Import into my plans" })).toHaveCount(0);
    expect(await readStorage(page)).toEqual(before);
  });
});

test.describe("messages that tell the truth (issue 10, case 7)", () => {
  test("a share link from a newer version says so, not damaged", async ({ page }) => {
    await seedStorage(page, planEntries([samplePlan("p-keep", 1)], { language: "en" }));
    await openApp(page);
    const before = await readStorage(page);
    const newerPlan = await shareLinkFor(page, JSON.stringify({ schema_version: 99, plan: { id: "p-x", new_field: [1] } }));
    const newerFormat = newerPlan.replace("#share=1.", "#share=2.");
    const damaged = newerPlan.slice(0, -7);
    for (const [link, text] of [
      [newerPlan, "This share link was made by a newer version of Win Plan: update the app."],
      [newerFormat, "This share link was made by a newer version of Win Plan"],
      [damaged, "This share link is damaged or incomplete and cannot be read."],
    ]) {
      await openApp(page);
      await page.goto(link);
      await expect(page.locator("#shared-problem")).toContainText(text);
      expect(await readStorage(page)).toEqual(before);
    }
    // In Chinese, after a fresh load of the link.
    await seedStorage(page, { ...before, [PREFS_KEY]: JSON.stringify({ schema_version: 1, prefs: { language: "zh" } }) });
    await page.goto(newerPlan);
    await expect(page.locator("#shared-problem")).toContainText("这个分享链接由更新版本的赢单计划生成：请更新应用。");
  });

  test("storage full during an import: reported as an import failure, storage rolled back byte for byte", async ({ page }) => {
    const mine = samplePlan("p-mine", 1);
    await seedStorage(page, planEntries([mine], { language: "en" }));
    await openApp(page);
    await openTransfer(page);
    // Every byte of the quota taken.
    const filler = await fillStorage(page, 1);
    // Room for a small plan, not for the big one after it: the first is
    // written, the second fails, the first is taken back.
    await page.evaluate((keys) => {
      let freed = 0;
      for (const k of [...keys].reverse()) {
        if (freed >= 8192) break;
        freed += localStorage.getItem(k)!.length + k.length;
        localStorage.removeItem(k);
      }
    }, filler);
    const before = await readStorage(page);
    const small = emptyPlan("p-small", { account: { name: "Small", industry: "", region: "", address: "" } });
    const big = samplePlan("p-big", 2, { diagnosis: { surface_need: "长".repeat(200_000), deep_need: "", whole_solution: "" } });
    const newerMine = { ...mine, updated_at: "2099-01-01T00:00:00.000Z", account: { ...mine.account, name: "Changed by the file" } };
    const file = exportFile([newerMine, small, big]);
    for (const mode of ["Merge (newer edit wins)", "Add as new copies", "Replace all…"]) {
      await importText(page, file);
      await page.getByRole("button", { name: mode }).click();
      if (mode === "Replace all…") await page.getByRole("button", { name: "Yes, replace all" }).click();
      const alert = page.locator("#import-error");
      await expect.soft(alert).toHaveAttribute("role", "alert");
      await expect.soft(alert).toContainText("The import failed: browser storage is full.");
      await expect.soft(alert).toContainText("Nothing you had was changed.");
      await expect(page.locator("#import-status")).toHaveText("");
      expect(await readStorage(page)).toEqual(before);
      // No "latest change is only in this page": nothing is.
      await expect(page.getByText("your latest change is only in this page")).toHaveCount(0);
    }
    await page.reload();
    await expect(page.getByRole("heading", { name: "Import / export", level: 1 })).toBeVisible();
    expect(await readStorage(page)).toEqual(before);
    await page.getByRole("button", { name: "My plans" }).click();
    await expect(planCards(page)).toHaveCount(1);
    await expect(planCards(page).first()).toContainText(mine.account.name);
  });

  test("a share link opened in a tab where the app runs shows the shared plan", async ({ page }) => {
    const plan = samplePlan("p-share", 1);
    await seedStorage(page, planEntries([samplePlan("p-here", 2)], { language: "en" }));
    await openApp(page);
    const link = await shareLinkFor(page, JSON.stringify({ schema_version: 1, plan }));
    // Open a plan, so the tab is somewhere; the page must not be reloaded.
    await planCards(page).first().getByRole("button", { name: "Open" }).click();
    await expect(page).toHaveURL(/#\/plan\/p-here/);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "A shared plan (read-only)" })).toBeVisible();
    await expect(page.locator(".shared")).toContainText(plan.account.name);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    // The share fragment is gone; the address names the screen under it.
    await expect(page).toHaveURL(/#\/plan\/p-here\/customer$/);
    await page.getByRole("button", { name: "Import into my plans" }).click();
    await expect(page.getByText("Imported into your plans.")).toBeVisible();
    const stored = await storedPlans(page);
    expect(Object.keys(stored)).toHaveLength(2);
    // Case 7d: a fresh id, even though no plan here has the shared one.
    expect(stored["p-share"]).toBeUndefined();
    const imported = Object.values(stored).find((p) => p.id !== "p-here")!;
    expect({ ...imported, id: "p-share" }).toMatchObject(plan);

    // The same link again (another hashchange) offers it again; a second
    // import is a second copy, never over the first.
    await page.getByRole("button", { name: "Close" }).click();
    await page.goto(link);
    await page.getByRole("button", { name: "Import into my plans" }).click();
    await expect(page.getByText("Imported into your plans.")).toBeVisible();
    expect(Object.keys(await storedPlans(page))).toHaveLength(3);
    expect((await storedPlans(page))[imported.id]).toEqual(imported);
    await page.reload();
    await expect(page.getByRole("heading", { name: "A shared plan (read-only)" })).toHaveCount(0);
    await page.getByRole("button", { name: "My plans" }).click();
    await expect(planCards(page)).toHaveCount(3);
  });
});
