import "server-only";
// A series with its entities, as every reader of series assembles it: the series rows and their
// series_entities rows read as folded rows (json-rows.ts) in one batch, then joined here.
import type { InValue } from "@libsql/client";
import type { Series } from "@/lib/model/types";
import { entities, series } from "../schema";
import { folded, plainShape, selectFolded, tableShape } from "./json-rows";
import { toSeries } from "./mappers";
import { groupBy } from "@/lib/util/group-by";
import { extend } from "@/lib/util/extend";

export const seriesShape = tableShape(series, "s");
const entityShape = tableShape(entities, "e");
const membership = plainShape("se", { slug: "se.series_slug", role: "se.role" });

/**
 * The entity rows of the series `where` selects (a condition on `se.series_slug`), in the primary key's
 * (series, entity, role) order: the order the relational read gave them.
 */
export function entityRows(where: string, args: InValue[]) {
  return folded(
    [membership, entityShape],
    `from series_entities se join entities e on e.id = se.entity_id ${where}
      order by se.series_slug, se.entity_id, se.role`,
    args,
  );
}

type SeriesRow = Parameters<typeof toSeries>[0];
type EntityRead = readonly [{ slug: unknown; role: unknown }, SeriesRow["entities"][number]["entity"]];

/** Each series row as a model series with its entities (a series without entity rows has none). */
export function withEntities(
  rows: readonly Omit<SeriesRow, "entities">[],
  entityRead: readonly EntityRead[],
): Series[] {
  const entitiesOf = groupBy(
    entityRead.map(([m, entity]) => ({ slug: String(m.slug), role: String(m.role), entity })),
    (e) => e.slug,
  );
  return rows.map((row) => toSeries(extend(row, { entities: entitiesOf.get(row.slug) ?? [] })));
}

/**
 * How many series name `entityId`, of how many: the two costs a filter by entity weighs. Reading the
 * entity's series through its index costs one row each (k) plus sorting them; walking every series in
 * dataset order and checking each costs about (rows wanted)·s/k checks. Both counts are index-only.
 */
async function countShare(entityId: string): Promise<Share> {
  const count = (table: string, where = "") => `(select count(*) from ${table} ${where})`;
  const [row] = await selectFolded(
    [plainShape("n", { k: count("series_entities", "where entity_id = ?"), s: count("series") })],
    "",
    [entityId],
  );
  return { k: Number(row?.[0].k ?? 0), s: Number(row?.[0].s ?? 0) };
}

type Share = { k: number; s: number };
// The counts only choose between two plans that give the same rows, so one a publish has made old costs
// time, never a wrong answer: kept a minute, which saves a request a round trip to a database server.
const SHARE_MS = 60_000;
const MAX_SHARES = 1000;
const shares = ((
  globalThis as { dashboardEntityShares?: Map<string, Share & { at: number }> }
).dashboardEntityShares ??= new Map());

/** `countShare`, remembered for SHARE_MS (at most MAX_SHARES entities: any id a request names is asked). */
async function entityShare(entityId: string): Promise<Share> {
  const known = shares.get(entityId);
  if (known && Date.now() - known.at < SHARE_MS) return known;
  const share = await countShare(entityId);
  if (shares.size >= MAX_SHARES) shares.clear();
  shares.set(entityId, { ...share, at: Date.now() });
  return share;
}

/**
 * "`column` (a series slug) is a series of `entityId`", as SQLite should run it for a page read in an
 * index's order. An entity in few series (k of s) has them read through its own index; one in many (a
 * country in a fifth of 20,000 series) is checked row by row along the order, one seek each, which meets a
 * page's worth long before reading all of its rows. The walk wins when k² > walkAbove·s: `walkAbove` is
 * the rows a page wants over the rows each series gives it (observations: 100 / 50; series: the page).
 */
export async function entityCondition(entityId: string, column: string, walkAbove: number) {
  const { k, s } = await entityShare(entityId);
  const walks = k * k > walkAbove * s;
  const sql = walks
    ? `exists (select 1 from series_entities x where x.series_slug = ${column} and x.entity_id = ?)`
    : `${column} in (select series_slug from series_entities where entity_id = ?)`;
  return { sql, arg: entityId, walks };
}
