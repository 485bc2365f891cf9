import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import type { SeriesSummary, SeriesWithObservations } from "@/lib/model/types";
import { getDb } from "../client";
import { citations, observations, series } from "../schema";
import { toObservation, toSeries, toTopic, toUnit } from "./mappers";
import { cachePerAttempt } from "./read-attempt";

async function querySeries(slugs: readonly string[] | null): Promise<SeriesWithObservations[]> {
  const rows = await getDb().query.series.findMany({
    where: slugs ? inArray(series.slug, [...slugs]) : undefined,
    orderBy: [asc(series.ordinal)],
    with: {
      entities: { with: { entity: true } },
      observations: {
        orderBy: [asc(observations.periodStart), asc(observations.ordinal)],
        with: {
          citations: { with: { source: true }, orderBy: [asc(citations.ordinal)] },
          inputs: {
            with: {
              input: {
                with: { series: true, citations: { with: { source: true }, orderBy: [asc(citations.ordinal)] } },
              },
            },
          },
        },
      },
    },
  });
  return rows.map((r) => ({ ...toSeries(r), observations: r.observations.map(toObservation) }));
}

/** Every series with its observations, citations and sources, without React's per-request cache. */
export async function fetchAllSeriesData(): Promise<SeriesWithObservations[]> {
  return querySeries(null);
}

/** The named series in the order asked for, uncached: benchmarks call it in a loop and must hit the database. */
export async function fetchSeriesData(slugs: readonly string[]): Promise<SeriesWithObservations[]> {
  const rows = await querySeries(slugs);
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  return slugs.flatMap((s) => bySlug.get(s) ?? []);
}

/** Every series with its observations, citations and sources: one query, cached per request. */
export const getAllSeriesData = cachePerAttempt(fetchAllSeriesData);

/** The named series, in the order asked for; unknown slugs are left out. */
export const getSeriesData = cachePerAttempt(async (...slugs: string[]): Promise<SeriesWithObservations[]> =>
  fetchSeriesData(slugs),
);

/** Title, unit and description of one series, or none: what a series chart needs to resolve its definition. */
export async function fetchSeriesSummaries(slug: string): Promise<SeriesSummary[]> {
  const rows = await getDb()
    .select({
      slug: series.slug,
      title: series.title,
      unit: series.unit,
      description: series.description,
      kind: series.kind,
      topic: series.topic,
    })
    .from(series)
    .where(eq(series.slug, slug));
  return rows.map((r) => ({ ...r, unit: toUnit(r.unit, r.slug), topic: toTopic(r.topic, r.slug) }));
}

/** The slugs of one topic's series, in dataset order. */
export const getSeriesSlugsByTopic = cachePerAttempt(async (topic: string): Promise<string[]> => {
  const rows = await getDb()
    .select({ slug: series.slug })
    .from(series)
    .where(eq(series.topic, topic))
    .orderBy(asc(series.ordinal));
  return rows.map((r) => r.slug);
});

export const getSeriesSlugs = cachePerAttempt(async (): Promise<string[]> => {
  const rows = await getDb().select({ slug: series.slug }).from(series).orderBy(asc(series.ordinal));
  return rows.map((r) => r.slug);
});
