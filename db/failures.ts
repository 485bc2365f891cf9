// How the serving process's round trips to its database went: set by the client's fetch (db/client.ts),
// read by db/live-state.ts, so a failed query marks the replica down at once instead of at the next check.
// And a circuit breaker: for a while after a failure with no success since, readers fail at once instead
// of each waiting out the time budget (a slow database would otherwise hold every request for
// DATA_BUDGET_MS per query). The live-state check has its own client, so it always probes; its success
// closes the circuit. The window is one check's budget and one poll long, so a replica whose poller
// keeps failing stays open between its failures instead of letting readers wait in the gaps.
// Its own module so the client and the live state need not import each other.
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

/** True while readers should not even try: a failure within `windowMs` and no success since. */
export function circuitOpen(windowMs: number): boolean {
  return held.failedAt > held.okAt && Date.now() - held.failedAt < windowMs;
}
