// Data downloads of a chart: one row per value and citation, with everything needed to cite it.
import { stringify } from "csv-stringify/sync";
import type { ChartPoint, ChartSpec, Footnote } from "./types";

export type DownloadRow = {
  chart: string;
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
  citation: number | "";
  author: string;
  title: string;
  publication: string;
  published: string;
  url: string;
  quote: string;
};

function row(spec: ChartSpec, seriesTitle: string, p: ChartPoint, f: Footnote | undefined): DownloadRow {
  return {
    chart: spec.id,
    series: p.seriesSlug,
    series_title: seriesTitle,
    period: p.period,
    period_kind: p.periodKind,
    period_text: p.periodLabel,
    value: p.value,
    value_high: p.valueHigh ?? "",
    precision: p.precision ?? "",
    unit: spec.unit,
    bound: p.bound,
    strict: p.strict,
    derived: p.derived,
    formula: p.formula ?? "",
    note: p.note ?? "",
    as_stated: p.label,
    details: p.details.join(" | "),
    citation: f?.n ?? "",
    author: f?.author ?? "",
    title: f?.title ?? "",
    publication: f?.publication ?? "",
    published: f?.published ?? "",
    url: f?.href ?? "",
    quote: f?.quote ?? "",
  };
}

/** A derived value's rows cite the sources of its inputs, so every row can be traced to a sentence. */
export function downloadRows(spec: ChartSpec): DownloadRow[] {
  const notes = new Map(spec.footnotes.map((f) => [f.n, f]));
  return spec.series.flatMap((s) =>
    s.points.flatMap((p) =>
      p.footnotes.length
        ? p.footnotes.map((n) => row(spec, s.title, p, notes.get(n)))
        : [row(spec, s.title, p, undefined)],
    ),
  );
}

/**
 * A text cell a spreadsheet would run as a formula (= + - @, or a tab or carriage return before one) gets a
 * leading apostrophe, which spreadsheets show as text (OWASP "CSV injection"). Numbers are written as
 * numbers and keep their sign: only text cells, whose words come from articles and later from ingest.
 */
export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function toCsv(spec: ChartSpec): string {
  return stringify(downloadRows(spec), {
    header: true,
    cast: { boolean: (b) => (b ? "true" : "false"), string: neutraliseCell },
  });
}

export function toJson(spec: ChartSpec, dataVersion: string): string {
  return JSON.stringify(
    {
      chart: { id: spec.id, title: spec.title, subtitle: spec.subtitle, unit: spec.unit, notes: spec.notes },
      dataVersion,
      values: spec.series.flatMap((s) =>
        s.points.map((p) => ({
          series: p.seriesSlug,
          seriesTitle: s.title,
          period: p.period,
          periodKind: p.periodKind,
          periodText: p.periodLabel,
          value: p.value,
          valueHigh: p.valueHigh,
          precision: p.precision,
          unit: spec.unit,
          bound: p.bound,
          strict: p.strict,
          derived: p.derived,
          formula: p.formula,
          note: p.note,
          label: p.label,
          details: p.details,
          footnotes: p.footnotes,
        })),
      ),
      footnotes: spec.footnotes,
    },
    null,
    1,
  );
}
