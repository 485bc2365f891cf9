// The chart files made so far, per request and data version (key: chartFileKey). Held on globalThis: the
// Next.js route that fills it (server/chart-files.ts) and the HTTP server's fast path that answers
// repeats from it (lib/http/cached-chart-file.ts, called by scripts/serve.ts) are separate bundles of
// one process, and must share one cache.
import { sharedBodyCache, type Lru } from "../http/lru";
import type { RenderedFile } from "./render-file";

// Bounded by entries and by bytes: 200 small CSVs or a few dozen print-size PNGs, never more than 64 MB.
const ENTRIES = 200;
const MAX_BYTES = 64 * 1024 * 1024;

export function chartFileCache(): Lru<RenderedFile> {
  return sharedBodyCache<RenderedFile>("__chartFileCache", ENTRIES, MAX_BYTES);
}

const flying = globalThis as typeof globalThis & { __chartFilesInFlight?: Map<string, Promise<unknown>> };

/**
 * The files being made now, by key: each promise settles once the render is over and, when it worked,
 * the file is in the cache. A request for one waits for that render rather than starting another or
 * being refused as busy.
 */
export function chartFilesInFlight(): Map<string, Promise<unknown>> {
  flying.__chartFilesInFlight ??= new Map<string, Promise<unknown>>();
  return flying.__chartFilesInFlight;
}
