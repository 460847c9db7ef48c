#!/usr/bin/env node
// Tiny static file server for the release build (dist/), used by the Playwright
// tests and by the Lighthouse benchmark. Loopback only, no dependencies.
//   node scripts/static-server.mjs [dir=dist] [port=4173]
// Serves correct MIME types (application/wasm matters for streaming compilation),
// gzip when the client accepts it, and index.html for unknown extension-less paths.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);
const host = "127.0.0.1";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};
const compressible = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".svg", ".webmanifest", ".txt"]);
const gzCache = new Map();

async function resolveFile(urlPath) {
  const rel = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  const file = normalize(join(root, rel));
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    const s = await stat(file);
    if (s.isFile()) return file;
    if (s.isDirectory()) {
      const index = join(file, "index.html");
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    // fall through
  }
  // SPA fallback: extension-less paths get the app shell.
  if (extname(rel) === "") return join(root, "index.html");
  return null;
}

const server = createServer(async (req, res) => {
  try {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405).end();
      return;
    }
    const file = await resolveFile(req.url ?? "/");
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
      return;
    }
    const ext = extname(file);
    let body = await readFile(file);
    const headers = {
      "content-type": types[ext] ?? "application/octet-stream",
      // hashed assets may be cached for ever; the HTML shell must be revalidated
      "cache-control": ext === ".html" ? "no-cache" : "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
      vary: "accept-encoding",
    };
    if (compressible.has(ext) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
      let gz = gzCache.get(file);
      if (!gz || !gz.src.equals(body)) {
        gz = { src: body, data: gzipSync(body, { level: 9 }) };
        gzCache.set(file, gz);
      }
      body = gz.data;
      headers["content-encoding"] = "gzip";
    }
    headers["content-length"] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  } catch (err) {
    res.writeHead(500).end(String(err));
  }
});

server.listen(port, host, () => {
  console.log(`serving ${root} on http://${host}:${port}/`);
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.close(() => process.exit(0)));
