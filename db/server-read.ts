import "server-only";
// Folded reads (json-rows.ts) from a libSQL server without @libsql/client's cost per call. On a local
// sqld (bench/server-round-trip.ts) the client's one-statement call took 7.6 ms at the median, 13.4 at p95,
// for a statement the server runs in well under 1 ms: every call goes through `fetch` (Request and Response
// objects, undici's connection handling: 2.5 ms of it) and opens a stream, a new SQLite connection on the
// server, closed after the call. Here a call is one Hrana pipeline over Node.js's `http` on a kept
// connection (node-http.ts), on a server stream kept for the next call (its "baton"): 2.4 / 5.0 ms. Same
// protocol, one snapshot as in the client's "read" batch; writes and the other reads still go through
// the client.
import { getEnv } from "@/lib/site/env";
import { circuitOpen, noteDatabaseFailure, noteDatabaseSuccess } from "./failures";
import type { Plain } from "./embedded-read";
import { exchange, TimedOut } from "./node-http";

/** A stream kept open on the server asked at `of` (which may have named another `base` to go on at). */
type Stream = { of: string; baton: string; base: string; at: number };
type HranaValue =
  | { type: "null" }
  | { type: "integer"; value: string }
  | { type: "float"; value: number }
  | { type: "text"; value: string }
  | { type: "blob"; base64: string };
type PipelineResult =
  | { type: "ok"; response: { type: "execute"; result: { rows: HranaValue[][] } } }
  | { type: "error"; error: { message: string } };
type PipelineAnswer = { baton: string | null; base_url: string | null; results: PipelineResult[] };

// A server ends a stream idle for 10 s (sqld); one idle for longer than this is not reused.
const STREAM_IDLE_MS = 5000;
/** Streams kept idle at most: as many as requests read at once, beyond that they are let go. */
const MAX_IDLE = 8;

const held = ((globalThis as { dashboardServerRead?: { idle: Stream[] } }).dashboardServerRead ??= { idle: [] });

/** The HTTP(S) address of a server the client would reach at `url`, or null for one this reader leaves to it. */
export function pipelineBase(url: string): string | null {
  const u = new URL(url);
  if (u.search || u.hash) return null;
  if (u.protocol === "http:" || u.protocol === "https:") return u.origin + u.pathname.replace(/\/$/, "");
  // As the client reads a libsql:// address: over TLS.
  if (u.protocol === "libsql:") return `https://${u.host}${u.pathname.replace(/\/$/, "")}`;
  return null;
}

const value = (a: string | number): HranaValue =>
  typeof a === "string"
    ? { type: "text", value: a }
    : Number.isInteger(a)
      ? { type: "integer", value: String(a) }
      : { type: "float", value: a };

const plain = (v: HranaValue | undefined): unknown => {
  if (!v || v.type === "null") return null;
  if (v.type === "integer") return Number(v.value);
  if (v.type === "blob") return Buffer.from(v.base64, "base64");
  return v.value;
};

/**
 * The statements as one, `select (s1), (s2), …`: each a folded statement (json-rows.ts) whose one value is
 * its first row's first column, as a scalar subquery reads it. One statement reads one snapshot, so it
 * needs no transaction: the client's read batch adds BEGIN, COMMIT and a conditional ROLLBACK, each parsed
 * and run by the server (0.5 ms of a 4.5 ms series read on sqld), and none can be left open on a kept stream.
 */
function oneStatement(stmts: readonly Plain[]) {
  return {
    sql: `select ${stmts.map((s) => `(${s.sql})`).join(", ")}`,
    args: stmts.flatMap((s) => s.args.map(value)),
    want_rows: true,
  };
}

function post(url: string, body: string, budgetMs: number): Promise<{ status: number; text: string }> {
  const token = getEnv().DATABASE_AUTH_TOKEN;
  const headers = { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) };
  return exchange(url, { method: "POST", headers, body }, budgetMs).then((a) => ({
    status: a.status,
    text: a.body.toString("utf8"),
  }));
}

/** One pipeline on a kept stream if there is one fresh enough, else on a new one. */
async function pipeline(
  base: string,
  stmt: ReturnType<typeof oneStatement>,
  budgetMs: number,
): Promise<{ answer: PipelineAnswer; base: string }> {
  const now = Date.now();
  held.idle = held.idle.filter((s) => now - s.at < STREAM_IDLE_MS);
  const at = held.idle.findLastIndex((s) => s.of === base);
  const kept = at < 0 ? undefined : held.idle.splice(at, 1)[0];
  const send = async (stream: Stream | undefined) => {
    const at = stream?.base ?? base;
    const body = JSON.stringify({ baton: stream?.baton ?? null, requests: [{ type: "execute", stmt }] });
    const { status, text } = await post(`${at}/v3/pipeline`, body, budgetMs);
    if (status !== 200) throw new Error(`the database answered ${status}: ${text.slice(0, 200)}`);
    return { answer: JSON.parse(text) as PipelineAnswer, base: at };
  };
  if (!kept) return send(undefined);
  // A kept stream the server has ended meanwhile (expired, restarted: an error answer or a closed
  // connection), the same read on a new stream; a server too slow to answer is not asked twice.
  return send(kept).catch((e: unknown) => {
    if (e instanceof TimedOut) throw e;
    return send(undefined);
  });
}

/**
 * The first column of each statement's first row (null for no row), all read in one snapshot of the
 * libSQL server at `base` (from pipelineBase).
 */
export async function readServerFirstValues(base: string, stmts: readonly Plain[]): Promise<unknown[]> {
  if (stmts.length === 0) return [];
  const env = getEnv();
  // As the client's reads (db/client.ts): fail at once for a while after a failure, else wait at most the budget.
  if (circuitOpen(env.DATA_BUDGET_MS + env.DATA_POLL_MS + 1000))
    throw new Error("the database failed just now; not asking again yet");
  let outcome: Awaited<ReturnType<typeof pipeline>>;
  try {
    outcome = await pipeline(base, oneStatement(stmts), env.DATA_BUDGET_MS);
    noteDatabaseSuccess();
  } catch (e) {
    noteDatabaseFailure();
    throw e;
  }
  const { answer } = outcome;
  if (answer.baton && held.idle.length < MAX_IDLE)
    held.idle.push({ of: base, baton: answer.baton, base: answer.base_url ?? outcome.base, at: Date.now() });
  const result = answer.results[0];
  if (!result || result.type !== "ok")
    throw new Error(`the database refused the read: ${result?.error.message ?? "no result"}`);
  const row = result.response.result.rows[0];
  if (!row) throw new Error("the database answered the read with no row");
  return stmts.map((_, i) => plain(row[i]));
}
