// The pieces of the HTTP server's fast paths (issue 14) that answer from a shared cache before Next.js:
// cached chart files (cached-chart-file.ts) and cached embed pages (cached-embed.ts), and the data API
// (api-early.ts). One byte pacer for
// both, so a flood of either takes a bounded share of the machine; gzip once per cached body (Next.js
// gzips on every request); and the 503 a client gets when too many answers already wait.
import type { ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { BytePacer } from "./byte-pacer";
import { refuseRequest } from "./request-guard";
import { REFUSAL_HEADERS } from "./socket-guard";

const COMPRESSIBLE = /^(text\/|image\/svg\+xml|application\/json)/;
// Kept with the cached body's owner (a cache entry): dropped when the cache drops the entry.
const gzipped = new WeakMap<object, Buffer>();
const MB = 1024 * 1024;
/**
 * 32 MB/s of cached answers (80 print-size PNGs a second, 256 Mbit/s), 8 MB at once, 64 answers waiting:
 * far above what readers downloading charts ask, and a bounded cost when one client asks in a loop.
 */
const pacer = new BytePacer({ bytesPerSecond: 32 * MB, burst: 8 * MB, maxWaiting: 64 });
/** Seconds a client told "busy" should wait: the send queue drains in about two, as does a render. */
export const RETRY_AFTER_S = "2";
/** What Next.js's app router varies every answer on, before a route's own Vary and compression's. */
export const NEXT_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";

export type FastRequest = { head: boolean; path: string; query: string };

/**
 * A GET or HEAD of an address under `prefix`, split into its raw path and query, when it is one the proxy
 * would let through (request-guard.ts); null for anything else, which then goes on to Next.js.
 */
export function fastRequest(method = "", url = "", prefix: string): FastRequest | null {
  if ((method !== "GET" && method !== "HEAD") || !url.startsWith(prefix)) return null;
  const q = url.indexOf("?");
  const path = q < 0 ? url : url.slice(0, q);
  const query = q < 0 ? "" : url.slice(q + 1);
  return refuseRequest(method, path, query) ? null : { head: method === "HEAD", path, query };
}

/**
 * The body to send and its encoding headers. Text, SVG and JSON are gzipped, once per cached `owner`,
 * for a client that accepts it (as Next.js does, on every request); PNG and PDF are compressed already
 * and go as they are.
 */
export function encodedBody(
  owner: object,
  body: Buffer,
  contentType: string,
  acceptEncoding: string,
): { body: Buffer; encoding: Record<string, string> } {
  if (!COMPRESSIBLE.test(contentType)) return { body, encoding: {} };
  if (!/\bgzip\b(?!\s*;\s*q=0(\.0*)?\s*(,|$))/.test(acceptEncoding))
    return { body, encoding: { Vary: "Accept-Encoding" } };
  let zipped = gzipped.get(owner);
  if (!zipped) {
    zipped = gzipSync(body);
    gzipped.set(owner, zipped);
  }
  return { body: zipped, encoding: { Vary: "Accept-Encoding", "Content-Encoding": "gzip" } };
}

/**
 * A 200 with `body` (none for HEAD, same Content-Length), in its turn; when too many wait, a 503 saying
 * `busyMessage` with `securityHeaders`.
 */
export function sendPaced(
  res: ServerResponse,
  head: boolean,
  headers: Record<string, string>,
  body: Buffer,
  busyMessage: { message: string; securityHeaders: Record<string, string> },
): true {
  const sent = pacer.schedule(head ? 0 : body.byteLength, () => {
    // A client that went away while waiting is owed nothing.
    if (res.destroyed) return;
    res.writeHead(200, { ...headers, "Content-Length": body.byteLength });
    res.end(head ? undefined : body);
  });
  return sent || busy(res, busyMessage.message, busyMessage.securityHeaders);
}

/** 503 + Retry-After, with the route's security headers. */
export function busy(res: ServerResponse, message: string, securityHeaders: Record<string, string>): true {
  const body = `${message}\n`;
  res.writeHead(503, {
    ...REFUSAL_HEADERS,
    ...securityHeaders,
    "Retry-After": RETRY_AFTER_S,
    "Content-Length": body.length,
  });
  res.end(body);
  return true;
}

/** The security headers next.config.ts gives the routes matching `source` (lib/http/security-headers.ts). */
export function routeSecurityHeaders(
  rules: { source: string; headers: { key: string; value: string }[] }[],
  source: string,
) {
  return Object.fromEntries((rules.find((r) => r.source === source)?.headers ?? []).map((h) => [h.key, h.value]));
}
