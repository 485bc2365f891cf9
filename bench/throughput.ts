// npm run bench:throughput — requests per second and latency for a story page, the home page, a chart
// SVG, a CSV download and the embed page, each beside a static file with the same bytes served by the
// same server in the same run. The machine is shared and noisy, so only the ratio is comparable
// between runs; the target is a ratio of at least 0.5 for pages. Prints a markdown table.
import { CHART_FILES, EMBED_TODO_NOTE, HOME, STORY_PAGES, embedTarget, embedTodoRow, type Target } from "./bench-pages";
import { benchPort, cpuSeconds, startServer, type BenchServer } from "./bench-server";
import { fetchIdentity, load, type LoadResult } from "./load";
import { markdownTable } from "./markdown-table";
import { removeTwins, writeTwins, type Twin } from "./static-twins";

const SECONDS = Number(process.env.THROUGHPUT_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.THROUGHPUT_CONNECTIONS ?? 32);
const PAGE_TARGET = 0.5;
const HEADER = [
  "route",
  "bytes",
  "req/s",
  "p50 ms",
  "p99 ms",
  "static req/s",
  "static p50 ms",
  "static p99 ms",
  "ratio",
  "server CPU ms/req (route / static)",
  "CPU ratio",
  "errors + non-2xx",
];

type Body = { body: Buffer; type: string };

/** First server: find the targets and record the exact bytes each one sends. */
async function recordBodies(port: number): Promise<{ targets: Target[]; bodies: Body[]; hasEmbed: boolean }> {
  const server = await startServer(port);
  try {
    const embed = await embedTarget(server.origin);
    const story = STORY_PAGES[0];
    if (!story) throw new Error("no story pages");
    const targets = [story, HOME, CHART_FILES.svg, CHART_FILES.csv, ...(embed ? [embed] : [])];
    const bodies: Body[] = [];
    for (const t of targets) {
      const res = await fetchIdentity(server.origin, t.path);
      if (res.status !== 200) throw new Error(`${t.path}: HTTP ${res.status}`);
      bodies.push(res);
    }
    return { targets, bodies, hasEmbed: embed !== undefined };
  } finally {
    await server.stop();
  }
}

async function checkTwin(server: BenchServer, twin: Twin, expected: Buffer): Promise<void> {
  const res = await fetchIdentity(server.origin, twin.path);
  if (res.status !== 200 || !res.body.equals(expected))
    throw new Error(`${twin.path} is not served as written (HTTP ${res.status})`);
}

type Measured = LoadResult & { cpuMs: number };

/**
 * One load run, with the server's CPU time per response: req/s follows how much of a core the server
 * gets on this shared machine, CPU per response hardly does, so it is the steadier way to compare.
 */
async function run(server: BenchServer, path: string, seconds: number): Promise<Measured> {
  const before = cpuSeconds(server.pid);
  const result = await load({ origin: server.origin, paths: [path], seconds, connections: CONNECTIONS });
  return { ...result, cpuMs: ((cpuSeconds(server.pid) - before) * 1000) / Math.max(result.requests, 1) };
}

/** Two halves of one side of the comparison: req/s over both, p50 their mean, p99 the worse one. */
function combine(a: Measured, b: Measured): Measured {
  return {
    cpuMs: (a.cpuMs * a.requests + b.cpuMs * b.requests) / Math.max(a.requests + b.requests, 1),
    rps: (a.rps + b.rps) / 2,
    p50: (a.p50 + b.p50) / 2,
    p99: Math.max(a.p99, b.p99),
    errors: a.errors + b.errors,
    non2xx: a.non2xx + b.non2xx,
    requests: a.requests + b.requests,
  };
}

/**
 * Route and twin in the order route, twin, twin, route (half the time each), so a load from other
 * processes that rises or falls during the pair weighs on both sides alike.
 */
async function pair(server: BenchServer, route: string, twin: string): Promise<{ route: Measured; file: Measured }> {
  const half = SECONDS / 2;
  const r1 = await run(server, route, half);
  const f1 = await run(server, twin, half);
  const f2 = await run(server, twin, half);
  const r2 = await run(server, route, half);
  return { route: combine(r1, r2), file: combine(f1, f2) };
}

function row(target: Target, bytes: number, route: Measured, file: Measured): string[] {
  const ratio = route.rps / file.rps;
  const cpuRatio = file.cpuMs / route.cpuMs;
  const page = !target.path.startsWith("/charts/");
  const verdict = page ? (ratio >= PAGE_TARGET ? " ✓" : " ✗") : "";
  return [
    target.path,
    String(bytes),
    route.rps.toFixed(0),
    route.p50.toFixed(0),
    String(route.p99),
    file.rps.toFixed(0),
    file.p50.toFixed(0),
    String(file.p99),
    `${ratio.toFixed(2)}${verdict}`,
    `${route.cpuMs.toFixed(2)} / ${file.cpuMs.toFixed(2)}`,
    cpuRatio.toFixed(2),
    String(route.errors + route.non2xx + file.errors + file.non2xx),
  ];
}

/** Second server, started after the twins exist: each route, then its twin, back to back. */
async function measure(port: number, targets: Target[], bodies: Body[], twins: Twin[]): Promise<string[][]> {
  const server = await startServer(port, { prepare: false });
  try {
    const rows: string[][] = [];
    for (const [i, target] of targets.entries()) {
      const twin = twins[i];
      const body = bodies[i];
      if (!twin || !body) continue;
      await checkTwin(server, twin, body.body);
      // A short warm-up each, so neither side pays for first-request compilation or cold caches.
      await run(server, target.path, 2);
      await run(server, twin.path, 2);
      const { route, file } = await pair(server, target.path, twin.path);
      rows.push(row(target, body.body.length, route, file));
    }
    return rows;
  } finally {
    await server.stop();
  }
}

const port = benchPort(3540);
process.once("SIGINT", () => {
  removeTwins();
  process.exit(130);
});
try {
  const { targets, bodies, hasEmbed } = await recordBodies(port);
  const rows = await measure(port, targets, bodies, writeTwins(bodies));
  if (!hasEmbed) rows.push(embedTodoRow(HEADER.length));
  console.log(
    `${SECONDS} s per side (route, twin, twin, route), ${CONNECTIONS} connections, uncompressed; ratio = route req/s ÷ static twin req/s (target ≥ ${PAGE_TARGET} for pages); CPU ratio = static CPU per response ÷ route CPU per response\n`,
  );
  console.log(markdownTable(HEADER, rows));
  if (!hasEmbed) console.log(`\n${EMBED_TODO_NOTE}`);
} finally {
  removeTwins();
}
