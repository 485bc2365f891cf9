// How the serving process's round trips to its database went: set by the client's fetch (db/client.ts),
// read by db/live-state.ts, so a failed query marks the replica down at once instead of at the next check.
// And a short circuit breaker: for BREAK_MS after a failure with no success since, readers fail at once
// instead of each waiting out the time budget (a slow database would otherwise hold every request for
// DATA_BUDGET_MS per query). The live-state check has its own client, so it always probes.
// Its own module so the client and the live state need not import each other.
const BREAK_MS = 2000;

const held = ((globalThis as { dashboardDbHealth?: { failedAt: number; okAt: number } }).dashboardDbHealth ??= {
  failedAt: 0,
  okAt: 0,
});

export function noteDatabaseFailure(): void {
  held.failedAt = Date.now();
}

export function noteDatabaseSuccess(): void {
  held.okAt = Date.now();
}

export function lastDatabaseFailure(): number {
  return held.failedAt;
}

/** True while readers should not even try: a recent failure and no success since. */
export function circuitOpen(): boolean {
  return held.failedAt > held.okAt && Date.now() - held.failedAt < BREAK_MS;
}
