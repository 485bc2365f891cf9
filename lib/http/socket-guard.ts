// What the HTTP server itself refuses, before Next.js sees a request (scripts/serve.ts): crowded queries,
// and methods this read-only site does not serve. TRACE, TRACK and
// CONNECT cannot even be turned into a fetch Request, so Next.js's proxy never runs for them: Next.js
// answered 500 with no security headers and logged a stack trace (issue 14). Every other non-read method
// is refused here too, the same way proxy.ts refuses it, so the answer never depends on the route.
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { problemBody } from "../api/problem";
import { ALLOW, refuseMethod, refuseQuery } from "./request-guard";

/** Headers for an answer that never reached the app: nothing in it may be framed, run or shared. */
export const REFUSAL_HEADERS: Record<string, string> = {
  "Content-Type": "text/plain; charset=utf-8",
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; sandbox",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/** Answers the request and returns true when it is refused; false lets it through. */
export function refuseAtSocket(req: IncomingMessage, res: ServerResponse): boolean {
  // The query is checked here as well as in proxy.ts: Next.js parses it before the proxy runs, and a
  // crowded one cost ~170 ms of the request thread before being refused there.
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  const refusal = refuseMethod(req.method ?? "") ?? (q >= 0 ? refuseQuery(url.slice(q + 1)) : null);
  if (!refusal) return false;
  // The data API answers every error as RFC 9457 problem+json, refusals at the socket included (issue 10).
  const api = url.startsWith("/api/");
  const body = api ? JSON.stringify(problemBody(refusal.status, refusal.message)) : `${refusal.message}\n`;
  // Connection: close, since the request's body (if any) is not read: nothing after it is parsed.
  res.writeHead(refusal.status, {
    ...REFUSAL_HEADERS,
    ...(api ? { "Content-Type": "application/problem+json; charset=utf-8", "Access-Control-Allow-Origin": "*" } : {}),
    ...refusal.headers,
    "Content-Length": Buffer.byteLength(body),
    Connection: "close",
  });
  // A fixed message: TRACE must never reflect the request back.
  res.end(body);
  return true;
}

/**
 * Socket-level bounds (issue 14, "slow headers"): a client must send its headers within 10 s and its
 * whole request within 30 s, and an idle keep-alive connection is closed after 5 s, so slow or idle
 * clients cannot hold connections for the Node.js defaults (60 s and 300 s).
 */
export function boundSockets(server: Server): void {
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  server.maxHeadersCount = 100;
  server.on("clientError", answerClientError);
  // CONNECT never reaches the request handler: Node.js hands it to "connect" listeners, or drops it.
  server.on("connect", (_req: IncomingMessage, socket: Duplex) =>
    rawRefusal(socket, 405, "Method Not Allowed", { Allow: ALLOW }),
  );
}

function rawRefusal(socket: Duplex, status: number, text: string, extra: Record<string, string>): void {
  const body = `${text}\n`;
  const headers = { ...REFUSAL_HEADERS, ...extra, "Content-Length": String(body.length), Connection: "close" };
  const head = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`);
  socket.end(`HTTP/1.1 ${status} ${text}\r\n${head.join("")}\r\n${body}`);
}

/**
 * A request Node.js's parser refuses never reaches a handler. Node.js would answer a bare 400; this one
 * carries the refusal headers, and a method the parser does not know (TRACK, anything invented) is the
 * 405 every other non-read method gets.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) return void socket.destroy();
  const [status, text, extra] =
    error.code === "HPE_INVALID_METHOD"
      ? [405, "Method Not Allowed", { Allow: ALLOW }]
      : error.code === "HPE_HEADER_OVERFLOW"
        ? [431, "Request Header Fields Too Large", {}]
        : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
          ? [408, "Request Timeout", {}]
          : [400, "Bad Request", {}];
  rawRefusal(socket, status, text, extra);
}
