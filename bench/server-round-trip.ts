// What one round trip to a libSQL server costs each way of asking it, in one run (issue 10 §4): the
// libSQL client with its default fetch (undici), the client with our fetch over node:http
// (db/node-http.ts, what the site's clients use), and the folded reader on a kept server stream
// (db/server-read.ts, what every folded read uses). p50 / p95 ms over BENCH_RUNS calls each, alternated.
// BENCH_DATABASE_URL=http://127.0.0.1:PORT npx tsx --conditions=react-server bench/server-round-trip.ts
import { createClient } from "@libsql/client";

const url = process.env.BENCH_DATABASE_URL ?? "";
if (!/^https?:\/\//.test(url)) throw new Error("BENCH_DATABASE_URL must be the http(s) address of a libSQL server");
process.env.DATABASE_URL = url;
const { fetchWithin } = await import("@/db/node-http");
const { pipelineBase, readServerFirstValues } = await import("@/db/server-read");

const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const base = pipelineBase(url) ?? url;
const undici = createClient({ url });
const nodeHttp = createClient({ url, fetch: (r: Request) => fetchWithin(r, 5000) });
const SQL = { sql: "select ?", args: ["x"] };

const ways: Record<string, () => Promise<unknown>> = {
  "client, default fetch": () => undici.execute(SQL),
  "client, node:http fetch": () => nodeHttp.execute(SQL),
  "folded reader, kept stream": () => readServerFirstValues(base, [SQL]),
};

const times = new Map<string, number[]>(Object.keys(ways).map((k) => [k, []]));
for (const f of Object.values(ways)) for (let i = 0; i < 20; i++) await f();
for (let i = 0; i < RUNS; i++)
  for (const [name, f] of Object.entries(ways)) {
    const t = performance.now();
    await f();
    times.get(name)?.push(performance.now() - t);
  }
const at = (ms: number[], p: number) => (ms[Math.min(ms.length - 1, Math.ceil(p * ms.length) - 1)] ?? NaN).toFixed(2);
console.log("| way | p50 / p95 ms |\n| --- | ---: |");
for (const [name, ms] of times) {
  ms.sort((a, b) => a - b);
  console.log(`| ${name} | ${at(ms, 0.5)} / ${at(ms, 0.95)} |`);
}
undici.close();
nodeHttp.close();
