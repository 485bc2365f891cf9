import "server-only";
// Full-text search over the FTS5 index the loader builds (db/search-index.ts): ranked hits, each mapped to
// the model objects a reader needs to see the figure as written, its quote and its source.
import type { SearchHit } from "@/lib/search/hit";
import { MARK_END, MARK_START, typedWordGlob, withoutPrefix } from "@/lib/search/fts-query";
import { keepReachedMarks, reachedBy } from "@/lib/search/marks";
import { observations, series } from "../schema";
import { rowWords, SEARCH_TABLE } from "../search-index";
import { plainShape, selectFolded, tableShape } from "./json-rows";
import { toCitation, toObservation, toTopic, toUnit } from "./mappers";
import { withDetails } from "./observation-details";
import { fetchSeriesOnly } from "./series";
import { extend } from "@/lib/util/extend";

export type { SearchHit };

/**
 * Most matches ranked for one search. bm25 reads the whole index's statistics (every row of each phrase) on
 * its first call, and a prefix (the last word, typed ahead) makes FTS5 gather every matching entry before the
 * first: for a word in most rows ("million" at 10^6 figures: 370,000 rows) that is 30–300 ms. So the first
 * MAX_RANKED matches are read without a score, the exact words first; when they fill MAX_RANKED, those are
 * the answer in index order (series first, then figures in dataset order) and the response says so. Below
 * MAX_RANKED matches, which covers every search of the real data, every match is ranked by bm25 as before.
 */
export const MAX_RANKED = 200;

// The first MAX_RANKED matches, unscored: FTS5 stops at the limit (without a prefix, it streams).
const FIRST = `from ${SEARCH_TABLE} where ${SEARCH_TABLE} match ? limit ?`;
const idShape = plainShape("f", { id: "rowid" });
// The first matches with their snippets, when those are the answer: the same order as FIRST (rowid), and a
// rowid range would make FTS5 seek through a common word's long doclist (30–60 ms at 10^6).
const snippetShape = plainShape("h", {
  id: "rowid",
  kind: "kind",
  ref: "ref",
  snippet: `snippet(${SEARCH_TABLE}, 3, ?, ?, '…', 24)`,
  heading: `highlight(${SEARCH_TABLE}, 2, ?, ?)`,
});
const rankShape = plainShape("r", { id: "id", kind: "kind", ref: "ref", typed: "typed" });
/**
 * The best of the (fewer than MAX_RANKED) matches, scored where they are found (bm25 needs the MATCH). With
 * `typedFirst`, a word being typed is also looked for as words it may be the beginning of (fts-query.ts:
 * "citin" as "citing", whose stem "cite" is also "cites", or as a stem "cities" shares): the rows with a word
 * beginning with what was typed come first, and the others only when they match with that word whole
 * (rankedHits). The index holds stems, so their text is read; the glob is the first argument.
 */
const rankSql = (typedFirst: boolean) => `from (select rowid as id, kind, ref,
    bm25(${SEARCH_TABLE}, 0, 0, 4, 1) as score,
    ${typedFirst ? `${rowWords(SEARCH_TABLE)} glob ?` : "1"} as typed
  from ${SEARCH_TABLE} where ${SEARCH_TABLE} match ? limit ?) order by typed desc, score limit ?`;
const RANK = rankSql(false);
const RANK_TYPED_FIRST = rankSql(true);
type Row = { id: number; kind: string; ref: string; snippet: string; heading: string };
const toRows = (rows: readonly (readonly [Record<string, unknown>])[]): Row[] =>
  rows.map(([r]) => ({
    id: Number(r.id),
    kind: String(r.kind),
    ref: String(r.ref),
    snippet: String(r.snippet ?? ""),
    heading: String(r.heading ?? ""),
  }));

/** The first `limit` of a query's matches in index order, with their snippets. */
async function firstWithSnippets(query: string, limit: number): Promise<Row[]> {
  const marks = [MARK_START, MARK_END, MARK_START, MARK_END];
  return toRows(await selectFolded([snippetShape], FIRST, [...marks, query, limit]));
}

