import { etagMatches } from "@/lib/http/etag";
// A successful API answer: JSON or CSV, with an ETag (304 when it matches), shared caching and open CORS.
import { createHash } from "node:crypto";
import { csvBytes, type Table } from "@/lib/api/csv";
import { jsonBytes } from "@/lib/http/json-bytes";
import type { ApiFormat } from "@/lib/api/negotiate";

/**
 * `filename` names a CSV download (default: the endpoint's name). A table may be given as a function, built
 * only when CSV is asked for: a page of 100 figures' table costs as much as a tenth of the request.
 */
export type ApiResult = { json: unknown; table: Table | (() => Table) | null; filename?: string };

/**
 * An answer as plain data: the Next.js route makes it a Response (handle.ts), the HTTP server's fast path
 * writes it to the socket as it is (answer-early.ts), so neither pays for a Response it does not need.
 */
export type ApiAnswer = {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | string | null;
};

const COMMON = {
  "Cache-Control": "public, max-age=300, stale-while-revalidate=86400",
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag",
  Vary: "Accept",
};

export function respond(
  method: string,
  ifNoneMatch: string | null,
  bytes: Buffer<ArrayBuffer>,
  format: ApiFormat,
  filename: string,
): ApiAnswer {
  // The ETag is the hash of the bytes sent, and the socket writes the same bytes.
  const etag = `"${createHash("sha256").update(bytes).digest("base64url").slice(0, 27)}"`;
  const headers: Record<string, string> = { ...COMMON, ETag: etag };
  if (etagMatches(ifNoneMatch, etag)) return { status: 304, headers, body: null };
  headers["Content-Type"] = format === "csv" ? "text/csv; charset=utf-8; header=present" : "application/json";
  if (format === "csv") headers["Content-Disposition"] = `inline; filename="${filename}.csv"`;
  return { status: 200, headers, body: method === "HEAD" ? null : bytes };
}

/** The answer's bytes in the format asked for; null when the endpoint has no CSV. */
export function serialise(result: ApiResult, format: ApiFormat): Buffer<ArrayBuffer> | null {
  if (format === "json") return jsonBytes(result.json);
  const table = typeof result.table === "function" ? result.table() : result.table;
  return table ? csvBytes(table) : null;
}

export function preflight(): ApiAnswer {
  return {
    status: 204,
    body: null,
    headers: {
      Allow: "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "Accept, If-None-Match",
      "Access-Control-Max-Age": "86400",
    },
  };
}
