import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Series, SeriesSummary, SeriesWithObservations } from "@/lib/model/types";
import { getDb } from "../client";
import { entities, observations, series } from "../schema";
import { folded, plainShape, selectAllFolded, tableShape } from "./json-rows";
import { attachDetails, detailStatements, groupBy, withDetails } from "./observation-details";
import { toObservation, toSeries, toTopic, toUnit } from "./mappers";
import { cachePerAttempt } from "./read-attempt";

const SLUGS = "(select value from json_each(?))";
const seriesShape = tableShape(series, "s");
const entityShape = tableShape(entities, "e");
const membership = plainShape("se", { slug: "se.series_slug", role: "se.role" });
const observationShape = tableShape(observations, "o");

/** Series, their entities and their figures: folded rows (json-rows.ts), for some series or all. */
function statements(all: boolean) {
  const where = (column: string) => (all ? "" : `where ${column} in ${SLUGS}`);
  return {
    series: `from series s ${where("s.slug")} order by s.ordinal`,
    // Entity order as the relational read gave it: the primary key's (series, entity, role) order.
    entities: `from series_entities se join entities e on e.id = se.entity_id ${where("se.series_slug")}
      order by se.series_slug, se.entity_id, se.role`,
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
    folded([membership, entityShape], q.entities, args),
    folded([observationShape], q.observations, args),
  ] as const;
  if (!slugs) {
    const [rows, entityRows, figures] = await selectAllFolded(main);
    return { rows, entityRows, observationRows: await withDetails(figures.map(([o]) => o)) };
  }
  // The named series' figures are an index seek: their details are read in the same batch, selected by
  // the same condition (one round trip to a server, one snapshot, one transaction embedded).
  const details = detailStatements({ select: `select id from observations where series_slug in ${SLUGS}`, args });
  const [rows, entityRows, figures, ...read] = await selectAllFolded([...main, ...details] as const);
  return {
    rows,
    entityRows,
    observationRows: attachDetails(
      figures.map(([o]) => o),
      read,
    ),
  };
}

async function querySeries(slugs: readonly string[] | null): Promise<SeriesWithObservations[]> {
  const { rows, entityRows, observationRows } = await readSeries(slugs);
  const entitiesOf = groupBy(
    entityRows.map(([m, entity]) => ({ slug: String(m.slug), role: String(m.role), entity })),
    (e) => e.slug,
  );
  const observationsOf = groupBy(observationRows, (o) => o.seriesSlug);
  return rows.map(([r]) => ({
    ...toSeries({ ...r, entities: entitiesOf.get(r.slug) ?? [] }),
    observations: (observationsOf.get(r.slug) ?? []).map(toObservation),
  }));
}

/** The named series with their entities, without their figures, in dataset order. */
export async function fetchSeriesOnly(slugs: readonly string[]): Promise<Series[]> {
  const args = [JSON.stringify(slugs)];
  const [rows, entityRows] = await selectAllFolded([
    folded([seriesShape], SOME.series, args),
    folded([membership, entityShape], SOME.entities, args),
  ]);
  const entitiesOf = groupBy(
    entityRows.map(([m, entity]) => ({ slug: String(m.slug), role: String(m.role), entity })),
    (e) => e.slug,
  );
  return rows.map(([r]) => toSeries({ ...r, entities: entitiesOf.get(r.slug) ?? [] }));
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
