// A republish that parses only what changed. When the database holds a load made by this code (its file
// record, db/file-record.ts) and only observations files changed, in place (same files, same number of
// figures, citations and formula inputs in each), only those files are parsed and their rows replaced:
// at 10^6 figures a corrected article costs one file's parse and write instead of 200 MB of YAML and a
// rebuilt database. Validation still covers everything: a changed file is validated with every file it
// can conflict with (an id it repeats, the inputs of its formulas and theirs, the derived figures that
// read it), the others were validated by the same rules when they were loaded and have not changed.
// The rows written are those a full load writes, at the same places (ordinals, ids, rowids), so the
// database is the same either way (tests/load-incremental.test.ts). Anything else: a full load.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { DataFile, Parsed } from "@/lib/dataset/types";
import { validateDataset } from "@/lib/dataset/validate";
import type { Db } from "./client";
import { parseWithContext, type Current, type Place } from "./load-context";
import { fileHash, listFiles, parseDataFile } from "./dataset-files";
import { fileRecordStatement, readFileRecord, rulesFingerprint, type Counts, type FileRecord } from "./file-record";
import { phase } from "./load-phases";
import { recordStatements, snapshotStatements, type Scope } from "./publish-record";
import { toRows } from "./rows";
import * as t from "./schema";
import { citationIndexStatements, hasSearchIndex } from "./search-index";
import { insertStatements, runAll, type LoadResult, type Statement } from "./statements";
import { readLoadedState } from "./queries/loaded-state";

/** Every data file with its hash, and the data version (the same hash readDataFiles gives). */
function hashFiles(dataDir: string): { files: Current[]; version: string } | null {
  const root = join(dataDir, "..");
  const version = createHash("sha256");
  const files: Current[] = [];
  for (const { abs, kind } of listFiles(dataDir)) {
    if (!existsSync(abs)) return null;
    const path = relative(root, abs);
    const text = readFileSync(abs, "utf8");
    version.update(path).update("\0").update(text).update("\0");
    files.push({ path, kind, abs, hash: fileHash(text) });
  }
  return { files, version: version.digest("hex").slice(0, 16) };
}

/** The observations files' places, or null when the files are not the recorded ones with only those changed. */
function placesOf(record: FileRecord, files: Current[]): Place[] | null {
  if (files.length !== record.files.length) return null;
  const places: Place[] = [];
  const at = { obsAt: 0, citAt: 0, inpAt: 0 };
  for (const [index, file] of files.entries()) {
    const old = record.files[index];
    if (!old || old.path !== file.path) return null;
    if (file.kind !== "observations") {
      if (old.hash !== file.hash) return null;
      continue;
    }
    if (!old.counts) return null;
    places.push({ index, ...old.counts, ...at });
    at.obsAt += old.counts.obs;
    at.citAt += old.counts.cit;
    at.inpAt += old.counts.inp;
  }
  return places;
}

/** The rows of one changed file, numbered where a full load numbers them. */
function fileRows(dataset: Parsed, path: string, place: Place) {
  const observations = dataset.observations.filter((o) => o.file === path);
  const rows = toRows({ sources: [], entities: [], series: [], observations });
  return {
    observations: rows.observations.map((o) => ({ ...o, ordinal: place.obsAt + (o.ordinal ?? 0) })),
    citations: rows.citations.map((c) => ({ ...c, id: place.citAt + (c.id ?? 0) })),
    observationInputs: rows.observationInputs,
  };
}

type Rows = ReturnType<typeof fileRows>;

/** The statements that replace the changed files' rows, in one transaction with the publish record. */
function writeStatements(changed: [Place, Rows][], version: string, record: FileRecord): Statement[][] {
  const scope: Scope = {
    // By rowid (ordinal + 1, checked by placedAsRecorded): a range of the table, not a scan of it.
    where: changed.map(() => "(o.rowid > ? and o.rowid <= ?)").join(" or "),
    args: changed.flatMap(([p]) => [p.obsAt, p.obsAt + p.obs]),
  };
  // Other files' formulas may read a figure that is deleted here and inserted again: checked at commit.
  const defer: Statement = { sql: "pragma defer_foreign_keys = on", args: [] };
  const remove = changed.flatMap(([p]): Statement[] => [
    // Rowids are where a full load puts rows (ordinal + 1, input index + 1, the citation's id).
    { sql: "delete from citations where id > ? and id <= ?", args: [p.citAt, p.citAt + p.cit] },
    { sql: "delete from observation_inputs where rowid > ? and rowid <= ?", args: [p.inpAt, p.inpAt + p.inp] },
    { sql: "delete from observations where rowid > ? and rowid <= ?", args: [p.obsAt, p.obsAt + p.obs] },
  ]);
  const insert = changed.flatMap(([p, rows]) => [
    ...insertStatements(t.observations, rows.observations, p.obsAt + 1),
    ...insertStatements(t.observationInputs, rows.observationInputs, p.inpAt + 1),
    ...insertStatements(t.citations, rows.citations),
    ...(p.cit > 0 ? citationIndexStatements(p.citAt + 1, p.citAt + p.cit) : []),
  ]);
  const meta: Statement = {
    sql: "insert into meta (key, value) values ('data_version', ?) on conflict (key) do update set value = excluded.value",
    args: [version],
  };
  return [
    snapshotStatements(scope),
    [defer, ...remove, ...insert],
    [...recordStatements(version, new Date().toISOString(), scope), meta, fileRecordStatement(record)],
  ];
}

