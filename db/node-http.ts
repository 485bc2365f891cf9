// One HTTP exchange with the database server over Node.js's `http` on kept connections, bounded in time.
// Both ways of reaching a server use it: the folded reader (server-read.ts) and, as its `fetch`, the
// libSQL client (client.ts). With its default fetch (undici) one call to a local sqld took 7.6 / 13.4 ms
// (p50 / p95), with this one 5.0 / 8.2 (bench/server-round-trip.ts).
import http from "node:http";
import https from "node:https";

// An idle connection is closed after 4 s, as undici does: one a server or a proxy dropped meanwhile is
// not found broken on its next use. (The request's own time is bounded by `budgetMs`, not by this.)
const KEPT = { keepAlive: true, timeout: 4000 };
const agents = { http: new http.Agent(KEPT), https: new https.Agent(KEPT) };

/** The server did not answer in time: not worth asking again at once. */
export class TimedOut extends Error {
  constructor(budgetMs: number) {
    super(`the database did not answer within ${budgetMs} ms`);
  }
}

export type Exchange = { method: string; headers: Record<string, string>; body?: Buffer | string };
export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** A kept connection that failed on its first write: closed by the other end while it was idle. */
class StaleConnection extends Error {}

/**
 * The whole answer to one request, or an error (TimedOut when `budgetMs` passed first). A kept connection
 * found closed is replaced once, within the same budget (Node.js's advice for `reusedSocket`); this only
 * carries reads, so asking again cannot write twice. `wholeMs`: the budget a TimedOut names, when this
 * request has what is left of a longer one (a read's several round trips), not the milliseconds left.
 */
export async function exchange(url: string, ask: Exchange, budgetMs: number, wholeMs = budgetMs): Promise<Answer> {
  const deadline = Date.now() + budgetMs;
  try {
    return await attempt(url, ask, budgetMs, wholeMs);
  } catch (e) {
    if (!(e instanceof StaleConnection)) throw e;
    return attempt(url, ask, Math.max(1, deadline - Date.now()), wholeMs);
  }
}

function attempt(url: string, ask: Exchange, budgetMs: number, wholeMs: number): Promise<Answer> {
  const secure = url.startsWith("https:");
  return new Promise((resolve, reject) => {
    const headers =
      ask.body === undefined ? ask.headers : { ...ask.headers, "content-length": String(Buffer.byteLength(ask.body)) };
    const req = (secure ? https : http).request(url, {
      method: ask.method,
      headers,
      agent: secure ? agents.https : agents.http,
    });
    const timer = setTimeout(() => req.destroy(new TimedOut(wholeMs)), budgetMs);
    const fail = (e: Error) => {
      clearTimeout(timer);
      reject(e);
    };
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
      res.on("error", fail);
    });
    req.on("error", (e: NodeJS.ErrnoException) => {
      const stale = req.reusedSocket && (e.code === "ECONNRESET" || e.code === "EPIPE");
      fail(stale ? new StaleConnection(e.message) : e);
    });
    req.end(ask.body);
  });
}

/**
 * `exchange` as the fetch the libSQL client takes: it gives a Request and reads the Response whole
 * (@libsql/client 0.18 speaks Hrana 2 over JSON: no streamed cursors). Redirects are not followed; a
 * database server answers where it is asked.
 */
export async function fetchWithin(request: Request, budgetMs: number): Promise<Response> {
  const headers: Record<string, string> = {};
  request.headers.forEach((v, k) => (headers[k] = v));
  const sent = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
  const answer = await exchange(request.url, { method: request.method, headers, body: sent }, budgetMs);
  const out = new Headers();
  for (const [k, v] of Object.entries(answer.headers)) if (typeof v === "string") out.set(k, v);
  const empty = [204, 205, 304].includes(answer.status) || request.method === "HEAD";
  const body = empty ? null : new Uint8Array(answer.body.buffer, answer.body.byteOffset, answer.body.length);
  return new Response(body as Uint8Array<ArrayBuffer> | null, { status: answer.status, headers: out });
}
