// The API's pages of figures (db/queries/observation-page.ts) against a plain query of the same filter:
// walking `next` from the first page yields every matching figure once, in id order, whichever plan a
// filter takes — read through an index, or checked on a window of figures that may end a page early.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "observation-page-")), "p.db")}`;

const { createWriterDb } = await import("@/db/client");
const { loadDataset } = await import("@/db/load");
const { DATA_DIR } = await import("@/db/ensure");
const { listObservations } = await import("@/db/queries/observation-page");
type Filter = Parameters<typeof listObservations>[0];

const db = createWriterDb();
const ids = async (sql: string, args: (string | number)[] = []) =>
  (await db.$client.execute({ sql, args })).rows.map((r) => String(r[0]));

/** The filter as one plain statement: what every plan must agree with. */
async function expected(f: Filter): Promise<string[]> {
  const where: [string, string][] = [];
  if (f.series) where.push(["o.series_slug in (select value from json_each(?))", JSON.stringify(f.series)]);
  if (f.entity)
    where.push([
      "exists (select 1 from series_entities x where x.series_slug = o.series_slug and x.entity_id = ?)",
      f.entity,
    ]);
  if (f.from) where.push(["o.period_end >= ?", f.from]);
  if (f.to) where.push(["o.period_start <= ?", f.to]);
  if (f.bound) where.push(["o.bound = ?", f.bound]);
  if (f.source)
    where.push(["exists (select 1 from citations c where c.observation_id = o.id and c.source_id = ?)", f.source]);
  const sql = `select o.id from observations o ${where.length ? "where" : ""} ${where.map(([c]) => c).join(" and ")} order by o.id`;
  return ids(
    sql,
    where.map(([, a]) => a),
  );
}

/** Every page from the first, with `limit` and `window`: the ids in order, and how many pages it took. */
async function walk(f: Filter, limit: number, window: number) {
  const seen: string[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const page = await listObservations(f, after, limit, [], window);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    seen.push(...page.items.map((i) => i.observation.id));
    after = page.next;
    pages++;
  } while (after !== null && pages < 10_000);
  return { seen, pages };
}

let total = 0;
let common = "";
let rare = "";
let source = "";
let slugs: string[] = [];

beforeAll(async () => {
  expect(await loadDataset(db, DATA_DIR)).toMatchObject({ ok: true });
  total = (await ids("select id from observations")).length;
  const byCount = await ids(
    "select entity_id from series_entities group by entity_id order by count(*) desc, entity_id",
  );
  common = byCount[0] ?? "";
  rare = byCount.at(-1) ?? "";
  source = (await ids("select source_id from citations group by source_id order by count(*) desc limit 1"))[0] ?? "";
  slugs = await ids("select slug from series order by slug limit 3");
});

describe("pages of figures", () => {
  const filters: [string, () => Filter][] = [
    ["no filter", () => ({})],
    ["an entity in most series (checked on a window)", () => ({ entity: common })],
    ["an entity in few series (its series' index)", () => ({ entity: rare })],
    ["a period", () => ({ from: "2020-01-01", to: "2022-12-31" })],
    ["a bound", () => ({ bound: "max" })],
    ["a source", () => ({ source })],
    ["series and a start", () => ({ series: slugs, from: "2015-01-01" })],
    [
      "an entity, a period and a bound",
      () => ({ entity: common, from: "2010-01-01", to: "2024-12-31", bound: "exact" }),
    ],
    ["nothing matches", () => ({ from: "2100-01-01" })],
  ];

  it.each(filters)("%s: every match once, in order, at any page and window size", async (_, filter) => {
    const f = filter();
    const want = await expected(f);
    for (const [limit, window] of [
      [4, 5],
      [7, 3],
      [100, 10_000],
    ] as const) {
      const { seen, pages } = await walk(f, limit, window);
      expect(seen).toEqual(want);
      // A page ends at `limit` matches or at the end of its window: never more pages than both allow.
      expect(pages).toBeLessThanOrEqual(Math.ceil(want.length / limit) + Math.ceil(total / window) + 1);
    }
  });

  it("ends a page early at the window's end with a `next`, when the filter is checked on a window", async () => {
    const page = await listObservations({ from: "2100-01-01" }, null, 10, [], 5);
    expect(page.items).toEqual([]);
    expect(page.next).not.toBeNull();
    const whole = await listObservations({ from: "2100-01-01" }, null, 10, [], total + 1);
    expect(whole).toMatchObject({ items: [], next: null });
  });
});
