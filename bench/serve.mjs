// The release build served for a benchmark: starts scripts/static-server.mjs
// on `port` and resolves once it answers (at most 5 s), with its address
// and a way to stop it.
import { spawn } from "node:child_process";

export async function serve(dist, port) {
  const server = spawn(process.execPath, ["scripts/static-server.mjs", dist, String(port)], { stdio: "ignore" });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, stop: () => server.kill() };
}
