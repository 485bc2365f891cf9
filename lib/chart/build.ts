// The one pure function that turns database rows into a chart spec (see types.ts).
import type { SeriesData } from "@/db/queries/series";
import { describeBounded, formatBounded } from "../model/format";
import { formatPeriod } from "../model/period";
import { UNIT_INFO, isUnit, type Unit } from "../model/units";
import { FootnoteNumbering } from "./footnotes";
import { decimalYear } from "./time";
import type { Annotation, ChartPoint, ChartSeries, ChartSpec } from "./types";

export type ChartDef = {
  id: string;
  kind: "time" | "bars";
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

type ObservationRow = SeriesData["observations"][number];

/** "{ru-am-trade-turnover/2021} * (1 + …)" → "Russia–Armenia trade turnover, 2021 × (1 + …)". */
export function readableFormula(o: ObservationRow): string | null {
  if (!o.formula) return null;
  const names = new Map(
    o.inputs.map(({ input }) => [input.id, `${input.series.title}, ${formatPeriod(input.period)}`]),
  );
  return o.formula
    .replace(/\{([^{}]+)\}/g, (_, id: string) => `[${names.get(id.trim()) ?? id}]`)
    .replace(/\*/g, "×")
    .replace(/\//g, "÷");
}

function toPoint(o: ObservationRow, s: SeriesData, unit: Unit, def: ChartDef, notes: FootnoteNumbering): ChartPoint {
  const start = decimalYear(o.periodStart);
  const end = decimalYear(o.periodEnd, true);
  const bounded = { value: o.value, unit, bound: o.bound, strict: o.strict };
  const periodLabel = formatPeriod(o.period);
  return {
    id: o.id,
    seriesSlug: s.slug,
    period: o.period,
    periodLabel,
    start,
    end,
    mid: (start + end) / 2,
    isInterval: o.period.includes("/"),
    value: o.value,
    bound: o.bound,
    strict: o.strict,
    derived: o.derived,
    formula: readableFormula(o),
    note: o.note,
    label: formatBounded(bounded),
    description: `${periodLabel}: ${describeBounded(bounded)}${o.derived ? " (derived)" : ""}`,
    category: def.categories?.[s.slug] ?? null,
    footnotes: footnotesOf(o, notes),
  };
}

/** A derived value has no quote of its own: it points to the sources of the figures it is computed from. */
function footnotesOf(o: ObservationRow, notes: FootnoteNumbering): number[] {
  const cited = o.derived ? o.inputs.flatMap(({ input }) => input.citations) : o.citations;
  return [...new Set(cited.map((c) => notes.number(c, o.id)))];
}

const YEAR = /^\d{4}$/;

/** "No figure for 2023": years missing inside an annual series, said in words as well as by the gap. */
export function gapNote(series: { title: string; points: ChartPoint[] }[]): string | null {
  const missing = series.flatMap((s) => {
    const years = s.points.filter((p) => YEAR.test(p.period)).map((p) => Number(p.period));
    if (years.length < 2) return [];
    const gaps: number[] = [];
    for (let y = Math.min(...years) + 1; y < Math.max(...years); y++) if (!years.includes(y)) gaps.push(y);
    return gaps.length ? [`${s.title}: ${gaps.join(", ")}`] : [];
  });
  return missing.length
    ? `No figure in the articles for ${missing.join("; ")}. The line is not drawn across a missing year.`
    : null;
}

/** Adjacent single periods of the same length are joined; a missing period or an interval breaks the line. */
export function segmentsOf(points: ChartPoint[]): string[][] {
  const runs: string[][] = [];
  let run: ChartPoint[] = [];
  for (const p of points) {
    const prev = run[run.length - 1];
    const joins =
      prev &&
      !p.isInterval &&
      !prev.isInterval &&
      Math.abs(p.start - prev.end) < 1e-6 &&
      Math.abs(p.end - p.start - (prev.end - prev.start)) < 0.1;
    if (!joins) {
      if (run.length > 1) runs.push(run.map((r) => r.id));
      run = [];
    }
    run.push(p);
  }
  if (run.length > 1) runs.push(run.map((r) => r.id));
  return runs;
}

function domains(points: ChartPoint[], unit: Unit): Pick<ChartSpec, "xDomain" | "yDomain"> {
  const range = UNIT_INFO[unit].range;
  const max = Math.max(0, ...points.map((p) => p.value));
  // Room above the highest value for an "at least" arrow; never a cropped axis.
  const yDomain: [number, number] = range ? [range[0], range[1]] : [0, max * 1.15 || 1];
  const xDomain: [number, number] = [
    Math.floor(Math.min(...points.map((p) => p.start))),
    Math.ceil(Math.max(...points.map((p) => p.end))),
  ];
  return { xDomain, yDomain };
}

function eventAnnotations(def: ChartDef, data: SeriesData[]): Annotation[] {
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

export function buildChartSpec(def: ChartDef, data: SeriesData[]): ChartSpec {
  const chosen = def.series.map((slug) => {
    const s = data.find((d) => d.slug === slug);
    if (!s) throw new Error(`chart ${def.id}: series ${slug} is not in the data`);
    return s;
  });
  const units = new Set(chosen.map((s) => s.unit));
  const unit = chosen[0]?.unit;
  if (units.size !== 1 || !unit || !isUnit(unit))
    throw new Error(`chart ${def.id}: one unit per chart, got ${[...units].join(", ")}`);
  const notes = new FootnoteNumbering();
  const series: ChartSeries[] = chosen.map((s, i) => {
    const points = s.observations.map((o) => toPoint(o, s, unit, def, notes));
    return {
      slug: s.slug,
      title: s.title,
      colorIndex: i % 6,
      points,
      segments: def.kind === "time" ? segmentsOf(points) : [],
    };
  });
  const points = series.flatMap((s) => s.points);
  const has = (f: (p: ChartPoint) => boolean) => points.some(f);
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
    notes: [...(def.notes ?? []), ...(def.kind === "time" ? [gapNote(series)].flatMap((n) => n ?? []) : [])],
    marks: {
      exact: has((p) => p.bound === "exact" && !p.derived),
      approx: has((p) => p.bound === "approx" && !p.derived),
      min: has((p) => p.bound === "min"),
      max: has((p) => p.bound === "max"),
      derived: has((p) => p.derived),
      interval: has((p) => p.isInterval),
    },
    summary: summarize(def, series, unit),
  };
}
