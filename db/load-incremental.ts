// A republish that parses only what changed. When the database holds a load made by this code (its file
// record, db/file-record.ts), only the observations files whose bytes changed, that are new or that are
// gone have their rows replaced, each in its own block of numbers (db/file-blocks.ts), so nothing else
// moves; a changed sources, entities or series file rewrites those small tables whole
// (db/load-small-files.ts). At 10^6 figures a new article costs one file's parse and write instead of
// 200 MB of YAML and a rebuilt database. Validation still covers everything: the changed files are
// validated with every file a rule connects them to (an id they repeat, the inputs of their formulas and
// theirs, the derived figures that read them, the figures of a series or the quotes of a source that
// changed) and with all sources, entities and series; the other files passed the same rules when they
// were loaded and nothing they depend on changed. The rows are those a full load writes, with the same
// numbers (tests/load-incremental.test.ts). Anything else (no record, other code): a full load.
import type { Parsed } from "@/lib/dataset/types";
import { validateDataset } from "@/lib/dataset/validate";
import type { Db } from "./client";
import { BLOCK, blockStart, numberInBlock } from "./file-blocks";
import { parseWithContext } from "./load-context";
import { fileRecordStatement, rulesFingerprint, type FileEntry, type FileRecord } from "./file-record";
import { plan, type Plan } from "./load-plan";
import { phase } from "./load-phases";
import { rewriteSmallTables, smallChanges } from "./load-small-files";
import { smallCacheStatement } from "./small-file-cache";
import { recordStatements, snapshotStatements, type Scope } from "./publish-record";
import { toRows, type DatasetRows } from "./rows";
import * as t from "./schema";
import { citationIndexStatements } from "./search-index";
import { insertStatements, runAll, type LoadResult, type Statement } from "./statements";

type Rows = ReturnType<typeof numberInBlock>;
type Written = { rows: Map<string, Rows>; small: Parsed | null };

/** The rows of one file, numbered in its block. */
function fileRows(dataset: Parsed, path: string, block: number): Rows {
  const observations = dataset.observations.filter((o) => o.file === path);
  return numberInBlock(path, block, toRows({ sources: [], entities: [], series: [], observations }));
}

/** The changed files' new rows, or the errors a full load would report. */
async function validated(db: Db, p: Plan): Promise<Written | { errors: string[] }> {
  const byBlock = new Map(p.files.filter((f) => p.blocks.has(f.path)).map((f) => [p.blocks.get(f.path) ?? 0, f]));
  const touched = p.smallChanged
    ? await smallChanges(db, p.small)
    : { series: new Set<string>(), sources: new Set<string>() };
  const seeds = {
    parse: p.changed.map((f) => p.blocks.get(f.path) ?? 0),
    // A new file's block held nothing before; a changed or removed file's held the ids it had.
    oldBlocks: rewritten(p),
    ...touched,
  };
  const parsed = await phase("parse changed files", () => parseWithContext(db, (b) => byBlock.get(b), seeds));
  if (Array.isArray(parsed)) return { errors: parsed };
  const order = new Map(p.files.map((f, i) => [f.path, i]));
  const ordered = [...parsed.values()].sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
  const valid = phase("validate", () => validateDataset([...p.small, ...ordered]));
  if (!valid.ok) return { errors: valid.errors };
  const rows = new Map(p.changed.map((f) => [f.path, fileRows(valid.dataset, f.path, p.blocks.get(f.path) ?? 0)]));
  const errors = [...rows.values()].flatMap((r) => r.errors);
  if (errors.length > 0) return { errors };
  return { rows, small: p.smallChanged ? valid.dataset : null };
}

/** The blocks rewritten: the changed files' and the removed files'. */
const rewritten = (p: Plan): number[] => [
  ...p.changed.map((f) => p.blocks.get(f.path) ?? 0),
  ...p.removed.map((f) => f.block ?? 0),
];

/** Deletes the rewritten blocks' rows and inserts the changed files' rows in their blocks. */
function blockStatements(p: Plan, written: Written): Statement[] {
  const remove = rewritten(p).flatMap((block): Statement[] => {
    const range = [blockStart(block), blockStart(block) + BLOCK];
    return [
      { sql: "delete from citations where id > ? and id <= ?", args: range },
      { sql: "delete from observation_inputs where rowid > ? and rowid <= ?", args: range },
      { sql: "delete from observations where rowid > ? and rowid <= ?", args: range },
    ];
  });
  const insert = p.changed.flatMap((f) => {
    const rows = written.rows.get(f.path);
    if (!rows) return [];
    return [
      ...insertStatements(t.observations, rows.observations, (i) => (rows.observations[i]?.ordinal ?? 0) + 1),
      ...insertStatements(t.observationInputs, rows.observationInputs, (i) => rows.inputRowids[i] ?? 0),
      ...insertStatements(t.citations, rows.citations),
    ];
  });
  // The search rows of the rewritten blocks' citations, old and new.
  const index = rewritten(p).flatMap((b) => citationIndexStatements(blockStart(b) + 1, blockStart(b) + BLOCK));
  return [...remove, ...insert, ...index];
}

