// Validates data/ and loads it into the database in one transaction: all of it, or nothing.
import { eq } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { validateDataset } from "@/lib/dataset/validate";
import { formulaInputs } from "@/lib/model/formula";
import { toRows, type DatasetRows } from "./rows";
import type { Db } from "./client";
import { readDataFiles } from "./dataset-files";
import { assignBlocks, numberByFile } from "./file-blocks";
import {
  countsByFile,
  fileRecordStatement,
  FILES_KEY,
  readStoredRecord,
  rulesFingerprint,
  type FileEntry,
  type FileRecord,
} from "./file-record";
import { loadChangedFiles } from "./load-incremental";
import { asStatement, runAll, insertStatements, type LoadResult, type Statement } from "./statements";
import { migrateDb } from "./migrate";
import { phase } from "./load-phases";
import { smallCacheStatement } from "./small-file-cache";
import { recordStatements, snapshotStatements } from "./publish-record";
import * as t from "./schema";
import { hasSearchIndex, rebuildSearchIndex } from "./search-index";
import { readLoadedState } from "./queries/loaded-state";

export type { LoadResult } from "./statements";

type Numbered = { rows: DatasetRows; inputRowids: number[] };
type Files = { files: FileEntry[]; nextBlock: number; cache: Statement };

async function writeRows(db: Db, { rows, inputRowids }: Numbered, version: string, record: Files): Promise<void> {
  // Rowids where the files' blocks put them (db/file-blocks.ts); the other tables' do not matter.
  const rowids = new Map<SQLiteTable, (i: number) => number>([
    [t.observations, (i) => (rows.observations[i]?.ordinal ?? 0) + 1],
    [t.observationInputs, (i) => inputRowids[i] ?? 0],
  ]);
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
      for (const [table, list] of tables) await runAll(tx, insertStatements(table, list, rowids.get(table)));
    });
    // Before the version is updated: a reload of the loaded version that changes nothing records nothing.
    await phase("record: compare", () => runAll(tx, recordStatements(version, new Date().toISOString())));
    await runAll(tx, [asStatement(meta.toSQL()), fileRecord(version, record), record.cache]);
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

/** The record of the loaded files, or its removal when the loading code cannot be fingerprinted. */
function fileRecord(version: string, { files, nextBlock }: Files): Statement {
  const rules = rulesFingerprint();
  if (rules === null) return { sql: "delete from meta where key = ?", args: [FILES_KEY] };
  return fileRecordStatement({ version, rules, files, nextBlock });
}

type Validated = { ok: true; version: string; rows: Numbered; record: Files } | { ok: false; errors: string[] };

// One synchronous step, so the parsed YAML and the validated records are garbage once it returns and
// only the rows live on through the write: at 10^6 observations they would otherwise hold gigabytes
// for the whole transaction (docs/benchmarks.md, Scale).
function readAndValidate(dataDir: string, previous: FileRecord | null): Validated {
  const read = phase("read and parse", () => readDataFiles(dataDir));
  if (read.errors.length > 0) return { ok: false, errors: read.errors };
  const result = phase("validate", () => validateDataset(read.files));
  if (!result.ok) return result;
  const { observations } = result.dataset;
  const inputsOf = (i: number) => {
    const derived = observations[i]?.record.derived;
    return derived ? formulaInputs(derived.formula).length : 0;
  };
  const counts = countsByFile(observations, inputsOf);
  const paths = read.files.filter((f) => f.kind === "observations").map((f) => f.path);
  const { blocks, nextBlock } = assignBlocks(previous, paths);
  const rows = toRows(result.dataset);
  const numbered = numberByFile(rows, (i) => observations[i]?.file ?? "", inputsOf, blocks);
  if (numbered.errors.length > 0) return { ok: false, errors: numbered.errors };
  const files = read.files.map(({ path, kind }): FileEntry => {
    const hash = read.hashes.get(path) ?? "";
    return kind === "observations"
      ? { path, hash, counts: counts.get(path) ?? { obs: 0, cit: 0, inp: 0 }, block: blocks.get(path) }
      : { path, hash };
  });
  // The small files' parsed content, so that a republish need not parse them again (db/small-file-cache.ts).
  const cache = smallCacheStatement(read.files, (path) => read.hashes.get(path) ?? "", rulesFingerprint());
  return {
    ok: true,
    version: read.version,
    rows: { rows, inputRowids: numbered.inputRowids },
    record: { files, nextBlock, cache },
  };
}

/**
 * Loads data/ into db. Validation happens before the database is touched; the write is one transaction.
 * When the database holds a load of this code and only some observations files changed in place, only
 * those are parsed and rewritten (db/load-incremental.ts); `full` parses and rewrites everything.
 */
export async function loadDataset(
  db: Db,
  dataDir: string,
  options: { onlyIfStale?: boolean; full?: boolean } = {},
): Promise<LoadResult> {
  // The data alone does not say a database is current: one loaded before a new migration holds the same
  // version, and a site on it answers 503 "older schema" until a full load brings the schema up.
  const current = await readLoadedState(db).catch(() => null);
  if (!options.full && current?.ok) {
    const changed = await loadChangedFiles(db, dataDir);
    if (changed) return changed;
  }
  const valid = readAndValidate(dataDir, await readStoredRecord(db));
  if (!valid.ok) return valid;
  const { version, rows, record } = valid;
  const counts = Object.fromEntries(Object.entries(rows.rows).map(([k, v]) => [k, v.length]));
  if (options.onlyIfStale && current?.ok && current.version === version && (await hasSearchIndex(db.$client)))
    return { ok: true, version, counts, skipped: true };
  await migrateDb(db);
  try {
    await writeRows(db, rows, version, record);
  } catch (e) {
    return { ok: false, errors: [`database: the load was rolled back: ${(e as Error).message.split("\n")[0]}`] };
  }
  return { ok: true, version, counts, skipped: false };
}
