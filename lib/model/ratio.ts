// Multiples computed from two observations ("4.96× from 2021 to 2024"): derived figures, shown with inputs.
import { viewObservation } from "./observation-view";
import type { Observation, SeriesWithObservations } from "./types";
import { maxSignificantDigits, roundToSignificant } from "./precision";
import type { Unit } from "./units";

export type RatioFigure = {
  label: string;
  /** The exact quotient; `text` shows it rounded to `precision` significant figures. */
  value: number;
  precision: number;
  text: string;
  formula: string;
  approximate: boolean;
};

function inputPrecision(o: Observation, unit: Unit): number {
  return o.precision ?? maxSignificantDigits(o.value, unit);
}

const MULTIPLE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** An observation and its series' unit, by id, from the series at hand. */
export function findObservation(
  data: readonly SeriesWithObservations[],
  id: string,
): { series: SeriesWithObservations; observation: Observation; unit: Unit } | undefined {
  for (const series of data) {
    const observation = series.observations.find((x) => x.id === id);
    if (observation) return { series, observation, unit: series.unit };
  }
  return undefined;
}

function describe(o: Observation, unit: Unit): string {
  const view = viewObservation(o, unit);
  return `${view.value} (${view.period})`;
}

/** Null when either input is missing, is zero, or is a bound: a ratio of bounds is not a number. */
export function computeRatio(
  label: string,
  numeratorId: string,
  denominatorId: string,
  data: readonly SeriesWithObservations[],
): RatioFigure | null {
  const num = findObservation(data, numeratorId);
  const den = findObservation(data, denominatorId);
  if (!num || !den || den.observation.value === 0) return null;
  const [n, d] = [num.observation, den.observation];
  if ([n.bound, d.bound].some((b) => b === "min" || b === "max")) return null;
  const value = n.value / d.value;
  // A ratio is no more precise than its less precise input: $12.4B ÷ $2.5B supports "≈ 5×", not "4.96×".
  const precision = Math.min(inputPrecision(n, num.unit), inputPrecision(d, den.unit));
  const shown = roundToSignificant(value, precision);
  const approximate = n.bound !== "exact" || d.bound !== "exact" || shown !== value;
  return {
    label,
    value,
    precision,
    approximate,
    text: `${approximate ? "≈ " : ""}${MULTIPLE.format(shown)}×`,
    formula: `${describe(n, num.unit)} ÷ ${describe(d, den.unit)}`,
  };
}
