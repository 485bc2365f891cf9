// Scale benchmark: synthetic datasets of 10^3–10^6 observations go through the real loader (YAML files,
// full validation, one transaction) into a temporary database, then the page queries are timed on it.
// Each size loads in one child process and is queried from another, so each peak RSS is its own.
// npm run bench:scale   (BENCH_SIZES=1000,10000 to choose sizes; BENCH_CPU_PROF=dir to profile the children;
// BENCH_DATABASE_URL=http://127.0.0.1:8080 to load and query a running libSQL server instead of a temporary file;
// BENCH_KEEP=/tmp/dir keeps each size's data and database in /tmp/dir/<size>/, and a later run with the same
// folder skips the load (minutes at 10^6) and queries what is there, after applying any newer migration)
import { spawnSync } from "node:child_process";
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Client } from "@libsql/client";

import { TOPICS } from "@/lib/model/taxonomy";

const REAL_DATA = fileURLToPath(new URL("../data", import.meta.url));
const PER_SERIES = 50; // one observation per series-year, 1975–2024
const SERIES_PER_FILE = 20; // one observations file (one "article") per 1,000 observations
const UNITS = ["USD", "percent", "count"] as const;
const BOUNDS = [
  ["exact", "reached"],
  ["approx", "was about"],
  ["min", "was more than"],
  ["max", "did not exceed"],
] as const;
const q = (s: string) => JSON.stringify(s); // a JSON string is a valid double-quoted YAML scalar

// cpu: this process's CPU time per run (mean, ms), which a loaded machine inflates far less than wall time;
// an embedded database's work is in it, a server's is not.
type Stats = { p50: number; p95: number; runs: number; cpu?: number };
type Result = {
  observations: number;
  series: number;
  yamlMb: number;
  loadS: number;
  loadRssMb: number;
  dbMb: number;
  seriesQuery: Stats;
  seriesChart: Stats;
  story: Stats;
  allSeries?: Stats;
  allSeriesRows?: number;
  pages?: Record<string, Stats>;
  api?: Record<string, Stats>;
  peakRssMb: number;
  loadAvg: number; // the machine's 1-minute load average when the size finished: 2 cores, so above ~1.5 the figures are noisy
};

/** The value, and how a quote writes it, so the loader's quote check accepts it. */
function figure(s: number, year: number): { value: number; text: string } {
  const base = ((s * 7919 + year * 104729) % 9000) + 1000;
  const unit = UNITS[s % 3];
  if (unit === "USD") return { value: base * 1e6, text: `$${base} million` };
  if (unit === "percent") return { value: (base % 900) / 10, text: `${(base % 900) / 10} percent` };
  return { value: base * 7, text: (base * 7).toLocaleString("en-US") };
}

function observationYaml(s: number, year: number, source: string): string {
  const head = `- id: s-${s}/${year}\n  series: s-${s}\n  period: "${year}"\n`;
  if (year === 1974 + PER_SERIES) {
    // The last year is derived from the one before, so formulas, inputs and cycle checks run too.
    const value = figure(s, year - 1).value * (1 + 5 / 100);
    return `${head}  value: ${value}\n  bound: approx\n  derived:\n    formula: "{s-${s}/${year - 1}} * (1 + 5 / 100)"\n    precision: 1\n`;
  }
  const { value, text } = figure(s, year);
  const [bound, phrase] = BOUNDS[year % 4] ?? BOUNDS[0];
  const quote = `the figure ${phrase} ${text} in ${year}`;
  const cite = (src: string) => `    - source: ${src}\n      quote: ${q(quote)}\n`;
  return (
    `${head}  value: ${value}\n  bound: ${bound}\n${bound === "min" ? "  strict: true\n" : ""}` +
    `${year % 25 === 0 ? "  note: A synthetic note.\n" : ""}  citations:\n${cite(source)}` +
    `${year % 10 === 0 ? `      context: ${q(`In its review, ${quote}, the report said.`)}\n` : ""}` +
    `${year % 7 === 0 ? cite("synthetic-0") : ""}`
  );
}

