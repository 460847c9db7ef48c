#!/usr/bin/env node
// Trunk post_build hook for the files Trunk wrote (TRUNK_STAGING_DIR):
//
// - In a release build, lays out the WASM's functions for gzip
//   (scripts/wasm-layout.mjs, -5 KB gzip).
// - Minifies the wasm-bindgen JS glue with esbuild (Trunk's own minifier
//   cannot parse it and ships it as is). It also drops the glue's
//   wasm-streams classes (IntoUnderlyingSource, …): Leptos turns on
//   server_fn's "browser" feature for every app, their wasm exports are
//   removed by wasm-opt (see index.html), and nothing else refers to them.
//   -370 B gzip. Should a wasm-bindgen upgrade change their shape, the glue
//   is kept whole.
// - Names the WASM and its glue after what they now hold (Trunk hashed them
//   before this hook changed them, so a host that caches hashed files
//   forever could otherwise pair a new page with an old file), with their
//   subresource-integrity hashes in index.html.
// - For offline use and the Content-Security-Policy (issue 14), writes this
//   build's files and version into the service worker (sw.js), so its cache
//   list can never go stale, and the hashes of the page's inline scripts
//   into the policy's <meta> (Trunk's start-up script changes every build).
import { transformSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { layOut } from './wasm-layout.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) fail('TRUNK_STAGING_DIR is not set (run it as a Trunk hook)');
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
const stems = readdirSync(dir)
  .map((f) => /^(winplan-[0-9a-f]+)\.js$/.exec(f)?.[1])
  .filter(Boolean);
if (stems.length !== 1) fail(`expected one winplan-<hash>.js, found ${stems.length}`);
const stem = stems[0];
const wasmPath = join(dir, `${stem}_bg.wasm`);
if (process.env.TRUNK_PROFILE === 'release') {
  const before = statSync(wasmPath).size;
  layOut(wasmPath);
  console.log(`post-build: ${stem}_bg.wasm laid out (${before} -> ${statSync(wasmPath).size} bytes)`);
}
const jsPath = join(dir, `${stem}.js`);
const glue = readFileSync(jsPath, 'utf8');
const { code } = transformSync(withoutStreamClasses(glue), { minify: true, format: 'esm', target: 'es2020' });
console.log(`post-build: ${stem}.js ${glue.length} -> ${code.length} bytes`);
const wasm = readFileSync(wasmPath);
const named = 'winplan-' + createHash('sha256').update(wasm).update(code).digest('hex').slice(0, 16);
writeFileSync(jsPath, code);
renameSync(jsPath, join(dir, `${named}.js`));
renameSync(wasmPath, join(dir, `${named}_bg.wasm`));
html = html.split(stem).join(named);
integrity(`${named}.js`, code);
integrity(`${named}_bg.wasm`, wasm);

/** Rewrites the integrity attribute of the tag that references `name`
 * (Trunk may have minified the HTML already: unquoted attributes). */
function integrity(name, bytes) {
  const sri = 'sha384-' + createHash('sha384').update(bytes).digest('base64');
  let updated = 0;
  html = html.replace(/<link\b[^>]*>/g, (tag) => {
    if (!tag.includes(`/${name}`)) return tag;
    updated += 1;
    return tag.replace(/integrity=("[^"]*"|[^\s>]+)/, `integrity="${sri}"`);
  });
  if (updated === 0 && html.includes('integrity')) fail(`no tag references ${name}; integrity not updated`);
}

// The policy: this origin only, the WASM compiled, the inline scripts by
// their hashes, no plugins, no <base>, no form posts.
const scripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  (m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`,
);
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
// Trunk's minifier may have dropped the placeholder's quotes.
const placeholder = /content=("__CSP__"|__CSP__)/;
if (!placeholder.test(html)) {
  fail('no __CSP__ placeholder in index.html');
}
html = html.replace(placeholder, `content="${csp}"`);
writeFileSync(htmlPath, html);

// The service worker's cache: every file of this build (and the page as
// "./", what a page load asks for), and a version from their contents.
const files = readdirSync(dir).filter((f) => f !== 'sw.js' && statSync(join(dir, f)).isFile()).sort();
const version = createHash('sha256');
for (const f of files) version.update(f).update(readFileSync(join(dir, f)));
const swPath = join(dir, 'sw.js');
const sw = readFileSync(swPath, 'utf8');
if (!sw.includes('__FILES__') || !sw.includes('__VERSION__')) {
  fail('sw.js has no __FILES__ / __VERSION__ to fill');
}
const filled = sw
  .replace('__VERSION__', version.digest('hex').slice(0, 16))
  .replace('__FILES__', JSON.stringify(['./', ...files]));
writeFileSync(swPath, transformSync(filled, { minify: true, target: 'es2020' }).code);
console.log(`post-build: sw.js caches ${files.length + 1} entries; CSP with ${scripts.length} script hash(es)`);

/** The glue without the wasm-streams classes, or as it is when any other
 * reference to them would remain. */
function withoutStreamClasses(src) {
  const out = src
    .replace(
      /^export class (IntoUnderlying\w+) \{[\s\S]*?^if \(Symbol\.dispose\) \1\.prototype\[Symbol\.dispose\] = \1\.prototype\.free;\n/gm,
      '',
    )
    .replace(/^const IntoUnderlying\w+Finalization = [^;]*;\n/gm, '');
  if (out.includes('IntoUnderlying')) {
    console.log('post-build: the wasm-streams classes are not where expected; glue kept whole');
    return src;
  }
  return out;
}

function fail(message) {
  console.error(`post-build: ${message}`);
  process.exit(1);
}
