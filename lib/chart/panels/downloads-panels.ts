// A panel chart's data: one row per observation (issue 10: a derived value listed once per citation made a
// spreadsheet total count it twice), its citations in columns, so every row still leads to its sentences;
// its JSON has the values of a chart's JSON, each with its panel.
import { sourceLine } from "../../cite/source-line";
import { extend } from "../../util/extend";
import { rowsToCsv, valueColumns, valueJson, type ValueColumns } from "../downloads";
import type { Footnote } from "../types";
import { panelPoints, type PanelChart } from "./compose";

/** Several citations of one value share a cell, in footnote order, separated by this. */
export const CELL_SEPARATOR = " | ";

export type PanelRow = { panel: number; id: string } & ValueColumns & {
    /** Footnote numbers, e.g. "1 | 4". */
    citations: string;
    sources: string;
    quotes: string;
    urls: string;
  };

export function panelRows(chart: PanelChart): PanelRow[] {
  const notes = new Map(chart.footnotes.map((f) => [f.n, f]));
  return panelPoints(chart).map(({ panel, unit, series, point: p }) => {
    const cites = p.footnotes.flatMap((n) => notes.get(n) ?? []);
    const join = (f: (c: Footnote) => string) => cites.map(f).join(CELL_SEPARATOR);
    return {
      panel,
      id: p.id,
      ...valueColumns(p, series.title, unit, CELL_SEPARATOR),
      citations: join((c) => String(c.n)),
      sources: join((c) => sourceLine(c)),
      quotes: join((c) => `“${c.quote}”`),
      urls: join((c) => c.href ?? ""),
    };
  });
}

export function panelCsv(chart: PanelChart): string {
  return rowsToCsv(panelRows(chart));
}

export function panelJson(chart: PanelChart, dataVersion: string, url: string): string {
  return JSON.stringify(
    {
      chart: {
        title: chart.title,
        subtitle: chart.subtitle,
        note: chart.note,
        url,
        notes: chart.notes,
        panels: chart.panels.map((p, i) => ({
          panel: i + 1,
          kind: p.kind,
          unit: p.unit,
          axisLabel: p.axisLabel,
          series: p.series.map((s) => ({ slug: s.slug, title: s.title })),
        })),
      },
      dataVersion,
      // As a chart's JSON (lib/chart/downloads.ts): typed values, each citation once, in `footnotes`.
      values: panelPoints(chart).map(({ panel, unit, series, point }) =>
        extend({ panel }, valueJson(point, series.title, unit)),
      ),
      footnotes: chart.footnotes,
    },
    null,
    1,
  );
}
