// Writing values for readers: never more precise than the article, and always with the bound it gave.
import { UNIT_INFO, type BoundKind, type Unit } from "./units";

type Style = "compact" | "full";

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(unit: Unit, style: Style): Intl.NumberFormat {
  const key = `${unit}:${style}`;
  let f = formatters.get(key);
  if (!f) {
    const info = UNIT_INFO[unit];
    f = new Intl.NumberFormat("en-US", {
      ...(info.currency ? { style: "currency", currency: info.currency } : {}),
      notation: style === "compact" ? "compact" : "standard",
      // Enough digits to show every digit the article gave (12.4, 4.25) and never invent more.
      minimumFractionDigits: 0,
      maximumFractionDigits: 3,
      ...(unit === "percent-change" ? { signDisplay: "exceptZero" } : {}),
      ...(unit === "year" ? { useGrouping: false } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

/** "$12.4B", "94%", "3,000", "55 bcm". Compact notation only where it reads naturally: money and millions. */
export function formatValue(value: number, unit: Unit, style: Style = "compact"): string {
  const compact = style === "compact" && (UNIT_INFO[unit].currency !== undefined || Math.abs(value) >= 1e6);
  const text = formatter(unit, compact ? "compact" : "full").format(value);
  return `${text}${UNIT_INFO[unit].suffix ?? ""}`;
}

const SYMBOL: Record<BoundKind, [string, string]> = {
  exact: ["", ""],
  approx: ["≈ ", "≈ "],
  min: ["≥ ", "> "],
  max: ["≤ ", "< "],
};

const WORDS: Record<BoundKind, [string, string]> = {
  exact: ["", ""],
  approx: ["approximately ", "approximately "],
  min: ["at least ", "more than "],
  max: ["at most ", "less than "],
};

export type Bounded = {
  value: number;
  unit: Unit;
  bound: BoundKind;
  strict?: boolean | null;
  /** The high end of a range stated as a range. */
  valueHigh?: number | null;
  /** Significant figures the value supports; it is rounded to them for display. */
  precision?: number | null;
};

function shown(value: number, precision: number | null | undefined): number {
  return precision ? Number(value.toPrecision(precision)) : value;
}

/** "$2B–$2.5B", "2–2.5 years": the unit's words once, after the high end. */
function valueText(v: Bounded, style: Style): string {
  const low = shown(v.value, v.precision);
  if (v.valueHigh === undefined || v.valueHigh === null) return formatValue(low, v.unit, style);
  const high = formatValue(shown(v.valueHigh, v.precision), v.unit, style);
  const suffix = UNIT_INFO[v.unit].suffix ?? "";
  const lowText = formatValue(low, v.unit, style);
  return `${suffix && lowText.endsWith(suffix) ? lowText.slice(0, -suffix.length) : lowText}–${high}`;
}

/** "≤ $4B", "> 90%", "≈ $2B", "$12.4B", "2–2.5 years". */
export function formatBounded(v: Bounded, style: Style = "compact"): string {
  return `${SYMBOL[v.bound][v.strict ? 1 : 0]}${valueText(v, style)}`;
}

/** "at least $300M", "more than 90%", "between 2 and 2.5 years": for tooltips, tables and screen readers. */
export function describeBounded(v: Bounded, style: Style = "compact"): string {
  const words = WORDS[v.bound][v.strict ? 1 : 0];
  if (v.valueHigh === undefined || v.valueHigh === null) return `${words}${valueText(v, style)}`;
  const [low, high] = valueText(v, style).split("–");
  return `${words}between ${low} and ${high}`;
}

export const BOUND_LABEL: Record<BoundKind, string> = {
  exact: "exact",
  approx: "approximate",
  min: "lower bound",
  max: "upper bound",
};
