// One observation view: the only place a figure becomes reader text. Pages, tables, footnotes, images,
// downloads and citations all read these strings, so a figure is worded the same everywhere.
import { BOUND_LABEL, describeBounded, formatBounded } from "./format";
import { formatPeriod } from "./period";
import type { Observation, ObservationInput } from "./types";
import type { Unit } from "./units";

export type ObservationView = {
  /** "≤ $4B": the value with its bound, never more precise than the article (or its least precise input). */
  value: string;
  /** "at most $4B": for tooltips, tables and screen readers. */
  valueWords: string;
  /** "2024", "2011–2020", "c. 2024", "some time in 2020–2023". */
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
   * Lines that qualify the figure, in reading order: its formula, its precision, a vague time, its note.
   * Tables, downloads, tooltips and the source pages print every line, so a new qualifying field is one
   * more line here.
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

/** "2024", "c. 2024" on an inferred article date, "some time in 2020–2023" for a vaguely dated moment. */
export function periodText(o: Pick<Observation, "period" | "periodKind" | "circa">): string {
  const text = `${o.circa ? "c. " : ""}${formatPeriod(o.period)}`;
  switch (o.periodKind) {
    case "span":
      return text;
    case "uncertain":
      return `some time in ${text}`;
  }
}

/** A derived figure's inputs come from more than one article. */
export function mixesSources(o: Observation): boolean {
  return new Set(o.inputs.flatMap((i) => i.citations.map((c) => c.source.id))).size > 1;
}

function detailsOf(o: Observation): string[] {
  const formula = formulaInWords(o.formula, o.inputs);
  return [
    formula ? `= ${formula}` : null,
    o.precision
      ? `Rounded to ${o.precision} significant figure${o.precision > 1 ? "s" : ""}, the precision of its least precise input.`
      : null,
    o.derived && mixesSources(o)
      ? "Its inputs come from different articles, whose statistics may not be comparable."
      : null,
    o.periodKind === "uncertain"
      ? `The article dates this only vaguely: a moment within ${formatPeriod(o.period)}, not the whole period.`
      : null,
    o.note,
  ].flatMap((line) => (line ? [line] : []));
}

type BoundedFields = Pick<Observation, "value" | "bound" | "strict" | "valueHigh" | "precision">;

const bounded = (o: BoundedFields, unit: Unit) => ({
  value: o.value,
  unit,
  bound: o.bound,
  strict: o.strict,
  valueHigh: o.valueHigh,
  precision: o.precision,
});

/**
 * The view's `value` alone, for a reader that needs no other line of the view: the API writes pages of
 * 100 figures with only their value and period in words, and the rest of each view was thrown away.
 */
export function valueText(o: BoundedFields, unit: Unit): string {
  return formatBounded(bounded(o, unit));
}

export function viewObservation(o: Observation, unit: Unit): ObservationView {
  const period = periodText(o);
  const valueWords = describeBounded(bounded(o, unit));
  return {
    value: valueText(o, unit),
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
