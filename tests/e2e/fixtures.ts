// Every browser test runs through this `test` (issue 14): it fails a test
// whose pages hit a Content-Security-Policy violation or ask any origin
// but the app's own for anything.
import { expect, test as base } from "@playwright/test";

export * from "@playwright/test";

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ context }, use) => {
      await context.addInitScript(() => {
        addEventListener("securitypolicyviolation", (e) => {
          (window.__cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      const foreign: string[] = [];
      context.on("request", (r) => {
        const url = new URL(r.url());
        const own = url.hostname === "127.0.0.1" || url.hostname === "localhost";
        if (!own && url.protocol !== "data:" && url.protocol !== "blob:") foreign.push(r.url());
      });
      await use();
      for (const page of context.pages()) {
        const seen = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
        expect(seen, `CSP violations on ${page.url()}`).toEqual([]);
      }
      expect(foreign, "requests to another origin").toEqual([]);
    },
    { auto: true },
  ],
});
