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
import { formulaInputs } from "@/lib/model/formula";
import type { Db } from "./client";
import { fileHash, listFiles, parseDataFile } from "./dataset-files";
import { fileRecordStatement, readFileRecord, rulesFingerprint, type Counts, type FileRecord } from "./file-record";
import { phase } from "./load-phases";
import { recordStatements, snapshotStatements, type Scope } from "./publish-record";
import { toRows } from "./rows";
import * as t from "./schema";
import { citationIndexStatements, hasSearchIndex } from "./search-index";
import { insertStatements, runAll, type LoadResult, type Statement } from "./statements";
import { readLoadedState } from "./queries/loaded-state";

type Current = { path: string; kind: DataFile["kind"]; abs: string; hash: string };
/** Where an observations file's rows start (0-based), as the loaded record places them. */
type Place = Counts & { index: number; obsAt: number; citAt: number; inpAt: number };

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

const json = (values: Iterable<string>) => JSON.stringify([...values]);

async function ordinals(db: Db, sql: string, ids: Set<string>): Promise<number[]> {
  if (ids.size === 0) return [];
  const rs = await db.$client.execute({ sql, args: [json(ids)] });
  return rs.rows.map((r) => Number(r.ordinal));
}

const idsOf = (file: DataFile): string[] =>
  (Array.isArray(file.content) ? file.content : []).flatMap((r: unknown) => {
    const id = (r as { id?: unknown } | null)?.id;
    return typeof id === "string" ? [id] : [];
  });

const inputsOf = (file: DataFile): string[] =>
  (Array.isArray(file.content) ? file.content : []).flatMap((r: unknown) => {
    const formula = (r as { derived?: { formula?: unknown } } | null)?.derived?.formula;
    if (typeof formula !== "string") return [];
    try {
      return formulaInputs(formula);
    } catch {
      return [];
    }
  });

const BY_ID = `select ordinal from observations where id in (select value from json_each(?))`;
const READERS = `select o.ordinal from observation_inputs i join observations o on o.id = i.observation_id
  where i.input_id in (select value from json_each(?))`;

/**
 * Parses the changed files and every file a rule can connect them to, until nothing more is reached;
 * returns the parsed observations files by place, or YAML errors.
 */
async function parseWithContext(
  db: Db,
  files: Current[],
  places: Place[],
  changed: Place[],
): Promise<Map<Place, DataFile> | string[]> {
  const parsed = new Map<Place, DataFile>();
  const errors: string[] = [];
  const placeOf = (ordinal: number) => places.find((p) => ordinal >= p.obsAt && ordinal < p.obsAt + p.obs);
  const parse = (places: Iterable<Place | undefined>) => {
    const added: DataFile[] = [];
    for (const place of places) {
      const file = place && files[place.index];
      if (!place || !file || parsed.has(place)) continue;
      const result = parseDataFile(readFileSync(file.abs, "utf8"), file.path, file.kind);
      if (typeof result === "string") {
        errors.push(result);
        continue;
      }
      parsed.set(place, result);
      added.push(result);
    }
    return added;
  };
  const first = parse(changed);
  // The ids the changed files held and hold now: who repeats them, and which derived figures read them.
  const ids = new Set(first.flatMap(idsOf));
  for (const p of changed) {
    const rs = await db.$client.execute({
      sql: "select id from observations where rowid > ? and rowid <= ?",
      args: [p.obsAt, p.obsAt + p.obs],
    });
    for (const r of rs.rows) ids.add(String(r.id));
  }
  let next = parse([...(await ordinals(db, BY_ID, ids)), ...(await ordinals(db, READERS, ids))].map(placeOf));
  // The inputs of every formula read so far, and theirs: what the derived checks and the cycle check walk.
  let inputs = new Set([...first, ...next].flatMap(inputsOf));
  while (inputs.size > 0) {
    next = parse((await ordinals(db, BY_ID, inputs)).map(placeOf));
    inputs = new Set(next.flatMap(inputsOf));
  }
  return errors.length > 0 ? errors : parsed;
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

/**
 * Publishes data/ by its changed observations files alone, or returns null when that is not possible and
 * a full load must run (no record, other files changed, a file's number of rows changed, …).
 */
export async function loadChangedFiles(db: Db, dataDir: string): Promise<LoadResult | null> {
  const [record, state] = await Promise.all([readFileRecord(db), readLoadedState(db).catch(() => null)]);
  if (!record || !state?.ok || !(await hasSearchIndex(db.$client).catch(() => false))) return null;
  const hashed = phase("read and hash", () => hashFiles(dataDir));
  const places = hashed && placesOf(record, hashed.files);
  if (!hashed || !places) return null;
  const { files, version } = hashed;
  const small = files
    .filter((f) => f.kind !== "observations")
    .map((f) => parseDataFile(readFileSync(f.abs, "utf8"), f.path, f.kind));
  if (small.some((f) => typeof f === "string")) return null;
  const smallFiles = small as DataFile[];
  const changed = places.filter((p) => record.files[p.index]?.hash !== files[p.index]?.hash);
  const result = { ok: true as const, version, counts: totals(record, smallFiles), skipped: changed.length === 0 };
  if (changed.length === 0) return result;
  if (!(await placedAsRecorded(db, changed))) return null;
  const parsed = await phase("parse changed files", () => parseWithContext(db, files, places, changed));
  if (Array.isArray(parsed)) return { ok: false, errors: parsed };
  const ordered = [...parsed].sort(([a], [b]) => a.index - b.index).map(([, f]) => f);
  const valid = phase("validate", () => validateDataset([...smallFiles, ...ordered]));
  if (!valid.ok) return valid;
  const rows = changed.map((p): [Place, Rows] => [p, fileRows(valid.dataset, files[p.index]?.path ?? "", p)]);
  // A file whose number of rows changed moves every later file's rows: a full load numbers them again.
  const same = ([p, r]: [Place, Rows]) =>
    r.observations.length === p.obs && r.citations.length === p.cit && r.observationInputs.length === p.inp;
  if (!rows.every(same)) return null;
  const next: FileRecord = {
    version,
    rules: rulesFingerprint() ?? "",
    files: files.map((f, i) => ({ ...record.files[i], path: f.path, hash: f.hash })),
  };
  const tx = await db.$client.transaction("write");
  try {
    const [snapshot, write, finish] = writeStatements(rows, version, next);
    await phase("record: snapshot", () => runAll(tx, snapshot ?? []));
    await phase("write rows", () => runAll(tx, write ?? []));
    await phase("record: compare", () => runAll(tx, finish ?? []));
    await tx.commit();
  } catch (e) {
    return { ok: false, errors: [`database: the load was rolled back: ${(e as Error).message.split("\n")[0]}`] };
  } finally {
    tx.close();
  }
  return result;
}
