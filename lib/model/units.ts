// The units a series may be measured in. Values are stored in these base units: USD, not billions.

export const UNITS = [
  "USD",
  "EUR",
  "RUB",
  "percent",
  "percent-change",
  "count",
  "jets",
  "deployments",
  "borders",
  "villages",
  "wars",
  "flights",
  "documents",
  "people",
  "km",
  "km2",
  "bcm",
  "tonnes",
  "tons",
  "years",
  "year",
  "days",
  "miles",
  "weeks",
  "months",
  "times",
] as const;
export type Unit = (typeof UNITS)[number];

export const BOUNDS = ["exact", "approx", "min", "max"] as const;
export type BoundKind = (typeof BOUNDS)[number];

type UnitInfo = {
  /** What an axis or a table header says the numbers are. */
  label: string;
  /** Inclusive range a value may take, where the unit has one. */
  range?: readonly [number, number];
  currency?: string;
  suffix?: string;
};

export const UNIT_INFO: Record<Unit, UnitInfo> = {
  USD: { label: "US dollars", currency: "USD" },
  EUR: { label: "euros", currency: "EUR" },
  RUB: { label: "roubles", currency: "RUB" },
  percent: { label: "percent", range: [0, 100], suffix: "%" },
  "percent-change": { label: "percent change", suffix: "%" },
  count: { label: "count" },
  // Counts carry their noun ("9 flights", "3 wars"), never a bare number.
  jets: { label: "jets", suffix: " jets" },
  deployments: { label: "deployments", suffix: " deployments" },
  borders: { label: "borders", suffix: " borders" },
  villages: { label: "villages", suffix: " villages" },
  wars: { label: "wars", suffix: " wars" },
  flights: { label: "flights", suffix: " flights" },
  documents: { label: "documents", suffix: " documents" },
  people: { label: "people", suffix: " people" },
  km: { label: "kilometres", suffix: " km" },
  km2: { label: "square kilometres", suffix: " km²" },
  bcm: { label: "billion cubic metres", suffix: " bcm" },
  tonnes: { label: "tonnes", suffix: " t" },
  // "510 tons" does not say metric or short tons: the article's own word, never relabelled.
  tons: { label: "tons", suffix: " tons" },
  years: { label: "years", suffix: " years" },
  /** A calendar year the article names as a figure ("until 2044"), written without a thousands separator. */
  year: { label: "calendar year" },
  days: { label: "days", suffix: " days" },
  // Stored as the article states them, never converted: "five miles", "six-week war", "the next 24 months".
  miles: { label: "miles", suffix: " mi" },
  weeks: { label: "weeks", suffix: " weeks" },
  months: { label: "months", suffix: " months" },
  /** A multiple: "10 times stronger". */
  times: { label: "times (multiple)", suffix: "×" },
};

export function isUnit(text: string): text is Unit {
  return (UNITS as readonly string[]).includes(text);
}
