// Multiples computed from two observations ("4.96× from 2021 to 2024"): derived figures, shown with inputs.
import type { SeriesData } from "@/db/queries/series";
import { formatBounded } from "./format";
import { formatPeriod } from "./period";
import { isUnit } from "./units";

type Row = SeriesData["observations"][number];

export type RatioFigure = { label: string; value: number; text: string; formula: string; approximate: boolean };

const MULTIPLE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

function describe(o: Row, unit: string): string {
  return isUnit(unit)
    ? `${formatBounded({ value: o.value, unit, bound: o.bound, strict: o.strict })} (${formatPeriod(o.period)})`
    : String(o.value);
}

/** Null when either input is missing, is zero, or is a bound: a ratio of bounds is not a number. */
export function computeRatio(
  label: string,
  numeratorId: string,
  denominatorId: string,
  data: SeriesData[],
): RatioFigure | null {
  const find = (id: string) => {
    for (const s of data) {
      const o = s.observations.find((x) => x.id === id);
      if (o) return { o, unit: s.unit };
    }
    return undefined;
  };
  const num = find(numeratorId);
  const den = find(denominatorId);
  if (!num || !den || den.o.value === 0) return null;
  if ([num.o.bound, den.o.bound].some((b) => b === "min" || b === "max")) return null;
  const value = num.o.value / den.o.value;
  const approximate = num.o.bound !== "exact" || den.o.bound !== "exact";
  return {
    label,
    value,
    approximate,
    text: `${approximate ? "≈ " : ""}${MULTIPLE.format(value)}×`,
    formula: `${describe(num.o, num.unit)} ÷ ${describe(den.o, den.unit)}`,
  };
}