/**
 * The page of matches, `capped` when they are the first in index order of more than MAX_RANKED. A row found
 * only because porter stemmed the typed word shorter ("arms" * is searched as "arm" *: "Armenia") is left
 * out: a row is kept when it matches the query with its last word whole, or has a word beginning with what
 * was typed.
 */
async function rankedHits(ftsQuery: string, limit: number): Promise<{ rows: Row[]; capped: boolean }> {
  const exact = withoutPrefix(ftsQuery);
  let whole: Set<number> | null = null;
  if (exact !== ftsQuery) {
    const found = await selectFolded([idShape], FIRST, [exact, MAX_RANKED]);
    if (found.length >= MAX_RANKED) return { rows: await firstWithSnippets(exact, limit), capped: true };
    whole = new Set(found.map(([r]) => Number(r.id)));
  }
  // Every candidate with its snippet in one pass: a prefix is gathered once for both, and bm25 (below)
  // only when they are few enough to be ranked.
  const candidates = await firstWithSnippets(ftsQuery, MAX_RANKED);
  if (candidates.length >= MAX_RANKED) return { rows: candidates.slice(0, limit), capped: true };
  if (candidates.length === 0) return { rows: [], capped: false };
  const found = new Map(candidates.map((r) => [r.id, r]));
  const glob = typedWordGlob(ftsQuery);
  const ranked =
    glob === null
      ? await selectFolded([rankShape], RANK, [ftsQuery, MAX_RANKED, limit])
      : (await selectFolded([rankShape], RANK_TYPED_FIRST, [glob, ftsQuery, MAX_RANKED, MAX_RANKED]))
          .filter(([r]) => Number(r.typed) === 1 || whole?.has(Number(r.id)))
          .slice(0, limit);
  // The ranking reads no text: each row's snippet and heading are the candidates'.
  return { rows: toRows(ranked).flatMap((r) => found.get(r.id) ?? []), capped: false };
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
  return (await searchFiguresScoped(ftsQuery, limit)).hits;
}

/**
 * The hits, and how they were chosen: `rankedAmong` null when every match was ranked by bm25, else the
 * number of first matches (in index order, exact words before the typed-ahead prefix) the hits come from.
 */
export async function searchFiguresScoped(
  ftsQuery: string,
  limit: number,
): Promise<{ hits: SearchHit[]; rankedAmong: number | null }> {
  const { rows: found, capped } = await rankedHits(ftsQuery, limit);
  const reached = reachedBy(ftsQuery);
  const marks = (r: Row) => ({
    snippet: keepReachedMarks(r.snippet, reached),
    heading: keepReachedMarks(r.heading, reached),
  });
  const rows = found.map((r) => extend(r, marks(r)));
  const slugs = rows.filter((r) => r.kind === "series").map((r) => r.ref);
  const ids = rows.filter((r) => r.kind === "citation").map((r) => Number(r.ref));
  const [seriesRows, cited] = await Promise.all([slugs.length ? fetchSeriesOnly(slugs) : [], citedFigures(ids)]);
  const bySlug = new Map(seriesRows.map((s) => [s.slug, s]));
  const hits = rows.flatMap((r): SearchHit[] => {
    if (r.kind === "series") {
      const s = bySlug.get(r.ref);
      return s ? [{ kind: "series", snippet: r.snippet, heading: r.heading, series: s }] : [];
    }
    const hit = cited.get(r.ref);
    const o = hit?.observation;
    const c = o?.citations.find((x) => String(x.id) === r.ref);
    if (!hit || !o || !c) return [];
    const s = hit.series;
    const summary = extend(s, { unit: toUnit(s.unit, s.slug), topic: toTopic(s.topic, s.slug) });
    return [
      {
        kind: "figure",
        snippet: r.snippet,
        heading: r.heading,
        citation: toCitation(c),
        observation: toObservation(o),
        series: summary,
      },
    ];
  });
  return { hits, rankedAmong: capped ? MAX_RANKED : null };
}
