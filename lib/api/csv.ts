// CSV for the API: one row per item; text a spreadsheet would run as a formula is neutralised as in chart CSVs.
// Observations carry their citations in numbered columns, so a derived
// figure is one row however many sentences it rests on, and a spreadsheet total never double-counts.
import { stringify } from "csv-stringify/sync";
import { neutraliseCell } from "@/lib/chart/downloads";
import type { CitationJson, ObservationJson } from "./schemas";

type Cell = string | number | boolean | null;
export type Table = { columns: string[]; rows: Cell[][] };

const OPTIONS = { cast: { boolean: (b: boolean) => (b ? "true" : "false"), string: neutraliseCell } };
const cells = (rows: readonly Cell[][]) => rows.map((r) => r.map((c) => (c === null ? "" : c)));

export function toCsv(table: Table): string {
  return stringify([table.columns, ...cells(table.rows)], OPTIONS);
}

/** Rows per part of csvBytes: a part stays far below the ~64K characters past which encoding slows. */
const CSV_PART_ROWS = 16;

/** toCsv's text as UTF-8 bytes, encoded a few rows at a time (json-bytes.ts says why). */
export function csvBytes(table: Table): Buffer<ArrayBuffer> {
  const parts = [Buffer.from(stringify([table.columns], OPTIONS))];
  for (let at = 0; at < table.rows.length; at += CSV_PART_ROWS)
    parts.push(Buffer.from(stringify(cells(table.rows.slice(at, at + CSV_PART_ROWS)), OPTIONS)));
  return Buffer.concat(parts);
}

/** Rows of plain objects: every key a column, nested values as JSON. */
export function recordsTable(items: readonly Record<string, unknown>[], columns: readonly string[]): Table {
  return {
    columns: [...columns],
    rows: items.map((item) => columns.map((c) => cell(item[c]))),
  };
}

function cell(v: unknown): Cell {
  if (v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return JSON.stringify(v);
}

const OBSERVATION_COLUMNS = [
  "id",
  "series",
  "period",
  "periodStart",
  "periodEnd",
  "periodKind",
  "circa",
  "periodText",
  "value",
  "valueHigh",
  "precision",
  "unit",
  "bound",
  "strict",
  "valueText",
  "derived",
  "formula",
  "note",
] as const;

/** A figure's own citations, then those of the figures it is derived from: every sentence it rests on. */
function allCitations(o: ObservationJson): CitationJson[] {
  const all = [...o.citations, ...o.inputs.flatMap((i) => i.citations)];
  return all.filter((c, i) => all.findIndex((d) => d.id === c.id) === i);
}

export function observationsTable(items: readonly ObservationJson[]): Table {
  const cited = items.map(allCitations);
  const most = Math.max(1, ...cited.map((c) => c.length));
  const citationColumns = Array.from({ length: most }, (_, i) =>
    ["source", "quote", "link"].map((f) => `citation${i + 1}_${f}`),
  ).flat();
  return {
    columns: [...OBSERVATION_COLUMNS, "inputs", ...citationColumns],
    rows: items.map((o, n) => [
      ...OBSERVATION_COLUMNS.map((c) => cell(o[c])),
      o.inputs.map((i) => i.id).join(" "),
      ...Array.from({ length: most }, (_, i) => {
        const c = cited[n]?.[i];
        return c ? [c.source.id, c.quote, c.link] : [null, null, null];
      }).flat(),
    ]),
  };
}
