// The parsed content of the small data files (sources, entities, series), kept in `meta` beside the file
// record: a republish needs all of them for validation, and at 10^6 figures the 1,000 series files are
// 5 MB of YAML that took 3–10 s to parse on every publish (docs/benchmarks.md, "Republishing at scale").
// A file whose bytes (hash) and parsing code (rules fingerprint) are unchanged is read from here instead:
// JSON of exactly what the parser gave, kept only when JSON gives it back exactly (no dates, no NaN).
import type { DataFile } from "@/lib/dataset/types";
import type { Db } from "./client";
import type { Statement } from "./statements";

export const SMALL_KEY = "loaded_small_files";

type Cached = { rules: string; files: Record<string, { hash: string; content: unknown }> };

/** Only plain JSON values: what JSON.stringify then JSON.parse give back unchanged. */
function jsonExact(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(jsonExact);
  if (typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.entries(value).every(([k, v]) => k !== "__proto__" && jsonExact(v));
}

/** The cached contents by path, for `rules`; empty when there are none (or they cannot be read). */
export async function readSmallCache(db: Db, rules: string | null): Promise<Cached["files"]> {
  try {
    const rs = await db.$client.execute({ sql: "select value from meta where key = ?", args: [SMALL_KEY] });
    const value = rs.rows[0]?.value;
    const cached = typeof value === "string" ? (JSON.parse(value) as Cached) : null;
    return cached && rules !== null && cached.rules === rules ? cached.files : {};
  } catch {
    return {};
  }
}

/** The cache of these parsed files (with their hashes), written in the load's transaction. */
export function smallCacheStatement(
  files: DataFile[],
  hashOf: (path: string) => string,
  rules: string | null,
): Statement {
  if (rules === null) return { sql: "delete from meta where key = ?", args: [SMALL_KEY] };
  const cached: Cached = { rules, files: {} };
  for (const f of files)
    if (f.kind !== "observations" && jsonExact(f.content))
      cached.files[f.path] = { hash: hashOf(f.path), content: f.content };
  return {
    sql: "insert into meta (key, value) values (?, ?) on conflict (key) do update set value = excluded.value",
    args: [SMALL_KEY, JSON.stringify(cached)],
  };
}
