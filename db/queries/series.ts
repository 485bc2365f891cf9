import "server-only";
import { asc, inArray } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "../client";
import { citations, observations, series } from "../schema";

async function querySeries(slugs: readonly string[] | null) {
  return getDb().query.series.findMany({
    where: slugs ? inArray(series.slug, [...slugs]) : undefined,
    orderBy: [asc(series.ordinal)],
    with: {
      entities: { with: { entity: true } },
      observations: {
        orderBy: [asc(observations.periodStart), asc(observations.ordinal)],
        with: {
          citations: { with: { source: true }, orderBy: [asc(citations.ordinal)] },
          inputs: { with: { input: { with: { series: true } } } },
        },
      },
    },
  });
}

export type SeriesData = Awaited<ReturnType<typeof querySeries>>[number];

/** Every series with its observations, citations and sources: one query, cached per request. */
export const getAllSeriesData = cache(async (): Promise<SeriesData[]> => querySeries(null));

/** The named series, in the order asked for; unknown slugs are left out. */
export const getSeriesData = cache(async (...slugs: string[]): Promise<SeriesData[]> => {
  const rows = await querySeries(slugs);
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  return slugs.flatMap((s) => bySlug.get(s) ?? []);
});

export const getSeriesSlugs = cache(async (): Promise<string[]> => {
  const rows = await getDb().select({ slug: series.slug }).from(series).orderBy(asc(series.ordinal));
  return rows.map((r) => r.slug);
});
