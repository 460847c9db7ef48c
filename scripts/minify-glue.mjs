#!/usr/bin/env node
// Trunk post_build hook: minifies the wasm-bindgen JS glue with esbuild
// (Trunk's own minifier cannot parse it and ships it as is) and updates the
// file's subresource-integrity hash in index.html to match.
//
// Then, for offline use and the Content-Security-Policy (issue 14), it
// writes this build's files and version into the service worker (sw.js),
// so its cache list can never go stale, and the hashes of the page's inline
// scripts into the policy's <meta> (Trunk's start-up script changes every
// build).
//
// It also drops the glue's wasm-streams classes (IntoUnderlyingSource, …):
// Leptos turns on server_fn's "browser" feature for every app, their wasm
// exports are removed by wasm-opt (see index.html), and nothing else refers
// to them. -370 B gzip. Should a wasm-bindgen upgrade change their shape,
// the glue is kept whole.
import { transformSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('minify-glue: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)');
  process.exit(1);
}
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
for (const name of readdirSync(dir).filter((f) => /^winplan-[0-9a-f]+\.js$/.test(f))) {
  const path = join(dir, name);
  const before = readFileSync(path, 'utf8');
  const { code } = transformSync(withoutStreamClasses(before), { minify: true, format: 'esm', target: 'es2020' });
  writeFileSync(path, code);
  const sri = 'sha384-' + createHash('sha384').update(code).digest('base64');
  // Trunk may have minified the HTML already (unquoted attributes): rewrite
  // the integrity attribute of whichever tag references this file.
  let updated = 0;
  html = html.replace(/<link\b[^>]*>/g, (tag) => {
    if (!tag.includes(`/${name}`)) return tag;
    updated += 1;
    return tag.replace(/integrity=("[^"]*"|[^\s>]+)/, `integrity="${sri}"`);
  });
  if (updated === 0 && html.includes('integrity')) {
    console.error(`minify-glue: no tag references ${name}; integrity not updated`);
    process.exit(1);
  }
  console.log(`minify-glue: ${name} ${before.length} -> ${code.length} bytes`);
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
  console.error('minify-glue: no __CSP__ placeholder in index.html');
  process.exit(1);
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
  console.error('minify-glue: sw.js has no __FILES__ / __VERSION__ to fill');
  process.exit(1);
}
const filled = sw
  .replace('__VERSION__', version.digest('hex').slice(0, 16))
  .replace('__FILES__', JSON.stringify(['./', ...files]));
writeFileSync(swPath, transformSync(filled, { minify: true, target: 'es2020' }).code);
console.log(`minify-glue: sw.js caches ${files.length + 1} entries; CSP with ${scripts.length} script hash(es)`);

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
    console.log('minify-glue: the wasm-streams classes are not where expected; glue kept whole');
    return src;
  }
  return out;
}