/** The record after this republish: changed files with their new counts, removed files gone. */
function nextRecord(p: Plan, written: Written): FileRecord {
  const old = new Map(p.record.files.map((f) => [f.path, f]));
  const files = p.files.map((f): FileEntry => {
    if (f.kind !== "observations") return { path: f.path, hash: f.hash };
    const rows = written.rows.get(f.path);
    const counts = rows
      ? { obs: rows.observations.length, cit: rows.citations.length, inp: rows.observationInputs.length }
      : old.get(f.path)?.counts;
    return { path: f.path, hash: f.hash, counts, block: p.blocks.get(f.path) };
  });
  return { version: p.version, rules: rulesFingerprint() ?? "", files, nextBlock: p.nextBlock };
}

/** Replaces the rows in one transaction; false when another publish committed since the plan was made. */
async function commit(db: Db, p: Plan, written: Written): Promise<boolean> {
  // By rowid: a range of the table, not a scan of it.
  const blocks = rewritten(p);
  const scope: Scope = {
    where: blocks.map(() => "(o.rowid > ? and o.rowid <= ?)").join(" or ") || "0",
    args: blocks.flatMap((b) => [blockStart(b), blockStart(b) + BLOCK]),
  };
  const meta: Statement = {
    sql: "insert into meta (key, value) values ('data_version', ?) on conflict (key) do update set value = excluded.value",
    args: [p.version],
  };
  const tx = await db.$client.transaction("write");
  try {
    const now = await tx.execute("select value from meta where key = 'data_version'");
    if (now.rows[0]?.value !== p.record.version) return false;
    await phase("record: snapshot", () => runAll(tx, snapshotStatements(scope)));
    // Other files' rows may point at rows deleted and inserted again here: foreign keys are checked at commit.
    await tx.execute("pragma defer_foreign_keys = on");
    await phase("write rows", () => runAll(tx, blockStatements(p, written)));
    if (written.small) await phase("write small tables", () => rewriteSmallTables(tx, toRows(written.small as Parsed)));
    const finish = [...recordStatements(p.version, new Date().toISOString(), scope), meta];
    const hashOf = (path: string) => p.files.find((f) => f.path === path)?.hash ?? "";
    const records = [
      fileRecordStatement(nextRecord(p, written)),
      smallCacheStatement(p.small, hashOf, rulesFingerprint()),
    ];
    await phase("record: compare", () => runAll(tx, [...finish, ...records]));
    await phase("commit", () => tx.commit());
    return true;
  } finally {
    tx.close();
  }
}

/** Every table's row count after the republish, from the small tables' rows and the record's counts. */
function totals(record: FileRecord, small: DatasetRows): Record<string, number> {
  const sum = (k: "obs" | "cit" | "inp") => record.files.reduce((n, f) => n + (f.counts?.[k] ?? 0), 0);
  return {
    sources: small.sources.length,
    entities: small.entities.length,
    series: small.series.length,
    seriesEntities: small.seriesEntities.length,
    observations: sum("obs"),
    observationInputs: sum("inp"),
    citations: sum("cit"),
  };
}

/** Every rewritten block holds the rows the record says, where the record says: checked before deleting by it. */
async function placedAsRecorded(db: Db, p: Plan): Promise<boolean> {
  for (const f of [...p.changed.map((c) => p.record.files.find((o) => o.path === c.path)), ...p.removed]) {
    if (!f) continue;
    const start = blockStart(f.block ?? 0);
    const rs = await db.$client.execute({
      sql: `select count(*) as n from observations where rowid > ? and rowid <= ? and ordinal = rowid - 1`,
      args: [start, start + BLOCK],
    });
    if (Number(rs.rows[0]?.n) !== f.counts?.obs) return false;
  }
  return true;
}

/**
 * Publishes data/ by its changed files alone, or returns null when that is not possible and a full load
 * must run (no record of this code's load, a file that cannot be read, …).
 */
export async function loadChangedFiles(db: Db, dataDir: string): Promise<LoadResult | null> {
  const p = await plan(db, dataDir);
  if (!p || !(await placedAsRecorded(db, p))) return null;
  const smallValid = validateDataset(p.small);
  if (p.changed.length === 0 && p.removed.length === 0 && !p.smallChanged) {
    const counts = smallValid.ok ? totals(p.record, toRows(smallValid.dataset)) : {};
    return { ok: true, version: p.version, counts, skipped: true };
  }
  const written = await validated(db, p);
  if ("errors" in written) return { ok: false, errors: written.errors };
  const next = nextRecord(p, written);
  const small = toRows(written.small ?? (smallValid as { ok: true; dataset: Parsed }).dataset);
  try {
    if (!(await commit(db, p, written))) return null;
    return { ok: true, version: p.version, counts: totals(next, small), skipped: false };
  } catch (e) {
    return { ok: false, errors: [`database: the load was rolled back: ${(e as Error).message.split("\n")[0]}`] };
  }
}
