import "server-only";
// The explorer's type-ahead: series whose title, measure, entities or description match (the FTS5 index the
// loader keeps), then series whose quoted sentences match, then series of a topic whose name matches. Reads
// at most `limit` series rows, whatever the size of the dataset.
import { asc, inArray } from "drizzle-orm";
import type { Topic } from "@/lib/model/taxonomy";
import { typedWordGlob } from "@/lib/search/fts-query";
import { getDb } from "../client";
import { series } from "../schema";
import { rowWords, SEARCH_TABLE } from "../search-index";
import { toTopic, toUnit } from "./mappers";

export type SeriesChoice = { slug: string; title: string; unit: ReturnType<typeof toUnit>; topic: Topic };

/**
 * Series by their best hit. With `typedFirst`, a word being typed is also looked for as words it may be the
 * beginning of (lib/search/fts-query.ts): series with a word beginning with what was typed come first, as
 * on /search (db/queries/search.ts); its glob is the second argument.
 */
const hitsSql = (typedFirst: boolean) => `with hits as (
    select rowid as id, kind, ref, bm25(${SEARCH_TABLE}, 0, 0, 4, 1) as rank from ${SEARCH_TABLE}
    where ${SEARCH_TABLE} match ? order by rank limit 300)
  select s.slug as slug, min(case when h.kind = 'series' then 0 else 1 end) as tier, min(h.rank) as rank,
    ${typedFirst ? `max((select ${rowWords("t")} glob ? from ${SEARCH_TABLE} t where t.rowid = h.id))` : "1"} as typed
  from hits h
  left join citations c on h.kind = 'citation' and c.id = cast(h.ref as integer)
  left join observations o on o.id = c.observation_id
  join series s on s.slug = (case when h.kind = 'series' then h.ref else o.series_slug end)
  group by s.slug order by typed desc, tier, rank limit ?`;
const HITS = hitsSql(false);
const HITS_TYPED_FIRST = hitsSql(true);

async function bySlugs(slugs: string[]): Promise<SeriesChoice[]> {
  if (slugs.length === 0) return [];
  const rows = await getDb()
    .select({ slug: series.slug, title: series.title, unit: series.unit, topic: series.topic })
    .from(series)
    .where(inArray(series.slug, slugs));
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  return slugs.flatMap((slug) => {
    const r = bySlug.get(slug);
    return r ? [{ ...r, unit: toUnit(r.unit, r.slug), topic: toTopic(r.topic, r.slug) }] : [];
  });
}

export async function suggestSeries(ftsQuery: string | null, topics: Topic[], limit: number): Promise<SeriesChoice[]> {
  const db = getDb();
  const found = ftsQuery ? await db.$client.execute(hitsStatement(ftsQuery, limit)) : { rows: [] };
  const slugs = found.rows.map((r) => String(r.slug));
  if (slugs.length < limit && topics.length > 0) {
    const more = await db
      .select({ slug: series.slug })
      .from(series)
      .where(inArray(series.topic, topics))
      .orderBy(asc(series.ordinal))
      .limit(limit);
    for (const r of more) if (slugs.length < limit && !slugs.includes(r.slug)) slugs.push(r.slug);
  }
  return bySlugs(slugs);
}

function hitsStatement(ftsQuery: string, limit: number) {
  const glob = typedWordGlob(ftsQuery);
  return glob === null
    ? { sql: HITS, args: [ftsQuery, limit] }
    : { sql: HITS_TYPED_FIRST, args: [ftsQuery, glob, limit] };
}

/** Every series slug, for a did-you-mean on an unknown one (only when a URL names a series we lack). */
export async function allSeriesSlugs(): Promise<string[]> {
  const rows = await getDb().select({ slug: series.slug }).from(series);
  return rows.map((r) => r.slug);
}
