import "server-only";
// What the home and topic pages show of each series: the series, its entities, how many figures it has and
// its latest figure (with that figure's citations and inputs), and nothing else. Reading every observation
// to keep one per series cost 20 s and 3.2 GB at 10^6 figures, and a libSQL server refused the answer.
import { asc, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import { cache } from "react";
import type { Observation, Series } from "@/lib/model/types";
import { getDb } from "../client";
import { citations, observations, series } from "../schema";
import { toObservation, toSeries } from "./mappers";

export type SeriesLatest = { series: Series; latest: Observation | undefined; count: number };

const withCitations = { citations: { with: { source: true as const }, orderBy: [asc(citations.ordinal)] } };

/**
 * The id of each series' latest figure: latest by the end of its period, the later ordinal on a tie, as
 * lib/registry/series-index.ts orders them (period_start last: the earlier of two otherwise equal, as a
 * stable sort of the series' rows in reading order keeps).
 */
const latestId = sql<string>`(select o.id from ${observations} o where o.series_slug = ${series.slug}
  order by o.period_end desc, o.ordinal desc, o.period_start asc limit 1)`;

/** Figures per query: a libSQL server refuses answers over its --max-response-size (20,000 at once were). */
const CHUNK = 1000;

async function latestObservations(inTopic: SQL | undefined) {
  const db = getDb();
  const ids = (await db.select({ id: latestId }).from(series).where(inTopic)).flatMap((r) => (r.id ? [r.id] : []));
  const rows = [];
  for (let i = 0; i < ids.length; i += CHUNK)
    rows.push(
      ...(await db.query.observations.findMany({
        where: inArray(observations.id, ids.slice(i, i + CHUNK)),
        with: { ...withCitations, inputs: { with: { input: { with: { series: true, ...withCitations } } } } },
      })),
    );
  return rows;
}

/** Every series (or one topic's) with its latest figure and its count of figures, in dataset order, uncached. */
export async function fetchSeriesLatest(topic?: string): Promise<SeriesLatest[]> {
  const db = getDb();
  const inTopic = topic ? eq(series.topic, topic) : undefined;
  const [rows, latestRows, counts] = await Promise.all([
    db.query.series.findMany({
      where: inTopic,
      orderBy: [asc(series.ordinal)],
      with: { entities: { with: { entity: true } } },
    }),
    latestObservations(inTopic),
    db
      .select({ slug: observations.seriesSlug, n: count() })
      .from(observations)
      .where(
        topic
          ? inArray(observations.seriesSlug, db.select({ slug: series.slug }).from(series).where(inTopic))
          : undefined,
      )
      .groupBy(observations.seriesSlug),
  ]);
  const latest = new Map(latestRows.map((o) => [o.seriesSlug, toObservation(o)]));
  const n = new Map(counts.map((c) => [c.slug, c.n]));
  return rows.map((r) => ({ series: toSeries(r), latest: latest.get(r.slug), count: n.get(r.slug) ?? 0 }));
}

/** fetchSeriesLatest, cached per request. */
export const getSeriesLatest = cache(fetchSeriesLatest);
