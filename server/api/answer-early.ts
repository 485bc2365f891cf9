// The HTTP server's fast path for the data API (issue 10 §4). Through Next.js an API request cost ~6 ms of
// the request thread beyond the answer itself (routing, the proxy, a NextRequest, the route's wrapper,
// compression), more than the query at 10^6 figures. scripts/serve.ts hands GET and HEAD of /api/v1 here
// first: the same front door the Next.js route calls (handle.ts: validation, query, ETag, 304, CORS,
// problem+json), with the headers Next.js adds to every route's answer (next.config.ts's security headers,
// Next.js's own compression). Anything the proxy would refuse, and any address Next.js would first
// redirect or normalise, goes on to Next.js, which answers as before (lib/http/api-early.ts).
// e2e/api-early.spec.ts compares both paths' answers, header by header and byte by byte.
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { NEXT_VARY, routeSecurityHeaders } from "@/lib/http/fast-answer";
import { takesApiEarly } from "@/lib/http/api-early";
import { securityHeaders } from "@/lib/http/security-headers";
import { answerApi, type ApiRequest } from "./handle";

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
/**
 * The compression Next.js's router server applies to every answer (next.config.ts's `compress`, on by
 * default): the same module, so encoding, threshold and Vary are Next.js's own, not a copy of them. Its
 * fastest level: zlib's default took 0.36 ms of a 42 KB series answer, level 1 takes 0.11 ms for 20% more
 * bytes (3.5 → 4.2 KB); the decoded body is the same.
 */
const compress = (
  createRequire(import.meta.url)("next/dist/compiled/compression") as (o: { level: number }) => Middleware
)({ level: 1 });
// next.config.ts gives the API the catch-all rule's headers (lib/http/security-headers.ts).
const SECURITY = routeSecurityHeaders(securityHeaders(), securityHeaders()[0]?.source ?? "");

/** The request as the front door reads it; Node.js joins a repeated header with ", " as fetch's Headers does. */
function toApiRequest(req: IncomingMessage): ApiRequest {
  return {
    method: req.method ?? "GET",
    url: new URL(req.url ?? "/", "http://localhost"),
    header: (name) => {
      const value = req.headers[name];
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
  };
}

/**
 * Answers a GET or HEAD of the API and returns true, or returns false having done nothing (then
 * Next.js answers). The answer is written when ready; a failure that escapes handle.ts (it turns every
 * failure into problem+json) ends the connection rather than leaving it open.
 */
export function answerApiEarly(req: IncomingMessage, res: ServerResponse): boolean {
  if (!takesApiEarly(req.method ?? "", req.url ?? "")) return false;
  void answer(req, res).catch((error: unknown) => {
    console.error("api: early answer failed", String(error).split("\n")[0]?.slice(0, 300));
    res.destroy();
  });
  return true;
}

async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { status, headers, body } = await answerApi(toApiRequest(req));
  if (res.destroyed) return;
  const vary = headers.Vary ? `${NEXT_VARY}, ${headers.Vary}` : NEXT_VARY;
  compress(req, res, () => undefined);
  res.writeHead(status, { ...SECURITY, ...headers, Vary: vary });
  // A Buffer over the same bytes: the compression middleware copies anything that is not one.
  res.end(
    typeof body === "string" || body === null
      ? (body ?? undefined)
      : Buffer.from(body.buffer, body.byteOffset, body.length),
  );
}
