import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Series, SeriesSummary, SeriesWithObservations } from "@/lib/model/types";
import { getDb } from "../client";
import { observations, series } from "../schema";
import { folded, selectAllFolded, tableShape } from "./json-rows";
import { attachDetails, detailStatements, withDetails } from "./observation-details";
import { groupBy } from "@/lib/util/group-by";
import { toObservation, toTopic, toUnit } from "./mappers";
import { cachePerAttempt } from "./read-attempt";
import { entityRows, seriesShape, withEntities } from "./series-entities";
import { extend } from "@/lib/util/extend";

const SLUGS = "(select value from json_each(?))";
const observationShape = tableShape(observations, "o");

/** Series, their entities and their figures: folded rows (json-rows.ts), for some series or all. */
function statements(all: boolean) {
  const where = (column: string) => (all ? "" : `where ${column} in ${SLUGS}`);
  return {
    series: `from series s ${where("s.slug")} order by s.ordinal`,
    entities: where("se.series_slug"),
    observations: `from observations o ${where("o.series_slug")} order by o.series_slug, o.period_start, o.ordinal`,
  };
}

const SOME = statements(false);
const ALL = statements(true);

/** The series rows, their entity rows and their figures with details (all series when `slugs` is null). */
async function readSeries(slugs: readonly string[] | null) {
  const q = slugs ? SOME : ALL;
  const args = slugs ? [JSON.stringify(slugs)] : [];
  const main = [
    folded([seriesShape], q.series, args),
    entityRows(q.entities, args),
    folded([observationShape], q.observations, args),
  ] as const;
  if (!slugs) {
    const [rows, entityRead, figures] = await selectAllFolded(main);
    return { rows, entityRead, observationRows: await withDetails(figures.map(([o]) => o)) };
  }
  // The named series' figures are an index seek: their details are read in the same batch, selected by
  // the same condition (one round trip to a server, one snapshot, one transaction embedded).
  const details = detailStatements({ select: `select id from observations where series_slug in ${SLUGS}`, args });
  const [rows, entityRead, figures, ...read] = await selectAllFolded([...main, ...details] as const);
  return {
    rows,
    entityRead,
    observationRows: attachDetails(
      figures.map(([o]) => o),
      read,
    ),
  };
}

async function querySeries(slugs: readonly string[] | null): Promise<SeriesWithObservations[]> {
  const { rows, entityRead, observationRows } = await readSeries(slugs);
  const observationsOf = groupBy(observationRows, (o) => o.seriesSlug);
  return withEntities(
    rows.map(([r]) => r),
    entityRead,
  ).map((s) => extend(s, { observations: (observationsOf.get(s.slug) ?? []).map(toObservation) }));
}

/** The named series with their entities, without their figures, in dataset order. */
export async function fetchSeriesOnly(slugs: readonly string[]): Promise<Series[]> {
  const args = [JSON.stringify(slugs)];
  const [rows, entityRead] = await selectAllFolded([
    folded([seriesShape], SOME.series, args),
    entityRows(SOME.entities, args),
  ]);
  return withEntities(
    rows.map(([r]) => r),
    entityRead,
  );
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

export const getSeriesSlugs = cachePerAttempt(async (): Promise<string[]> => {
  const rows = await getDb().select({ slug: series.slug }).from(series).orderBy(asc(series.ordinal));
  return rows.map((r) => r.slug);
});
