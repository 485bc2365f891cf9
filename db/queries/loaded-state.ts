// What a replica needs to know about its database before serving from it: which data version it holds,
// when that was published, and whether its schema is the one this code reads. One small query.
import journal from "../migrations/meta/_journal.json";
import { getDb, type Db } from "../client";
import { SEARCH_TABLE, isCurrentSearchIndex } from "../search-index";

export type LoadedState =
  | { ok: true; version: string; publishedAt: string | null }
  | { ok: false; kind: "not-loaded" | "old-schema" | "corrupt"; message: string };

const FIX = "run `npm run db:load` (or `npm run publish`) against this DATABASE_URL";
const OLD_SCHEMA: LoadedState = {
  ok: false,
  kind: "old-schema",
  message: `The database has an older schema than this code: ${FIX}.`,
};
const NOT_LOADED: LoadedState = { ok: false, kind: "not-loaded", message: `The database holds no data yet: ${FIX}.` };

const QUERY = `select
  (select value from meta where key = 'data_version') as version,
  (select count(*) from __drizzle_migrations) as migrations,
  (select published_at from publishes order by id desc limit 1) as published_at,
  (select sql from sqlite_master where type = 'table' and name = '${SEARCH_TABLE}') as search_sql`;

/**
 * The loaded data version, or why there is none. A database that cannot be reached throws: that is a
 * fault of the moment, while a missing table is one that only a load fixes.
 */
export async function readLoadedState(db?: Db): Promise<LoadedState> {
  let row: Record<string, unknown> | undefined;
  try {
    // Inside the try: opening an embedded file that is not a database already fails.
    row = (await (db ?? getDb()).$client.execute(QUERY)).rows[0];
  } catch (e) {
    const message = (e as Error).message;
    if (/not a database|malformed/i.test(message))
      return {
        ok: false,
        kind: "corrupt",
        message: "The database file is damaged: restore it, or delete it and run `npm run db:load`.",
      };
    if (/no such table: (meta|__drizzle_migrations)/.test(message)) return NOT_LOADED;
    if (/no such table/.test(message)) return OLD_SCHEMA;
    throw e;
  }
  if (Number(row?.migrations ?? 0) < journal.entries.length) return OLD_SCHEMA;
  if (typeof row?.version !== "string") return NOT_LOADED;
  // The search index is no migration (db/search-index.ts): one built to an older definition is an older schema.
  if (!isCurrentSearchIndex(row.search_sql)) return OLD_SCHEMA;
  return {
    ok: true,
    version: row.version,
    publishedAt: typeof row.published_at === "string" ? row.published_at : null,
  };
}
