// The HTTP server's fast path for chart files already made (issue 14). Through Next.js a cached 400 KB
// PNG cost ~6.5 ms of the request thread (routing, the proxy, a fetch Request and Response, the body
// piped through web streams, a copy of the bytes): 75 a second took half a core and a story page's p95
// went from 30 to 449 ms. Here a repeat is answered from the shared cache (lib/chart/file-cache.ts) with
// the same headers the route sends (lib/chart/file-headers.ts), the stored Buffer written as it is, and
// paced by size so a flood of them takes a bounded share of the machine. A file not made yet that the
// render pool would refuse gets the route's 503 here too. Anything else — a miss the pool can take, a bad
// parameter, a database that is down — goes on to Next.js, which answers it as before.
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { chartFileCache, chartFilesInFlight } from "../chart/file-cache";
import { chartFileEtag, chartFileHeaders, etagMatches } from "../chart/file-headers";
import { chartFileKey } from "../chart/file-key";
import type { RenderedFile } from "../chart/render-file";
import { parseChartRequest, type ChartRequest } from "../chart/request";
import type { WorkerPool } from "../render/worker-pool";
import { BytePacer } from "./byte-pacer";
import { refuseRequest } from "./request-guard";
import { securityHeaders } from "./security-headers";
import { REFUSAL_HEADERS } from "./socket-guard";

const PREFIX = "/charts/";
const COMPRESSIBLE = /^(text\/|image\/svg\+xml|application\/json)/;
// Kept with the cached file itself: dropped when the cache drops the file.
const gzipped = new WeakMap<RenderedFile, Buffer>();
const MB = 1024 * 1024;
/**
 * 32 MB/s of cached files (80 print-size PNGs a second, 256 Mbit/s), 8 MB at once, 64 answers waiting:
 * far above what readers downloading charts ask, and a bounded cost when one client asks in a loop.
 */
const pacer = new BytePacer({ bytesPerSecond: 32 * MB, burst: 8 * MB, maxWaiting: 64 });
/** Seconds a client told "busy" should wait: the send queue drains in about two, as does a render. */
const RETRY_AFTER_S = "2";
const BUSY_SENDING = "Busy: too many chart files are being sent; try again in a few seconds";
// The route's words for the same refusal (server/chart-file-response.ts).
const BUSY_RENDERING = "Busy: every image renderer is taken; try again in a few seconds";

// The security headers next.config.ts gives /charts/* (lib/http/security-headers.ts).
const SECURITY: Record<string, string> = Object.fromEntries(
  (securityHeaders().find((r) => r.source === "/charts/:path*")?.headers ?? []).map((h) => [h.key, h.value]),
);

type Target = { req: ChartRequest; key: string; version: string; head: boolean };

/** The chart file a GET or HEAD asks for, when it is one this path may answer; null for anything else. */
function target(req: IncomingMessage, version: string | null): Target | null {
  const url = req.url ?? "";
  const method = req.method ?? "";
  if (!version || !url.startsWith(PREFIX) || (method !== "GET" && method !== "HEAD")) return null;
  const q = url.indexOf("?");
  const path = q < 0 ? url : url.slice(0, q);
  const query = q < 0 ? "" : url.slice(q + 1);
  if (refuseRequest(method, path, query)) return null;
  const parsed = parseChartRequest(decodeURIComponent(path.slice(PREFIX.length)), new URLSearchParams(query));
  if (!parsed.ok) return null;
  return { req: parsed.value, key: chartFileKey(parsed.value, version), version, head: method === "HEAD" };
}

/**
 * Answers a GET or HEAD for a chart file of `version` and returns true when it can: 304 to a client that
 * has it, the file from the cache, the file once a render of it already running is over (or, if that
 * render failed, `toNext()`: Next.js answers), or the route's 503 when the render pool would refuse it.
 * Returns false, having done nothing, for anything else. `version` is the data version the server
 * serves, or null when the database is not known to be up (then Next.js answers, stale files included).
 */
export function answerChartFileEarly(
  req: IncomingMessage,
  res: ServerResponse,
  version: string | null,
  toNext: () => void,
): boolean {
  const t = target(req, version);
  if (!t) return false;
  const etag = chartFileEtag(t.req, t.version);
  if (etagMatches(req.headers["if-none-match"], etag)) {
    res.writeHead(304, { ...SECURITY, ETag: etag, "X-Data-Version": t.version });
    res.end();
    return true;
  }
  const file = chartFileCache().get(t.key);
  if (file) return send(t, file, req, res);
  const rendering = chartFilesInFlight().get(t.key);
  if (rendering) {
    // Many clients asking for one new file wait here, not in Next.js: each answer there cost ~6 ms.
    const after = () => {
      const made = chartFileCache().get(t.key);
      if (made) send(t, made, req, res);
      else if (!res.destroyed) toNext();
    };
    void rendering.then(after, after);
    return true;
  }
  return renderersBusy(t) ? busy(res, BUSY_RENDERING) : false;
}

function send(t: Target, file: RenderedFile, req: IncomingMessage, res: ServerResponse): true {
  const { body, encoding } = encoded(file, String(req.headers["accept-encoding"] ?? ""));
  const headers = { ...SECURITY, ...chartFileHeaders(t.req, file, t.version, false), ...encoding };
  const sent = pacer.schedule(t.head ? 0 : body.byteLength, () => {
    // A client that went away while waiting is owed nothing.
    if (res.destroyed) return;
    res.writeHead(200, { ...headers, "X-Cache": "HIT", "Content-Length": body.byteLength });
    res.end(t.head ? undefined : body);
  });
  return sent || busy(res, BUSY_SENDING);
}

/**
 * The body to send and its encoding headers. SVG, CSV and JSON are gzipped, once per cached file, for a
 * client that accepts it (as Next.js does, on every request); PNG and PDF are compressed already and go
 * as they are.
 */
function encoded(file: RenderedFile, acceptEncoding: string): { body: Buffer; encoding: Record<string, string> } {
  if (!COMPRESSIBLE.test(file.contentType)) return { body: file.body, encoding: {} };
  if (!/\bgzip\b(?!\s*;\s*q=0(\.0*)?\s*(,|$))/.test(acceptEncoding))
    return { body: file.body, encoding: { Vary: "Accept-Encoding" } };
  let zipped = gzipped.get(file);
  if (!zipped) {
    zipped = gzipSync(file.body);
    gzipped.set(file, zipped);
  }
  return { body: zipped, encoding: { Vary: "Accept-Encoding", "Content-Encoding": "gzip" } };
}

/**
 * Whether a file that is not made, nor being made, would be refused by the render pool
 * (server/render-pool.ts, on globalThis) as the route would refuse it: every worker and every place of
 * its format's lane taken. The route answered these 503s too, at ~6 ms
 * of the request thread each; clients that retry every 100 ms made it half a core.
 */
function renderersBusy({ req }: Target): boolean {
  if (req.format !== "png" && req.format !== "pdf" && req.format !== "svg") return false;
  const pool = (globalThis as { __renderPool?: Pick<WorkerPool<never>, "accepting"> }).__renderPool;
  return pool !== undefined && !pool.accepting(req.format);
}

function busy(res: ServerResponse, message: string): true {
  const body = `${message}\n`;
  res.writeHead(503, { ...REFUSAL_HEADERS, ...SECURITY, "Retry-After": RETRY_AFTER_S, "Content-Length": body.length });
  res.end(body);
  return true;
}
