// What a replica needs to know about its database before serving from it: which data version it holds,
// when that was published, and whether its schema is the one this code reads. One small query.
import journal from "../migrations/meta/_journal.json";
import { getDb, type Db } from "../client";

export type LoadedState =
  | { ok: true; version: string; publishedAt: string | null }
  | { ok: false; kind: "not-loaded" | "old-schema" | "corrupt"; message: string };

const FIX = "run `npm run db:load` (or `npm run publish`) against this DATABASE_URL";

const QUERY = `select
  (select value from meta where key = 'data_version') as version,
  (select count(*) from __drizzle_migrations) as migrations,
  (select published_at from publishes order by id desc limit 1) as published_at`;

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
    if (/no such table: (meta|__drizzle_migrations)/.test(message))
      return { ok: false, kind: "not-loaded", message: `The database holds no data yet: ${FIX}.` };
    if (/no such table/.test(message))
      return { ok: false, kind: "old-schema", message: `The database has an older schema than this code: ${FIX}.` };
    throw e;
  }
  if (Number(row?.migrations ?? 0) < journal.entries.length)
    return { ok: false, kind: "old-schema", message: `The database has an older schema than this code: ${FIX}.` };
  if (typeof row?.version !== "string")
    return { ok: false, kind: "not-loaded", message: `The database holds no data yet: ${FIX}.` };
  return {
    ok: true,
    version: row.version,
    publishedAt: typeof row.published_at === "string" ? row.published_at : null,
  };
}
