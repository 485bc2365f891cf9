// The HTTP server's fast path for embed pages already made (issue 14). Through Next.js a cached embed
// page cost ~6 ms of the request thread (routing, the proxy's rewrite, the ISR cache, a Response, a
// fresh gzip of ~75 KB on every request): 16 clients asking for option variants took the story page's p95
// to 200–400 ms. Here a repeat is answered from the pages the route stored (lib/embed/embed-page-cache.ts)
// with the headers Next.js sent with it, gzipped once, paced with the cached chart files
// (fast-answer.ts), and 304 to a client that has it. The address is read as proxy.ts reads it: the same
// options and `v=` make the same page, so heights and ignored parameters find it; anything proxy.ts would
// refuse (a bad option, a crowded query), an address written another way, a page not made yet for the
// served version — all go on to Next.js, which answers as before.
import type { IncomingMessage, ServerResponse } from "node:http";
import { etagMatches } from "./etag";
import { parseEmbedOptions } from "../embed/embed-options";
import { embedPageCache, embedPageKey, type CachedEmbedPage } from "../embed/embed-page-cache";
import { parseEmbedVersion } from "../embed/embed-since";
import { encodedBody, fastRequest, NEXT_VARY, routeSecurityHeaders, sendPaced } from "./fast-answer";
import { PAGE_CACHE_CONTROL } from "./page-response";
import { securityHeaders } from "./security-headers";

// Only the plain address: /embed/<chart>, the name unencoded (the fonts under /embed/fonts/ have a second
// segment, and are Next.js's).
const EMBED = /^\/embed\/([a-z0-9][a-z0-9-]{0,99})$/;
const BUSY_SENDING = "Busy: too many embeds are being sent; try again in a few seconds";
// The security headers next.config.ts gives /embed/* (lib/http/security-headers.ts).
const SECURITY: Record<string, string> = routeSecurityHeaders(securityHeaders(), "/embed/:path*");
/**
 * What Next.js sends with a route's page beside the route's own headers: its Vary (whatever the client's
 * Accept-Encoding) and the page Cache-Control that scripts/page-guard.ts puts in place of its year-long
 * s-maxage. e2e/embed.spec.ts compares a Next.js answer with this one, header by header.
 */
const NEXT_HEADERS: Record<string, string> = {
  Vary: `${NEXT_VARY}, Accept-Encoding`,
  "Cache-Control": PAGE_CACHE_CONTROL,
};

/** The cache key of a GET or HEAD for an embed page this path may answer; null for anything else. */
function keyOf(req: IncomingMessage, version: string | null): string | null {
  if (!version) return null;
  const r = fastRequest(req.method, req.url, "/embed/");
  const chart = r && EMBED.exec(r.path)?.[1];
  if (!r || !chart) return null;
  const search = new URLSearchParams(r.query);
  const options = parseEmbedOptions(search);
  const since = parseEmbedVersion(search);
  if (!options.ok || !since.ok) return null;
  return embedPageKey(chart, options.value, since.value, version);
}

/**
 * Answers a GET or HEAD for an embed page of `version` from the pages the route stored and returns
 * true: 304 to a client that has it, else the page. Returns false, having done nothing, for anything
 * else. `version` is the data version the server serves, or null when the database is not known to be
 * up (then Next.js answers).
 */
export function answerEmbedEarly(req: IncomingMessage, res: ServerResponse, version: string | null): boolean {
  const key = keyOf(req, version);
  const page = key === null ? undefined : embedPageCache().get(key);
  if (!page) return false;
  if (etagMatches(req.headers["if-none-match"], page.etag)) {
    res.writeHead(304, { ...SECURITY, ...NEXT_HEADERS, ETag: page.etag, "X-Data-Version": page.version });
    res.end();
    return true;
  }
  return send(page, req, res);
}

function send(page: CachedEmbedPage, req: IncomingMessage, res: ServerResponse): true {
  const accept = String(req.headers["accept-encoding"] ?? "");
  const { body, encoding } = encodedBody(page, page.body, page.headers["Content-Type"] ?? "", accept);
  const headers = { ...SECURITY, ...page.headers, ...encoding, ...NEXT_HEADERS, "X-Cache": "HIT" };
  return sendPaced(res, req.method === "HEAD", headers, body, { message: BUSY_SENDING, securityHeaders: SECURITY });
}
