// The full-text index (SQLite FTS5, in libSQL embedded and in sqld): built in SQL from the loaded tables inside
// the load's transaction, so it is rebuilt on every load and can never disagree with the data. No migration: the
// virtual table is dropped and created again, to this definition, by every full load; a database whose index
// has another definition reads as "older schema" (db/queries/loaded-state.ts) until `npm run db:load`.
import type { Client, InValue, Transaction } from "@libsql/client";

export const SEARCH_TABLE = "search_index";

// porter: "imports" finds "import"; remove_diacritics: "Gyumri" finds "Gyumri" however it is accented.
// prefix: the last word of a search is typed ahead ("mill" finds "million", "JF-17" is "JF" then "17…"), and
// without an index of 2- to 4-character prefixes FTS5 gathers every entry of every word that begins so before
// its first match: 20–40 ms for "mill" or "17" at 10^6 figures. With it, such a prefix is read like a word.
// Longer prefixes begin few words; a one-character last word is not typed ahead (lib/search/fts-query.ts).
export const SEARCH_DEFINITION = `using fts5(kind unindexed, ref unindexed, title, body, prefix = '2 3 4',
  tokenize = 'porter unicode61 remove_diacritics 2')`;
const CREATE = `create virtual table ${SEARCH_TABLE} ${SEARCH_DEFINITION}`;

/** A row's words as text a GLOB reads (lib/search/fts-query.ts's typedWordGlob); `t` is the table's alias. */
export const rowWords = (t: string) => `(' ' || lower(${t}.title) || ' ' || lower(${t}.body))`;

const ENTITY_NAMES = `(select group_concat(e.name, ' ') from series_entities se
  join entities e on e.id = se.entity_id where se.series_slug = s.slug)`;

// One row per series (title, description, what it measures, who it is about) and one per citation (the
// sentence that holds the quote, under its series' words and its source's names), so a hit names its figure.
export const FILL_SERIES = `insert into ${SEARCH_TABLE} (rowid, kind, ref, title, body)
  select s.ordinal + 1, 'series', s.slug, s.title || ' ' || replace(s.measure, '-', ' ') || ' ' || coalesce(${ENTITY_NAMES}, ''),
    coalesce(s.description, s.title)
  from series s`;

// Rowids in dataset order, after the series rows (db/queries/search.ts ranks the first candidates of a very
// common word in that order); explicit, so a republish can replace one file's rows in place. A constant
// offset, not the number of series, so a series added or removed moves no citation's row
// (citation ids stay below 2^50: db/file-blocks.ts).
export const SERIES_ROWS = String(2 ** 50);
export const FILL_CITATIONS = `insert into ${SEARCH_TABLE} (rowid, kind, ref, title, body)
  select ${SERIES_ROWS} + c.id, 'citation', c.id,
    s.title || ' ' || coalesce(${ENTITY_NAMES}, '') || ' ' || replace(s.measure, '-', ' ') || ' ' ||
    src.author || ' ' || src.publication || ' ' || src.publisher || ' ' || coalesce(src.title, ''),
    coalesce(c.context, c.quote)
  from citations c
  join observations o on o.id = c.observation_id
  join series s on s.slug = o.series_slug
  join sources src on src.id = c.source_id`;

// One b-tree per term after a full fill (FTS5 otherwise leaves the fill in dozens of segments, and every
// search, and bm25's statistics, then look each word up in each): at 10^6 it takes ~7 s and makes a search
// of a rare word 2–3 times cheaper (docs/benchmarks.md). A republish's few rows are merged as FTS5 goes.
const OPTIMIZE = `insert into ${SEARCH_TABLE} (${SEARCH_TABLE}) values ('optimize')`;

export function searchIndexStatements(): { sql: string; args: InValue[] }[] {
  return [`drop table if exists ${SEARCH_TABLE}`, CREATE, FILL_SERIES, FILL_CITATIONS, OPTIMIZE].map((sql) => ({
    sql,
    args: [],
  }));
}

/**
 * Replaces the index rows of the citations with ids first..last, kept where a full rebuild puts them; the
 * series rows and every other citation's row are left as they are (their text did not change).
 */
export function citationIndexStatements(first: number, last: number): { sql: string; args: InValue[] }[] {
  return [
    {
      sql: `delete from ${SEARCH_TABLE} where rowid between ${SERIES_ROWS} + ? and ${SERIES_ROWS} + ?`,
      args: [first, last],
    },
    { sql: `${FILL_CITATIONS} where c.id between ? and ?`, args: [first, last] },
  ];
}

export async function rebuildSearchIndex(tx: Transaction): Promise<void> {
  await tx.batch(searchIndexStatements());
}

/** Whether the `create` statement SQLite keeps for the index (null: there is none) is this code's definition. */
export function isCurrentSearchIndex(sql: unknown): boolean {
  return typeof sql === "string" && sql.includes(SEARCH_DEFINITION);
}

/**
 * A database loaded before the index existed, or before its present definition, has none this code can use:
 * the loader then builds it even when the data is unchanged.
 */
export async function hasSearchIndex(client: Client): Promise<boolean> {
  const r = await client.execute({
    sql: "select sql from sqlite_master where type = 'table' and name = ?",
    args: [SEARCH_TABLE],
  });
  return isCurrentSearchIndex(r.rows[0]?.sql);
}
