// One observation view: the only place a figure becomes reader text. Pages, tables, footnotes, images,
// downloads and citations all read these strings, so a figure is worded the same everywhere.
import { BOUND_LABEL, describeBounded, formatBounded } from "./format";
import { formatPeriod } from "./period";
import type { Observation, ObservationInput } from "./types";
import type { Unit } from "./units";

export type ObservationView = {
  /** "≤ $4B": the value with its bound, never more precise than the article. */
  value: string;
  /** "at most $4B": for tooltips, tables and screen readers. */
  valueWords: string;
  /** "2024", "2011–2020", "Feb 2024". */
  period: string;
  /** A figure for a whole period (an interval) rather than a single year, month or day. */
  isInterval: boolean;
  /** "upper bound", "derived, approximate". */
  kind: string;
  /** A derived figure's arithmetic in words, or null: "[Russia–Armenia trade turnover, 2021] × (1 + …)". */
  formula: string | null;
  /** "2024: at most $4B (derived)". */
  description: string;
  /**
   * Lines that qualify the figure, in reading order: its formula ("= [Trade, 2021] × …") and its note. Tables,
   * downloads, tooltips and the source pages print every line, so a new qualifying field is one more line here.
   */
  details: string[];
};

function inputName(input: ObservationInput): string {
  return `${input.seriesTitle}, ${formatPeriod(input.period)}`;
}

/** "{ru-am-trade-turnover/2021} * (1 + …)" → "[Russia–Armenia trade turnover, 2021] × (1 + …)". */
export function formulaInWords(formula: string | null, inputs: readonly ObservationInput[]): string | null {
  if (!formula) return null;
  const names = new Map(inputs.map((i) => [i.id, inputName(i)]));
  return formula
    .replace(/\{([^{}]+)\}/g, (_, id: string) => `[${names.get(id.trim()) ?? id}]`)
    .replace(/\*/g, "×")
    .replace(/\//g, "÷");
}

function detailsOf(o: Observation): string[] {
  const formula = formulaInWords(o.formula, o.inputs);
  return [formula ? `= ${formula}` : null, o.note].flatMap((line) => (line ? [line] : []));
}

export function viewObservation(o: Observation, unit: Unit): ObservationView {
  const bounded = { value: o.value, unit, bound: o.bound, strict: o.strict };
  const period = formatPeriod(o.period);
  const valueWords = describeBounded(bounded);
  return {
    value: formatBounded(bounded),
    valueWords,
    period,
    isInterval: o.period.includes("/"),
    kind: o.derived ? `derived, ${BOUND_LABEL[o.bound]}` : BOUND_LABEL[o.bound],
    formula: formulaInWords(o.formula, o.inputs),
    description: `${period}: ${valueWords}${o.derived ? " (derived)" : ""}`,
    details: detailsOf(o),
  };
}

/** The citations a figure rests on: its own quotes, or for a derived figure the quotes of its inputs. */
export function citationsBehind(o: Observation): Observation["citations"] {
  return o.derived ? o.inputs.flatMap((i) => i.citations) : o.citations;
}
