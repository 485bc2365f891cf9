// A quick look at some API requests on a kept scale database, in this process (server/api/handle.ts: no
// Next.js), each alone: p50 / p95 ms and this process's CPU ms per request. For before/after measurements of
// one change; bench/scale.ts is the full benchmark.
// BENCH_DB=/tmp/x/1000000/bench.db npx tsx bench/api-probe.ts "/search?q=million" "/series/s-1"
import { resolve } from "node:path";
import { loadavg, tmpdir } from "node:os";

const db = resolve(process.env.BENCH_DB ?? "");
// Never the dashboard's own database: only a benchmark's, in a temporary folder.
if (!db.startsWith(resolve(tmpdir()))) throw new Error(`BENCH_DB must be a database under ${tmpdir()}`);
process.env.DATABASE_URL = `file:${db}`;
const { handleApi } = await import("@/server/api/handle");

async function get(path: string): Promise<number> {
  const res = await handleApi(new Request(`http://127.0.0.1/api/v1${path}`));
  const bytes = (await res.arrayBuffer()).byteLength;
  if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  return bytes;
}

const runs = Number(process.env.BENCH_RUNS ?? 100);
for (const path of process.argv.slice(2)) {
  for (let i = 0; i < 5; i++) await get(path);
  const ms: number[] = [];
  const cpu0 = process.cpuUsage();
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    bytes = await get(path);
    ms.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpu0);
  ms.sort((a, b) => a - b);
  const at = (p: number) => (ms[Math.min(ms.length - 1, Math.ceil(p * ms.length) - 1)] ?? NaN).toFixed(1);
  const cpuMs = ((cpu.user + cpu.system) / 1000 / runs).toFixed(1);
  console.log(`| \`${path}\` | ${at(0.5)} / ${at(0.95)} | ${cpuMs} | ${bytes} | ${loadavg()[0]?.toFixed(1)} |`);
}
