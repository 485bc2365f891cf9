import "server-only";
// Many rows as one: a statement whose rows are folded into one JSON array by SQLite. The libSQL client
// pays per row (a native call and an object with a property defined per column: ~50 µs a row, 2.7 ms for
// one series' 50 figures), folded it pays one JSON.parse (0.2 ms). SQLite writes a REAL in JSON with
// 15 significant digits, which would change a stored value, so REALs travel as the 17-digit text that
// reads back as the same double; boolean columns are mapped as the schema maps them.
import { getTableColumns, type InferSelectModel, type Table } from "drizzle-orm";
import type { InValue } from "@libsql/client";
import { getDb } from "../client";
import { bindable, chooseOnce, givenChosen, readFirstValues } from "../embedded-read";
import { readerUrl } from "../replica";
import { pipelineBase, readServerFirstValues } from "../server-read";

export type Shape<T> = {
  /** The inner select's column list, each aliased `<prefix>_<n>`. */
  columns: string[];
  /** The same columns as the outer json_array reads them. */
  json: string[];
  decode: (row: readonly unknown[], at: number) => T;
};

/** Every column of `table` (read from alias `a`), as a row of the schema's type. */
export function tableShape<T extends Table>(table: T, a: string): Shape<InferSelectModel<T>> {
  const entries = Object.entries(getTableColumns(table));
  const columns = entries.map(([, c], i) => `${a}."${c.name}" as ${a}_${i}`);
  const json = entries.map(([, c], i) =>
    c.columnType === "SQLiteReal"
      ? `case when ${a}_${i} is null then null else printf('%!.17g', ${a}_${i}) end`
      : `${a}_${i}`,
  );
  const decode = (row: readonly unknown[], at: number) => {
    const out: Record<string, unknown> = {};
    entries.forEach(([key, c], i) => {
      const v = row[at + i] ?? null;
      out[key] = v === null ? null : c.columnType === "SQLiteReal" ? Number(v) : c.mapFromDriverValue(v);
    });
    return out as InferSelectModel<T>;
  };
  return { columns, json, decode };
}

/** Named plain columns (text or integer expressions of the inner select), read as they are. */
export function plainShape<K extends string>(a: string, exprs: Record<K, string>): Shape<Record<K, unknown>> {
  const keys = Object.keys(exprs) as K[];
  return {
    columns: keys.map((k, i) => `${exprs[k]} as ${a}_${i}`),
    json: keys.map((_, i) => `${a}_${i}`),
    decode: (row, at) => Object.fromEntries(keys.map((k, i) => [k, row[at + i] ?? null])) as Record<K, unknown>,
  };
}

type Rows<S extends readonly Shape<unknown>[]> = { [I in keyof S]: S[I] extends Shape<infer T> ? T : never }[];

/** One folded statement, and how to read its one row back. */
export type Folded<R> = { stmt: { sql: string; args: InValue[] }; decode: (j: unknown) => R };

/**
 * The statement `select <shapes' columns> <rest>` (rest: from, where, order by) folded to one row; its rows
 * come back in their order, each decoded as a tuple of the shapes' values.
 */
export function folded<const S extends readonly Shape<unknown>[]>(
  shapes: S,
  rest: string,
  args: InValue[],
): Folded<Rows<S>> {
  const inner = `select ${shapes.flatMap((s) => s.columns).join(", ")} ${rest}`;
  const sql = `select coalesce(json_group_array(json_array(${shapes.flatMap((s) => s.json).join(", ")})), '[]') as j from (${inner})`;
  const decode = (j: unknown) =>
    (JSON.parse(String(j ?? "[]")) as unknown[][]).map((row) => {
      let at = 0;
      return shapes.map((s) => {
        const value = s.decode(row, at);
        at += s.columns.length;
        return value;
      }) as Rows<S>[number];
    });
  return { stmt: { sql, args }, decode };
}

/** One folded statement's rows. */
export async function selectFolded<const S extends readonly Shape<unknown>[]>(
  shapes: S,
  rest: string,
  args: InValue[],
): Promise<Rows<S>> {
  const q = folded(shapes, rest, args);
  const [j] = await readFolded([q.stmt]);
  return q.decode(j);
}

/**
 * Ids several statements of one read share, chosen once by `sql` (a select of one column) and named
 * `chosen(id)` in their text: a page's figures and their details in one round trip to a server, without
 * each statement choosing the page again (a filter checked on a window of 10,000 figures, five times).
 */
export type Chosen = { sql: string; args: InValue[] };

/**
 * Several folded statements in one read transaction: one round trip to a server (a request's statements
 * otherwise cost one HTTP exchange each), and one snapshot of the data for all of them.
 */
export async function selectAllFolded<const Q extends readonly Folded<unknown>[]>(
  queries: Q,
  chosen?: Chosen,
): Promise<{ [I in keyof Q]: Q[I] extends Folded<infer R> ? R : never }> {
  const values = await readFolded(
    queries.map((q) => q.stmt),
    chosen,
  );
  return queries.map((q, i) => q.decode(values[i])) as {
    [I in keyof Q]: Q[I] extends Folded<infer R> ? R : never;
  };
}

/** Each folded statement's one value: from an embedded file through kept statements, else the client. */
async function readFolded(stmts: { sql: string; args: InValue[] }[], chosen?: Chosen): Promise<unknown[]> {
  const url = readerUrl();
  if (!stmts.every(bindable) || (chosen && !bindable(chosen))) return readThroughClient(stmts, chosen);
  if (url.startsWith("file:")) return readFirstValues(url.slice("file:".length), stmts, chosen);
  const base = pipelineBase(url);
  return base ? readServerFirstValues(base, stmts, chosen) : readThroughClient(stmts, chosen);
}

async function readThroughClient(stmts: { sql: string; args: InValue[] }[], chosen?: Chosen): Promise<unknown[]> {
  const client = getDb().$client;
  if (!chosen) return (await client.batch(stmts, "read")).map((r) => r.rows[0]?.[0]);
  // The client cannot carry one statement's answer into the next: the ids, then the statements, in one
  // read transaction (two batches would see two snapshots: a page could lose a figure and its `next`).
  const tx = await client.transaction("read");
  try {
    const ids = await tx.execute(chooseOnce(chosen));
    const json = String(ids.rows[0]?.[0] ?? "[]");
    const results = await tx.batch(stmts.map((s) => givenChosen(s, json)));
    return results.map((r) => r.rows[0]?.[0]);
  } finally {
    tx.close();
  }
}
