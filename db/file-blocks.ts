// Where an observations file's rows sit: each file owns a block of 2^20 numbers, kept for as long as the
// file exists, and its figures, citations and formula inputs are numbered within it (observation ordinal
// and rowid, citation id and its search-index rowid, input rowid). A file's numbers then depend on no
// other file, so a republish that adds or removes a figure, an article or a whole file rewrites only that
// file's block: nothing later shifts (db/load-incremental.ts). A first load gives the files blocks 0, 1, …
// in dataset order; a file that appears later gets the next block after every block ever given, so the
// order of blocks is the order in which articles were published (docs/benchmarks.md, "Republishing at
// scale"). A full load keeps the blocks the database's file record gives, so it numbers as a republish does.
import type { NewCitation, NewObservation, ObservationInput } from "./schema";
import type { FileEntry } from "./file-record";

/** Rows per table one file can hold: a file of more figures (or citations, or inputs) cannot be loaded. */
export const BLOCK = 2 ** 20;
/** The highest block: numbers stay below 2^50, exact in JavaScript even after the search index's offset. */
const MAX_BLOCK = 2 ** 30 - 1;

/** The first number (0-based) of a block. */
export const blockStart = (block: number): number => block * BLOCK;
/** The block a 0-based ordinal belongs to. */
export const blockOf = (ordinal: number): number => Math.floor(ordinal / BLOCK);

/**
 * Every observations file's block: the one `previous` gives it, or, for a file it does not list, the next
 * one after all that `previous` ever gave (in dataset order). `next` is where the one after those is.
 */
export function assignBlocks(
  previous: { files: FileEntry[]; nextBlock?: number } | null,
  paths: readonly string[],
): { blocks: Map<string, number>; nextBlock: number } {
  const known = new Map<string, number>();
  let next = previous?.nextBlock ?? 0;
  for (const f of previous?.files ?? [])
    if (f.block !== undefined) {
      known.set(f.path, f.block);
      next = Math.max(next, f.block + 1);
    }
  const blocks = new Map<string, number>();
  for (const path of paths) {
    const block = known.get(path) ?? next++;
    if (block > MAX_BLOCK) throw new Error(`more than ${MAX_BLOCK} observations files were ever published`);
    blocks.set(path, block);
  }
  return { blocks, nextBlock: next };
}

type Numbered = {
  observations: NewObservation[];
  citations: NewCitation[];
  observationInputs: ObservationInput[];
  /** Rowids of observationInputs, in their order. */
  inputRowids: number[];
  errors: string[];
};

/**
 * Numbers one file's rows (as toRows gives them, numbered from 0 and 1 within the file) in its block;
 * an error when the file has more rows than a block holds.
 */
export function numberInBlock(
  path: string,
  block: number,
  rows: Pick<Numbered, "observations" | "citations" | "observationInputs">,
): Numbered {
  const base = blockStart(block);
  const over = (["observations", "citations", "observationInputs"] as const).filter((k) => rows[k].length > BLOCK);
  return {
    observations: rows.observations.map((o) => ({ ...o, ordinal: base + (o.ordinal ?? 0) })),
    citations: rows.citations.map((c) => ({ ...c, id: base + (c.id ?? 0) })),
    observationInputs: rows.observationInputs,
    inputRowids: rows.observationInputs.map((_, i) => base + i + 1),
    errors: over.map((k) => `${path}: holds more than ${BLOCK} ${k === "observationInputs" ? "formula inputs" : k}`),
  };
}

/**
 * Numbers a whole dataset's rows (toRows' order: files one after another) in their files' blocks, in
 * place (at 10^6 figures a copy would cost hundreds of megabytes); returns the inputs' rowids, or errors.
 * `files[i]` is the file of observations[i], `inputs(i)` how many formula inputs it has.
 */
export function numberByFile(
  rows: { observations: NewObservation[]; citations: NewCitation[]; observationInputs: ObservationInput[] },
  files: (i: number) => string,
  inputs: (i: number) => number,
  blocks: Map<string, number>,
): { inputRowids: number[]; errors: string[] } {
  const inputRowids: number[] = [];
  const errors: string[] = [];
  let file = "";
  let base = 0;
  const at = { obs: 0, cit: 0, inp: 0 };
  let c = 0;
  rows.observations.forEach((o, i) => {
    if (files(i) !== file) {
      file = files(i);
      base = blockStart(blocks.get(file) ?? 0);
      Object.assign(at, { obs: 0, cit: 0, inp: 0 });
    }
    o.ordinal = base + at.obs++;
    for (; c < rows.citations.length && rows.citations[c]?.observationId === o.id; c++) {
      (rows.citations[c] as NewCitation).id = base + ++at.cit;
    }
    for (let k = inputs(i); k > 0; k--) inputRowids.push(base + ++at.inp);
    if (Math.max(at.obs, at.cit, at.inp) === BLOCK + 1)
      errors.push(`${file}: holds more than ${BLOCK} rows of a table`);
  });
  return { inputRowids, errors };
}
