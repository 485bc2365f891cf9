// What the loader keeps about the files it loaded (a row of `meta`, written in the load's transaction):
// each file's hash and, for an observations file, where its rows sit in the dataset's order. A republish
// then parses only the files whose bytes changed (db/load-incremental.ts). The record holds only while
// it names the loaded data version and was written by the same validation and row-making code.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { InValue } from "@libsql/client";
import type { Db } from "./client";

export const FILES_KEY = "loaded_files";

/** How many rows an observations file gave each table; where they sit follows from the files before it. */
export type Counts = { obs: number; cit: number; inp: number };
/** An observations file's entry has its counts and its block (db/file-blocks.ts). */
export type FileEntry = { path: string; hash: string; counts?: Counts; block?: number };
/** nextBlock: the block the next new observations file gets (blocks of removed files are not given again). */
export type FileRecord = { version: string; rules: string; files: FileEntry[]; nextBlock?: number };

const ROOT = fileURLToPath(new URL("..", import.meta.url));
// The code that decides whether a record is valid and what rows it makes; a change to any of it
// means files loaded before were judged by other rules, so the next load parses everything again.
const RULES = [
  "lib/dataset",
  "lib/model",
  "db/dataset-files.ts",
  "db/file-blocks.ts",
  "db/file-record.ts",
  "db/load-context.ts",
  "db/load-plan.ts",
  "db/load-small-files.ts",
  "db/load.ts",
  "db/load-incremental.ts",
  "db/publish-record.ts",
  "db/rows.ts",
  "db/schema.ts",
  "db/search-index.ts",
  "db/small-file-cache.ts",
  "db/statements.ts",
  "db/migrations/meta/_journal.json",
];

let rules: string | null | undefined;

/** A hash of the validation and loading code, or null when it cannot be read (then nothing is skipped). */
export function rulesFingerprint(): string | null {
  if (rules !== undefined) return rules;
  try {
    const hash = createHash("sha256");
    for (const path of RULES) {
      const files = path.includes(".")
        ? [path]
        : readdirSync(join(ROOT, path))
            .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
            .sort()
            .map((name) => join(path, name));
      for (const file of files) hash.update(file).update(readFileSync(join(ROOT, file)));
    }
    rules = hash.digest("hex").slice(0, 16);
  } catch {
    rules = null;
  }
  return rules;
}

/** The record as stored, whatever loaded it: where the loaded files' blocks are (a full load keeps them). */
export async function readStoredRecord(db: Db): Promise<FileRecord | null> {
  try {
    const rs = await db.$client.execute({ sql: `select value from meta where key = ?`, args: [FILES_KEY] });
    const value = rs.rows[0]?.value;
    return typeof value === "string" ? (JSON.parse(value) as FileRecord) : null;
  } catch {
    return null;
  }
}

export async function readFileRecord(db: Db): Promise<FileRecord | null> {
  try {
    const rs = await db.$client.execute({
      sql: `select (select value from meta where key = ?) as files, (select value from meta where key = 'data_version') as version`,
      args: [FILES_KEY],
    });
    const row = rs.rows[0];
    if (typeof row?.files !== "string") return null;
    const record = JSON.parse(row.files) as FileRecord;
    return record.version === row.version && record.rules === rulesFingerprint() ? record : null;
  } catch {
    return null;
  }
}

export function fileRecordStatement(record: FileRecord): { sql: string; args: InValue[] } {
  return {
    sql: `insert into meta (key, value) values (?, ?) on conflict (key) do update set value = excluded.value`,
    args: [FILES_KEY, JSON.stringify(record)],
  };
}

/** Each observations file's counts, from the validated records in dataset order. */
export function countsByFile(
  observations: readonly { file: string; record: { citations?: unknown[] } }[],
  inputsOf: (i: number) => number,
): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  observations.forEach(({ file, record }, i) => {
    let c = counts.get(file);
    if (!c) counts.set(file, (c = { obs: 0, cit: 0, inp: 0 }));
    c.obs++;
    c.cit += record.citations?.length ?? 0;
    c.inp += inputsOf(i);
  });
  return counts;
}
