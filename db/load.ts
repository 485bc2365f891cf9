// Validates data/ and loads it into the database in one transaction: all of it, or nothing.
import { LibsqlBatchError, type InValue, type Transaction } from "@libsql/client";
import { eq, getTableColumns, getTableName } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { validateDataset } from "@/lib/dataset/validate";
import { toRows, type DatasetRows } from "./rows";
import type { Db } from "./client";
import { readDataFiles } from "./dataset-files";
import { migrateDb } from "./migrate";
import { phase } from "./load-phases";
import { recordStatements, snapshotStatements } from "./publish-record";
import * as t from "./schema";
import { hasSearchIndex, rebuildSearchIndex } from "./search-index";

export type LoadResult =
  { ok: true; version: string; counts: Record<string, number>; skipped: boolean } | { ok: false; errors: string[] };

// 400 rows of up to 12 columns stay far below SQLite's 32,766 bound parameters per statement.
const CHUNK = 400;
// Statements sent together: one round trip per 4,000 rows when DATABASE_URL is a remote server.
const PER_BATCH = 10;

type Statement = { sql: string; args: InValue[] };

/**
 * Multi-row INSERTs for the rows of one table, written as drizzle writes them (same SQL, same driver
 * values) but assembled directly: through drizzle's builder the same inserts took 3–4× as long at
 * 10^5 rows (docs/benchmarks.md, Scale). Generated lazily, so only one batch's arguments exist at a time.
 */
function* insertStatements(table: SQLiteTable, rows: readonly object[]): Generator<Statement> {
  const columns = Object.entries(getTableColumns(table));
  const head = `insert into "${getTableName(table)}" (${columns.map(([, c]) => `"${c.name}"`).join(", ")}) values `;
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK) as Record<string, unknown>[];
    const args: InValue[] = [];
    for (const row of chunk)
      for (const [key, column] of columns) {
        const value = row[key];
        args.push(value === undefined || value === null ? null : (column.mapToDriverValue(value) as InValue));
      }
    yield { sql: head + Array<string>(chunk.length).fill(tuple).join(", "), args };
  }
}

/** Runs statements in batches; a failure names its statement as drizzle's "Failed query: …" did. */
async function runAll(tx: Transaction, statements: Iterable<Statement>): Promise<void> {
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

const asStatement = (q: { sql: string; params: unknown[] }): Statement => ({ sql: q.sql, args: q.params as InValue[] });

async function writeRows(db: Db, rows: DatasetRows, version: string): Promise<void> {
  const tables: [SQLiteTable, object[]][] = [
    [t.sources, rows.sources],
    [t.entities, rows.entities],
    [t.series, rows.series],
    [t.seriesEntities, rows.seriesEntities],
    [t.observations, rows.observations],
    [t.observationInputs, rows.observationInputs],
    [t.citations, rows.citations],
  ];
  const meta = db
    .insert(t.meta)
    .values({ key: "data_version", value: version })
    .onConflictDoUpdate({ target: t.meta.key, set: { value: version } });
  // The libSQL transaction itself rather than drizzle's, so batches can be sent; commit or nothing, as before.
  const tx = await db.$client.transaction("write");
  try {
    await phase("record: snapshot", () => runAll(tx, snapshotStatements()));
    await phase("write rows", async () => {
      await runAll(
        tx,
        [...tables].reverse().map(([table]) => asStatement(db.delete(table).toSQL())),
      );
      for (const [table, list] of tables) await runAll(tx, insertStatements(table, list));
    });
    // Before the version is updated: a reload of the loaded version that changes nothing records nothing.
    await phase("record: compare", () => runAll(tx, recordStatements(version, new Date().toISOString())));
    await runAll(tx, [asStatement(meta.toSQL())]);
    await phase("search index", () => rebuildSearchIndex(tx));
    await tx.commit();
  } finally {
    tx.close();
  }
}

export async function getLoadedVersion(db: Db): Promise<string | null> {
  try {
    const row = await db.select().from(t.meta).where(eq(t.meta.key, "data_version")).get();
    return row?.value ?? null;
  } catch {
    return null;
  }
}

type Validated = { ok: true; version: string; rows: DatasetRows } | { ok: false; errors: string[] };

// One synchronous step, so the parsed YAML and the validated records are garbage once it returns and
// only the rows live on through the write: at 10^6 observations they would otherwise hold gigabytes
// for the whole transaction (docs/benchmarks.md, Scale).
function readAndValidate(dataDir: string): Validated {
  const read = phase("read and parse", () => readDataFiles(dataDir));
  if (read.errors.length > 0) return { ok: false, errors: read.errors };
  const result = phase("validate", () => validateDataset(read.files));
  return result.ok ? { ok: true, version: read.version, rows: toRows(result.dataset) } : result;
}

/** Loads data/ into db. Validation happens before the database is touched; the write is one transaction. */
export async function loadDataset(
  db: Db,
  dataDir: string,
  options: { onlyIfStale?: boolean } = {},
): Promise<LoadResult> {
  const valid = readAndValidate(dataDir);
  if (!valid.ok) return valid;
  const { version, rows } = valid;
  const counts = Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.length]));
  if (options.onlyIfStale && (await getLoadedVersion(db)) === version && (await hasSearchIndex(db.$client)))
    return { ok: true, version, counts, skipped: true };
  await migrateDb(db);
  try {
    await writeRows(db, rows, version);
  } catch (e) {
    return { ok: false, errors: [`database: the load was rolled back: ${(e as Error).message.split("\n")[0]}`] };
  }
  return { ok: true, version, counts, skipped: false };
}
