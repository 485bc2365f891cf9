import "server-only";
// Full-text search over the FTS5 index the loader builds (db/search-index.ts): ranked hits, each mapped to
// the model objects a reader needs to see the figure as written, its quote and its source.
import type { Citation, Observation, Series, SeriesSummary } from "@/lib/model/types";
import { MARK_END, MARK_START } from "@/lib/search/fts-query";
import { getDb } from "../client";
import { observations, series } from "../schema";
import { SEARCH_TABLE } from "../search-index";
import { plainShape, selectFolded, tableShape } from "./json-rows";
import { toCitation, toObservation, toTopic, toUnit } from "./mappers";
import { withDetails } from "./observation-details";
import { fetchSeriesOnly } from "./series";

export type SearchHit =
  | { kind: "series"; snippet: string; series: Series }
  | { kind: "figure"; snippet: string; citation: Citation; observation: Observation; series: SeriesSummary };

/**
 * Most matches ranked for one search. bm25 scores every match before the best are taken, so a word in
 * most rows ("million" at 10^6 figures: 370,000 rows) would cost seconds; the first matches in index order
 * (series first, then figures in dataset order) are ranked instead, with the whole index's statistics.
 * Below this many matches, which covers every search of the real data, ranking is unchanged. bm25 costs
 * ~0.1 ms a match on this machine under load: 200 keeps a search of frequent words near 20 ms.
 */
export const MAX_RANKED = 200;

// The best of the first MAX_RANKED matches, scored where they are found (bm25 needs the MATCH).
const RANK = `select id, kind, ref from (select rowid as id, kind, ref, bm25(${SEARCH_TABLE}, 0, 0, 4, 1) as score
  from ${SEARCH_TABLE} where ${SEARCH_TABLE} match ? limit ?) order by score limit ?`;
// Snippets of those rows only: the rowid range is given to FTS5 (a seek), the list is a filter after it
// (rowid + 0: as a constraint FTS5 would evaluate the whole query again for each id).
const SNIPPETS = `select rowid as id, snippet(${SEARCH_TABLE}, 3, ?, ?, '…', 24) as snippet from ${SEARCH_TABLE}
  where ${SEARCH_TABLE} match ? and rowid between ? and ? and rowid + 0 in (select value from json_each(?))`;

async function rankedHits(ftsQuery: string, limit: number) {
  const client = getDb().$client;
  const ranked = (await client.execute({ sql: RANK, args: [ftsQuery, MAX_RANKED, limit] })).rows.map((r) => ({
    id: Number(r.id),
    kind: String(r.kind),
    ref: String(r.ref),
  }));
  if (ranked.length === 0) return [];
  const ids = ranked.map((r) => r.id);
  const snippets = await client.execute({
    sql: SNIPPETS,
    args: [MARK_START, MARK_END, ftsQuery, Math.min(...ids), Math.max(...ids), JSON.stringify(ids)],
  });
  const snippetOf = new Map(snippets.rows.map((r) => [Number(r.id), String(r.snippet)]));
  return ranked.map((r) => ({ kind: r.kind, ref: r.ref, snippet: snippetOf.get(r.id) ?? "" }));
}

const hitCitation = plainShape("c", { id: "c.id" });
const hitObservation = tableShape(observations, "o");
const hitSeries = tableShape(series, "se");
const CITED = `from citations c join observations o on o.id = c.observation_id join series se on se.slug = o.series_slug
  where c.id in (select value from json_each(?))`;

/** Each cited figure with its details and its series, by citation id. */
async function citedFigures(ids: number[]) {
  if (ids.length === 0) return new Map<string, never>();
  const rows = await selectFolded([hitCitation, hitObservation, hitSeries], CITED, [JSON.stringify(ids)]);
  const detailed = await withDetails(rows.map(([, o]) => o));
  return new Map(rows.map(([c, , s], i) => [String(c.id), { observation: detailed[i], series: s }]));
}

export async function searchFigures(ftsQuery: string, limit: number): Promise<SearchHit[]> {
  const rows = await rankedHits(ftsQuery, limit);
  const slugs = rows.filter((r) => r.kind === "series").map((r) => r.ref);
  const ids = rows.filter((r) => r.kind === "citation").map((r) => Number(r.ref));
  const [seriesRows, cited] = await Promise.all([slugs.length ? fetchSeriesOnly(slugs) : [], citedFigures(ids)]);
  const bySlug = new Map(seriesRows.map((s) => [s.slug, s]));
  return rows.flatMap((r): SearchHit[] => {
    if (r.kind === "series") {
      const s = bySlug.get(r.ref);
      return s ? [{ kind: "series", snippet: r.snippet, series: s }] : [];
    }
    const hit = cited.get(r.ref);
    const o = hit?.observation;
    const c = o?.citations.find((x) => String(x.id) === r.ref);
    if (!hit || !o || !c) return [];
    const s = hit.series;
    const summary = { ...s, unit: toUnit(s.unit, s.slug), topic: toTopic(s.topic, s.slug) };
    return [
      { kind: "figure", snippet: r.snippet, citation: toCitation(c), observation: toObservation(o), series: summary },
    ];
  });
}