function seriesYaml(s: number): string {
  // Indicators spread over the five topics, so a topic page holds a fifth of the dataset.
  const topic = TOPICS[s % TOPICS.length] ?? "trade";
  return (
    `- slug: s-${s}\n  title: ${q(`Synthetic series ${s}`)}\n  unit: ${UNITS[s % 3]}\n  measure: synthetic\n` +
    `  kind: indicator\n  topic: ${topic}\n` +
    `  description: ${q(`Synthetic series ${s} of the scale benchmark.`)}\n` +
    `  entities:\n    - { entity: C${s % 10}, role: partner }\n    - { entity: C${(s + 1) % 10}, role: partner }\n`
  );
}

/** The real dataset's YAML (data/), written beside the synthetic files so the real pages have their series. */
function withRealData(dir: string): number {
  let bytes = 0;
  const add = (name: string, to = name) => {
    const text = readFileSync(join(REAL_DATA, name), "utf8");
    appendFileSync(join(dir, to), `\n${text}`);
    bytes += text.length;
  };
  add("entities.yaml");
  add("sources.yaml");
  for (const sub of ["series", "observations"])
    for (const f of readdirSync(join(REAL_DATA, sub)).filter((f) => f.endsWith(".yaml")))
      add(join(sub, f), join(sub, `real-${f}`));
  return bytes;
}

/**
 * Writes data/ for n synthetic observations; returns its size in bytes. With `real`, the dashboard's own
 * data/ is added (~100 more figures), so the home, story and topic pages can be read at that size.
 */
export function writeDataset(dir: string, n: number, real = false): number {
  const seriesCount = n / PER_SERIES;
  const files = Math.ceil(seriesCount / SERIES_PER_FILE);
  for (const sub of ["series", "observations"]) mkdirSync(join(dir, sub), { recursive: true });
  const put = (name: string, text: string) => (writeFileSync(join(dir, name), text), text.length);
  let bytes = put(
    "entities.yaml",
    Array.from({ length: 10 }, (_, i) => `- { id: C${i}, name: Country ${i}, kind: country, iso: null }\n`).join(""),
  );
  const sources = Array.from(
    { length: files },
    (_, f) =>
      `- id: synthetic-${f}\n  title: ${q(`Synthetic article ${f}`)}\n  author: A. Writer\n  publication: Bench\n  publisher: Bench\n` +
      `  published: { date: "2024-01-01" }\n  url: https://example.org/articles/${f}\n`,
  );
  bytes += put("sources.yaml", sources.join(""));
  for (let f = 0; f < files; f++) {
    const first = f * SERIES_PER_FILE;
    const group = Array.from({ length: Math.min(SERIES_PER_FILE, seriesCount - first) }, (_, i) => first + i);
    bytes += put(`series/synthetic-${f}.yaml`, group.map(seriesYaml).join(""));
    const years = Array.from({ length: PER_SERIES }, (_, y) => 1975 + y);
    const observations = group.flatMap((s) => years.map((y) => observationYaml(s, y, `synthetic-${f}`)));
    bytes += put(`observations/synthetic-${f}.yaml`, observations.join(""));
  }
  return real ? bytes + withRealData(dir) : bytes;
}

/** Runs fn `runs` times (fewer if the time budget runs out, at least 3) after warm-up; p50/p95 in ms. */
async function time(runs: number, budgetMs: number, fn: (i: number) => Promise<unknown>, warmUp = 50): Promise<Stats> {
  for (let i = 0; i < warmUp; i++) await fn(i);
  const ms: number[] = [];
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs && (i < 3 || performance.now() - start < budgetMs); i++) {
    const t = performance.now();
    await fn(i);
    ms.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpu0);
  ms.sort((a, b) => a - b);
  const at = (p: number) => ms[Math.min(ms.length - 1, Math.ceil(p * ms.length) - 1)] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), runs: ms.length, cpu: (cpu.user + cpu.system) / 1000 / ms.length };
}

