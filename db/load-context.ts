// Which files a republish must read besides the changed ones (db/load-incremental.ts): every file a
// validation rule connects them to, found with indexed queries of the loaded database.
import { readFileSync } from "node:fs";
import type { DataFile } from "@/lib/dataset/types";
import { formulaInputs } from "@/lib/model/formula";
import type { Db } from "./client";
import { parseDataFile } from "./dataset-files";
import type { Counts } from "./file-record";

export type Current = { path: string; kind: DataFile["kind"]; abs: string; hash: string };
/** Where an observations file's rows start (0-based), as the loaded record places them. */
export type Place = Counts & { index: number; obsAt: number; citAt: number; inpAt: number };

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
export async function parseWithContext(
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
