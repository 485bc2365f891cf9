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

/** A stream kept open on the server asked at `of`, to be asked at `base` (the server may name another). */
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
type Stmt = ReturnType<typeof oneStatement>;

// A server ends a stream idle for 10 s (sqld); one idle for longer than this is not reused.
const STREAM_IDLE_MS = 5000;
/**
 * Streams the reader keeps at most, idle or reading. A read beyond them opens a stream and closes it in
 * the same request, as the client does: each open stream holds one of the server's connections (sqld:
 * 128), and streams left to expire would use them up in a burst of reads.
 */
const MAX_STREAMS = 8;

const held = ((globalThis as { dashboardServerRead?: { idle: Stream[]; owned: number } }).dashboardServerRead ??= {
  idle: [],
  owned: 0,
});

/** The server answered, but not with a read: not an outage (the client counts it as an answer too). */
class Refused extends Error {}

/**
 * The HTTP(S) address the client would send `url`'s requests to, or null for one this reader leaves to it
 * (a query string's options, a WebSocket address). Pipelines are resolved against it as the client does.
 */
export function pipelineBase(url: string): string | null {
  const u = new URL(url);
  if (u.search || u.hash) return null;
  if (u.protocol === "http:" || u.protocol === "https:") return u.toString();
  // As the client reads a libsql:// address: over TLS.
  if (u.protocol === "libsql:") return new URL(`https://${u.host}${u.pathname}`).toString();
  return null;
}

// An integer SQLite can hold goes as one; any other number (1e300 from a crafted cursor) as a float.
const value = (a: string | number): HranaValue =>
  typeof a === "string"
    ? { type: "text", value: a }
    : Number.isSafeInteger(a)
      ? { type: "integer", value: String(a) }
      : { type: "float", value: a };

function plain(v: HranaValue | undefined): unknown {
  if (!v || v.type === "null") return null;
  if (v.type === "blob") return Buffer.from(v.base64, "base64");
  if (v.type !== "integer") return v.value;
  const n = Number(v.value);
  // As the client in its default "number" mode: an integer a number cannot hold exactly is an error.
  if (!Number.isSafeInteger(n)) throw new RangeError(`the database answered an integer too large: ${v.value}`);
  return n;
}

/**
 * The statements as one, `select (s1), (s2), …`: each a folded statement (json-rows.ts) whose one value is
 * its first row's first column, as a scalar subquery reads it. One statement reads one snapshot, so it
 * needs no transaction: the client's read batch adds BEGIN, COMMIT and a conditional ROLLBACK, each parsed
 * and run by the server (0.5 ms of a 4.5 ms series read on sqld), and none can be left open on a kept stream.
 */
/** The statements as one; `chosen(id)`, which they may name, selected once for all of them. */
function oneStatement(stmts: readonly Plain[], chosen?: Plain) {
  const all = `select ${stmts.map((s) => `(${s.sql})`).join(", ")}`;
  return {
    sql: chosen ? `with chosen(id) as materialized (${chosen.sql}) ${all}` : all,
    args: [...(chosen?.args ?? []), ...stmts.flatMap((s) => s.args)].map(value),
    want_rows: true,
  };
}

/** A read's whole budget and when it runs out: its round trips share it. */
type Budget = { ms: number; deadline: number };

/** One pipeline, the read and (for a one-off stream) its close, on `baton`'s stream or a new one. */
async function send(base: string, baton: string | null, stmt: Stmt, close: boolean, within: Budget) {
  const token = getEnv().DATABASE_AUTH_TOKEN;
  const headers = { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const requests = [{ type: "execute", stmt }, ...(close ? [{ type: "close" }] : [])];
  const body = JSON.stringify({ baton, requests });
  const left = Math.max(1, within.deadline - Date.now());
  const url = new URL("v3/pipeline", base).toString();
  const answer = await exchange(url, { method: "POST", headers, body }, left, within.ms);
  const text = answer.body.toString("utf8");
  if (answer.status !== 200) throw new Refused(`the database answered ${answer.status}: ${text.slice(0, 200)}`);
  return JSON.parse(text) as PipelineAnswer;
}

/** The freshest idle stream of `base`, if any; streams idle too long are let go (the server ends them). */
function takeIdle(base: string): Stream | undefined {
  const now = Date.now();
  const fresh = held.idle.filter((s) => now - s.at < STREAM_IDLE_MS);
  held.owned -= held.idle.length - fresh.length;
  held.idle = fresh;
  const at = fresh.findLastIndex((s) => s.of === base);
  return at < 0 ? undefined : fresh.splice(at, 1)[0];
}

/** A stream the reader owns, back in the pool with its next baton (or let go when the server ended it). */
function keep(of: string, at: string, answer: PipelineAnswer): PipelineAnswer {
  if (answer.baton) {
    const base = answer.base_url ? new URL(answer.base_url, at).toString() : at;
    held.idle.push({ of, baton: answer.baton, base, at: Date.now() });
  } else held.owned--;
  return answer;
}

/** Reads `stmt` on a kept stream, else a new one the pool keeps, else a one-off one; all within the budget. */
async function pipeline(base: string, stmt: Stmt, budgetMs: number): Promise<PipelineAnswer> {
  const within: Budget = { ms: budgetMs, deadline: Date.now() + budgetMs };
  const kept = takeIdle(base);
  if (kept) {
    try {
      return keep(base, kept.base, await send(kept.base, kept.baton, stmt, false, within));
    } catch (e) {
      held.owned--;
      // Not answered in time: not asked twice. Otherwise the server ended the stream meanwhile (expired,
      // restarted): the same read on a new stream in its place.
      if (e instanceof TimedOut) throw e;
    }
  }
  if (held.owned >= MAX_STREAMS) return send(base, null, stmt, true, within);
  held.owned++;
  try {
    return keep(base, base, await send(base, null, stmt, false, within));
  } catch (e) {
    held.owned--;
    throw e;
  }
}

/**
 * The first column of each statement's first row (null for no row), all read in one snapshot of the
 * libSQL server at `base` (from pipelineBase); statements naming `chosen(id)` get the ids `chosen` selects.
 */
export async function readServerFirstValues(base: string, stmts: readonly Plain[], chosen?: Plain): Promise<unknown[]> {
  if (stmts.length === 0) return [];
  const env = getEnv();
  // As the client's reads (db/client.ts): fail at once for a while after a failure, else wait at most the
  // budget; a server that answers, even with an error, is up.
  if (circuitOpen(env.DATA_BUDGET_MS + env.DATA_POLL_MS + 1000))
    throw new Error("the database failed just now; not asking again yet");
  let answer: PipelineAnswer;
  try {
    answer = await pipeline(base, oneStatement(stmts, chosen), env.DATA_BUDGET_MS);
    noteDatabaseSuccess();
  } catch (e) {
    if (e instanceof Refused) noteDatabaseSuccess();
    else noteDatabaseFailure();
    throw e;
  }
  const result = answer.results[0];
  if (!result || result.type !== "ok")
    throw new Error(`the database refused the read: ${result?.error.message ?? "no result"}`);
  const row = result.response.result.rows[0];
  if (!row) throw new Error("the database answered the read with no row");
  return stmts.map((_, i) => plain(row[i]));
}
