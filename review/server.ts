// The review tool's HTTP server: loopback only, a per-run token, same-origin checks and size limits.
// It is never part of the public site. It serves one page, the draft, and one write: save.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readDataFiles } from "@/db/dataset-files";
import type { Db } from "@/db/client";
import type { Draft } from "@/lib/ingest/draft";
import { ROLES } from "@/lib/dataset/schema";
import { SERIES_KINDS, TOPICS } from "@/lib/model/taxonomy";
import { BOUNDS, UNITS } from "@/lib/model/units";
import { reviewPage } from "./page";
import { saveRequest, toRecords } from "./records";
import { saveArticle } from "./save";
import { quotesOutsideArticle } from "./quotes";

export const MAX_BODY = 1_000_000;

export type ReviewOptions = { draft: Draft; draftName: string; dataDir: string; db: Db; token?: string };

const CLIENT_JS = readFileSync(new URL("./client.js", import.meta.url), "utf8");

function send(res: ServerResponse, status: number, body: unknown, type = "application/json"): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, {
    "content-type": `${type}; charset=utf-8`,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "content-security-policy":
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  });
  res.end(text);
}

const fail = (res: ServerResponse, status: number, message: string) =>
  send(res, status, { ok: false, errors: [message] });

function sameToken(given: string | null | undefined, token: string): boolean {
  const a = Buffer.from(given ?? "");
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The body as text, or null past MAX_BODY. An oversized body is read on and dropped rather than cut off:
 * destroying the request mid-upload reset the connection before the client could read the 413. Past
 * 16 × MAX_BODY the connection is closed after all.
 */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > 16 * MAX_BODY) req.destroy();
      else if (size > MAX_BODY) resolve(null);
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(size > MAX_BODY ? null : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function lists(dataDir: string) {
  const { files } = readDataFiles(dataDir);
  const all = (kind: string) =>
    files.filter((f) => f.kind === kind).flatMap((f) => (Array.isArray(f.content) ? f.content : []));
  const observationIds = new Set(all("observations").map((o: { id?: unknown }) => String(o.id)));
  return { series: all("series"), entities: all("entities"), observationIds };
}

async function save(req: IncomingMessage, res: ServerResponse, o: ReviewOptions): Promise<void> {
  if (!/^application\/json\b/i.test(req.headers["content-type"] ?? "")) return fail(res, 415, "send JSON");
  const body = await readBody(req);
  if (body === null) return fail(res, 413, `the request is larger than ${MAX_BODY} bytes`);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return fail(res, 400, "the request is not valid JSON");
  }
  const parsed = saveRequest.safeParse(json);
  if (!parsed.success)
    return send(res, 400, {
      ok: false,
      errors: parsed.error.issues.slice(0, 20).map((i) => `request: ${i.path.join(".") || "body"}: ${i.message}`),
    });
  const outside = quotesOutsideArticle(o.draft.text, parsed.data.figures);
  if (outside.length > 0) return send(res, 422, { ok: false, errors: outside });
  const records = toRecords(parsed.data, lists(o.dataDir).observationIds);
  const result = await saveArticle(o.db, o.dataDir, records, o.draftName);
  send(res, result.ok ? 200 : 422, result);
}

async function route(req: IncomingMessage, res: ServerResponse, o: ReviewOptions & { token: string }): Promise<void> {
  // The port the request actually reached: the server may listen on any port, and only there.
  const port = req.socket.localPort;
  const origin = `http://127.0.0.1:${port}`;
  const url = new URL(req.url ?? "/", origin);
  // DNS rebinding: a page on another name that resolves to 127.0.0.1 still sends its own Host.
  if (req.headers.host !== `127.0.0.1:${port}`) return fail(res, 421, `use ${origin}`);
  if (req.method === "GET" && url.pathname === "/") {
    if (!sameToken(url.searchParams.get("token"), o.token))
      return fail(res, 403, "open the address the review tool printed");
    return send(res, 200, reviewPage(o.token), "text/html");
  }
  if (req.method === "GET" && url.pathname === "/client.js") return send(res, 200, CLIENT_JS, "text/javascript");
  if (!url.pathname.startsWith("/api/")) return fail(res, 404, "not found");
  if (!sameToken(req.headers["x-review-token"] as string | undefined, o.token))
    return fail(res, 403, "missing or wrong token");
  if (req.method === "POST" && req.headers.origin !== origin)
    return fail(res, 403, "cross-origin requests are refused");
  if (req.method === "GET" && url.pathname === "/api/draft")
    return send(res, 200, {
      draft: o.draft,
      ...lists(o.dataDir),
      observationIds: undefined,
      units: UNITS,
      bounds: BOUNDS,
      roles: ROLES,
      topics: TOPICS,
      kinds: SERIES_KINDS,
    });
  if (req.method === "POST" && url.pathname === "/api/save") return save(req, res, o);
  return fail(res, url.pathname === "/api/draft" || url.pathname === "/api/save" ? 405 : 404, "not found");
}

export function createReviewServer(options: ReviewOptions): { server: Server; token: string } {
  const token = options.token ?? randomBytes(24).toString("base64url");
  const server = createServer((req, res) => {
    route(req, res, { ...options, token }).catch((e: unknown) => {
      console.error(e);
      if (!res.headersSent) fail(res, 500, "the review tool failed; see its console");
    });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  return { server, token };
}
