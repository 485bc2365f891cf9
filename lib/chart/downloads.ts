// Data downloads of a chart: one row per value, its citations in numbered columns, with everything needed
// to cite it. One row per value (as the API's CSV, lib/api/csv.ts), so a spreadsheet total of a derived
// value resting on two sentences counts it once.
import { stringify } from "csv-stringify/sync";
import type { ChartPoint, ChartSpec, Footnote } from "./types";

/** The columns that say what a value is, shared by the chart and the explorer downloads, in this order. */
export type ValueColumns = {
  series: string;
  series_title: string;
  period: string;
  /** span (the whole period) or uncertain (a moment somewhere within it). */
  period_kind: string;
  period_text: string;
  value: number;
  /** The high end of a range; empty otherwise. */
  value_high: number | "";
  /** Significant figures a derived value supports; empty for a value as stated. */
  precision: number | "";
  unit: string;
  bound: string;
  strict: boolean;
  derived: boolean;
  formula: string;
  note: string;
  /** The value as the site writes it ("≤ $4B") and every line that qualifies it, from the observation view. */
  as_stated: string;
  details: string;
};

export type DownloadRow = {
  chart: string;
  /** The observation's id, as in the API (/api/v1/observations). */
  id: string;
} & ValueColumns & {
    /** The chart's footnote numbers of the value, space-separated: "1 3". */
    footnotes: string;
  };

/** The columns of one citation; the CSV has one group per citation of its most-cited value. */
const CITATION_FIELDS = ["footnote", "author", "title", "publication", "published", "url", "quote"] as const;
type CitationField = (typeof CITATION_FIELDS)[number];
type CitationCells = Record<`citation${number}_${CitationField}`, string | number>;

/** What a value is, in words and numbers; `separator` joins its detail lines into one cell. */
export function valueColumns(p: ChartPoint, seriesTitle: string, unit: string, separator: string): ValueColumns {
  return {
    series: p.seriesSlug,
    series_title: seriesTitle,
    period: p.period,
    period_kind: p.periodKind,
    period_text: p.periodLabel,
    value: p.value,
    value_high: p.valueHigh ?? "",
    precision: p.precision ?? "",
    unit,
    bound: p.bound,
    strict: p.strict,
    derived: p.derived,
    formula: p.formula ?? "",
    note: p.note ?? "",
    as_stated: p.label,
    details: p.details.join(separator),
  };
}

function row(spec: ChartSpec, seriesTitle: string, p: ChartPoint): DownloadRow {
  return {
    chart: spec.id,
    id: p.id,
    ...valueColumns(p, seriesTitle, spec.unit, " | "),
    footnotes: p.footnotes.join(" "),
  };
}

function citationCells(i: number, f: Footnote | undefined): [string, string | number][] {
  const values: Record<CitationField, string | number> = {
    footnote: f?.n ?? "",
    author: f?.author ?? "",
    title: f?.title ?? "",
    publication: f?.publication ?? "",
    published: f?.published ?? "",
    url: f?.href ?? "",
    quote: f?.quote ?? "",
  };
  return CITATION_FIELDS.map((k) => [`citation${i + 1}_${k}`, values[k]]);
}

/**
 * One row per value. A derived value cites the sources of its inputs, so every row can be traced to a
 * sentence; every row has as many citation column groups as the most-cited value (empty where it has fewer).
 */
export function downloadRows(spec: ChartSpec): (DownloadRow & CitationCells)[] {
  const notes = new Map(spec.footnotes.map((f) => [f.n, f]));
  const points = spec.series.flatMap((s) => s.points.map((p) => ({ title: s.title, p })));
  const most = Math.max(1, ...points.map(({ p }) => p.footnotes.length));
  return points.map(({ title, p }) => {
    const cells = Array.from({ length: most }, (_, i) => {
      const n = p.footnotes[i];
      return citationCells(i, n === undefined ? undefined : notes.get(n));
    });
    return { ...row(spec, title, p), ...(Object.fromEntries(cells.flat()) as CitationCells) };
  });
}

/**
 * A text cell a spreadsheet would run as a formula (= + - @, or a tab or carriage return before one) gets a
 * leading apostrophe, which spreadsheets show as text (OWASP "CSV injection"). Numbers are written as
 * numbers and keep their sign: only text cells, whose words come from articles and later from ingest.
 */
export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Rows as CSV with a header, booleans as words and every text cell neutralised. */
export function rowsToCsv(rows: readonly object[]): string {
  return stringify([...rows], {
    header: true,
    cast: { boolean: (b) => (b ? "true" : "false"), string: neutraliseCell },
  });
}

export function toCsv(spec: ChartSpec): string {
  return rowsToCsv(downloadRows(spec));
}

/** A value in the JSON downloads: the CSV's columns with their types (null, not an empty cell; lists as lists). */
export function valueJson(p: ChartPoint, seriesTitle: string, unit: string) {
  return {
    id: p.id,
    series: p.seriesSlug,
    seriesTitle,
    period: p.period,
    periodKind: p.periodKind,
    periodText: p.periodLabel,
    value: p.value,
    valueHigh: p.valueHigh,
    precision: p.precision,
    unit,
    bound: p.bound,
    strict: p.strict,
    derived: p.derived,
    formula: p.formula,
    note: p.note,
    label: p.label,
    details: p.details,
    footnotes: p.footnotes,
  };
}

export function toJson(spec: ChartSpec, dataVersion: string): string {
  return JSON.stringify(
    {
      chart: { id: spec.id, title: spec.title, subtitle: spec.subtitle, unit: spec.unit, notes: spec.notes },
      dataVersion,
      values: spec.series.flatMap((s) => s.points.map((p) => valueJson(p, s.title, spec.unit))),
      footnotes: spec.footnotes,
    },
    null,
    1,
  );
}
