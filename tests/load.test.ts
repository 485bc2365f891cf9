import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/db/client";
import { loadDataset } from "@/db/load";
import { readLoadedState } from "@/db/queries/loaded-state";
import * as t from "@/db/schema";
import { validFixture, writeDataset, type Fixture } from "./dataset-fixture";
import { BROKEN } from "./broken-datasets";

async function snapshot(db: Db): Promise<string> {
  const tables = [
    t.sources,
    t.entities,
    t.series,
    t.seriesEntities,
    t.observations,
    t.observationInputs,
    t.citations,
    t.meta,
  ];
  const rows = await Promise.all(tables.map((table) => db.select().from(table)));
  return createHash("sha256").update(JSON.stringify(rows)).digest("hex");
}

describe("the loader", () => {
  let db: Db;
  let dbFile: string;
  let before: string;

  beforeAll(async () => {
    dbFile = join(mkdtempSync(join(tmpdir(), "db-")), "test.db");
    db = createDb(`file:${dbFile}`);
    const result = await loadDataset(db, writeDataset(validFixture()));
    expect(result).toMatchObject({ ok: true });
    before = await snapshot(db);
  });

  it("loads every table from a valid dataset", async () => {
    expect(await db.select().from(t.observations)).toHaveLength(5);
    expect(await db.select().from(t.citations)).toHaveLength(4);
    expect(await db.select().from(t.observationInputs)).toHaveLength(2);
    const derived = await db.query.observations.findFirst({ where: (o, { eq }) => eq(o.id, "ru-am-trade/2022") });
    expect(derived).toMatchObject({
      derived: true,
      bound: "approx",
      periodStart: "2022-01-01",
      periodEnd: "2022-12-31",
    });
  });

  it("gives the same database when loaded twice", async () => {
    const again = await loadDataset(db, writeDataset(validFixture()), { full: true });
    expect(again).toMatchObject({ ok: true, skipped: false });
    expect(await snapshot(db)).toBe(before);
    // Without `full`, files whose bytes the database already holds are not even parsed again.
    expect(await loadDataset(db, writeDataset(validFixture()))).toMatchObject({ ok: true, skipped: true });
    expect(await snapshot(db)).toBe(before);
  });

  it("loads again, schema first, a database of the same data made before a new migration", async () => {
    const dir = writeDataset(validFixture());
    // As code before the last migration left it: one migration fewer, and no record of the loaded files.
    await db.$client.execute(
      "delete from __drizzle_migrations where rowid = (select max(rowid) from __drizzle_migrations)",
    );
    await db.$client.execute("delete from meta where key = 'loaded_files'");
    // What the last migration (0006) adds.
    for (const index of ["series_order", "series_topic_order", "series_unit_order"])
      await db.$client.execute(`drop index ${index}`);
    expect(await loadDataset(db, dir, { onlyIfStale: true })).toMatchObject({ ok: true, skipped: false });
    expect(await readLoadedState(db)).toMatchObject({ ok: true });
    expect(await loadDataset(db, dir, { onlyIfStale: true })).toMatchObject({ ok: true, skipped: true });
    before = await snapshot(db);
  });

  it.each(BROKEN)("rejects $name and leaves the database byte-identical", async ({ mutate, raw, message }) => {
    const fileBefore = createHash("sha256").update(readFileSync(dbFile)).digest("hex");
    const f: Fixture = validFixture();
    mutate?.(f);
    const result = await loadDataset(db, writeDataset(f, raw));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join("\n")).toContain(message);
    for (const line of result.errors) expect(line).not.toContain("\n");
    expect(await snapshot(db)).toBe(before);
    expect(createHash("sha256").update(readFileSync(dbFile)).digest("hex")).toBe(fileBefore);
  });
});
