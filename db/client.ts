import { createClient, type Client } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { getEnv } from "@/lib/site/env";
import { circuitOpen, noteDatabaseFailure, noteDatabaseSuccess } from "./failures";
import * as schema from "./schema";

export type Db = ReturnType<typeof createDb>;

/**
 * A fetch for the libSQL HTTP client that gives up after `budgetMs`: a server that answers slowly must
 * turn into a 503 for the reader, not a request that hangs (issue 12). Outcomes are noted for the live
 * state; with `breaker`, a request fails at once while the circuit is open (db/failures.ts).
 */
function budgetedFetch(budgetMs: number, breaker: boolean) {
  return async (request: Request) => {
    if (breaker && circuitOpen()) throw new Error("the database failed just now; not asking again yet");
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
 * with `breaker` it fails fast right after a failure.
 */
export function createDb(url: string, authToken?: string, budgetMs?: number, breaker = false) {
  if (url.startsWith("file:")) mkdirSync(dirname(url.slice("file:".length)), { recursive: true });
  const remote = !url.startsWith("file:") && budgetMs !== undefined;
  const client: Client = createClient({
    url,
    authToken,
    ...(remote ? { fetch: budgetedFetch(budgetMs, breaker) } : {}),
  });
  return drizzle(client, { schema });
}

const globalForDb = globalThis as unknown as { dashboardDb?: Db };

/**
 * The process-wide database of the configured DATABASE_URL, for reading: round trips to a server are
 * bounded by DATA_BUDGET_MS. Writers (the loader) make their own client with createDb.
 */
export function getDb(): Db {
  if (!globalForDb.dashboardDb) {
    const env = getEnv();
    globalForDb.dashboardDb = createDb(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN, env.DATA_BUDGET_MS, true);
  }
  return globalForDb.dashboardDb;
}

const globalForCheck = globalThis as unknown as { dashboardCheckDb?: Db };

/** The client of the live-state check (db/live-state.ts): bounded like readers', but never short-circuited. */
export function getCheckDb(): Db {
  if (!globalForCheck.dashboardCheckDb) {
    const env = getEnv();
    globalForCheck.dashboardCheckDb = createDb(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN, env.DATA_BUDGET_MS);
  }
  return globalForCheck.dashboardCheckDb;
}
