import "server-only";
// Paged reads for the public API: keyset pagination on a stable, indexed order, reading only one page.
import { and, asc, count, countDistinct, eq, gt, inArray, or, type SQL } from "drizzle-orm";
import type { Entity, Series, Source } from "@/lib/model/types";
import { getDb } from "../client";
import { citations, entities, series, seriesEntities, sources } from "../schema";
import { toEntity, toSeries, toSource } from "./mappers";

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
