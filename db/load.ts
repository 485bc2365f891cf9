// Validates data/ and loads it into the database in one transaction: all of it, or nothing.
import { eq } from "drizzle-orm";
import { validateDataset } from "@/lib/dataset/validate";
import type { DatasetRows } from "@/lib/dataset/rows";
import type { Db } from "./client";
import { readDataFiles } from "./dataset-files";
import { migrateDb } from "./migrate";
import * as t from "./schema";

export type LoadResult =
  | { ok: true; version: string; counts: Record<string, number>; skipped: boolean }
  | { ok: false; errors: string[] };

const CHUNK = 400;

async function insertAll<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

async function writeRows(db: Db, rows: DatasetRows, version: string): Promise<void> {
  await db.transaction(async (tx) => {
    for (const table of [t.citations, t.observationInputs, t.observations, t.seriesEntities, t.series, t.entities, t.sources])
      await tx.delete(table);
    await insertAll(rows.sources, (c) => tx.insert(t.sources).values(c));
    await insertAll(rows.entities, (c) => tx.insert(t.entities).values(c));
    await insertAll(rows.series, (c) => tx.insert(t.series).values(c));
    await insertAll(rows.seriesEntities, (c) => tx.insert(t.seriesEntities).values(c));
    await insertAll(rows.observations, (c) => tx.insert(t.observations).values(c));
    await insertAll(rows.observationInputs, (c) => tx.insert(t.observationInputs).values(c));
    await insertAll(rows.citations, (c) => tx.insert(t.citations).values(c));
    await tx
      .insert(t.meta)
      .values({ key: "data_version", value: version })
      .onConflictDoUpdate({ target: t.meta.key, set: { value: version } });
  });
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
  const read = readDataFiles(dataDir);
  if (read.errors.length > 0) return { ok: false, errors: read.errors };
  const result = validateDataset(read.files);
  return result.ok ? { ok: true, version: read.version, rows: result.rows } : result;
}

/** Loads data/ into db. Validation happens before the database is touched; the write is one transaction. */
export async function loadDataset(db: Db, dataDir: string, options: { onlyIfStale?: boolean } = {}): Promise<LoadResult> {
  const valid = readAndValidate(dataDir);
  if (!valid.ok) return valid;
  const { version, rows } = valid;
  const counts = Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.length]));
  if (options.onlyIfStale && (await getLoadedVersion(db)) === version) return { ok: true, version, counts, skipped: true };
  await migrateDb(db);
  try {
    await writeRows(db, rows, version);
  } catch (e) {
    return { ok: false, errors: [`database: the load was rolled back: ${(e as Error).message.split("\n")[0]}`] };
  }
  return { ok: true, version, counts, skipped: false };
}
