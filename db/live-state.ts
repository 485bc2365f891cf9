// Each replica's view of its database: the data version it serves and whether the database can serve at
// all. Checked at most every DATA_POLL_MS, on demand or by the server's poller (scripts/serve.ts), so a
// replica notices a publish within that bound without any call from the publisher. A check slower than
// DATA_BUDGET_MS counts as a fault. Held on globalThis: the custom server, the proxy, pages and route
// handlers of one process are separate bundles that must share one state.
import { getEnv } from "@/lib/site/env";
import { getCheckDb } from "./client";
import { lastDatabaseFailure, noteDatabaseFailure } from "./failures";
import { readLoadedState } from "./queries/loaded-state";
import { replicaPath, replicaSyncingFor, syncReplica } from "./replica";

export { noteDatabaseFailure };

/** Seconds a client is told to wait when the database is down. */
export const RETRY_AFTER_S = 10;
export const UNREACHABLE = "The database is unreachable or too slow; try again shortly.";

export type LiveState =
  | { ok: true; version: string; publishedAt: string | null }
  | { ok: false; kind: "unreachable" | "not-loaded" | "old-schema" | "corrupt"; message: string };

type Held = { state: LiveState; checkedAt: number; pending: Promise<LiveState> | null };

const held = ((globalThis as { dashboardLiveState?: Held }).dashboardLiveState ??= {
  state: { ok: false, kind: "unreachable", message: UNREACHABLE },
  checkedAt: 0,
  pending: null,
});

/** Rejects when `promise` takes longer than the budget (the promise itself is left to settle). */
export function withBudget<T>(promise: Promise<T>, ms = getEnv().DATA_BUDGET_MS): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/**
 * A replica first copies what the server has published since (db/replica.ts). When the server cannot be
 * reached the replica still holds the last data it copied, and serves it: what a reader sees is then as
 * old as the outage, never wrong or partial (a sync commits whole transactions of the server).
 */
async function syncFirst(): Promise<void> {
  if (!replicaPath()) return;
  const running = replicaSyncingFor();
  if (running !== null) {
    // A sync that never ends (a server that accepts but does not answer) leaves the replica as it is: said.
    if (running > 10 * getEnv().DATA_BUDGET_MS)
      console.error(
        `database check: the replica's sync has run for ${Math.round(running / 1000)} s; serving it as it is`,
      );
    return;
  }
  try {
    await withBudget(syncReplica());
  } catch (e) {
    console.error(
      `database check: ${(e as Error).message.split("\n")[0]?.slice(0, 200)}; serving the replica as it is`,
    );
  }
}

async function check(): Promise<LiveState> {
  await syncFirst();
  try {
    return await withBudget(readLoadedState(getCheckDb()));
  } catch (e) {
    console.error(`database check failed: ${(e as Error).message.split("\n")[0]?.slice(0, 200)}`);
    return { ok: false, kind: "unreachable", message: UNREACHABLE };
  }
}

/** The state as of at most DATA_POLL_MS ago, or since a query failed; concurrent callers share one check. */
export function getLiveState(): Promise<LiveState> {
  const fresh = Date.now() - held.checkedAt < getEnv().DATA_POLL_MS && lastDatabaseFailure() < held.checkedAt;
  if (fresh) return Promise.resolve(held.state);
  const pending = (held.pending ??= check().then((state) => {
    held.state = state;
    held.checkedAt = Date.now();
    held.pending = null;
    return state;
  }));
  // Down at the last check: say so at once instead of making each reader wait out the re-check (up to
  // DATA_BUDGET_MS against a slow server; a page asks twice, so it took two budgets to answer 503). The
  // check still runs: the first caller after it sees whether the database is back.
  return held.checkedAt > 0 && !held.state.ok ? Promise.resolve(held.state) : pending;
}

/** A check now (shared with one in flight): the server's poller, which must not read a cached answer. */
export function refreshLiveState(): Promise<LiveState> {
  if (!held.pending) held.checkedAt = 0;
  return getLiveState();
}

/**
 * The last known state without asking the database, for code that cannot wait: down as soon as a query
 * failed for want of the database since the last check, until the next check says otherwise.
 */
export function peekLiveState(): LiveState {
  if (held.state.ok && lastDatabaseFailure() >= held.checkedAt)
    return { ok: false, kind: "unreachable", message: UNREACHABLE };
  return held.state;
}
