// The API's pages of series (listSeries in db/queries/api-lists.ts) against a plain query of the same
// filter: walking `next` from the first page yields every matching series once, in dataset order, with the
// entities the full read gives it, whichever plan the entity filter takes (its index, or a check of each
// series along the order: the choice depends on the page size, so both are walked here).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "series-list-")), "p.db")}`;

const { createWriterDb } = await import("@/db/client");
const { loadDataset } = await import("@/db/load");
const { DATA_DIR } = await import("@/db/ensure");
const { listSeries } = await import("@/db/queries/api-lists");
const { fetchAllSeriesData } = await import("@/db/queries/series");
type Filter = Parameters<typeof listSeries>[0];

const db = createWriterDb();
const column = async (sql: string, args: string[] = []) =>
  (await db.$client.execute({ sql, args })).rows.map((r) => String(r[0]));

/** The filter as one plain statement: what every plan must agree with. */
function expected(f: Filter): Promise<string[]> {
  const where: [string, string][] = [];
  if (f.topic) where.push(["topic = ?", f.topic]);
  if (f.unit) where.push(["unit = ?", f.unit]);
  if (f.entity) where.push(["slug in (select series_slug from series_entities where entity_id = ?)", f.entity]);
  const sql = `select slug from series ${where.length ? "where" : ""} ${where.map(([c]) => c).join(" and ")}
    order by ordinal, slug`;
  return column(
    sql,
    where.map(([, a]) => a),
  );
}

async function walk(f: Filter, limit: number) {
  const seen: Awaited<ReturnType<typeof listSeries>>["items"] = [];
  let after: [number, string] | null = null;
  let pages = 0;
  do {
    const page = await listSeries(f, after, limit);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    seen.push(...page.items);
    after = page.next;
    pages++;
  } while (after !== null && pages < 1000);
  return seen;
}

let common = "";
let rare = "";
let unit = "";
let topic = "";

beforeAll(async () => {
  expect(await loadDataset(db, DATA_DIR)).toMatchObject({ ok: true });
  const byCount = (table: string, col: string) =>
    column(`select ${col} from ${table} group by ${col} order by count(*) desc, ${col}`);
  const entities = await byCount("series_entities", "entity_id");
  [common, rare] = [entities[0] ?? "", entities.at(-1) ?? ""];
  unit = (await byCount("series", "unit"))[0] ?? "";
  topic = (await byCount("series", "topic"))[1] ?? "";
});

describe("pages of series", () => {
  const filters: [string, () => Filter][] = [
    ["no filter", () => ({})],
    ["an entity in most series", () => ({ entity: common })],
    ["an entity in one series", () => ({ entity: rare })],
    ["a unit", () => ({ unit })],
    ["a topic", () => ({ topic })],
    ["an entity and a unit", () => ({ entity: common, unit })],
    ["a unit no series has", () => ({ unit: "no-such-unit" })],
  ];
  it.each(filters)("%s: every matching series once, in order, with its entities", async (_, filter) => {
    const f = filter();
    const want = await expected(f);
    const full = new Map((await fetchAllSeriesData()).map((s) => [s.slug, s.entities]));
    for (const limit of [1, 2, 7, 100]) {
      const seen = await walk(f, limit);
      expect(
        seen.map((s) => s.slug),
        `limit ${limit}`,
      ).toEqual(want);
      for (const s of seen) expect(s.entities, s.slug).toEqual(full.get(s.slug));
    }
  });

  it("plans a page in dataset order as a range of the order index, with no sort of all series", async () => {
    const plan = async (sql: string) =>
      (await db.$client.execute({ sql: `explain query plan ${sql}`, args: [common] })).rows.map((r) => String(r[3]));
    // The two statements listSeries chooses between, as SQLite plans them on the real data.
    const walked = await plan(
      "select slug from series s where exists (select 1 from series_entities x where x.series_slug = s.slug and x.entity_id = ?) order by s.ordinal, s.slug limit 3",
    );
    expect(walked.join("; ")).toMatch(/INDEX series_order/);
    expect(walked.join("; ")).not.toMatch(/TEMP B-TREE/);
    const plain = await plan("select slug from series s where ? is not null order by s.ordinal, s.slug limit 3");
    expect(plain.join("; ")).toMatch(/series_order/);
  });
});
