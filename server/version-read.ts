import "server-only";
// Reads that must belong to one data version (issue 12): a chart file and its ETag name the version, so
// what it draws is read between two reads of the version, and a publish landing in between is followed.
// Built-in chart files (chart-files.ts) and explorer files (explore-files.ts) both read this way.
import { readLoadedState } from "@/db/queries/loaded-state";

/** Thrown when the database cannot say which version it holds while a chart is read. */
export class DataUnavailable extends Error {}

/** A publish landed while the data was read: the caller asks again for `version`. */
export type VersionMoved = { ok: false; reason: "version-moved"; version: string };

/** `read`'s value if the database still held `version` once it was done. */
export async function readOfVersion<T>(
  version: string,
  read: () => Promise<T>,
): Promise<{ ok: true; value: T } | VersionMoved> {
  const value = await read();
  const after = await readLoadedState();
  if (!after.ok) throw new DataUnavailable(after.message);
  if (after.version !== version) return { ok: false, reason: "version-moved", version: after.version };
  return { ok: true, value };
}

/**
 * `attempt` for `version`, following a publish that lands meanwhile (up to three attempts); the result and
 * the version it belongs to. A result still "version-moved" means the data is being republished.
 */
export async function followVersion<R extends { ok: boolean }>(
  version: string,
  attempt: (version: string) => Promise<R | VersionMoved>,
): Promise<[R | VersionMoved, string]> {
  let result = await attempt(version);
  for (let i = 0; i < 2 && isMoved(result); i++) {
    version = result.version;
    result = await attempt(version);
  }
  return [result, version];
}

function isMoved<R>(result: R | VersionMoved): result is VersionMoved {
  return (result as { reason?: unknown }).reason === "version-moved";
}
