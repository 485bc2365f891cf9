// Scale benchmark: synthetic datasets of 10^3–10^6 observations go through the real loader (YAML files,
// full validation, one transaction) into a temporary database, then the page queries are timed on it.
// Each size loads in one child process and is queried from another, so each peak RSS is its own.
// npm run bench:scale   (BENCH_SIZES=1000,10000 to choose sizes; BENCH_CPU_PROF=dir to profile the children;
// BENCH_DATABASE_URL=http://127.0.0.1:8080 to load and query a running libSQL server instead of a temporary file;
// BENCH_KEEP=/tmp/dir keeps each size's data and database in /tmp/dir/<size>/, and a later run with the same
// folder skips the load (minutes at 10^6) and queries what is there, after applying any newer migration)
// The dataset is scale-dataset.ts, the children's timings scale-measure.ts and scale-pages.ts, the tables
// scale-report.ts; this file is the entry point, and the children run it again in their --load/--query modes.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { writeDataset } from "./scale-dataset";
import { measureLoad, measureQueries } from "./scale-measure";
import { printPagesAndApi, printTable } from "./scale-report";
import type { Result } from "./scale-stats";

// Other benchmarks (bench/republish.ts) reuse the generator from here.
export { writeDataset };

/** Runs this file in a child process; its JSON lines, even those of a child that failed later. */
function runChild(args: string[]): Partial<Result>[] {
  const prof = process.env.BENCH_CPU_PROF
    ? ["--cpu-prof", `--cpu-prof-dir=${resolve(process.env.BENCH_CPU_PROF)}`]
    : [];
  const child = spawnSync(process.execPath, [...process.execArgv, ...prof, fileURLToPath(import.meta.url), ...args], {
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
    maxBuffer: 2 ** 26,
  });
  if (child.status !== 0)
    console.error(`${args[0]}: the child stopped (status ${child.status}, signal ${child.signal})`);
  return child.stdout
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Partial<Result>);
}

/** The size's folder: kept under BENCH_KEEP (reused by the next run), else a temporary one removed after. */
function sizeDir(n: number): { dir: string; kept: boolean } {
  const keep = process.env.BENCH_KEEP;
  if (!keep) return { dir: mkdtempSync(join(tmpdir(), `bench-scale-${n}-`)), kept: false };
  const dir = resolve(keep, String(n));
  mkdirSync(dir, { recursive: true });
  return { dir, kept: true };
}

/** What a kept folder remembers of its load: the load's figures, and where the data went. */
type Loaded = { target: string; parts: Partial<Result>[]; yamlMb: number };

function runSize(n: number): Result {
  const { dir, kept } = sizeDir(n);
  try {
    const dataDir = join(dir, "data");
    const dbFile = join(dir, "bench.db");
    // Never the dashboard's own database: the benchmark's always lives in a temporary folder.
    if (!resolve(dbFile).startsWith(resolve(tmpdir()))) throw new Error(`refusing to write outside ${tmpdir()}`);
    const target = process.env.BENCH_DATABASE_URL ?? `file:${dbFile}`;
    const marker = join(dir, "loaded.json");
    const before = kept && existsSync(marker) ? (JSON.parse(readFileSync(marker, "utf8")) as Loaded) : null;
    const reused = before?.target === target ? before : null;
    if (reused) console.error(`size ${n}: reusing the load in ${dir} (${target})`);
    else if (existsSync(marker)) rmSync(marker);
    // With the real data/ beside the synthetic files: the home, story and topic pages need their series.
    const yamlMb = reused?.yamlMb ?? writeDataset(dataDir, n, true) / 2 ** 20;
    // Loading and querying in two processes: the loader's multi-GB heap would otherwise put its garbage
    // collections into the query latencies, which a page server never sees.
    const load = reused?.parts ?? runChild(["--load", dataDir, dbFile]);
    if (kept && !reused && load.some((p) => p.loadS !== undefined))
      writeFileSync(marker, JSON.stringify({ target, parts: load, yamlMb } satisfies Loaded));
    const parts = [...load, ...runChild(["--query", dbFile, String(n)])];
    const result = Object.assign({ yamlMb }, ...parts) as Result;
    if (!result.story) throw new Error(`size ${n}: a child failed; see its messages above`);
    return { ...result, loadAvg: loadavg()[0] ?? 0 };
  } finally {
    if (!kept) rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const [mode, a, b] = process.argv.slice(2);
  if (mode === "--load" && a && b) return measureLoad(a, b);
  if (mode === "--query" && a && b) return measureQueries(a, Number(b));
  const sizes = (process.env.BENCH_SIZES ?? "1000,10000,100000,1000000").split(",").map(Number);
  const results: Result[] = [];
  for (const size of sizes) {
    console.error(`size ${size.toLocaleString("en-US")}…`);
    results.push(runSize(size));
    console.error(JSON.stringify(results[results.length - 1]));
  }
  printTable(results);
  printPagesAndApi(results);
}

// Imported (to reuse the generator), it only defines; run, it benchmarks.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
