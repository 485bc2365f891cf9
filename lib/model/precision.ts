// Significant figures: a figure is never written more precisely than the article (or, for a derived
// figure, its least precise input) supports.
import { UNIT_INFO, type Unit } from "./units";

const SCALES = [1e12, 1e9, 1e6, 1e3];

/**
 * The most significant figures a stated value can carry, read as articles write numbers: money in
 * thousands, millions or billions ("$2.5 billion" → 2, "$300 million" → 3), anything else as digits
 * ("70%" → 2, "3,000" → 4). An upper bound: "70" may mean one significant figure or two.
 */
export function maxSignificantDigits(value: number, unit: Unit): number {
  const abs = Math.abs(value);
  if (abs === 0) return 1;
  const scale = UNIT_INFO[unit].currency ? (SCALES.find((s) => abs >= s) ?? 1) : 1;
  const digits = String(Number((abs / scale).toPrecision(15))).replace(".", "");
  return Math.max(1, digits.replace(/^0+/, "").length);
}

/**
 * A value as every public output writes it (pages, downloads, the API, the data package): a derived
 * value rounded to the significant figures its inputs support (data/README.md, Precision), so nothing
 * shows 4,250,000,000 for "≈ $4.3B". The exact arithmetic stays in the database and the dataset export
 * (npm run data:export), where the loader checks formulas against it.
 */
export function statedValue(value: number, precision: number | null): number {
  return precision ? roundToSignificant(value, precision) : value;
}

/** A value rounded to `digits` significant figures. */
export function roundToSignificant(value: number, digits: number): number {
  return Number(value.toPrecision(Math.max(1, Math.min(15, digits))));
}
