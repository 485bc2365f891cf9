// Which files a republish must read besides the changed ones (db/load-incremental.ts): every file a
// validation rule connects them to, found with indexed queries of the loaded database. A file is known by
// its block (db/file-blocks.ts): the rows of block b are those numbered b·2^20 … (b+1)·2^20 − 1.
import { readFileSync } from "node:fs";
import type { DataFile } from "@/lib/dataset/types";
import { formulaInputs } from "@/lib/model/formula";
import type { Db } from "./client";
import { BLOCK, blockStart } from "./file-blocks";
import { parseDataFile } from "./dataset-files";

export type Current = { path: string; kind: DataFile["kind"]; abs: string; hash: string };

const json = (values: Iterable<string>) => JSON.stringify([...values]);

/** The blocks of the rows a query returns (its first column is a 0-based ordinal). */
async function blocksOf(db: Db, sql: string, values: Set<string>): Promise<number[]> {
  if (values.size === 0) return [];
  const rs = await db.$client.execute({ sql, args: [json(values)] });
  return rs.rows.map((r) => Number(r.block));
}

const contentOf = (file: DataFile): unknown[] => (Array.isArray(file.content) ? file.content : []);

const idsOf = (file: DataFile): string[] =>
  contentOf(file).flatMap((r: unknown) => {
    const id = (r as { id?: unknown } | null)?.id;
    return typeof id === "string" ? [id] : [];
  });

const inputsOf = (file: DataFile): string[] =>
  contentOf(file).flatMap((r: unknown) => {
    const formula = (r as { derived?: { formula?: unknown } } | null)?.derived?.formula;
    if (typeof formula !== "string") return [];
    try {
      return formulaInputs(formula);
    } catch {
      return [];
    }
  });

// Indexed: observations' id (primary key), observation_inputs' (observation_id, input_id) key read from
// its input side through the observations join, observations_series_period, citations_source.
const BY_ID = `select distinct ordinal / ${BLOCK} as block from observations where id in (select value from json_each(?))`;
const READERS = `select distinct o.ordinal / ${BLOCK} as block from observation_inputs i join observations o
  on o.id = i.observation_id where i.input_id in (select value from json_each(?))`;
const BY_SERIES = `select distinct ordinal / ${BLOCK} as block from observations
  where series_slug in (select value from json_each(?))`;
const BY_SOURCE = `select distinct (id - 1) / ${BLOCK} as block from citations where source_id in (select value from json_each(?))`;

/** What changed: files to parse first, blocks whose old ids count, series and sources whose figures count. */
export type Seeds = { parse: number[]; oldBlocks: number[]; series: Set<string>; sources: Set<string> };

/**
 * Parses the changed files and every file a rule can connect them to, until nothing more is reached;
 * returns the parsed observations files by block, or YAML errors. `fileOf` gives a block's current file
 * (none for a removed file's block).
 */
export async function parseWithContext(
  db: Db,
  fileOf: (block: number) => Current | undefined,
  seeds: Seeds,
): Promise<Map<number, DataFile> | string[]> {
  const parsed = new Map<number, DataFile>();
  const errors: string[] = [];
  const parse = (blocks: Iterable<number>) => {
    const added: DataFile[] = [];
    for (const block of blocks) {
      const file = fileOf(block);
      if (!file || parsed.has(block)) continue;
      const result = parseDataFile(readFileSync(file.abs, "utf8"), file.path, file.kind);
      if (typeof result === "string") errors.push(result);
      else added.push(parsed.set(block, result) && result);
    }
    return added;
  };
  const first = parse(seeds.parse);
  // The ids the changed files held and hold now: who repeats them, and which derived figures read them.
  const ids = new Set(first.flatMap(idsOf));
  for (const block of seeds.oldBlocks) {
    const rs = await db.$client.execute({
      sql: "select id from observations where rowid > ? and rowid <= ?",
      args: [blockStart(block), blockStart(block) + BLOCK],
    });
    for (const r of rs.rows) ids.add(String(r.id));
  }
  // Figures of a series whose unit changed or that is gone, quotes of a source that is gone.
  let next = parse([
    ...(await blocksOf(db, BY_ID, ids)),
    ...(await blocksOf(db, READERS, ids)),
    ...(await blocksOf(db, BY_SERIES, seeds.series)),
    ...(await blocksOf(db, BY_SOURCE, seeds.sources)),
  ]);
  // The readers of those figures (a derived figure's precision and range follow its inputs' units) …
  next.push(...parse(await blocksOf(db, READERS, new Set(next.flatMap(idsOf)))));
  // … and the inputs of every formula read so far, and theirs: what the derived checks and the cycle check walk.
  let inputs = new Set([...first, ...next].flatMap(inputsOf));
  while (inputs.size > 0) {
    next = parse(await blocksOf(db, BY_ID, inputs));
    inputs = new Set(next.flatMap(inputsOf));
  }
  return errors.length > 0 ? errors : parsed;
}
