// One page, one data version (issue 12): a publish that commits while a page is being read must not
// give a page whose figures come from two versions. The publish is committed from inside the page's
// first query, so every later query of the page sees the new version.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { beforeAll, describe, expect, it } from "vitest";

const dbUrl = `file:${join(mkdtempSync(join(tmpdir(), "consistent-")), "c.db")}`;
process.env.DATABASE_URL = dbUrl;

const { createDb, getDb } = await import("@/db/client");
const { loadDataset } = await import("@/db/load");
const { DATA_DIR } = await import("@/db/ensure");
const { getSeriesPage } = await import("@/server/pages");
const { readConsistently } = await import("@/server/consistent-read");

const SLUG = "ru-am-trade-turnover";
const OLD = "12400000000";
const NEW = "12600000000";

/** data/ with Russia–Armenia trade in 2024 corrected from $12.4 billion to $12.6 billion. */
function correctedData(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "consistent-data-")), "data");
  cpSync(DATA_DIR, dir, { recursive: true });
  const file = join(dir, "observations/poghosyan-2025-aravot.yaml");
  const text = readFileSync(file, "utf8");
  const fixed = text.replace(`value: ${OLD}`, `value: ${NEW}`).replace(/\$12\.4(\s+)billion/g, "$$12.6$1billion");
  expect(fixed).not.toBe(text);
  writeFileSync(file, fixed);
  return dir;
}

/**
 * Runs `read` with a publish of `dataDir` committed right after the first query of the page's data (not
 * a reading of the data stamp) has answered; later queries see the new version.
 */
async function withPublishDuring<T>(dataDir: string, read: () => Promise<T>): Promise<T> {
  const client: Client = getDb().$client;
  const execute = client.execute.bind(client);
  let armed = true;
  client.execute = (async (...args: Parameters<Client["execute"]>) => {
    const result = await execute(...args);
    const stmt: unknown = args[0];
    const sql = typeof stmt === "string" ? stmt : String((stmt as { sql?: unknown }).sql);
    if (armed && !sql.includes("data_version")) {
      armed = false;
      const published = await loadDataset(createDb(dbUrl), dataDir);
      expect(published).toMatchObject({ ok: true, skipped: false });
    }
    return result;
  }) as Client["execute"];
  try {
    return await read();
  } finally {
    client.execute = execute;
  }
}

beforeAll(async () => {
  expect(await loadDataset(createDb(dbUrl), DATA_DIR)).toMatchObject({ ok: true });
});

describe("a page read while a publish commits", () => {
  it("comes from one version: the series, its chart and its version line all show the correction", async () => {
    const page = await withPublishDuring(correctedData(), () => getSeriesPage(SLUG));
    const series = JSON.stringify(page?.series);
    const spec = JSON.stringify(page?.spec);
    expect(series).toContain(NEW);
    expect(series).not.toContain(OLD);
    expect(spec).toContain(NEW);
    expect(spec).not.toContain(OLD);
    expect(page?.history.some((h) => h.kind === "changed")).toBe(true);
    const loaded = await getDb().$client.execute("select value from meta where key = 'data_version'");
    expect(page?.stamp?.version).toBe(loaded.rows[0]?.value);
  });

  it("reads again only when the data stamp moved", async () => {
    let reads = 0;
    const { value, stamp } = await readConsistently(async () => ++reads);
    expect(value).toBe(1);
    expect(stamp?.version).toMatch(/^[0-9a-f]{16}$/);
  });
});