const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
// The child reports as it goes, so a size whose last step runs out of memory still gives the rest.
const report = (part: Partial<Result>) => {
  console.log(JSON.stringify(part));
  // The machine's load as each part ends, beside its figures: on a shared 2-core machine it explains them.
  console.error(
    `${Object.keys(part).join(", ")}: done at load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
};

function pointAtDatabase(dbFile: string): void {
  const remote = process.env.BENCH_DATABASE_URL;
  // Only a server's URL: a file: URL could name the dashboard's own .data/dashboard.db.
  if (remote && !/^(https?|wss?|libsql):\/\//.test(remote))
    throw new Error("BENCH_DATABASE_URL must be a libSQL server's URL");
  process.env.DATABASE_URL = remote ?? `file:${dbFile}`;
}

async function measureLoad(dataDir: string, dbFile: string): Promise<void> {
  pointAtDatabase(dbFile);
  const { createWriterDb } = await import("@/db/client");
  const { loadDataset } = await import("@/db/load");
  const t0 = performance.now();
  const loaded = await loadDataset(createWriterDb(), dataDir);
  const loadS = (performance.now() - t0) / 1000;
  if (!loaded.ok) throw new Error(`the synthetic dataset was rejected:\n${loaded.errors.slice(0, 5).join("\n")}`);
  const dbMb = [dbFile, `${dbFile}-wal`].filter(existsSync).reduce((sum, f) => sum + statSync(f).size, 0) / 2 ** 20;
  report({ observations: loaded.counts.observations ?? 0, loadS, loadRssMb: rssMb(), dbMb });
}

/** A kept database's search index built to an older definition: rebuilt with the loader's own statements. */
async function rebuildOldSearchIndex(client: Client): Promise<void> {
  const { hasSearchIndex, rebuildSearchIndex } = await import("@/db/search-index");
  if (await hasSearchIndex(client)) return;
  const t0 = performance.now();
  const tx = await client.transaction("write");
  await rebuildSearchIndex(tx);
  await tx.commit();
  console.error(`search index rebuilt to the present definition in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/** What a series page, a story chart and the home page ask of the database, from a fresh process as a server has. */
async function measureQueries(dbFile: string, n: number): Promise<void> {
  pointAtDatabase(dbFile);
  if (process.env.BENCH_KEEP) {
    // A kept database may predate a migration (an index): bring it up to date as the loader would.
    const [{ getDb }, { migrateDb }] = await Promise.all([import("@/db/client"), import("@/db/migrate")]);
    await migrateDb(getDb());
    await rebuildOldSearchIndex(getDb().$client);
  }
  const { fetchAllSeriesData, fetchSeriesData } = await import("@/db/queries/series");
  const { fetchChartSpec } = await import("@/server/chart-specs");
  const { buildChartSpec } = await import("@/lib/chart/build");
  const seriesCount = n / PER_SERIES;
  const pick = (i: number) => (i * 7919) % seriesCount; // spread over the whole table, same order every run
  const seriesQuery = await time(200, 60_000, async (i) => {
    const [s] = await fetchSeriesData([`s-${pick(i)}`]);
    if (s?.observations.length !== PER_SERIES) throw new Error("series query returned the wrong rows");
  });
  const seriesChart = await time(200, 60_000, (i) => fetchChartSpec(`series-s-${pick(i)}`));
  const story = await time(200, 60_000, async (i) => {
    // Three series of one unit, as a story chart draws.
    const base = pick(i) % (seriesCount - 6);
    const slugs = [0, 3, 6].map((d) => `s-${base - (base % 3) + d}`);
    const def = { id: "bench-story", kind: "time" as const, title: "Story", subtitle: "Bench", series: slugs };
    return buildChartSpec(def, await fetchSeriesData(slugs));
  });
  report({ series: seriesCount, seriesQuery, seriesChart, story, peakRssMb: rssMb() });
  report({ pages: await measurePages(), peakRssMb: rssMb() });
  report({ api: await measureApi(seriesCount, pick), peakRssMb: rssMb() });
  if (process.env.BENCH_ALL_SERIES === "0") return;
  let allSeriesRows = 0;
  try {
    const allSeries = await time(200, 30_000, async () => (allSeriesRows = (await fetchAllSeriesData()).length), 1);
    report({ allSeries, allSeriesRows, peakRssMb: rssMb() });
  } catch (e) {
    // A remote server refuses answers above its --max-response-size: a finding, not a crash.
    const cause = e instanceof Error && e.cause instanceof Error ? e.cause : e;
    console.error(`all series: ${String(cause instanceof Error ? cause.message : cause).split("\n")[0]}`);
  }
}

/**
 * The data each page reads and composes (server/pages.ts: the same calls the pages make, without React's
 * per-request cache), on the real stories and topics, which the dataset carries beside the synthetic series.
 */
async function measurePages(): Promise<Record<string, Stats>> {
  const { getHomePage, getStoryPage, getTopicPage } = await import("@/server/pages");
  const { STORIES } = await import("@/lib/registry/stories");
  const { TOPICS } = await import("@/lib/model/taxonomy");
  const home = await time(
    200,
    30_000,
    async () => {
      const page = await getHomePage();
      if (page.stories.length !== STORIES.length) throw new Error("home page: a story chart is missing");
    },
    2,
  );
  const stories = await time(
    200,
    30_000,
    async (i) => {
      const story = STORIES[i % STORIES.length];
      if (!story || !(await getStoryPage(story.slug))?.charts.length) throw new Error("story page: no charts");
    },
    5,
  );
  // Each topic's pages in turn, spread from the first to the last (a later page skips more rows).
  const pages = new Map(await Promise.all(TOPICS.map(async (t) => [t, (await getTopicPage(t))?.pages ?? 1] as const)));
  const topic = await time(
    200,
    30_000,
    async (i) => {
      const t = TOPICS[i % TOPICS.length] ?? "trade";
      const page = 1 + ((i * 7) % (pages.get(t) ?? 1));
      if (!(await getTopicPage(t, page))?.rows.length) throw new Error(`topic page ${t} ${page}: empty`);
    },
    2,
  );
  return { home, stories, topic };
}

/**
 * The public API's endpoints through its front door (server/api/handle.ts: validation, query, JSON, ETag),
 * in this process: what a request costs the server minus Next.js's routing. Each kind cycles through
 * filters a client would use.
 */
async function measureApi(seriesCount: number, pick: (i: number) => number): Promise<Record<string, Stats>> {
  const { handleApi } = await import("@/server/api/handle");
  const files = Math.ceil(seriesCount / SERIES_PER_FILE);
  const get = async (path: string) => {
    const res = await handleApi(new Request(`http://127.0.0.1/api/v1${path}`));
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  };
  const cycle = (paths: ((i: number) => string)[]) => (i: number) =>
    get((paths[i % paths.length] as (i: number) => string)(i));
  const series = cycle([
    () => "/series",
    () => "/series?topic=trade&limit=100",
    () => "/series?unit=USD",
    (i) => `/series?entity=C${i % 10}`,
  ]);
  const seriesDetail = cycle([(i) => `/series/s-${pick(i)}`]);
  const { encodeCursor } = await import("@/lib/api/cursor");
  // A page further on, as a client following `next` asks: the cursor is the last id of the page before.
  const cursor = (i: number) => encodeCursor([`s-${pick(i)}/${1975 + (i % 50)}`]);
  const observationPaths: Record<string, (i: number) => string> = {
    series: (i) => `/observations?series=s-${pick(i)}`,
    plain: () => "/observations?limit=100",
    "one year": (i) => `/observations?from=${1975 + (i % 50)}&to=${1975 + (i % 50)}`,
    bound: () => "/observations?bound=max",
    source: (i) => `/observations?source=synthetic-${pick(i) % files}`,
    "entity+from": (i) => `/observations?entity=C${i % 10}&from=2020`,
    entity: (i) => `/observations?entity=C${i % 10}`,
    cursor: (i) => `/observations?cursor=${cursor(i)}`,
    "bound+cursor": (i) => `/observations?bound=min&cursor=${cursor(i)}`,
  };
  const observations = cycle(Object.values(observationPaths));
  const words = [
    "Gyumri",
    "JF-17",
    "arms imports",
    "Pinaka",
    "billion",
    "did not exceed",
    "million",
    "synthetic series",
  ];
  const search = cycle([
    (i) => `/search?q=${encodeURIComponent(words[i % words.length] ?? "")}`,
    (i) => `/search?q=${pick(i) * 7}`,
  ]);
  const all = {
    series: await time(200, 30_000, series, 20),
    seriesDetail: await time(200, 30_000, seriesDetail, 20),
    observations: await time(300, 30_000, observations, 30),
    search: await time(200, 60_000, search, 20),
  };
  // Each variant alone, so a slow one is named rather than averaged away.
  const variants: Record<string, Stats> = {};
  for (const [name, path] of Object.entries(observationPaths))
    variants[`/observations ${name}`] = await time(100, 10_000, (i) => get(path(i)), 5);
  for (const word of [...words, "8631"])
    variants[`/search ${word}`] = await time(100, 10_000, () => get(`/search?q=${encodeURIComponent(word)}`), 5);
  return { ...all, ...variants };
}

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

const fmt = (x: number, digits = 1) => x.toFixed(digits);
const lat = (s?: Stats) => (s ? `${fmt(s.p50)} / ${fmt(s.p95)}` : "failed");
const cpuOf = (s?: Stats) => (s?.cpu === undefined ? "" : `, CPU ${fmt(s.cpu)}`);

/** One markdown table; the × columns are ratios to the first size, comparable within this one run. */
function printTable(results: Result[]): void {
  const first = results[0];
  console.log(
    "| observations | series | YAML MB | validate+load s | µs/obs | peak RSS load MB | DB MB | series query p50/p95 ms | p95 × | " +
      "series chart spec p50/p95 ms | story chart p50/p95 ms | all series p50/p95 ms (runs) | peak RSS queries MB | load avg |",
  );
  console.log(`|${" ---: |".repeat(14)}`);
  for (const r of results) {
    const ratio = first ? fmt(r.seriesQuery.p95 / first.seriesQuery.p95) : "";
    console.log(
      `| ${r.observations.toLocaleString("en-US")} | ${r.series.toLocaleString("en-US")} | ${fmt(r.yamlMb)} | ${fmt(r.loadS, 2)} | ` +
        `${fmt((r.loadS * 1e6) / r.observations, 0)} | ${r.loadRssMb} | ${r.dbMb ? fmt(r.dbMb) : "remote"} | ${lat(r.seriesQuery)} | ${ratio} | ` +
        `${lat(r.seriesChart)} | ${lat(r.story)} | ${lat(r.allSeries)} (${r.allSeries?.runs ?? 0}) | ${r.peakRssMb} | ${fmt(r.loadAvg)} |`,
    );
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

/** The pages' and the API's latencies, one row per size: p50 / p95 ms (runs). */
function printPagesAndApi(results: Result[]): void {
  const cols = [
    ["home page", (r: Result) => r.pages?.home],
    ["story pages", (r: Result) => r.pages?.stories],
    ["topic pages", (r: Result) => r.pages?.topic],
    ["API /series", (r: Result) => r.api?.series],
    ["API /series/{slug}", (r: Result) => r.api?.seriesDetail],
    ["API /observations", (r: Result) => r.api?.observations],
    ["API /search", (r: Result) => r.api?.search],
  ] as const;
  console.log(`\n| observations | ${cols.map(([name]) => `${name} p50 / p95 ms (runs, CPU ms/run)`).join(" | ")} |`);
  console.log(`|${" ---: |".repeat(cols.length + 1)}`);
  for (const r of results)
    console.log(
      `| ${r.observations.toLocaleString("en-US")} | ${cols.map(([, of]) => `${lat(of(r))} (${of(r)?.runs ?? 0}${cpuOf(of(r))})`).join(" | ")} |`,
    );
  // The API's variants one by one (keys with a space; the four above are the mixes).
  const names = [...new Set(results.flatMap((r) => Object.keys(r.api ?? {}).filter((k) => k.includes(" "))))];
  if (names.length === 0) return;
  console.log(
    `\n| API request | ${results.map((r) => `${r.observations.toLocaleString("en-US")} p50 / p95 ms (runs, CPU ms/run)`).join(" | ")} |`,
  );
  console.log(`| --- |${" ---: |".repeat(results.length)}`);
  for (const name of names)
    console.log(
      `| ${name} | ${results.map((r) => `${lat(r.api?.[name])} (${r.api?.[name]?.runs ?? 0}${cpuOf(r.api?.[name])})`).join(" | ")} |`,
    );
}

// Imported (to reuse the generator), it only defines; run, it benchmarks.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
