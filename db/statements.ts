// Writing many rows fast inside one libSQL transaction: multi-row INSERTs sent in batches.
import { LibsqlBatchError, type InValue, type Transaction } from "@libsql/client";
import { getTableColumns, getTableName } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";

// 400 rows of up to 12 columns stay far below SQLite's 32,766 bound parameters per statement.
const CHUNK = 400;
// Statements sent together: one round trip per 4,000 rows when DATABASE_URL is a remote server.
const PER_BATCH = 10;

export type Statement = { sql: string; args: InValue[] };

export type LoadResult =
  { ok: true; version: string; counts: Record<string, number>; skipped: boolean } | { ok: false; errors: string[] };

/**
 * Multi-row INSERTs for the rows of one table, written as drizzle writes them (same SQL, same driver
 * values) but assembled directly: through drizzle's builder the same inserts took 3–4× as long at
 * 10^5 rows (docs/benchmarks.md, Scale). Generated lazily, so only one batch's arguments exist at a time.
 * With `rowids`, row i gets rowid rowids(i) (or rowids + i): where its file's block puts it (db/file-blocks.ts).
 */
export function* insertStatements(
  table: SQLiteTable,
  rows: readonly object[],
  rowids?: number | ((i: number) => number),
): Generator<Statement> {
  const rowidFrom = typeof rowids === "number" ? (i: number) => rowids + i : rowids;
  const columns = Object.entries(getTableColumns(table));
  const names = [...(rowidFrom === undefined ? [] : ["rowid"]), ...columns.map(([, c]) => c.name)];
  const head = `insert into "${getTableName(table)}" (${names.map((n) => `"${n}"`).join(", ")}) values `;
  const tuple = `(${names.map(() => "?").join(", ")})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK) as Record<string, unknown>[];
    const args: InValue[] = [];
    chunk.forEach((row, j) => {
      if (rowidFrom !== undefined) args.push(rowidFrom(i + j));
      for (const [key, column] of columns) {
        const value = row[key];
        args.push(value === undefined || value === null ? null : (column.mapToDriverValue(value) as InValue));
      }
    });
    yield { sql: head + Array<string>(chunk.length).fill(tuple).join(", "), args };
  }
}

/** Runs statements in batches; a failure names its statement as drizzle's "Failed query: …" did. */
export async function runAll(tx: Transaction, statements: Iterable<Statement>): Promise<void> {
  let batch: Statement[] = [];
  const flush = async () => {
    try {
      await tx.batch(batch);
    } catch (e) {
      const failed =
        e instanceof LibsqlBatchError ? batch[e.statementIndex] : batch.length === 1 ? batch[0] : undefined;
      throw failed ? new Error(`Failed query: ${failed.sql}`, { cause: e }) : e;
    }
    batch = [];
  };
  for (const statement of statements) {
    batch.push(statement);
    if (batch.length >= PER_BATCH) await flush();
  }
  if (batch.length > 0) await flush();
}

export const asStatement = (q: { sql: string; params: unknown[] }): Statement => ({
  sql: q.sql,
  args: q.params as InValue[],
});
