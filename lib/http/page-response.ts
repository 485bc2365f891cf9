// What the server changes in a page's answer as Next.js starts it (scripts/serve.ts), where Next.js
// gives no hook: pages are cached per data version (ISR), which Next.js sends with s-maxage=31536000, so
// shared caches would keep HTML for a year after a correction; and a page that fails for want of the
// database is a 500 to Next.js but a 503 with Retry-After to the reader.

export type DbHealth = { ok: true } | { ok: false; message: string };

/** Pages: a shared cache may keep one for seconds and serve it while the site is down, not for a year. */
export const PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=2, stale-while-revalidate=30, stale-if-error=86400";

export type HeadDecision =
  | { kind: "keep"; setHeaders: Record<string, string> }
  | { kind: "replace"; status: number; headers: Record<string, string>; body: string };

/**
 * For an answer about to start: `status` and `contentType` as Next.js set them, `cacheControl` its
 * Cache-Control, and the database's health as the replica last saw it.
 */
export function decideHead(
  status: number,
  contentType: string | undefined,
  cacheControl: string | undefined,
  db: DbHealth,
  retryAfterS: number,
): HeadDecision {
  const html = (contentType ?? "").startsWith("text/html");
  if (status >= 500 && status !== 503 && !db.ok)
    return {
      kind: "replace",
      status: 503,
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "no-store",
        "Retry-After": String(retryAfterS),
      },
      body: `Service unavailable: ${db.message}\n`,
    };
  const setHeaders: Record<string, string> = {};
  // A year-long shared-cache lifetime is Next.js's way of saying "cached until revalidated".
  if (html && /s-maxage=\d{5,}/.test(cacheControl ?? "")) setHeaders["Cache-Control"] = PAGE_CACHE_CONTROL;
  if (html && status === 200 && !db.ok) {
    setHeaders["X-Data-Stale"] = "1";
    setHeaders["Warning"] = '110 - "Response is Stale"';
  }
  return { kind: "keep", setHeaders };
}
