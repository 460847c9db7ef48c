import { expect, type BrowserContext, type Locator, type Page } from "./fixtures";

// Shared helpers for the Win Plan browser tests.
// Storage layout (see src/storage.rs and src/domain/codec.rs):
//   winplan:v1:plan:<id>  -> {"schema_version":1,"plan":{...}}
//   winplan:v1:prefs      -> {"schema_version":1,"prefs":{"language":..,"current_plan":..}}

export const PLAN_PREFIX = "winplan:v1:plan:";
export const PREFS_KEY = "winplan:v1:prefs";

export const planKey = (id: string) => `${PLAN_PREFIX}${id}`;

// ---------------------------------------------------------------------------
// Seeding localStorage

const SEED_PATH = "/__e2e_seed__";

/**
 * Replaces the origin's localStorage with `entries` (raw strings) before the
 * app is loaded. It visits a blank stub page on the app's origin (never the
 * app itself), writes the entries, and leaves; the next `page.goto("/")` then
 * starts the app on exactly this data. Unlike addInitScript, a later reload
 * does not write the seed again.
 */
export async function seedStorage(page: Page, entries: Record<string, string>): Promise<void> {
  await page.route(`**${SEED_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>seed</title>" }),
  );
  await page.goto(SEED_PATH);
  await page.evaluate((e) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, entries);
  await page.unroute(`**${SEED_PATH}`);
}

export type Prefs = { language?: "zh" | "en" | null; current_plan?: string | null };

/** The storage entries for `plans` (as stored documents) and optional prefs. */
export function planEntries(plans: Plan[], prefs?: Prefs): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const p of plans) entries[planKey(p.id)] = encodePlan(p);
  if (prefs) entries[PREFS_KEY] = JSON.stringify({ schema_version: 1, prefs });
  return entries;
}

/** Seeds plans (as stored documents) and optional prefs. */
export async function seedPlans(page: Page, plans: Plan[], prefs?: Prefs): Promise<void> {
  await seedStorage(page, planEntries(plans, prefs));
}

export const encodePlan = (plan: Plan) => JSON.stringify({ schema_version: 1, plan });

/** Every localStorage entry of the page's origin. */
export async function readStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)!;
      out[k] = localStorage.getItem(k)!;
    }
    return out;
  });
}

/** The stored plans (decoded), keyed by id. */
export async function storedPlans(page: Page): Promise<Record<string, Plan>> {
  const all = await readStorage(page);
  const out: Record<string, Plan> = {};
  for (const [k, v] of Object.entries(all)) {
    if (k.startsWith(PLAN_PREFIX)) {
      try {
        out[k.slice(PLAN_PREFIX.length)] = JSON.parse(v).plan;
      } catch {
        /* unreadable entries are not plans */
      }
    }
  }
  return out;
}

/** The one stored plan (fails when there is not exactly one). */
export async function onlyStoredPlan(page: Page): Promise<Plan> {
  const plans = Object.values(await storedPlans(page));
  expect(plans, "exactly one stored plan").toHaveLength(1);
  return plans[0];
}

// ---------------------------------------------------------------------------
// Plan documents (the JSON shape of src/domain/model.rs)

type Tri = "unknown" | "yes" | "no";
type Status = "unknown" | "partial" | "confirmed" | "risk";
export type StepName = "customer" | "visit_prep" | "diagnosis" | "bantcc" | "review";

export interface Contact {
  id: string;
  name: string;
  title: string;
  department: string;
  role: string;
  seniority: string;
  relationship: string;
  is_coach: boolean;
  decision_style: string;
}
export interface Pain {
  id: string;
  description: string;
  goal: string;
  goal_kind: string;
  owner: string | null;
  acknowledged: Tri;
  priority: Tri;
  we_solve: Tri;
  budget: Tri;
}
export interface BantccItem {
  status: Status;
  notes: string;
  evidence: string;
}
export interface Plan {
  id: string;
  created_at: string;
  updated_at: string;
  step: StepName;
  account: { name: string; industry: string; region: string; address: string };
  opportunity: {
    name: string;
    content: string;
    amount: number | null;
    /** The amount as typed, when not its plain spelling (issue 10). */
    amount_text?: string;
    currency: string;
    expected_win_date: string | null;
    last_contact: string | null;
    next_contact: string | null;
  };
  contacts: Contact[];
  visit: {
    visit_date: string | null;
    appointment_confirmed: boolean;
    purpose: string;
    commitment_best: string;
    commitment_min: string;
    info_to_obtain: string[];
    info_to_give: string;
    questions: string[];
    objections: { id: string; objection: string; answer: string }[];
    our_attendees: string[];
    their_attendees: string[];
  };
  pains: Pain[];
  diagnosis: { surface_need: string; deep_need: string; whole_solution: string };
  bantcc: Record<"budget" | "authority" | "need" | "time" | "company" | "competition", BantccItem>;
  review: { outcome: "planned" | "held" | "refused"; what_happened: string; commitment_obtained: string; next_step: string };
}

const item = (status: Status, notes = "", evidence = ""): BantccItem => ({ status, notes, evidence });

/**
 * A realistic, filled plan (the managed-print case from the domain notes).
 * `n` varies names and numbers so many plans differ.
 */
export function samplePlan(id: string, n = 0, overrides: Partial<Plan> = {}): Plan {
  const day = (offset: number) => {
    const d = new Date(Date.UTC(2025, 0, 1) + ((n * 7 + offset) % 700) * 86_400_000);
    return d.toISOString().slice(0, 10);
  };
  const stamp = new Date(Date.UTC(2025, 0, 1) + n * 3_600_000).toISOString();
  return {
    id,
    created_at: stamp,
    updated_at: stamp,
    step: "customer",
    account: {
      name: `佛山万科物业发展有限公司 ${n}`,
      industry: "房地产",
      region: "广东 佛山",
      address: `佛山市禅城区季华五路 ${n} 号`,
    },
    opportunity: {
      name: `文印外包服务 ${n}`,
      content: "总部及各项目部打印复印设备采购，转为整体文印外包（按张计费、驻场运维）",
      amount: 200000 + n * 1000,
      currency: "CNY",
      expected_win_date: day(90),
      last_contact: day(0),
      next_contact: day(10),
    },
    contacts: [
      { id: "c1", name: `陈经理${n}`, title: "行政部经理", department: "行政部", role: "user", seniority: "manager", relationship: "good", is_coach: true, decision_style: "amiable" },
      { id: "c2", name: `李总${n}`, title: "分管副总经理", department: "总经办", role: "decision_maker", seniority: "executive", relationship: "neutral", is_coach: false, decision_style: "driver" },
      { id: "c3", name: `周主管${n}`, title: "采购主管", department: "采购部", role: "procurement", seniority: "manager", relationship: "weak", is_coach: false, decision_style: "analytical" },
    ],
    visit: {
      visit_date: day(10),
      appointment_confirmed: true,
      purpose: "了解各项目部文印现状与客诉情况，介绍文印外包方案",
      commitment_best: "李总同意在总部先做三个月文印外包试点",
      commitment_min: "陈经理提供近半年各部门打印量与维修记录",
      info_to_obtain: ["各部门月打印量", "现有设备租赁合同到期时间"],
      info_to_give: "按张计费、驻场运维、4小时响应",
      questions: ["去年因打印问题产生过多少次内部投诉？", "设备采购的预算今年是否已批？"],
      objections: [{ id: "o1", objection: "外包比直接买设备贵", answer: "算总拥有成本：耗材、维修、停机时间都包含在按张计费里" }],
      our_attendees: ["高苗苗（客户经理）"],
      their_attendees: ["c1", "c2"],
    },
    pains: [
      { id: "n1", description: "打印机经常卡纸、维修慢，员工和业主投诉不断", goal: "文印工作顺畅进行，没有客诉", goal_kind: "functional", owner: "c1", acknowledged: "yes", priority: "yes", we_solve: "yes", budget: "yes" },
      { id: "n2", description: "各部门打印费用说不清，无法分摊", goal: "行政费用透明可控", goal_kind: "social", owner: "c2", acknowledged: "yes", priority: "unknown", we_solve: "yes", budget: "unknown" },
    ],
    diagnosis: { surface_need: "采购设备", deep_need: "文印外包、无客诉", whole_solution: "设备租赁 + 按张计费 + 驻场运维" },
    bantcc: {
      budget: item("partial", "今年行政预算约两万用于设备采购", "陈经理口述"),
      authority: item("confirmed", "使用部门：行政部；决策：李总；采购：采购部", "组织架构图"),
      need: item("confirmed", "客诉影响物业服务评分", "投诉记录"),
      time: item("unknown"),
      company: item("partial", "今年重点：提升业主满意度"),
      competition: item("risk", "现有复印机供应商与采购主管关系好"),
    },
    review: { outcome: "planned", what_happened: "", commitment_obtained: "", next_step: "" },
    ...overrides,
  };
}

/** The deal of a scored plan: "Evaluate" picked with one known competitor
 * and budget this year; with samplePlan's coach that is 50% × 50% = 25%. */
export function scoredDeal(overrides: Record<string, unknown> = {}) {
  return {
    stage_mode: "pick",
    picked_stage: "evaluate",
    ticked: ["evaluate-comparing"],
    competitors: ["Canon"],
    competitors_known: true,
    business_volume: "high",
    budget_this_year: "yes",
    procurement_longer_than_planned: false,
    go_override: null,
    ...overrides,
  };
}

/** A plan with nothing filled in (what "New plan" creates). */
export function emptyPlan(id: string, overrides: Partial<Plan> = {}): Plan {
  const stamp = "2025-01-01T00:00:00.000Z";
  const u = item("unknown");
  return {
    id,
    created_at: stamp,
    updated_at: stamp,
    step: "customer",
    account: { name: "", industry: "", region: "", address: "" },
    opportunity: { name: "", content: "", amount: null, currency: "CNY", expected_win_date: null, last_contact: null, next_contact: null },
    contacts: [],
    visit: {
      visit_date: null, appointment_confirmed: false, purpose: "", commitment_best: "", commitment_min: "",
      info_to_obtain: [], info_to_give: "", questions: [], objections: [], our_attendees: [], their_attendees: [],
    },
    pains: [],
    diagnosis: { surface_need: "", deep_need: "", whole_solution: "" },
    bantcc: { budget: u, authority: u, need: u, time: u, company: u, competition: u },
    review: { outcome: "planned", what_happened: "", commitment_obtained: "", next_step: "" },
    ...overrides,
  };
}

// ---------------------------------------------------------------------------
// UI

export const STEPS = [
  { id: "step-customer", en: "Customer", zh: "客户与联系人", stored: "customer" },
  { id: "step-visit", en: "Visit prep", zh: "拜访准备", stored: "visit_prep" },
  { id: "step-diagnosis", en: "Pain vs need", zh: "痛点与需求", stored: "diagnosis" },
  { id: "step-bantcc", en: "BANTCC", zh: "BANTCC", stored: "bantcc" },
  { id: "step-review", en: "Review", zh: "总结与复盘", stored: "review" },
] as const;

/** Opens the app and waits until the plan list or a plan has rendered. */
export async function openApp(page: Page): Promise<void> {
  await page.goto("/");
  await expect(page.locator("main h1").first()).toBeVisible();
}

/** Two tabs of one browser on the app's plan list, storage seeded with
 * `plans` (and `prefs`) before the first opens: two tabs on the same data. */
export async function twoTabs(context: BrowserContext, plans: Plan[], prefs?: Prefs): Promise<[Page, Page]> {
  const a = await context.newPage();
  await seedPlans(a, plans, prefs);
  await openApp(a);
  const b = await context.newPage();
  await openApp(b);
  return [a, b];
}

/** The wizard's step navigation. */
export const stepNav = (page: Page) => page.getByRole("navigation", { name: /^(Plan steps|拜访计划步骤)$/ });

/** The step-nav button for a step (English or Chinese name). */
export const stepButton = (page: Page, name: string) => stepNav(page).getByRole("button", { name, exact: true });

/** The heading of a step, by its index 0..4. */
export const stepHeading = (page: Page, index: number) => page.locator(`h1#${STEPS[index].id}`);

/** Expects the wizard to show step `index` (heading visible, nav marks it current). */
export async function expectStep(page: Page, index: number): Promise<void> {
  await expect(stepHeading(page, index)).toBeVisible();
  await expect(stepNav(page).locator('[aria-current="step"]')).toHaveCount(1);
  await expect(stepNav(page).getByRole("button").nth(index)).toHaveAttribute("aria-current", "step");
}

/** Creates a plan from the list (English UI) and waits for step 1. */
export async function createPlanEn(page: Page): Promise<void> {
  await page.getByRole("button", { name: "New plan" }).click();
  await expectStep(page, 0);
}

/** The "All changes saved" status (English). */
export const savedStatus = (page: Page) => page.getByRole("status").filter({ hasText: "All changes saved" });

/** The plan cards on the list. */
export const planCards = (page: Page) => page.locator("main ul.cards > li");

/** The card whose title is exactly `title`. */
export const planCard = (page: Page, title: string) =>
  planCards(page).filter({ has: page.getByRole("heading", { level: 2, name: title, exact: true }) });

/** The n-th (0-based) repeated item (contact, objection, pain) on the current step. */
export const itemRow = (scope: Page | Locator, n: number) => scope.locator("ol.items > li").nth(n);

/** Waits until the stored plan satisfies `check` (autosave is synchronous, but be web-first). */
export async function expectStored(page: Page, check: (plans: Record<string, Plan>) => void): Promise<void> {
  await expect(async () => check(await storedPlans(page))).toPass({ timeout: 5_000 });
}

/**
 * Fills the origin's localStorage to its quota with filler keys, halving
 * the chunk on each refusal down to `min` characters: less than `min`
 * characters stay free. Returns the filler keys.
 */
export async function fillStorage(page: Page, min = 64): Promise<string[]> {
  return page.evaluate((min) => {
    const keys: string[] = [];
    let chunk = 1 << 20;
    let i = 0;
    while (chunk >= min) {
      const key = `filler:${i++}`;
      try {
        localStorage.setItem(key, "x".repeat(chunk));
        keys.push(key);
      } catch {
        chunk = Math.floor(chunk / 2);
      }
    }
    return keys;
  }, min);
}
