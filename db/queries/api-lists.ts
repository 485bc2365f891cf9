import "server-only";
// Paged reads for the public API: keyset pagination on a stable, indexed order, reading only one page.
import { and, asc, count, countDistinct, eq, gt, inArray, or, type SQL } from "drizzle-orm";
import type { InValue } from "@libsql/client";
import type { BoundKind } from "@/lib/model/units";
import type { Entity, Observation, Series, Source } from "@/lib/model/types";
import { getDb } from "../client";
import { citations, entities, observations, series, seriesEntities, sources } from "../schema";
import { toEntity, toObservation, toSeries, toSource, toUnit } from "./mappers";
import { folded, plainShape, selectAllFolded, tableShape } from "./json-rows";
import { withDetails } from "./observation-details";

export type Paged<T, K> = { items: T[]; next: K | null };

function paged<T, K>(rows: T[], limit: number, key: (row: T) => K): Paged<T, K> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, next: rows.length > limit && last ? key(last) : null };
}

const seriesOfEntity = (entityId: string) =>
  getDb().select({ slug: seriesEntities.seriesSlug }).from(seriesEntities).where(eq(seriesEntities.entityId, entityId));

export type SeriesFilter = { measure?: string; entity?: string; unit?: string };

export async function listSeries(
  f: SeriesFilter,
  after: readonly [number, string] | null,
  limit: number,
): Promise<Paged<Series, [number, string]>> {
  const where: (SQL | undefined)[] = [
    f.measure ? eq(series.topic, f.measure) : undefined,
    f.unit ? eq(series.unit, f.unit) : undefined,
    f.entity ? inArray(series.slug, seriesOfEntity(f.entity)) : undefined,
    after ? or(gt(series.ordinal, after[0]), and(eq(series.ordinal, after[0]), gt(series.slug, after[1]))) : undefined,
  ];
  const rows = await getDb().query.series.findMany({
    where: and(...where),
    orderBy: [asc(series.ordinal), asc(series.slug)],
    limit: limit + 1,
    with: { entities: { with: { entity: true } } },
  });
  return mapPage(
    paged(rows, limit, (r) => [r.ordinal, r.slug] as [number, string]),
    toSeries,
  );
}

function mapPage<T, U, K>(page: Paged<T, K>, map: (t: T) => U): Paged<U, K> {
  return { items: page.items.map(map), next: page.next };
}

export type ObservationFilter = {
  series?: string[];
  entity?: string;
  from?: string;
  to?: string;
  bound?: BoundKind;
  source?: string;
};

export type ObservationWithUnit = { observation: Observation; unit: ReturnType<typeof toUnit> };

/**
 * The entity filter as SQLite should run it. Few series: read their rows through the series index and
 * sort them (a series' rows are few). Many (a country in a fifth of 20,000 series): reading all their rows
 * to keep 100 would cost ~200,000 rows, while walking the id order meets 100 of theirs within a few
 * hundred rows; the unary + keeps SQLite from picking the series index. Crossover: k series of s read
 * k·(rows per series) against (limit)·s/k, equal near k² = 2s for 50 rows per series.
 */
async function entityCondition(entityId: string): Promise<string> {
  const { rows } = await getDb().$client.execute({
    sql: "select (select count(*) from series_entities where entity_id = ?) as k, (select count(*) from series) as s",
    args: [entityId],
  });
  const k = Number(rows[0]?.k ?? 0);
  const s = Number(rows[0]?.s ?? 0);
  return `${k * k > 2 * s ? "+" : ""}o.series_slug in (select series_slug from series_entities where entity_id = ?)`;
}

const observationShape = tableShape(observations, "o");
const unitShape = plainShape("u", { unit: "se.unit" });

/** `from`/`to` are the first and last day of the range: periods overlapping it are kept. */
/** An id a request names, which must exist (else a 422 rather than an empty page). */
export type NamedId = { kind: "entity" | "source" | "series"; id: string };

const namedShape = plainShape("n", { kind: "json_extract(n.value, '$[0]')", id: "json_extract(n.value, '$[1]')" });
// The named ids that are not in their table, in the order named (each a primary-key seek).
const MISSING = `from json_each(?) n where not exists (
  select 1 from series where slug = json_extract(n.value, '$[1]') and json_extract(n.value, '$[0]') = 'series'
  union all select 1 from entities where id = json_extract(n.value, '$[1]') and json_extract(n.value, '$[0]') = 'entity'
  union all select 1 from sources where id = json_extract(n.value, '$[1]') and json_extract(n.value, '$[0]') = 'source')
  order by n.key`;

/**
 * One page of figures, or the first of `named` that does not exist (then no items). The check goes in
 * the page's batch: one round trip to a server instead of one per named id.
 */
