// Each server's half of "publish without a rebuild": every DATA_POLL_MS it reads the loaded data version
// (db/live-state.ts) and, when it differs from the one its cached pages were made from, expires them all
// through its own loopback route (server/revalidate.ts). The first sync happens before the server takes
// requests, so pages cached by an earlier run of the build (another address, another version) are never
// served. A database that is down changes nothing: cached pages keep being served until it returns.
import { randomBytes } from "node:crypto";
import { refreshLiveState } from "@/db/live-state";
import { REVALIDATE_HEADER, REVALIDATE_PATH, REVALIDATE_SECRET_ENV } from "@/lib/http/revalidate";
import { getEnv } from "@/lib/site/env";

export function prepareVersionSync(): void {
  process.env[REVALIDATE_SECRET_ENV] = randomBytes(24).toString("hex");
}

/** Starts polling; resolves once the cached pages match the served version (or the database is down). */
export async function startVersionSync(origin: string): Promise<void> {
  let synced: string | null = null;
  let first = true;
  const sync = async () => {
    const state = await refreshLiveState();
    // The first sync expires whatever the database says: the build's own pages are never served.
    if (!first && (!state.ok || state.version === synced)) return;
    const res = await fetch(`${origin}${REVALIDATE_PATH}`, {
      headers: { [REVALIDATE_HEADER]: process.env[REVALIDATE_SECRET_ENV] ?? "" },
      signal: AbortSignal.timeout(10_000),
    }).catch((e: Error) => ({ status: 0, statusText: e.message }));
    if (res.status !== 204) return console.error(`could not expire cached pages: ${res.status} ${res.statusText}`);
    first = false;
    if (!state.ok) return;
    if (synced !== null) console.log(`Serving data version ${state.version} (was ${synced}).`);
    synced = state.version;
  };
  const loop = () =>
    setTimeout(() => {
      void sync().finally(loop);
    }, getEnv().DATA_POLL_MS).unref();
  await sync();
  loop();
}
