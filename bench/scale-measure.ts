// The scale benchmark's child processes: one loads a size's dataset, another times the page queries on it,
// each reporting its figures as it goes (scale-stats.ts). Modules that open the database are imported only
// after DATABASE_URL points at the benchmark's own.
import { existsSync, statSync } from "node:fs";
import type { Client } from "@libsql/client";

import { measureApi, measurePages } from "./scale-pages";
import { PER_SERIES } from "./scale-dataset";
import { report, rssMb, time } from "./scale-stats";

function pointAtDatabase(dbFile: string): void {
  const remote = process.env.BENCH_DATABASE_URL;
  // Only a server's URL: a file: URL could name the dashboard's own .data/dashboard.db.
  if (remote && !/^(https?|wss?|libsql):\/\//.test(remote))
    throw new Error("BENCH_DATABASE_URL must be a libSQL server's URL");
  process.env.DATABASE_URL = remote ?? `file:${dbFile}`;
}

export async function measureLoad(dataDir: string, dbFile: string): Promise<void> {
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
export async function measureQueries(dbFile: string, n: number): Promise<void> {
  pointAtDatabase(dbFile);
  if (process.env.BENCH_KEEP) {
    // A kept database may predate a migration (an index): bring it up to date as the loader would.
    const [{ getDb }, { migrateDb }] = await Promise.all([import("@/db/client"), import("@/db/migrate")]);
    await migrateDb(getDb());
    await rebuildOldSearchIndex(getDb().$client);
  }
  const { fetchSeriesData } = await import("@/db/queries/series");
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
  await measureAllSeries();
}

/** Every series with its observations in one answer, the heaviest read there is. */
async function measureAllSeries(): Promise<void> {
  const { fetchAllSeriesData } = await import("@/db/queries/series");
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
