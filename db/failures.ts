// When the serving process last failed to reach its database: set by the client's fetch (db/client.ts),
// read by db/live-state.ts, so a failed query marks the replica down at once instead of at the next check.
// Its own module so the client and the live state need not import each other.
const held = ((globalThis as { dashboardDbFailure?: { at: number } }).dashboardDbFailure ??= { at: 0 });

export function noteDatabaseFailure(): void {
  held.at = Date.now();
}

export function lastDatabaseFailure(): number {
  return held.at;
}
