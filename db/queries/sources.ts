import "server-only";
import { asc, count, countDistinct, eq } from "drizzle-orm";
import type { Observation, SeriesSummary, Source } from "@/lib/model/types";
import { getDb } from "../client";
import { citations, observations, sources } from "../schema";
import { toObservation, toSource, toTopic, toUnit } from "./mappers";
import { cachePerAttempt } from "./read-attempt";

export type SourceSummary = { source: Source; figureCount: number };

/** A figure taken from a source: the observation with its series, and every quote of it from this source. */
export type SourceFigure = { observation: Observation; series: SeriesSummary; quotes: string[] };

export const getSources = cachePerAttempt(async (): Promise<SourceSummary[]> => {
  const rows = await getDb()
    .select({ source: sources, figureCount: countDistinct(citations.observationId) })
    .from(sources)
    .leftJoin(citations, eq(citations.sourceId, sources.id))
    .groupBy(sources.id)
    .orderBy(asc(sources.ordinal));
  return rows.map((r) => ({ source: toSource(r.source), figureCount: r.figureCount }));
});

const withCitations = { citations: { with: { source: true as const }, orderBy: [asc(citations.ordinal)] } };

/** A source with every figure taken from it, each with its quote; null for an unknown id. */
export const getSource = cachePerAttempt(
  async (id: string): Promise<{ source: Source; figures: SourceFigure[] } | null> => {
    const source = await getDb().query.sources.findFirst({ where: eq(sources.id, id) });
    if (!source) return null;
    const rows = await getDb().query.citations.findMany({
      where: eq(citations.sourceId, id),
      orderBy: [asc(citations.id)],
      with: {
        observation: {
          with: {
            series: true,
            ...withCitations,
            inputs: { with: { input: { with: { series: true, ...withCitations } } } },
          },
        },
      },
    });
    // One entry per figure, however many of its sentences come from this article: counts then agree everywhere.
    const figures = new Map<string, SourceFigure>();
    for (const { observation: o, quote } of rows) {
      const known = figures.get(o.id);
      if (known) {
        known.quotes.push(quote);
        continue;
      }
      const series = {
        ...o.series,
        unit: toUnit(o.series.unit, o.series.slug),
        topic: toTopic(o.series.topic, o.series.slug),
      };
      figures.set(o.id, { observation: toObservation(o), series, quotes: [quote] });
    }
    return { source: toSource(source), figures: [...figures.values()] };
  },
);

export const getSourceIds = cachePerAttempt(async () => {
  const rows = await getDb().select({ id: sources.id }).from(sources).orderBy(asc(sources.ordinal));
  return rows.map((r) => r.id);
});

/** How many figures the dataset holds: a cheap check that a database has been loaded. */
export async function countObservations(): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(observations);
  return row?.n ?? 0;
}
