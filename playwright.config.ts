import { defineConfig, devices } from "@playwright/test";

// End-to-end tests run against the release build in dist/ (built by `make build`),
// served on loopback by scripts/static-server.mjs. Playwright never downloads a
// browser here: it drives Debian's Chromium.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  // test-results/ also holds the JSON report and the cargo test log; keep
  // Playwright's per-test artifacts (which it wipes on start) in a subfolder.
  outputDir: "test-results/e2e-artifacts",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  // One retry on CI absorbs a rare load hiccup; the summary still reports flaky tests.
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["json", { outputFile: "test-results/results.json" }]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "zh-CN",
    serviceWorkers: "block",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: CHROMIUM,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-quic",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `node scripts/static-server.mjs dist ${PORT}`,
    url: `${BASE_URL}/`,
    // Never reuse: a server already on this port may be serving another checkout's
    // dist/. A clash fails loudly instead; set E2E_PORT to run two checkouts at once.
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
