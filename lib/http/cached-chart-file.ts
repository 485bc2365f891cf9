// The HTTP server's fast path for chart files already made (issue 14). Through Next.js a cached 400 KB
// PNG cost ~6.5 ms of the request thread (routing, the proxy, a fetch Request and Response, the body
// piped through web streams, a copy of the bytes): 75 a second took half a core and a story page's p95
// went from 30 to 449 ms. Here a repeat is answered from the shared cache (lib/chart/file-cache.ts) with
// the same headers the route sends (lib/chart/file-headers.ts), the stored Buffer written as it is, and
// paced by size so a flood of them takes a bounded share of the machine. A file not made yet that the
// render pool would refuse gets the route's 503 here too. Anything else — a miss the pool can take, a bad
// parameter, a database that is down — goes on to Next.js, which answers it as before.
import type { IncomingMessage, ServerResponse } from "node:http";
import { chartFileCache, chartFilesInFlight } from "../chart/file-cache";
import { chartFileEtag, chartFileHeaders } from "../chart/file-headers";
import { etagMatches } from "./etag";
import { chartFileKey } from "../chart/file-key";
import type { RenderedFile } from "../chart/render-file";
import { parseChartRequest, type ChartRequest } from "../chart/request";
import type { WorkerPool } from "../render/worker-pool";
import { busy, encodedBody, fastRequest, routeSecurityHeaders, sendPaced } from "./fast-answer";
import { securityHeaders } from "./security-headers";

const PREFIX = "/charts/";
const BUSY_SENDING = "Busy: too many chart files are being sent; try again in a few seconds";
// The route's words for the same refusal (server/chart-file-response.ts).
const BUSY_RENDERING = "Busy: every image renderer is taken; try again in a few seconds";

// The security headers next.config.ts gives /charts/* (lib/http/security-headers.ts).
const SECURITY: Record<string, string> = routeSecurityHeaders(securityHeaders(), "/charts/:path*");
type Target = { req: ChartRequest; key: string; version: string; head: boolean };

/** The chart file a GET or HEAD asks for, when it is one this path may answer; null for anything else. */
function target(req: IncomingMessage, version: string | null): Target | null {
  if (!version) return null;
  const r = fastRequest(req.method, req.url, PREFIX);
  if (!r) return null;
  const parsed = parseChartRequest(decodeURIComponent(r.path.slice(PREFIX.length)), new URLSearchParams(r.query));
  if (!parsed.ok) return null;
  return { req: parsed.value, key: chartFileKey(parsed.value, version), version, head: r.head };
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
  return renderersBusy(t) ? busy(res, BUSY_RENDERING, SECURITY) : false;
}

function send(t: Target, file: RenderedFile, req: IncomingMessage, res: ServerResponse): true {
  const { body, encoding } = encodedBody(
    file,
    file.body,
    file.contentType,
    String(req.headers["accept-encoding"] ?? ""),
  );
  const headers = { ...SECURITY, ...chartFileHeaders(t.req, file, t.version, false), ...encoding, "X-Cache": "HIT" };
  return sendPaced(res, t.head, headers, body, { message: BUSY_SENDING, securityHeaders: SECURITY });
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
