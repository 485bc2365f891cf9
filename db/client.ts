import { createClient, type Client } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { getEnv } from "@/lib/site/env";
import * as schema from "./schema";

export type Db = ReturnType<typeof createDb>;

export function createDb(url: string, authToken?: string) {
  if (url.startsWith("file:")) mkdirSync(dirname(url.slice("file:".length)), { recursive: true });
  const client: Client = createClient({ url, authToken });
  return drizzle(client, { schema });
}

const globalForDb = globalThis as unknown as { dashboardDb?: Db };

/** The process-wide database of the configured DATABASE_URL. */
export function getDb(): Db {
  if (!globalForDb.dashboardDb) {
    const env = getEnv();
    globalForDb.dashboardDb = createDb(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  }
  return globalForDb.dashboardDb;
}
