// npm run bench:soak — a minute of mixed traffic at 64 connections over every kind of page and chart
// file, after a 10 s warm-up: errors, non-2xx responses (every URL is valid, so any is a failure) and
// the server's resident memory after the warm-up and at the end. Prints markdown.
import {
  CHART_FILES,
  EMBED_TODO_NOTE,
  HOME,
  SERIES_PAGE,
  SERIES_SVG,
  SOURCES_PAGE,
  STORY_PAGES,
  embedTarget,
} from "./bench-pages";
import { benchPort, residentMiB, startServer } from "./bench-server";
import { collectGarbage } from "./inspector-gc";
import { load, type LoadResult } from "./load";
import { markdownTable } from "./markdown-table";

const WARMUP_SECONDS = Number(process.env.SOAK_WARMUP_SECONDS ?? 10);
const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CONNECTIONS = 64;
const RSS_TOLERANCE = 0.1;

/** RSS as the load stops, then again after a full GC (see inspector-gc.ts for why both). */
async function readRss(pid: number, inspectPort: number): Promise<{ raw: number; afterGc: number }> {
  const raw = residentMiB(pid);
  await collectGarbage(inspectPort);
  return { raw, afterGc: residentMiB(pid) };
}

type Counts = Map<string, Map<number, number>>;

function counter(counts: Counts) {
  return (path: string, status: number) => {
    const byStatus = counts.get(path) ?? new Map<number, number>();
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    counts.set(path, byStatus);
  };
}

/** Resident memory every few seconds during the run, to tell steady growth from one step up. */
function sampleRss(pid: number, everyMs: number): { stop: () => number[] } {
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(residentMiB(pid)), everyMs);
  return { stop: () => (clearInterval(timer), samples) };
}

function statusRows(counts: Counts): string[][] {
  return [...counts].map(([path, byStatus]) => {
    const total = [...byStatus.values()].reduce((a, b) => a + b, 0);
    const bad = [...byStatus].filter(([s]) => s < 200 || s >= 300).reduce((a, [, n]) => a + n, 0);
    const statuses = [...byStatus].map(([s, n]) => `${s}×${n}`).join(" ");
    return [path, String(total), String(bad), statuses];
  });
}

type Rss = { warm: { raw: number; afterGc: number }; end: { raw: number; afterGc: number }; peak: number };

const ok = (pass: boolean) => (pass ? "✓" : "✗");
const change = (from: number, to: number) => (to - from) / from;
const pct = (x: number) => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}%`;

function summary(run: LoadResult, rss: Rss): string[][] {
  const growth = change(rss.warm.raw, rss.end.raw);
  const gcGrowth = change(rss.warm.afterGc, rss.end.afterGc);
  return [
    ["requests", String(run.requests), ""],
    ["req/s", run.rps.toFixed(0), ""],
    ["latency p50 / p99 ms", `${run.p50} / ${run.p99}`, ""],
    ["errors (incl. timeouts)", String(run.errors), ok(run.errors === 0)],
    ["non-2xx", String(run.non2xx), ok(run.non2xx === 0)],
    [
      "RSS after warm-up / at end MiB (peak during run)",
      `${rss.warm.raw.toFixed(1)} / ${rss.end.raw.toFixed(1)} (${rss.peak.toFixed(1)})`,
      "",
    ],
    ["RSS change, as read", pct(growth), ok(growth <= RSS_TOLERANCE)],
    [
      "RSS after a full GC, after warm-up / at end MiB",
      `${rss.warm.afterGc.toFixed(1)} / ${rss.end.afterGc.toFixed(1)}`,
      "",
    ],
    ["RSS change, after a full GC", pct(gcGrowth), ok(gcGrowth <= RSS_TOLERANCE)],
  ];
}

const port = benchPort(3550);
const inspectPort = port + 1;
const server = await startServer(port, { inspectPort });
try {
  const embed = await embedTarget(server.origin);
  const targets = [
    HOME,
    ...STORY_PAGES,
    SERIES_PAGE,
    SOURCES_PAGE,
    ...Object.values(CHART_FILES),
    SERIES_SVG,
    ...(embed ? [embed] : []),
  ];
  const paths = targets.map((t) => t.path);
  const base = { origin: server.origin, paths, connections: CONNECTIONS };
  await load({ ...base, seconds: WARMUP_SECONDS });
  const warm = await readRss(server.pid, inspectPort);
  const counts: Counts = new Map();
  const sampler = sampleRss(server.pid, 5000);
  const run = await load({ ...base, seconds: SECONDS, onStatus: counter(counts) });
  const samples = sampler.stop();
  const end = await readRss(server.pid, inspectPort);
  const rss = { warm, end, peak: Math.max(end.raw, ...samples) };
  console.log(
    `${SECONDS} s of mixed traffic after a ${WARMUP_SECONDS} s warm-up, ${CONNECTIONS} connections, server pid ${server.pid}\n`,
  );
  console.log(
    markdownTable(
      ["measure", "value", `target (0 errors, 0 non-2xx, RSS within ${RSS_TOLERANCE * 100}%)`],
      summary(run, rss),
    ),
  );
  console.log(`\nRSS every 5 s, MiB: ${samples.map((s) => s.toFixed(0)).join(", ")}\n`);
  console.log(markdownTable(["URL", "responses", "non-2xx", "statuses"], statusRows(counts)));
  if (!embed) console.log(`\n${EMBED_TODO_NOTE}`);
} finally {
  await server.stop();
}
