import { createClient, type Client } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { getEnv } from "@/lib/site/env";
import { fetchWithin } from "./node-http";
import { circuitOpen, noteDatabaseFailure, noteDatabaseSuccess } from "./failures";
import { readerUrl } from "./replica";
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
      const response = await fetchWithin(request, budgetMs);
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

type ReaderKey = "dashboardDb" | "dashboardCheckDb";
// Held on globalThis: the custom server, the proxy, pages and route handlers of one process are separate
// bundles that must share one client each.
const kept = globalThis as unknown as Partial<Record<ReaderKey, Db>> & {
  dashboardReaderUrls?: Partial<Record<ReaderKey, string>>;
};

/**
 * The client kept under `key` for the address readers read now: the server's until a replica's first
 * copy is finished, then the replica's (db/replica.ts), made once for each.
 */
function keptFor(key: ReaderKey, make: (url: string, env: ReturnType<typeof getEnv>) => Db): Db {
  const url = readerUrl();
  const db = kept[key];
  if (db && kept.dashboardReaderUrls?.[key] === url) return db;
  const made = make(url, getEnv());
  kept[key] = made;
  (kept.dashboardReaderUrls ??= {})[key] = url;
  return made;
}

/**
 * The process-wide database of the configured DATABASE_URL (or its replica, DATABASE_REPLICA), for reading
 * only: an embedded file is opened read-only, round trips to a server are bounded by DATA_BUDGET_MS.
 * Writers use createWriterDb, which always writes DATABASE_URL.
 */
export function getDb(): Db {
  return keptFor("dashboardDb", (url, env) => createDb(url, env.DATABASE_AUTH_TOKEN, env.DATA_BUDGET_MS, true, true));
}

/** The client of the live-state check (db/live-state.ts): bounded like readers', but never short-circuited. */
export function getCheckDb(): Db {
  return keptFor("dashboardCheckDb", (url, env) =>
    createDb(url, env.DATABASE_AUTH_TOKEN, env.DATA_BUDGET_MS, false, true),
  );
}
