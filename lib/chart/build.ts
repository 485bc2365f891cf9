// The one pure function that turns model objects into a chart spec (see types.ts).
import { UNIT_INFO, type Unit } from "../model/units";
import { citationsBehind, viewObservation } from "../model/observation-view";
import type { Observation, SeriesWithObservations } from "../model/types";
import { formatPeriod } from "../model/period";
import { statedValue } from "../model/precision";
import { FootnoteNumbering } from "./footnotes";
import type { ChartKind } from "./kinds/chart-kind";
import { chartKind } from "./kinds/registry";
import { decimalYear } from "./time";
import type { Annotation, ChartPoint, ChartSeries, ChartSpec } from "./types";

export type ChartDef = {
  id: string;
  kind: ChartKind;
  title: string;
  subtitle: string;
  /** Series slugs; all must share one unit, since one axis never mixes units. */
  series: string[];
  /** Bar labels by series slug (bars charts). */
  categories?: Record<string, string>;
  /** Dated events drawn on time charts, each taken from an observation so its date comes from the data. */
  events?: { observation: string; label: string }[];
  notes?: string[];
};

function toPoint(o: Observation, unit: Unit, category: string | null, notes: FootnoteNumbering): ChartPoint {
  const start = decimalYear(o.periodStart);
  const end = decimalYear(o.periodEnd, true);
  const view = viewObservation(o, unit);
  return {
    id: o.id,
    seriesSlug: o.seriesSlug,
    period: o.period,
    periodLabel: view.period,
    start,
    end,
    mid: (start + end) / 2,
    // A vaguely dated moment is not a figure for the whole interval: never drawn as a span.
    isInterval: view.isInterval && o.periodKind === "span",
    periodKind: o.periodKind,
    // At the precision the article supports: every renderer, file and the interactive view's payload read
    // this, so none carries a derivation's unrounded digits (4,250,000,000 for "≈ $4.3B").
    value: statedValue(o.value, o.precision),
    valueHigh: o.valueHigh === null ? null : statedValue(o.valueHigh, o.precision),
    precision: o.precision,
    bound: o.bound,
    strict: o.strict,
    derived: o.derived,
    formula: view.formula,
    note: o.note,
    details: view.details,
    kind: view.kind,
    label: view.value,
    valueWords: view.valueWords,
    description: view.description,
    category,
    // A derived value has no quote of its own: it points to the sources of the figures it is computed from.
    footnotes: [...new Set(citationsBehind(o).map((c) => notes.number(c, o.id)))],
  };
}

function domains(points: ChartPoint[], unit: Unit): Pick<ChartSpec, "xDomain" | "yDomain"> {
  const range = UNIT_INFO[unit].range;
  const max = Math.max(0, ...points.map((p) => p.valueHigh ?? p.value));
  // Room above the highest value for an "at least" arrow; never a cropped axis.
  const yDomain: [number, number] = range ? [range[0], range[1]] : [0, max * 1.15 || 1];
  const xDomain: [number, number] = [
    Math.floor(Math.min(...points.map((p) => p.start))),
    Math.ceil(Math.max(...points.map((p) => p.end))),
  ];
  return { xDomain, yDomain };
}

function eventAnnotations(def: ChartDef, data: SeriesWithObservations[]): Annotation[] {
  const all = new Map(data.flatMap((s) => s.observations.map((o) => [o.id, o])));
  return (def.events ?? []).flatMap(({ observation, label }) => {
    const o = all.get(observation);
    if (!o) return [];
    const start = decimalYear(o.periodStart);
    const end = decimalYear(o.periodEnd, true);
    return [{ at: (start + end) / 2, label: `${label} (${formatPeriod(o.period)})` }];
  });
}

function summarize(def: ChartDef, series: ChartSeries[], unit: Unit): string {
  const parts = series.map((s) => `${s.title}: ${s.points.map((p) => p.description).join("; ")}.`);
  return `${def.title}, in ${UNIT_INFO[unit].label}. ${parts.join(" ")}`;
}

function marksOf(points: ChartPoint[]): ChartSpec["marks"] {
  const has = (f: (p: ChartPoint) => boolean) => points.some(f);
  return {
    exact: has((p) => p.bound === "exact" && !p.derived),
    approx: has((p) => p.bound === "approx" && !p.derived),
    min: has((p) => p.bound === "min"),
    max: has((p) => p.bound === "max"),
    derived: has((p) => p.derived),
    interval: has((p) => p.isInterval),
    uncertain: has((p) => p.periodKind === "uncertain"),
    range: has((p) => p.valueHigh !== null),
  };
}

function chosenSeries(def: ChartDef, data: SeriesWithObservations[]): [SeriesWithObservations[], Unit] {
  const chosen = def.series.map((slug) => {
    const s = data.find((d) => d.slug === slug);
    if (!s) throw new Error(`chart ${def.id}: series ${slug} is not in the data`);
    return s;
  });
  const units = new Set(chosen.map((s) => s.unit));
  const unit = chosen[0]?.unit;
  if (units.size !== 1 || !unit) throw new Error(`chart ${def.id}: one unit per chart, got ${[...units].join(", ")}`);
  return [chosen, unit];
}

export function buildChartSpec(def: ChartDef, data: SeriesWithObservations[]): ChartSpec {
  const [chosen, unit] = chosenSeries(def, data);
  const kind = chartKind(def.kind);
  const notes = new FootnoteNumbering();
  const series: ChartSeries[] = chosen.map((s, i) => {
    const points = s.observations.map((o) => toPoint(o, unit, def.categories?.[s.slug] ?? null, notes));
    return { slug: s.slug, title: s.title, colorIndex: i % 6, points, segments: kind.segments(points) };
  });
  const points = series.flatMap((s) => s.points);
  return {
    id: def.id,
    kind: def.kind,
    title: def.title,
    subtitle: def.subtitle,
    unit,
    axisLabel: UNIT_INFO[unit].label,
    ...domains(points, unit),
    series,
    annotations: eventAnnotations(def, data),
    footnotes: notes.all(),
    notes: [...(def.notes ?? []), ...kind.autoNotes(series)],
    marks: marksOf(points),
    summary: summarize(def, series, unit),
  };
}
