// The embed pages made so far (issue 14), per chart, options and data version, as the route answered
// them: body and headers. Held on globalThis: the Next.js route that fills it (app/embed/embed-response.ts)
// and the HTTP server's fast path that answers repeats from it (lib/http/cached-embed.ts, called by
// scripts/serve.ts) are separate bundles of one process, and must share one cache.
import { createHash } from "node:crypto";
import { sharedBodyCache, type Lru } from "../http/lru";
import type { EmbedOptions } from "./embed-options";
import { sinceSegment } from "./embed-since";
import { variantSegment } from "./embed-variant";

export type CachedEmbedPage = {
  /** The HTML as the route sent it. */
  body: Buffer;
  /** The headers the route set (Content-Type, ETag, X-Data-Version); Next.js adds the route-wide ones. */
  headers: Record<string, string>;
  etag: string;
  version: string;
};

// A page is ~75 KB (8 KB gzipped): 512 pages, never more than 32 MB. `v=` takes any version, so the
// number of keys is unbounded; the cache is not, and a page it dropped is answered by Next.js again.
const ENTRIES = 512;
const MAX_BYTES = 32 * 1024 * 1024;

export function embedPageCache(): Lru<CachedEmbedPage> {
  return sharedBodyCache<CachedEmbedPage>("__embedPageCache", ENTRIES, MAX_BYTES);
}

/**
 * What makes one embed page: the chart, theme and footnotes, the version its code was made from (`v=`,
 * which can add a notice) and the data version. A height is not part of it (the page's height script
 * applies it from the address), nor are parameters the embed ignores (utm_source…), so neither makes a
 * new entry.
 */
export function embedPageKey(
  chartId: string,
  options: Pick<EmbedOptions, "theme" | "footnotes">,
  since: string | null,
  version: string,
): string {
  return `${chartId}/${since ? sinceSegment(options, since) : variantSegment(options)}@${version}`;
}

/** A strong validator from the bytes themselves: a new build or new figures give a new tag. */
export function embedEtag(body: Buffer): string {
  return `"e-${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
}
