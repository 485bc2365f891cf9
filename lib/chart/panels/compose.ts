// Panel composition (issue 10's explorer): any series side by side, never two units on one axis. Series are
// grouped by unit, each group becomes one ordinary ChartSpec built by buildChartSpec (so a panel keeps every
// encoding a built-in chart has: bounds, ranges, uncertain periods, derived marks, gap notes), and the panels
// are tied together here: one footnote numbering across all of them, one time axis for the time panels, one
// colour per series. build.ts and the chart-kind registry are used as they are.
import { UNIT_INFO, type Unit } from "../../model/units";
import type { SeriesWithObservations } from "../../model/types";
import { buildChartSpec } from "../build";
import type { ChartKind } from "../kinds/chart-kind";
import type { ChartSpec, Footnote } from "../types";

export type PanelInput = {
  id: string;
  title: string;
  subtitle: string;
  /** The reporter's note (plain text); the data's own notes are kept separately and always shown. */
  note: string;
  series: SeriesWithObservations[];
  /** Whole years, inclusive; null: open. */
  from: number | null;
  to: number | null;
};

export type PanelChart = {
  id: string;
  title: string;
  subtitle: string;
  note: string;
  /** One per unit, in the order the units first appear among the chosen series. */
  panels: ChartSpec[];
  /** Every panel's footnotes, numbered once for the whole chart. */
  footnotes: Footnote[];
  /** The notes the data adds (gaps between years, …), from every panel; never editable. */
  notes: string[];
  /** Series with no figure in the time range, by title: said on the page, left out of the chart. */
  empty: string[];
  summary: string;
};

/** Observations whose period overlaps the years asked for, whole: a span is never cut to fit the range. */
function inRange(s: SeriesWithObservations, from: number | null, to: number | null): SeriesWithObservations {
  const lo = from === null ? null : `${from}-01-01`;
  const hi = to === null ? null : `${to}-12-31`;
  return {
    ...s,
    observations: s.observations.filter(
      (o) => (lo === null || o.periodEnd >= lo) && (hi === null || o.periodStart <= hi),
    ),
  };
}

function byUnit(series: SeriesWithObservations[]): [Unit, SeriesWithObservations[]][] {
  const groups = new Map<Unit, SeriesWithObservations[]>();
  for (const s of series) groups.set(s.unit, [...(groups.get(s.unit) ?? []), s]);
  return [...groups.entries()];
}

/** The kind follows the data: one figure per series reads as bars; anything over time as a time chart. */
export function panelKind(series: SeriesWithObservations[]): ChartKind {
  return series.every((s) => s.observations.length === 1) ? "bars" : "time";
}

/** Renumbers every panel's footnotes into one sequence, in panel order, merging a (source, quote) used twice. */
export function renumber(panels: ChartSpec[]): { panels: ChartSpec[]; footnotes: Footnote[] } {
  const byKey = new Map<string, Footnote>();
  const renumbered = panels.map((spec) => {
    const map = new Map<number, number>();
    for (const f of spec.footnotes) {
      const key = `${f.sourceId}\u0000${f.quote}`;
      let global = byKey.get(key);
      if (!global) {
        global = { ...f, n: byKey.size + 1, observationIds: [] };
        byKey.set(key, global);
      }
      for (const id of f.observationIds) if (!global.observationIds.includes(id)) global.observationIds.push(id);
      map.set(f.n, global.n);
    }
    const series = spec.series.map((s) => ({
      ...s,
      points: s.points.map((p) => ({ ...p, footnotes: p.footnotes.map((n) => map.get(n) ?? n) })),
    }));
    return { ...spec, series, footnotes: [] as Footnote[], used: new Set(map.values()) };
  });
  const footnotes = [...byKey.values()];
  return {
    panels: renumbered.map(({ used, ...spec }) => ({ ...spec, footnotes: footnotes.filter((f) => used.has(f.n)) })),
    footnotes,
  };
}

/** One time axis for every time panel: all their figures, and the years asked for. */
function sharedTimeAxis(panels: ChartSpec[], from: number | null, to: number | null): ChartSpec[] {
  const time = panels.filter((p) => p.kind === "time");
  if (time.length === 0) return panels;
  const x0 = Math.min(...time.map((p) => p.xDomain[0]), ...(from === null ? [] : [from]));
  const x1 = Math.max(...time.map((p) => p.xDomain[1]), ...(to === null ? [] : [to + 1]));
  return panels.map((p) => (p.kind === "time" ? { ...p, xDomain: [x0, x1] } : p));
}

function panelSpec(input: PanelInput, unit: Unit, group: SeriesWithObservations[]): ChartSpec {
  const unitLabel = UNIT_INFO[unit].label;
  const def = {
    id: input.id,
    kind: panelKind(group),
    title: `${input.title}: ${unitLabel}`,
    subtitle: unitLabel,
    series: group.map((s) => s.slug),
  };
  return buildChartSpec(def, group);
}

export function composePanels(input: PanelInput): PanelChart {
  const ranged = input.series.map((s) => inRange(s, input.from, input.to));
  const shown = ranged.filter((s) => s.observations.length > 0);
  const colour = new Map(shown.map((s, i) => [s.slug, i % 6]));
  const built = byUnit(shown).map(([unit, group]) => panelSpec(input, unit, group));
  const coloured = built.map((spec) => ({
    ...spec,
    series: spec.series.map((s) => ({ ...s, colorIndex: colour.get(s.slug) ?? s.colorIndex })),
  }));
  const { panels, footnotes } = renumber(sharedTimeAxis(coloured, input.from, input.to));
  const notes = [...new Set(panels.flatMap((p) => p.notes))];
  const parts = panels.map(
    (p, i) =>
      `Panel ${i + 1}, in ${p.axisLabel}: ${p.series.map((s) => `${s.title}: ${s.points.map((pt) => pt.description).join("; ")}.`).join(" ")}`,
  );
  return {
    id: input.id,
    title: input.title,
    subtitle: input.subtitle,
    note: input.note,
    panels,
    footnotes,
    notes,
    empty: ranged.filter((s) => s.observations.length === 0).map((s) => s.title),
    summary: `${input.title}. ${parts.join(" ")}`.trim(),
  };
}

/** Every point of every panel, with its series' title: for tables, downloads and tests. */
export function panelPoints(chart: PanelChart) {
  return chart.panels.flatMap((panel, i) =>
    panel.series.flatMap((s) => s.points.map((point) => ({ panel: i + 1, unit: panel.unit, series: s, point }))),
  );
}
