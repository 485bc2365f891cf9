// A republish where sources.yaml, entities.yaml or a series file changed (db/load-incremental.ts). These
// tables are small (at 10^6 figures: 1,000 sources, 20,000 series), so they are rewritten whole, with the
// search index's series rows; what is large is the figures and citations under them, and of those only
// what a rule connects to the change is read again, and only the citations whose search text changed
// (their series' title, measure or entities, or their source's names) get new search-index rows.
import type { Transaction } from "@libsql/client";
import { getTableName } from "drizzle-orm";
import type { DataFile } from "@/lib/dataset/types";
import type { Db } from "./client";
import type { DatasetRows } from "./rows";
import * as t from "./schema";
import { FILL_CITATIONS, FILL_SERIES, rebuildSearchIndex, SEARCH_TABLE, SERIES_ROWS } from "./search-index";
import { insertStatements, runAll, type Statement } from "./statements";

const records = (files: DataFile[], kind: DataFile["kind"]): Record<string, unknown>[] =>
  files
    .filter((f) => f.kind === kind)
    .flatMap((f) => (Array.isArray(f.content) ? f.content : []))
    .filter((r): r is Record<string, unknown> => typeof r === "object" && r !== null);

/**
 * The series whose figures a full load would check differently now (gone, or another unit: the range,
 * money and precision checks read it) and the sources gone (a quote citing one is an error).
 */
export async function smallChanges(db: Db, small: DataFile[]): Promise<{ series: Set<string>; sources: Set<string> }> {
  const units = new Map(records(small, "series").map((r) => [String(r.slug), String(r.unit)]));
  const sourceIds = new Set(records(small, "sources").map((r) => String(r.id)));
  const [series, sources] = await Promise.all([
    db.$client.execute("select slug, unit from series"),
    db.$client.execute("select id from sources"),
  ]);
  return {
    series: new Set(series.rows.filter((r) => units.get(String(r.slug)) !== r.unit).map((r) => String(r.slug))),
    sources: new Set(sources.rows.map((r) => String(r.id)).filter((id) => !sourceIds.has(id))),
  };
}

const ENTITY_NAMES = `(select group_concat(e.name, ' ') from series_entities se
  join entities e on e.id = se.entity_id where se.series_slug = s.slug)`;
// What a citation's search-index row takes from its series and from its source (db/search-index.ts).
const SERIES_TEXT = `select s.slug as k, s.title || ' ' || coalesce(${ENTITY_NAMES}, '') || ' ' || s.measure as v from series s`;
const SOURCE_TEXT = `select id as k, author || ' ' || publication || ' ' || publisher || ' ' || coalesce(title, '') as v from sources`;

async function texts(tx: Transaction): Promise<Map<string, string>[]> {
  const read = async (sql: string) => new Map((await tx.execute(sql)).rows.map((r) => [String(r.k), String(r.v)]));
  return [await read(SERIES_TEXT), await read(SOURCE_TEXT)];
}

const differing = (before: Map<string, string>, after: Map<string, string>): string[] =>
  [...after].filter(([k, v]) => before.get(k) !== v).map(([k]) => k);

type Small = Pick<DatasetRows, "sources" | "entities" | "series" | "seriesEntities">;

/**
 * Inside the republish's transaction, after the changed figures are written: replaces the small tables
 * and the series' search rows, and the search rows of every citation whose series or source reads
 * differently now. Foreign keys are deferred to the commit, where every figure must still find its series.
 */
export async function rewriteSmallTables(tx: Transaction, rows: Small): Promise<void> {
  const [series, sources] = await texts(tx);
  const tables = [
    [t.sources, rows.sources],
    [t.entities, rows.entities],
    [t.series, rows.series],
    [t.seriesEntities, rows.seriesEntities],
  ] as const;
  const remove: Statement[] = [...tables]
    .reverse()
    .map(([table]) => ({ sql: `delete from "${getTableName(table)}"`, args: [] }));
  await runAll(tx, remove);
  for (const [table, list] of tables) await runAll(tx, insertStatements(table, list));
  const [seriesNow, sourcesNow] = await texts(tx);
  const none = new Map<string, string>();
  const which = [
    JSON.stringify(differing(series ?? none, seriesNow ?? none)),
    JSON.stringify(differing(sources ?? none, sourcesNow ?? none)),
  ];
  const cited = `c.id in (select c.id from citations c join observations o on o.id = c.observation_id
    where o.series_slug in (select value from json_each(?)) union select id from citations
    where source_id in (select value from json_each(?)))`;
  // Past a quarter of all citations, building the whole index again (as a full load does) is the cheaper way
  // (docs/benchmarks.md, "Republishing at scale"); the rows are the same either way.
  const count = async (sql: string, args: string[] = []) => Number((await tx.execute({ sql, args })).rows[0]?.n);
  const affected = await count(`select count(*) as n from citations c where ${cited}`, which);
  if (affected * 4 > (await count("select count(*) as n from citations"))) return rebuildSearchIndex(tx);
  await runAll(tx, [
    { sql: `delete from ${SEARCH_TABLE} where rowid <= ${SERIES_ROWS}`, args: [] },
    { sql: FILL_SERIES, args: [] },
    {
      sql: `delete from ${SEARCH_TABLE} where rowid in (select ${SERIES_ROWS} + c.id from citations c where ${cited})`,
      args: which,
    },
    { sql: `${FILL_CITATIONS} where ${cited}`, args: which },
  ]);
}
