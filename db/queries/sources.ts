import "server-only";
import { asc, eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "../client";
import { citations, sources } from "../schema";

export const getSources = cache(async () =>
  getDb().query.sources.findMany({
    orderBy: [asc(sources.ordinal)],
    with: { citations: { columns: { observationId: true } } },
  }),
);

/** A source with every figure taken from it, each with its quote; null for an unknown id. */
export const getSource = cache(async (id: string) => {
  const source = await getDb().query.sources.findFirst({ where: eq(sources.id, id) });
  if (!source) return null;
  const figures = await getDb().query.citations.findMany({
    where: eq(citations.sourceId, id),
    orderBy: [asc(citations.id)],
    with: { observation: { with: { series: true } } },
  });
  return { source, figures };
});

export const getSourceIds = cache(async () => {
  const rows = await getDb().select({ id: sources.id }).from(sources).orderBy(asc(sources.ordinal));
  return rows.map((r) => r.id);
});

export type SourceWithFigures = NonNullable<Awaited<ReturnType<typeof getSource>>>;
