// npm run bench:hostile — one client's worth of hostile traffic, vector by vector (issue 14), with a
// story page's latency measured by a polite reader beside it, and the same page idle, in one run.
// 127.0.0.1 only; every phase has a fixed length, so the run stops by itself (~2 minutes by default).
import { Worker } from "node:worker_threads";
import { STORIES } from "@/lib/registry/stories";
import { readdirSync, readFileSync } from "node:fs";
import { benchPort, listeningPid, startServer } from "./bench-server";
import {
  cacheBusting,
  crowdedQueries,
  largeRenders,
  largeRendersAndPdfs,
  newTally,
  slowHeaders,
  widthSweep,
  type Tally,
} from "./hostile-vectors";
import { markdownTable } from "./markdown-table";

const PHASE_SECONDS = Number(process.env.HOSTILE_SECONDS ?? 15);
const SETTLE_MS = 3000;
const STORY = `/stories/${STORIES.find((s) => s.slug === "armenia-arms-dependence")?.slug ?? STORIES[0]?.slug}`;
const RENDER_CHART = "armenia-arms-dependence";

type Vector = (origin: string, until: number, tally: Tally) => Promise<void>;
type Row = { phase: string; latencies: number[]; tally: Tally | null; seconds: number; cpu: ThreadCpu | null };
type ThreadCpu = { loop: number; others: number };

/** CPU seconds of the server's event-loop thread (tid = pid) and of all its other threads (render workers, libuv, GC). */
function threadCpu(pid: number | undefined): ThreadCpu | null {
  if (!pid) return null;
  const out: ThreadCpu = { loop: 0, others: 0 };
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const seconds = (Number(fields[11]) + Number(fields[12])) / 100;
    if (Number(tid) === pid) out.loop += seconds;
    else out.others += seconds;
  }
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

// The polite reader: one request for the story page after another, timing each. It runs on its own
// thread, so the hostile clients' work in this process cannot delay it and count as server latency.
const PROBE = `
const { parentPort, workerData: { url, until } } = require("node:worker_threads");
(async () => {
  const times = [];
  while (Date.now() < until) {
    const start = performance.now();
    const res = await fetch(url);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error("story page answered " + res.status);
    times.push(performance.now() - start);
    await new Promise((r) => setTimeout(r, 50));
  }
  parentPort.postMessage(times);
})();
`;

function probe(origin: string, until: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(PROBE, { eval: true, workerData: { url: `${origin}${STORY}`, until } });
    worker.once("message", resolve);
    worker.once("error", reject);
  });
}

/** Every chart id on the site: the story charts and one per series, from the sitemap. */
async function chartIds(origin: string): Promise<string[]> {
  const xml = await (await fetch(`${origin}/sitemap.xml`)).text();
  const series = [...xml.matchAll(/\/series\/([a-z0-9-]+)</g)].map((m) => `series-${m[1]}`);
  return [...STORIES.flatMap((s) => s.charts.map((c) => c.id)), ...series];
}

async function phase(origin: string, name: string, vector: Vector | null, pid: number | undefined): Promise<Row> {
  const until = Date.now() + PHASE_SECONDS * 1000;
  const tally = vector ? newTally() : null;
  const before = threadCpu(pid);
  const [latencies] = await Promise.all([probe(origin, until), vector && tally ? vector(origin, until, tally) : null]);
  const after = threadCpu(pid);
  const cpu = before && after ? { loop: after.loop - before.loop, others: after.others - before.others } : null;
  await sleep(SETTLE_MS);
  return { phase: name, latencies, tally, seconds: PHASE_SECONDS, cpu };
}

function statuses(t: Tally | null): string {
  if (!t) return "";
  const parts = [...t.byStatus.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
  return [...parts, ...(t.errors ? [`errors×${t.errors}`] : [])].join(", ");
}

function table(rows: Row[]): string {
  const header = [
    "phase",
    "story p50 ms",
    "story p95 ms",
    "story max ms",
    "story n",
    "hostile answers",
    "200/s",
    "renders/s",
    "server CPU % (event loop / other threads)",
    "notes",
  ];
  return markdownTable(
    header,
    rows.map((r) => [
      r.phase,
      percentile(r.latencies, 50).toFixed(0),
      percentile(r.latencies, 95).toFixed(0),
      Math.max(...r.latencies).toFixed(0),
      String(r.latencies.length),
      statuses(r.tally),
      r.tally ? ((r.tally.byStatus.get(200) ?? 0) / r.seconds).toFixed(1) : "",
      r.tally?.renders ? (r.tally.renders / r.seconds).toFixed(2) : "",
      r.cpu ? `${((r.cpu.loop / r.seconds) * 100).toFixed(0)} / ${((r.cpu.others / r.seconds) * 100).toFixed(0)}` : "",
      r.tally?.note ?? "",
    ]),
  );
}

async function run(origin: string): Promise<void> {
  const charts = await chartIds(origin);
  const pid = listeningPid(Number(new URL(origin).port));
  const phases: [string, Vector | null][] = [
    ["idle", null],
    ["16 clients, distinct max-size PNGs", largeRenders(charts)],
    ["16 clients, distinct max-size PNGs and PDFs", largeRendersAndPdfs(charts)],
    ["16 clients, PNG width sweep", widthSweep(RENDER_CHART)],
    ["16 clients, 1,500 query parameters", crowdedQueries(STORY, RENDER_CHART)],
    ["16 clients, cache-busting variants", cacheBusting(RENDER_CHART)],
    ["200 slow-header connections", slowHeaders()],
    ["idle again", null],
  ];
  // HOSTILE_PHASES=sweep,idle runs only the phases whose names contain one of the words (profiling one vector).
  const only = process.env.HOSTILE_PHASES?.split(",").filter(Boolean);
  const rows: Row[] = [];
  for (const [name, vector] of phases) {
    if (only && !only.some((word) => name.includes(word))) continue;
    console.error(`${name}…`);
    rows.push(await phase(origin, name, vector, pid));
  }
  const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  console.log(`Story page: ${STORY}; ${PHASE_SECONDS} s per phase; reader pauses 50 ms between requests.`);
  console.log(`Load average at the end (2 cores, shared): ${load}.\n`);
  console.log(table(rows));
}

function loopback(url: string): string {
  const parsed = new URL(url);
  if (parsed.hostname !== "127.0.0.1") throw new Error(`BENCH_URL must be http://127.0.0.1:PORT, got ${url}`);
  return parsed.origin;
}

if (process.env.BENCH_URL) await run(loopback(process.env.BENCH_URL));
else {
  // Served the way npm start serves (scripts/serve.ts), so the socket bounds are part of what is measured.
  const server = await startServer(benchPort(3560), { serve: "app" });
  try {
    await run(server.origin);
  } finally {
    await server.stop();
  }
}
