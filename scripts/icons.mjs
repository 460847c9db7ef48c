#!/usr/bin/env node
// Renders the app's install icons (public/icon-192.png, icon-512.png and the
// maskable icon-maskable-512.png) from the favicon's design with headless
// Chromium, so they need no image tool. Run once after changing the design:
//   node scripts/icons.mjs
// The maskable icon fills its square and keeps the check mark inside the
// safe zone (the middle 80 %), as launchers may crop it to a circle.
import { chromium } from "playwright";

const mark = '<path d="M8 17l5 5 11-12" fill="none" stroke="#fff" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/>';
const icons = [
  ["public/icon-192.png", 192, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f4e8c"/>${mark}</svg>`],
  ["public/icon-512.png", 512, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f4e8c"/>${mark}</svg>`],
  ["public/icon-maskable-512.png", 512, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-6 -6 44 44"><rect x="-6" y="-6" width="44" height="44" fill="#1f4e8c"/>${mark}</svg>`],
];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const page = await browser.newPage();
for (const [path, size, svg] of icons) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path, omitBackground: true });
  console.log(`${path} ${size}x${size}`);
}
await browser.close();