/** Every place's rowids are where a full load put them: checked before relying on them to delete. */
async function placedAsRecorded(db: Db, changed: Place[]): Promise<boolean> {
  for (const p of changed) {
    const rs = await db.$client.execute({
      sql: `select count(*) as n from observations where rowid > ? and rowid <= ? and ordinal = rowid - 1`,
      args: [p.obsAt, p.obsAt + p.obs],
    });
    if (Number(rs.rows[0]?.n) !== p.obs) return false;
  }
  return true;
}

function totals(record: FileRecord, small: DataFile[]): Record<string, number> {
  const rows = toRows((validateDataset(small) as { ok: true; dataset: Parameters<typeof toRows>[0] }).dataset);
  const sum = (k: keyof Counts) => record.files.reduce((n, f) => n + (f.counts?.[k] ?? 0), 0);
  return {
    sources: rows.sources.length,
    entities: rows.entities.length,
    series: rows.series.length,
    seriesEntities: rows.seriesEntities.length,
    observations: sum("obs"),
    observationInputs: sum("inp"),
    citations: sum("cit"),
  };
}

type Plan = { record: FileRecord; files: Current[]; version: string; places: Place[]; small: DataFile[] };

/** What a republish of changed files would start from, or null when only a full load can do. */
async function plan(db: Db, dataDir: string): Promise<Plan | null> {
  const [record, state] = await Promise.all([readFileRecord(db), readLoadedState(db).catch(() => null)]);
  if (!record || !state?.ok || !(await hasSearchIndex(db.$client).catch(() => false))) return null;
  const hashed = phase("read and hash", () => hashFiles(dataDir));
  const places = hashed && placesOf(record, hashed.files);
  if (!hashed || !places) return null;
  const small = hashed.files
    .filter((f) => f.kind !== "observations")
    .map((f) => parseDataFile(readFileSync(f.abs, "utf8"), f.path, f.kind));
  if (small.some((f) => typeof f === "string")) return null;
  return { record, ...hashed, places, small: small as DataFile[] };
}

/** The changed files' new rows, their validation errors, or null when their numbers of rows changed. */
async function changedRows(
  db: Db,
  p: Plan,
  changed: Place[],
): Promise<{ rows: [Place, Rows][] } | { errors: string[] } | null> {
  const parsed = await phase("parse changed files", () => parseWithContext(db, p.files, p.places, changed));
  if (Array.isArray(parsed)) return { errors: parsed };
  const ordered = [...parsed].sort(([a], [b]) => a.index - b.index).map(([, f]) => f);
  const valid = phase("validate", () => validateDataset([...p.small, ...ordered]));
  if (!valid.ok) return { errors: valid.errors };
  const rows = changed.map((c): [Place, Rows] => [c, fileRows(valid.dataset, p.files[c.index]?.path ?? "", c)]);
  // A file whose number of rows changed moves every later file's rows: a full load numbers them again.
  const same = ([c, r]: [Place, Rows]) =>
    r.observations.length === c.obs && r.citations.length === c.cit && r.observationInputs.length === c.inp;
  return rows.every(same) ? { rows } : null;
}

/** Replaces the rows in one transaction; false when another publish committed since the plan was made. */
async function commit(db: Db, p: Plan, rows: [Place, Rows][]): Promise<boolean> {
  const next: FileRecord = {
    version: p.version,
    rules: rulesFingerprint() ?? "",
    files: p.files.map((f, i) => ({ ...p.record.files[i], path: f.path, hash: f.hash })),
  };
  const tx = await db.$client.transaction("write");
  try {
    const now = await tx.execute("select value from meta where key = 'data_version'");
    if (now.rows[0]?.value !== p.record.version) return false;
    const [snapshot, write, finish] = writeStatements(rows, p.version, next);
    await phase("record: snapshot", () => runAll(tx, snapshot ?? []));
    await phase("write rows", () => runAll(tx, write ?? []));
    await phase("record: compare", () => runAll(tx, finish ?? []));
    await tx.commit();
    return true;
  } finally {
    tx.close();
  }
}

/**
 * Publishes data/ by its changed observations files alone, or returns null when that is not possible and
 * a full load must run (no record, other files changed, a file's number of rows changed, …).
 */
export async function loadChangedFiles(db: Db, dataDir: string): Promise<LoadResult | null> {
  const p = await plan(db, dataDir);
  if (!p) return null;
  const changed = p.places.filter((c) => p.record.files[c.index]?.hash !== p.files[c.index]?.hash);
  const result = { ok: true as const, version: p.version, counts: totals(p.record, p.small), skipped: false };
  if (changed.length === 0) return { ...result, skipped: true };
  if (!(await placedAsRecorded(db, changed))) return null;
  const rows = await changedRows(db, p, changed);
  if (rows === null) return null;
  if ("errors" in rows) return { ok: false, errors: rows.errors };
  try {
    return (await commit(db, p, rows.rows)) ? result : null;
  } catch (e) {
    return { ok: false, errors: [`database: the load was rolled back: ${(e as Error).message.split("\n")[0]}`] };
  }
}
