// Young-generation collections while the API answers (in this process, no HTTP): how often a scavenge
// runs and how long it stops the request thread, per kind of request. A scavenge's pause grows with what
// is still reachable when it runs; every ~12 requests a 5 ms pause was most of the gap between the API's
// p50 and p95 at 10^6 figures (docs/benchmarks.md, "Ninth pass"). Compare two trees in one run of each.
// BENCH_DB=/tmp/x/1000000/bench.db npx tsx --conditions=react-server bench/api-gc.ts
// (BENCH_DATABASE_URL=http://127.0.0.1:PORT for a libSQL server holding that data.)
import { constants, PerformanceObserver } from "node:perf_hooks";
import { loadavg, tmpdir } from "node:os";
import { resolve } from "node:path";
import { addresses, type Kind } from "./api-addresses";

const remote = process.env.BENCH_DATABASE_URL;
const db = resolve(process.env.BENCH_DB ?? "");
if (!remote && !db.startsWith(resolve(tmpdir()))) throw new Error(`BENCH_DB must be a database under ${tmpdir()}`);
process.env.DATABASE_URL = remote ?? `file:${db}`;
const { answerApi } = await import("@/server/api/handle");

const RUNS = Number(process.env.BENCH_RUNS ?? 1000);
const WARM = Number(process.env.BENCH_WARM ?? 500);

let pauses: number[] = [];
// A "gc" entry's detail says which collection it was (Node.js's own entry type; the DOM's has no detail).
const minor = (e: object) => (e as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR;
new PerformanceObserver((list) =>
  pauses.push(
    ...list
      .getEntries()
      .filter(minor)
      .map((e) => e.duration),
  ),
).observe({
  entryTypes: ["gc"],
});

async function get(path: string): Promise<void> {
  const url = new URL(`http://127.0.0.1/api/v1${path}`);
  const answer = await answerApi({ method: "GET", url, header: () => null });
  if (answer.status !== 200) throw new Error(`${path}: ${answer.status}`);
}

const at = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
const ms = (n: number) => n.toFixed(1);
/** The observer's entries arrive after the collection, on a later turn of the event loop. */
const settle = () => new Promise((r) => setTimeout(r, 50));

async function measure(kind: Kind, seed: number): Promise<string> {
  for (const path of addresses(kind, WARM, seed + 100)) await get(path);
  await settle();
  pauses = [];
  const took: number[] = [];
  for (const path of addresses(kind, RUNS, seed)) {
    const t = performance.now();
    await get(path);
    took.push(performance.now() - t);
  }
  await settle();
  const p = [...pauses].sort((a, b) => a - b);
  took.sort((a, b) => a - b);
  const per = p.length ? (took.length / p.length).toFixed(0) : "–";
  const pause = p.length ? `${ms(at(p, 0.5))} / ${ms(at(p, 1))}` : "–";
  return `| ${kind} | ${took.length} | ${p.length} (1 in ${per}) | ${pause} | ${ms(at(took, 0.5))} / ${ms(at(took, 0.95))} |`;
}

console.log(`| request | requests | scavenges (1 in requests) | scavenge pause p50 / max ms | request p50 / p95 ms |`);
console.log(`| --- | ---: | ---: | ---: | ---: |`);
const kinds: Kind[] = ["series", "list", "observations", "search"];
for (const [i, kind] of kinds.entries()) console.log(await measure(kind, i + 1));
console.log(`\nload ${loadavg()[0]?.toFixed(1)}`);
