// What a screen reader hears for one mark: "2024: at most $4B, source 3".
import { describeBounded } from "../model/format";
import type { ChartPoint, ChartSeries, ChartSpec } from "./types";

export function sourcesPhrase(footnotes: number[]): string {
  if (footnotes.length === 0) return "no source";
  if (footnotes.length === 1) return `source ${footnotes[0]}`;
  return `sources ${footnotes.slice(0, -1).join(", ")} and ${footnotes[footnotes.length - 1]}`;
}

export function markAriaLabel(spec: ChartSpec, series: ChartSeries, p: ChartPoint): string {
  const value = describeBounded({ value: p.value, unit: spec.unit, bound: p.bound, strict: p.strict });
  const who = spec.kind === "bars" ? (p.category ?? series.title) : spec.series.length > 1 ? series.title : null;
  const when = who ? `${who}, ${p.periodLabel}` : p.periodLabel;
  return `${when}: ${value}${p.derived ? " (derived)" : ""}, ${sourcesPhrase(p.footnotes)}`;
}