export async function listObservations(
  f: ObservationFilter,
  after: string | null,
  limit: number,
  named: readonly NamedId[] = [],
): Promise<Paged<ObservationWithUnit, string> & { missing: NamedId | null }> {
  const conditions: [string, InValue][] = [];
  if (f.series) conditions.push(["o.series_slug in (select value from json_each(?))", JSON.stringify(f.series)]);
  if (f.entity) conditions.push([await entityCondition(f.entity), f.entity]);
  if (f.from) conditions.push(["o.period_end >= ?", f.from]);
  if (f.to) conditions.push(["o.period_start <= ?", f.to]);
  if (f.bound) conditions.push(["o.bound = ?", f.bound]);
  if (f.source) conditions.push(["o.id in (select observation_id from citations where source_id = ?)", f.source]);
  if (after) conditions.push(["o.id > ?", after]);
  const where = conditions.length ? `where ${conditions.map(([c]) => c).join(" and ")}` : "";
  // One page (and one row to know there is a next), then the details of that page's figures only.
  const pageQuery = folded(
    [observationShape, unitShape],
    `from observations o join series se on se.slug = o.series_slug ${where} order by o.id limit ?`,
    [...conditions.map(([, arg]) => arg), limit + 1],
  );
  const checks = folded([namedShape], MISSING, [JSON.stringify(named.map((n) => [n.kind, n.id]))]);
  const [rows, missing] = named.length
    ? await selectAllFolded([pageQuery, checks] as const)
    : [await selectAllFolded([pageQuery] as const).then(([r]) => r), []];
  const first = missing[0]?.[0];
  if (first) return { items: [], next: null, missing: { kind: first.kind as NamedId["kind"], id: String(first.id) } };
  const page = paged(rows, limit, ([o]) => o.id);
  const detailed = await withDetails(page.items.map(([o]) => o));
  return {
    items: detailed.map((o, i) => ({
      observation: toObservation(o),
      unit: toUnit(String(page.items[i]?.[1].unit), o.seriesSlug),
    })),
    next: page.next,
    missing: null,
  };
}

export async function listSources(
  after: readonly [number, string] | null,
  limit: number,
): Promise<Paged<{ source: Source; figureCount: number }, [number, string]>> {
  const rows = await getDb()
    .select({ source: sources, figureCount: countDistinct(citations.observationId) })
    .from(sources)
    .leftJoin(citations, eq(citations.sourceId, sources.id))
    .where(
      after
        ? or(gt(sources.ordinal, after[0]), and(eq(sources.ordinal, after[0]), gt(sources.id, after[1])))
        : undefined,
    )
    .groupBy(sources.id)
    .orderBy(asc(sources.ordinal), asc(sources.id))
    .limit(limit + 1);
  return mapPage(
    paged(rows, limit, (r) => [r.source.ordinal, r.source.id] as [number, string]),
    (r) => ({ source: toSource(r.source), figureCount: r.figureCount }),
  );
}

export async function listEntities(
  after: string | null,
  limit: number,
): Promise<Paged<{ entity: Entity; seriesCount: number }, string>> {
  const rows = await getDb()
    .select({ entity: entities, seriesCount: countDistinct(seriesEntities.seriesSlug) })
    .from(entities)
    .leftJoin(seriesEntities, eq(seriesEntities.entityId, entities.id))
    .where(after ? gt(entities.id, after) : undefined)
    .groupBy(entities.id)
    .orderBy(asc(entities.id))
    .limit(limit + 1);
  return mapPage(
    paged(rows, limit, (r) => r.entity.id),
    (r) => ({ entity: toEntity(r.entity), seriesCount: r.seriesCount }),
  );
}

export async function listMeasures(
  after: string | null,
  limit: number,
): Promise<Paged<{ id: string; seriesCount: number }, string>> {
  const rows = await getDb()
    .select({ id: series.topic, seriesCount: count() })
    .from(series)
    .where(after ? gt(series.topic, after) : undefined)
    .groupBy(series.topic)
    .orderBy(asc(series.topic))
    .limit(limit + 1);
  return paged(rows, limit, (r) => r.id);
}

/** Every id of a kind: read only to suggest a name after a miss. */
export async function knownIds(kind: "entity" | "source" | "series"): Promise<string[]> {
  const db = getDb();
  switch (kind) {
    case "entity":
      return (await db.select({ id: entities.id }).from(entities)).map((r) => r.id);
    case "source":
      return (await db.select({ id: sources.id }).from(sources)).map((r) => r.id);
    case "series":
      return (await db.select({ id: series.slug }).from(series).orderBy(asc(series.ordinal))).map((r) => r.id);
  }
}

/** Whether an id exists, to tell "no such entity" (422) from "no matches" (an empty page). */
export async function idExists(kind: "entity" | "source" | "series", id: string): Promise<boolean> {
  const db = getDb();
  switch (kind) {
    case "entity":
      return (await db.select({ id: entities.id }).from(entities).where(eq(entities.id, id)).limit(1)).length > 0;
    case "source":
      return (await db.select({ id: sources.id }).from(sources).where(eq(sources.id, id)).limit(1)).length > 0;
    case "series":
      return (await db.select({ id: series.slug }).from(series).where(eq(series.slug, id)).limit(1)).length > 0;
  }
}
