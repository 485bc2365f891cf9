// Saves a reviewed article: writes it into a copy of data/ and validates the copy exactly as db:load
// does; only when it is valid are the files written into data/ and loaded with db:load's own loader.
// On any failure data/ and the database are left as they were.
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import { stringify } from "yaml";
import type { Db } from "@/db/client";
import { readDataFiles } from "@/db/dataset-files";
import { loadDataset } from "@/db/load";
import { validateDataset } from "@/lib/dataset/validate";
import type { ArticleRecords } from "./records";

export type SaveResult =
  { ok: true; files: string[]; counts: Record<string, number> } | { ok: false; errors: string[] };
type Write = { rel: string; text: string };

const yaml = (records: unknown[]) => stringify(records, { lineWidth: 110, defaultStringType: "QUOTE_DOUBLE" });

function plannedWrites(dataDir: string, r: ArticleRecords, input: string): Write[] | string {
  const obsRel = `observations/${r.source.id}.yaml`;
  const seriesRel = `series/${r.source.id}.yaml`;
  if (existsSync(join(dataDir, obsRel))) return `data/${obsRel}: already exists; give the source another id`;
  const header = `# Added with npm run review from ${input.replace(/[\r\n]/g, " ")}.\n`;
  const sources = readFileSync(join(dataDir, "sources.yaml"), "utf8");
  const writes: Write[] = [
    { rel: "sources.yaml", text: `${sources.replace(/\n*$/, "\n")}${header}${yaml([r.source])}` },
    { rel: obsRel, text: header + yaml(r.observations) },
  ];
  if (r.series.length > 0) {
    if (existsSync(join(dataDir, seriesRel))) return `data/${seriesRel}: already exists; give the source another id`;
    writes.push({ rel: seriesRel, text: header + yaml(r.series) });
  }
  return writes;
}

/** Every path stays inside data/: the names come from a slug, and this checks it anyway. */
function inside(dataDir: string, rel: string): string {
  const abs = resolve(dataDir, rel);
  if (!abs.startsWith(resolve(dataDir) + sep)) throw new Error(`refusing to write outside data/: ${rel}`);
  return abs;
}

function validateCopy(dataDir: string, writes: Write[]): string[] {
  const tmp = mkdtempSync(join(tmpdir(), "review-"));
  try {
    // Named "data" so messages and the version hash read exactly as db:load's do.
    const copy = join(tmp, "data");
    cpSync(dataDir, copy, { recursive: true });
    for (const w of writes) writeFileSync(inside(copy, w.rel), w.text);
    const read = readDataFiles(copy);
    if (read.errors.length > 0) return read.errors;
    const result = validateDataset(read.files);
    return result.ok ? [] : result.errors;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function writeAll(dataDir: string, writes: Write[]): () => void {
  const undo: (() => void)[] = [];
  for (const w of writes) {
    const abs = inside(dataDir, w.rel);
    const before = existsSync(abs) ? readFileSync(abs, "utf8") : null;
    writeFileSync(`${abs}.saving`, w.text);
    renameSync(`${abs}.saving`, abs);
    undo.push(() => (before === null ? unlinkSync(abs) : writeFileSync(abs, before)));
  }
  return () => undo.reverse().forEach((u) => u());
}

let queue: Promise<unknown> = Promise.resolve();

/** One save at a time: two tabs saving at once must not interleave their writes. */
export function saveArticle(db: Db, dataDir: string, records: ArticleRecords, input: string): Promise<SaveResult> {
  const run = queue.then(() => saveNow(db, dataDir, records, input));
  queue = run.catch(() => undefined);
  return run;
}

async function saveNow(db: Db, dataDir: string, records: ArticleRecords, input: string): Promise<SaveResult> {
  const writes = plannedWrites(dataDir, records, input);
  if (typeof writes === "string") return { ok: false, errors: [writes] };
  const errors = validateCopy(dataDir, writes);
  if (errors.length > 0) return { ok: false, errors };
  const undo = writeAll(dataDir, writes);
  const loaded = await loadDataset(db, dataDir).catch((e: unknown) => ({ ok: false as const, errors: [String(e)] }));
  if (!loaded.ok) {
    undo();
    return loaded;
  }
  const root = resolve(dataDir, "..");
  return { ok: true, files: writes.map((w) => relative(root, join(dataDir, w.rel))), counts: loaded.counts };
}
