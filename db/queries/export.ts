import "server-only";
import { asc } from "drizzle-orm";
import { groupBy } from "@/lib/util/group-by";
import { getDb } from "../client";
import { citations, observations, series, sources } from "../schema";

/** The whole dataset in the export contract of docs/data-export (read by check-provenance). */
export async function getExport() {
  const db = getDb();
  const [sourceRows, seriesRows, observationRows, citationRows] = await Promise.all([
    db.select().from(sources).orderBy(asc(sources.ordinal)),
    db.select().from(series),
    db.select().from(observations).orderBy(asc(observations.ordinal)),
    db.select().from(citations).orderBy(asc(citations.id)),
  ]);
  const unitOf = new Map(seriesRows.map((s) => [s.slug, s.unit]));
  const citationsOf = groupBy(citationRows, (c) => c.observationId);
  return {
    sources: sourceRows.map((s) => ({
      id: s.id,
      title: s.title,
      author: s.author,
      publication: s.publication,
      publisher: s.publisher,
      published: s.published,
      publishedInferred: s.publishedInferred,
      url: s.url,
    })),
    observations: observationRows.map((o) => ({
      id: o.id,
      series: o.seriesSlug,
      unit: unitOf.get(o.seriesSlug),
      period: o.period,
      periodKind: o.periodKind,
      circa: o.circa,
      value: o.value,
      valueHigh: o.valueHigh,
      precision: o.precision,
      bound: o.bound,
      strict: o.strict,
      derived: o.derived,
      formula: o.formula,
      note: o.note,
      citations: (citationsOf.get(o.id) ?? []).map((c) => ({ source: c.sourceId, quote: c.quote })),
    })),
  };
}
