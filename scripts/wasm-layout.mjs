// Lays out the release WASM's functions so that gzip finds their likeness:
// -5 KB gzip of 338 KB for the same code (measured for issue 14).
//
// gzip finds a repeat only within its 32 KB window, and wasm-opt writes the
// functions in the order it read them. Grouped by signature, then by size,
// then by their bytes, the many near-copies that Leptos's generics leave
// (each view's build and rebuild, drop glue, serde's seeds) sit side by
// side. No tool orders functions for compression: wasm-opt can only sort
// them by name, so this names each function after its place in that order
// (a `name` section over the code as it is) and lets wasm-opt reorder them
// and renumber every reference. Hand-written because nothing does it; it
// reads only the import, function and code sections' framing, never an
// instruction.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/** Reorders the functions of the WASM file at `path` in place. */
export function layOut(path) {
  const wasm = readFileSync(path);
  const { imported, types, bodies } = functions(wasm);
  const order = bodies.map((_, i) => i);
  // Sizes in steps of 30 %: measured finer than powers of two (-1 KB) and
  // than exact sizes.
  const size = (f) => Math.floor(Math.log(bodies[f].length) / Math.log(1.3));
  order.sort(
    (a, b) =>
      types[a] - types[b] ||
      size(a) - size(b) ||
      Buffer.compare(bodies[a], bodies[b]) ||
      a - b,
  );
  const ranks = [];
  order.forEach((f, rank) => (ranks[f] = String(rank).padStart(7, '0')));
  writeFileSync(path, Buffer.concat([wasm, nameSection(imported, ranks)]));
  // The optimisation levels without passes: the code is written as the
  // build's -Oz left it (binaryen optimises its stack IR only at a level).
  execFileSync(
    'wasm-opt',
    [
      '--reorder-functions-by-name',
      '--strip-debug',
      '--optimize-level=2',
      '--shrink-level=2',
      '--enable-bulk-memory',
      '--enable-nontrapping-float-to-int',
      '--enable-sign-ext',
      '--enable-mutable-globals',
      '--enable-reference-types',
      '--enable-multivalue',
      path,
      '-o',
      path,
    ],
    { stdio: 'inherit' },
  );
}

/** The number of imported functions, and each defined function's type
 * index and body. */
function functions(wasm) {
  let at = 8;
  let imported = 0;
  let types = [];
  let bodies = [];
  while (at < wasm.length) {
    const id = wasm[at];
    let [size, start] = leb(wasm, at + 1);
    const end = start + size;
    if (id === 0) {
      const [len, name] = leb(wasm, start);
      // Its names would be read instead of the ranks.
      if (wasm.toString('utf8', name, name + len) === 'name') {
        throw new Error('wasm-layout: the WASM has names already (wasm-opt run with -g?)');
      }
    }
    if (id === 2) imported = functionImports(wasm, start);
    if (id === 3) types = vector(wasm, start, (p) => leb(wasm, p));
    if (id === 10) {
      bodies = vector(wasm, start, (p) => {
        const [len, body] = leb(wasm, p);
        return [wasm.subarray(body, body + len), body + len];
      });
    }
    at = end;
  }
  if (types.length !== bodies.length) throw new Error('wasm-layout: function and code sections disagree');
  return { imported, types, bodies };
}

/** The imports section's count of functions. */
function functionImports(wasm, at) {
  let count = 0;
  vector(wasm, at, (p) => {
    for (let i = 0; i < 2; i++) {
      const [len, s] = leb(wasm, p);
      p = s + len;
    }
    const kind = wasm[p++];
    const limits = (q) => {
      const flags = wasm[q++];
      q = leb(wasm, q)[1];
      return flags & 1 ? leb(wasm, q)[1] : q;
    };
    if (kind === 0) {
      count += 1;
      p = leb(wasm, p)[1];
    } else if (kind === 1) p = limits(p + 1);
    else if (kind === 2) p = limits(p);
    else if (kind === 3) p += 2;
    else if (kind === 4) p = leb(wasm, p + 1)[1];
    else throw new Error(`wasm-layout: unknown import kind ${kind}`);
    return [null, p];
  });
  return count;
}

/** Reads a vector whose items `item(at)` returns as [value, next]. */
function vector(wasm, at, item) {
  let [count, p] = leb(wasm, at);
  const out = [];
  for (let i = 0; i < count; i++) {
    const [value, next] = item(p);
    out.push(value);
    p = next;
  }
  return out;
}

/** An unsigned LEB128 at `at`: [value, next]. */
function leb(wasm, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = wasm[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function uleb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}

function str(s) {
  const bytes = Buffer.from(s, 'utf8');
  return Buffer.concat([uleb(bytes.length), bytes]);
}

/** A custom `name` section naming the defined functions, which follow the
 * `imported` ones, `names[i]` for the i-th. */
function nameSection(imported, names) {
  const map = Buffer.concat([uleb(names.length), ...names.map((n, i) => Buffer.concat([uleb(imported + i), str(n)]))]);
  const body = Buffer.concat([str('name'), Buffer.from([1]), uleb(map.length), map]);
  return Buffer.concat([Buffer.from([0]), uleb(body.length), body]);
}
