// The API as a client meets it (issue 10 §4): requests over HTTP to `scripts/serve.ts` (npm start's server)
// on a kept scale database, one at a time, each address asked once (no answer can come from a cache):
// p50 / p95 ms and the server's CPU ms per request (from /proc), for a series, lists of series, the observations variants and
// bench/scale.ts's search mix. With API_VIA_NEXT=1 in its environment the server sends /api/v1 to Next.js
// as before its fast path; BENCH_MODES=next,early runs both in one go. BENCH_CLIENTS=node,fetch measures
// with both clients (below) on each server.
// BENCH_PORTS=46000-46499 BENCH_PORT=46010 BENCH_DB=/tmp/x/1000000/bench.db npx tsx bench/api-served.ts
// (BENCH_DATABASE_URL=http://127.0.0.1:PORT instead of BENCH_DB for a libSQL server holding that data, and
// DATABASE_REPLICA=/tmp/x/replica.db besides for a server keeping an embedded replica of it.)
import { Agent, request } from "node:http";
import { loadavg, tmpdir } from "node:os";
import { resolve } from "node:path";
import { addresses } from "./api-addresses";
import { benchPort, cpuSeconds, startServer } from "./bench-server";

const remote = process.env.BENCH_DATABASE_URL;
const db = resolve(process.env.BENCH_DB ?? "");
if (!remote && !db.startsWith(resolve(tmpdir()))) throw new Error(`BENCH_DB must be a database under ${tmpdir()}`);
const port = benchPort(46010);
Object.assign(process.env, {
  DATABASE_URL: remote ?? `file:${db}`,
  SITE_URL: `http://127.0.0.1:${port}`,
  // The benchmark's own requests are the point: no page is rendered on start beyond what serve.ts does.
  NEXT_TELEMETRY_DISABLED: "1",
});

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARM = Number(process.env.BENCH_WARM ?? 500);

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** Node.js's http client on a kept connection; the body read as the gzip bytes that came, not decoded. */
function getNode(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers: { "accept-encoding": "gzip" } }, (res) => {
      res.on("data", () => undefined);
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** fetch (undici), the body decoded, as a browser or a script would read it. */
async function getFetch(url: string): Promise<number> {
  const res = await fetch(url, { headers: { "accept-encoding": "gzip" } });
  await res.arrayBuffer();
  return res.status;
}

/**
 * The client measuring: "node" (the default) or "fetch". On two cores shared with the server, fetch cost
 * the benchmark's own process ~1 ms a request and decoded each body: client work counted as latency.
 */
type Client = "node" | "fetch";
const CLIENTS = (process.env.BENCH_CLIENTS ?? "node").split(",").map((c): Client => {
  if (c !== "node" && c !== "fetch") throw new Error(`BENCH_CLIENTS: '${c}' is neither node nor fetch`);
  return c;
});

async function get(origin: string, path: string, client: Client = "node"): Promise<void> {
  const url = `${origin}/api/v1${path}`;
  const status = client === "fetch" ? await getFetch(url) : await getNode(url);
  if (status !== 200) throw new Error(`${path}: ${status}`);
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;

async function measure(origin: string, pid: number, paths: string[], client: Client) {
  const ms: number[] = [];
  const cpu0 = cpuSeconds(pid);
  for (const path of paths) {
    const t = performance.now();
    await get(origin, path, client);
    ms.push(performance.now() - t);
  }
  const cpuMs = ((cpuSeconds(pid) - cpu0) * 1000) / paths.length;
  ms.sort((a, b) => a - b);
  return `${pct(ms, 0.5).toFixed(1)} / ${pct(ms, 0.95).toFixed(1)} (${paths.length}, CPU ${cpuMs.toFixed(1)})`;
}

const modes = (process.env.BENCH_MODES ?? "next,early").split(",");
console.log(
  `| mode | client | /series/{slug} p50 / p95 ms (runs, server CPU ms) | /series list mix | /observations mix | /search mix | load |`,
);
console.log(`| --- | --- | ---: | ---: | ---: | ---: | ---: |`);
for (const [m, mode] of modes.entries()) {
  process.env.API_VIA_NEXT = mode === "next" ? "1" : "";
  const server = await startServer(port, { prepare: false, serve: "app" });
  try {
    // Warm-up on addresses of their own: the code paths compiled and optimised, the file's pages in the OS
    // cache. A server answers thousands of requests; its first hundreds are 1.5–2× slower (V8 still tiering).
    for (const path of addresses("series", WARM, 99 + m)) await get(server.origin, path);
    for (const path of addresses("list", WARM, 149 + m)) await get(server.origin, path);
    for (const path of addresses("observations", WARM, 199 + m)) await get(server.origin, path);
    for (const path of addresses("search", 40, 299 + m)) await get(server.origin, path);
    // Each client on addresses of its own, one after the other on the same server.
    for (const [c, client] of CLIENTS.entries()) {
      const seed = m * 1000 + c * 100;
      const load0 = loadavg()[0] ?? 0;
      const series = await measure(server.origin, server.pid, addresses("series", RUNS, 1 + seed), client);
      const list = await measure(server.origin, server.pid, addresses("list", RUNS, 4 + seed), client);
      const observations = await measure(server.origin, server.pid, addresses("observations", RUNS, 2 + seed), client);
      const search = await measure(server.origin, server.pid, addresses("search", RUNS, 3 + seed), client);
      const load = `${load0.toFixed(1)}→${(loadavg()[0] ?? 0).toFixed(1)}`;
      console.log(`| ${mode} | ${client} | ${series} | ${list} | ${observations} | ${search} | ${load} |`);
    }
  } finally {
    await server.stop();
  }
}
