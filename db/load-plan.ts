// What a republish starts from (db/load-incremental.ts): the loaded record, every file's hash, each
// observations file's block, which files changed, are new or are gone, and the small files' contents.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { DataFile } from "@/lib/dataset/types";
import type { Db } from "./client";
import { assignBlocks } from "./file-blocks";
import type { Current } from "./load-context";
import { fileHash, listFiles, parseDataFile } from "./dataset-files";
import { readFileRecord, rulesFingerprint, type FileEntry, type FileRecord } from "./file-record";
import { phase } from "./load-phases";
import { readSmallCache } from "./small-file-cache";
import { hasSearchIndex } from "./search-index";
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

export type Plan = {
  record: FileRecord;
  files: Current[];
  version: string;
  blocks: Map<string, number>;
  nextBlock: number;
  /** Observations files new or changed (their rows are written again), and gone (their rows removed). */
  changed: Current[];
  removed: FileEntry[];
  small: DataFile[];
  smallChanged: boolean;
};

/** What a republish of changed files would start from, or null when only a full load can do. */
export async function plan(db: Db, dataDir: string): Promise<Plan | null> {
  const [record, state] = await Promise.all([readFileRecord(db), readLoadedState(db).catch(() => null)]);
  if (!record || !state?.ok || !(await hasSearchIndex(db.$client).catch(() => false))) return null;
  const hashed = phase("read and hash", () => hashFiles(dataDir));
  if (!hashed) return null;
  const old = new Map(record.files.map((f) => [f.path, f]));
  const oldObs = record.files.filter((f) => f.counts);
  if (oldObs.some((f) => f.block === undefined)) return null;
  const obs = hashed.files.filter((f) => f.kind === "observations");
  const { blocks, nextBlock } = assignBlocks(
    record,
    obs.map((f) => f.path),
  );
  const paths = new Set(hashed.files.map((f) => f.path));
  const smallFiles = hashed.files.filter((f) => f.kind !== "observations");
  const smallChanged =
    smallFiles.some((f) => old.get(f.path)?.hash !== f.hash) ||
    record.files.some((f) => !f.counts && !paths.has(f.path));
  // Unchanged ones as they were parsed when loaded (db/small-file-cache.ts), the others parsed now.
  const cache = await readSmallCache(db, rulesFingerprint());
  const small = phase("parse small files", () =>
    smallFiles.map((f): DataFile | string => {
      const cached = cache[f.path];
      if (cached?.hash === f.hash) return { path: f.path, kind: f.kind, content: cached.content };
      return parseDataFile(readFileSync(f.abs, "utf8"), f.path, f.kind);
    }),
  );
  if (small.some((f) => typeof f === "string")) return null;
  return {
    record,
    ...hashed,
    blocks,
    nextBlock,
    changed: obs.filter((f) => old.get(f.path)?.hash !== f.hash),
    removed: oldObs.filter((f) => !paths.has(f.path)),
    small: small as DataFile[],
    smallChanged,
  };
}
