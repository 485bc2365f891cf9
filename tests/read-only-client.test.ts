// The site reads its embedded database through a client that cannot write to it (issue 12): only the
// loader (npm run publish, npm start's load, the review tool) opens it for writing.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "read-only-")), "r.db")}`;

const { createWriterDb, getCheckDb, getDb } = await import("@/db/client");
const { loadDataset } = await import("@/db/load");
const { DATA_DIR } = await import("@/db/ensure");
const { meta } = await import("@/db/schema");

const version = async () =>
  (await createWriterDb().$client.execute("select value from meta where key = 'data_version'")).rows[0]?.value;

beforeAll(async () => {
  expect(await loadDataset(createWriterDb(), DATA_DIR)).toMatchObject({ ok: true });
});

describe("the site's database client", () => {
  it("reads", async () => {
    const rs = await getDb().$client.execute("select count(*) as n from observations");
    expect(Number(rs.rows[0]?.n)).toBeGreaterThan(0);
  });

  it("refuses every write, through SQL or drizzle, and the database is unchanged", async () => {
    const before = await version();
    await expect(getDb().$client.execute("delete from meta")).rejects.toThrow(/readonly|read-only/i);
    await expect(getDb().$client.execute("create table t (x)")).rejects.toThrow(/readonly|read-only/i);
    await expect(getDb().insert(meta).values({ key: "x", value: "y" })).rejects.toThrow();
    await expect(getCheckDb().$client.execute("delete from publishes")).rejects.toThrow(/readonly|read-only/i);
    expect(await version()).toBe(before);
  });

  it("still sees what the loader publishes afterwards", async () => {
    const loaded = await version();
    const rs = await getDb().$client.execute("select value from meta where key = 'data_version'");
    expect(rs.rows[0]?.value).toBe(loaded);
  });
});
