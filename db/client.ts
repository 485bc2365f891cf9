import { createClient, type Client } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { getEnv } from "@/lib/site/env";
import { circuitOpen, noteDatabaseFailure, noteDatabaseSuccess } from "./failures";
import { awaitingReplica, readerUrl } from "./replica";
import * as schema from "./schema";

export type Db = ReturnType<typeof createDb>;

/**
 * A fetch for the libSQL HTTP client that gives up after `budgetMs`: a server that answers slowly must
 * turn into a 503 for the reader, not a request that hangs (issue 12). Outcomes are noted for the live
 * state; with `breaker`, a request fails at once while the circuit is open (db/failures.ts).
 */
function budgetedFetch(budgetMs: number, breaker: boolean) {
  // The poller probes DATA_POLL_MS after its last probe ended; a second's slack for the event loop.
  const window = budgetMs + getEnv().DATA_POLL_MS + 1000;
  return async (request: Request) => {
    if (breaker && circuitOpen(window)) throw new Error("the database failed just now; not asking again yet");
    try {
      const response = await fetch(request, { signal: AbortSignal.timeout(budgetMs) });
      noteDatabaseSuccess();
      return response;
    } catch (e) {
      noteDatabaseFailure();
      throw e;
    }
  };
}

/**
 * A client of `url`; with `budgetMs`, every round trip to a server is bounded (never for writes), and
 * with `breaker` it fails fast right after a failure. With `readOnly`, an embedded file refuses every
 * write (a database server is written only by the publisher, never by a replica's client).
 */
export function createDb(url: string, authToken?: string, budgetMs?: number, breaker = false, readOnly = false) {
  const file = url.startsWith("file:");
  if (file) mkdirSync(dirname(url.slice("file:".length)), { recursive: true });
  const remote = !file && budgetMs !== undefined;
  const client: Client = createClient({
    url,
    authToken,
    ...(remote ? { fetch: budgetedFetch(budgetMs, breaker) } : {}),
    // @libsql/client cannot open a file read-only, but SQLite's query_only holds for the connection's
    // life: one connection, the pragma its first statement (queued ahead of any other), so every
    // statement this client runs meets it. Embedded statements run synchronously: one costs nothing.
    ...(file && readOnly ? { concurrency: 1 } : {}),
  });
  if (file && readOnly) void client.execute("pragma query_only = 1").catch(() => undefined);
  return drizzle(client, { schema });
}

/** A client that may write the configured database: the loader's (publish, start, review), never the site's. */
export function createWriterDb(): Db {
  const env = getEnv();
  return createDb(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
}

const globalForDb = globalThis as unknown as { dashboardDb?: Db };

/**
 * The process-wide database of the configured DATABASE_URL (or its replica, DATABASE_REPLICA), for reading
 * only: an embedded file is opened read-only, round trips to a server are bounded by DATA_BUDGET_MS.
 * Writers use createWriterDb, which always writes DATABASE_URL.
 */
export function getDb(): Db {
  if (globalForDb.dashboardDb) return globalForDb.dashboardDb;
  const env = getEnv();
  const db = createDb(readerUrl(), env.DATABASE_AUTH_TOKEN, env.DATA_BUDGET_MS, true, true);
  // A server's client stands in for a replica not copied yet: kept only once the replica is there.
  if (!awaitingReplica()) globalForDb.dashboardDb = db;
  return db;
}

const globalForCheck = globalThis as unknown as { dashboardCheckDb?: Db };

/** The client of the live-state check (db/live-state.ts): bounded like readers', but never short-circuited. */
export function getCheckDb(): Db {
  if (globalForCheck.dashboardCheckDb) return globalForCheck.dashboardCheckDb;
  const env = getEnv();
  const db = createDb(readerUrl(), env.DATABASE_AUTH_TOKEN, env.DATA_BUDGET_MS, false, true);
  if (!awaitingReplica()) globalForCheck.dashboardCheckDb = db;
  return db;
}
