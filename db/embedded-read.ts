import "server-only";
// Folded reads (json-rows.ts) of an embedded file without @libsql/client's cost per call. The client
// prepares every statement afresh, BEGIN and COMMIT included (~0.4 ms of a 4 ms API request at 10^6
// figures); here each statement is prepared once per connection and kept, and a batch is one synchronous
// read transaction, so it sees one snapshot as the client's "read" batch does. A database server is read
// through the client as before: there the round trip, not the prepare, is the cost.
import Database from "libsql";
import type { InValue } from "@libsql/client";

type Statement = Database.Statement;
type Connection = { db: Database.Database; statements: Map<string, Statement> };

/** Enough for every statement text the site builds (their arguments travel separately), with room. */
const MAX_STATEMENTS = 512;

const globalForRead = globalThis as unknown as { dashboardEmbeddedRead?: Map<string, Connection> };

function connection(path: string): Connection {
  globalForRead.dashboardEmbeddedRead ??= new Map();
  const open = globalForRead.dashboardEmbeddedRead.get(path);
  if (open) return open;
  const db = new Database(path);
  // As the site's client (client.ts): a reader's connection refuses every write for its whole life.
  db.exec("pragma query_only = 1");
  // A request reads a few hundred pages scattered over the file (a series' figures, their citations and
  // sources); SQLite's 2 MB default kept few of them, and each miss is a read from the OS (at 10^6 figures,
  // 64 MB took 0.3 ms off a 4 ms series answer). Filled only as pages are read: the seed data's file is 0.4 MB.
  db.exec("pragma cache_size = -65536");
  const made = { db, statements: new Map<string, Statement>() };
  globalForRead.dashboardEmbeddedRead.set(path, made);
  return made;
}

function prepared(c: Connection, sql: string): Statement {
  const known = c.statements.get(sql);
  if (known) return known;
  // Statement texts are few; a flood of new ones (none today) starts the cache again rather than grow it.
  if (c.statements.size >= MAX_STATEMENTS) c.statements.clear();
  const made = c.db.prepare(sql);
  // Rows as arrays, not objects (raw mode exists only for statements that return rows).
  const statement = made.reader ? made.raw(true) : made;
  c.statements.set(sql, statement);
  return statement;
}

export type Plain = { sql: string; args: (string | number)[] };

/** A statement this reader binds as it is; other arguments (null, blobs, booleans) go to the client. */
export const bindable = (s: { sql: string; args: InValue[] }): s is Plain =>
  s.args.every((a) => typeof a === "string" || typeof a === "number");

/** The ids a `chosen` select gives (json-rows.ts's Chosen), as one JSON array. */
export const chooseOnce = <S extends { sql: string; args: unknown[] }>(chosen: S): S => ({
  ...chosen,
  sql: `with chosen(id) as (${chosen.sql}) select json_group_array(id) from chosen`,
});

/** A statement naming `chosen(id)`, given those ids as a JSON array. */
export const givenChosen = <S extends { sql: string; args: unknown[] }>(s: S, ids: string): S => ({
  ...s,
  sql: `with chosen(id) as (select value from json_each(?)) ${s.sql}`,
  args: [ids, ...s.args],
});

/**
 * The first column of each statement's first row (null for no row), all read in one read transaction
 * of the embedded file at `path`; statements naming `chosen(id)` get the ids `chosen` selects.
 */
export function readFirstValues(path: string, stmts: readonly Plain[], chosen?: Plain) {
  const c = connection(path);
  const begin = prepared(c, "begin deferred");
  const commit = prepared(c, "commit");
  const rollback = prepared(c, "rollback");
  begin.run();
  try {
    const first = (s: Plain) => (prepared(c, s.sql).get(...s.args) as unknown[] | undefined)?.[0] ?? null;
    const ids = chosen ? String(first(chooseOnce(chosen))) : null;
    const values = stmts.map((s) => first(ids === null ? s : givenChosen(s, ids)));
    commit.run();
    return values;
  } catch (error) {
    if (c.db.inTransaction) rollback.run();
    throw error;
  }
}
