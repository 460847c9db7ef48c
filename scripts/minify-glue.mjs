#!/usr/bin/env node
// Trunk post_build hook: minifies the wasm-bindgen JS glue with esbuild
// (Trunk's own minifier cannot parse it and ships it as is) and updates the
// file's subresource-integrity hash in index.html to match.
//
// It also drops the glue's wasm-streams classes (IntoUnderlyingSource, …):
// Leptos turns on server_fn's "browser" feature for every app, their wasm
// exports are removed by wasm-opt (see index.html), and nothing else refers
// to them. -370 B gzip. Should a wasm-bindgen upgrade change their shape,
// the glue is kept whole.
import { transformSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
writeFileSync(htmlPath, html);

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
