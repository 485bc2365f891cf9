import "server-only";
// Full-text search over the FTS5 index the loader builds (db/search-index.ts): ranked hits, each mapped to
// the model objects a reader needs to see the figure as written, its quote and its source.
import { asc, inArray } from "drizzle-orm";
import type { Citation, Observation, Series, SeriesSummary } from "@/lib/model/types";
import { MARK_END, MARK_START } from "@/lib/search/fts-query";
import { getDb } from "../client";
import { citations, series } from "../schema";
import { SEARCH_TABLE } from "../search-index";
import { toCitation, toObservation, toSeries, toTopic, toUnit } from "./mappers";

export type SearchHit =
  | { kind: "series"; snippet: string; series: Series }
  | { kind: "figure"; snippet: string; citation: Citation; observation: Observation; series: SeriesSummary };

const withCitations = { citations: { with: { source: true as const }, orderBy: [asc(citations.ordinal)] } };

/**
 * Most matches ranked for one search. bm25 scores every match before the best are taken, so a word in
 * most rows ("million" at 10^6 figures: 350,000 rows) would cost seconds; the first matches in index order
 * (series first, then figures in dataset order) are ranked instead, with the whole index's statistics.
 * Below this many matches, which covers every search of the real data, ranking is unchanged.
 */
export const MAX_RANKED = 2000;

export async function searchFigures(ftsQuery: string, limit: number): Promise<SearchHit[]> {
  const db = getDb();
  const found = await db.$client.execute({
    sql: `with candidates as (select rowid as id from ${SEARCH_TABLE} where ${SEARCH_TABLE} match ? limit ?)
      select kind, ref, snippet(${SEARCH_TABLE}, 3, ?, ?, '…', 24) as snippet
      from candidates join ${SEARCH_TABLE} on ${SEARCH_TABLE}.rowid = candidates.id
      where ${SEARCH_TABLE} match ? order by bm25(${SEARCH_TABLE}, 0, 0, 4, 1) limit ?`,
    args: [ftsQuery, MAX_RANKED, MARK_START, MARK_END, ftsQuery, limit],
  });
  const rows = found.rows.map((r) => ({ kind: String(r.kind), ref: String(r.ref), snippet: String(r.snippet) }));
  const slugs = rows.filter((r) => r.kind === "series").map((r) => r.ref);
  const ids = rows.filter((r) => r.kind === "citation").map((r) => Number(r.ref));
  const [seriesRows, citationRows] = await Promise.all([
    slugs.length
      ? db.query.series.findMany({ where: inArray(series.slug, slugs), with: { entities: { with: { entity: true } } } })
      : [],
    ids.length
      ? db.query.citations.findMany({
          where: inArray(citations.id, ids),
          with: {
            source: true,
            observation: {
              with: {
                series: true,
                ...withCitations,
                inputs: { with: { input: { with: { series: true, ...withCitations } } } },
              },
            },
          },
        })
      : [],
  ]);
  const bySlug = new Map(seriesRows.map((s) => [s.slug, toSeries(s)]));
  const byId = new Map(citationRows.map((c) => [String(c.id), c]));
  return rows.flatMap((r): SearchHit[] => {
    if (r.kind === "series") {
      const s = bySlug.get(r.ref);
      return s ? [{ kind: "series", snippet: r.snippet, series: s }] : [];
    }
    const c = byId.get(r.ref);
    if (!c) return [];
    const o = c.observation;
    const summary = {
      ...o.series,
      unit: toUnit(o.series.unit, o.series.slug),
      topic: toTopic(o.series.topic, o.series.slug),
    };
    return [
      { kind: "figure", snippet: r.snippet, citation: toCitation(c), observation: toObservation(o), series: summary },
    ];
  });
}
