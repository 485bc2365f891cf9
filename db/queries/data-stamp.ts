// Which data a reader sees right now: the loaded version and the latest publish, in one small query.
// Every publish that changes a figure writes both in its transaction, so two equal stamps taken before
// and after some reads mean no publish committed between them (server/consistent-read.ts).
import { getDb, type Db } from "../client";

export type DataStamp = { version: string; publish: number; publishedAt: string | null };

const QUERY = `select (select value from meta where key = 'data_version') as version,
  (select id from publishes order by id desc limit 1) as publish,
  (select published_at from publishes order by id desc limit 1) as published_at`;

/** The stamp of the data loaded now; null when nothing is loaded. Throws when the database cannot answer. */
export async function readDataStamp(db?: Db): Promise<DataStamp | null> {
  const row = (await (db ?? getDb()).$client.execute(QUERY)).rows[0];
  if (typeof row?.version !== "string") return null;
  return {
    version: row.version,
    publish: Number(row.publish ?? 0),
    publishedAt: typeof row.published_at === "string" ? row.published_at : null,
  };
}

export const sameStamp = (a: DataStamp | null, b: DataStamp | null): boolean =>
  a?.version === b?.version && a?.publish === b?.publish;
