// Rules that need more than one record: references, value ranges, quotes and derived formulas.
import { evaluateFormula, formulaInputs } from "../model/formula";
import { quoteStates } from "./quote-numbers";
import { maxSignificantDigits } from "../model/precision";
import { UNIT_INFO, type Unit } from "../model/units";
import type { ObservationRecord } from "./schema";
import type { Located, Parsed } from "./types";

type Report = (field: string, message: string) => void;

function checkCitations(o: ObservationRecord, money: boolean, sourceIds: Set<string>, report: Report): void {
  const citations = o.citations ?? [];
  if (citations.length === 0 && !o.derived)
    report("citations", "a figure that is not derived needs at least one quote");
  citations.forEach((c, i) => {
    if (!sourceIds.has(c.source)) report(`citations[${i}].source`, `unknown source '${c.source}'`);
    if (!o.derived && !quoteStates(c.quote, o.value, { money }))
      report(`citations[${i}].quote`, `the quote does not state ${o.value}`);
    if (!o.derived && o.valueHigh !== undefined && !quoteStates(c.quote, o.valueHigh, { money }))
      report(`citations[${i}].quote`, `the quote does not state the range's high end ${o.valueHigh}`);
    if (c.context !== undefined && !c.context.includes(c.quote))
      report(`citations[${i}].context`, "must contain the quote verbatim");
  });
}

function checkDerived(o: ObservationRecord, byId: Map<string, ObservationRecord>, report: Report): void {
  if (!o.derived) return;
  const { formula } = o.derived;
  let inputs: string[];
  let computed: number;
  try {
    inputs = formulaInputs(formula);
    computed = evaluateFormula(formula, (id) => (id === o.id ? undefined : byId.get(id)?.value));
  } catch (e) {
    report("derived.formula", (e as Error).message);
    return;
  }
  if (inputs.length === 0) report("derived.formula", "must read at least one observation, as {id}");
  if (Math.abs(computed - o.value) > 1e-9 * Math.max(1, Math.abs(o.value)))
    report("value", `the formula gives ${computed}, not ${o.value}`);
  const inexact = inputs.filter((id) => byId.get(id)?.bound !== "exact");
  if (o.bound === "exact" && inexact.length > 0)
    report(
      "bound",
      `cannot be exact: it is computed from ${inexact.join(", ")}, which ${inexact.length > 1 ? "are" : "is"} not`,
    );
}

function checkRange(o: ObservationRecord, report: Report): void {
  if (o.valueHigh === undefined) return;
  if (o.valueHigh <= o.value) report("valueHigh", `must be above value (${o.value}): a range runs low to high`);
  if (o.derived) report("valueHigh", "a derived figure cannot be a range");
}

type Units = Map<string, Unit>;

/** The most significant figures an observation supports: its stated precision, or its digits as written. */
function precisionOf(id: string, byId: Map<string, ObservationRecord>, units: Units): number | undefined {
  const o = byId.get(id);
  const unit = o && units.get(o.series);
  if (!o || !unit) return undefined;
  return o.derived ? o.derived.precision : maxSignificantDigits(o.value, unit);
}

/** A derived value is never more precise than its least precise input. */
function checkPrecision(
  o: ObservationRecord,
  precision: number,
  byId: Map<string, ObservationRecord>,
  units: Units,
  report: Report,
): void {
  const inputs = safeInputs(o.derived?.formula ?? "").flatMap((id) => {
    const p = precisionOf(id, byId, units);
    return p === undefined ? [] : [{ id, p }];
  });
  const least = inputs.reduce<{ id: string; p: number } | null>((a, b) => (a && a.p <= b.p ? a : b), null);
  if (least && precision > least.p)
    report(
      "derived.precision",
      `${precision} significant figures claims more than ${least.id} supports (${least.p} at most)`,
    );
}

function hasCycle(start: string, byId: Map<string, ObservationRecord>): boolean {
  const stack = [start];
  const seen = new Set<string>();
  while (stack.length) {
    const id = stack.pop() as string;
    const formula = byId.get(id)?.derived?.formula;
    if (!formula) continue;
    for (const next of safeInputs(formula)) {
      if (next === start) return true;
      if (seen.has(next)) continue;
      stack.push(next);
      seen.add(next);
    }
  }
  return false;
}

function safeInputs(formula: string): string[] {
  try {
    return formulaInputs(formula);
  } catch {
    return [];
  }
}

export function checkObservations(parsed: Parsed, errors: string[]): void {
  const seriesUnits = new Map(parsed.series.map((s) => [s.record.slug, s.record.unit]));
  const sourceIds = new Set(parsed.sources.map((s) => s.record.id));
  const byId = new Map(parsed.observations.map((o) => [o.record.id, o.record]));
  for (const { file, record: o } of parsed.observations as Located<ObservationRecord>[]) {
    const report: Report = (field, message) => errors.push(`${file}: ${o.id}: ${field}: ${message}`);
    // Ids name their series, so a reference like {ru-am-trade-turnover/2021} says what it reads.
    if (!o.id.startsWith(`${o.series}/`)) report("id", `must start with its series, '${o.series}/'`);
    const unit = seriesUnits.get(o.series);
    if (unit === undefined) report("series", `unknown series '${o.series}'`);
    const range = unit ? UNIT_INFO[unit].range : undefined;
    if (range && (o.value < range[0] || o.value > range[1]))
      report("value", `${o.value} is outside ${range[0]}–${range[1]} for ${unit}`);
    checkCitations(o, unit !== undefined && UNIT_INFO[unit].currency !== undefined, sourceIds, report);
    checkDerived(o, byId, report);
    checkRange(o, report);
    if (o.derived) checkPrecision(o, o.derived.precision, byId, seriesUnits, report);
    if (o.derived && hasCycle(o.id, byId)) report("derived.formula", "derives from itself through its inputs");
  }
}
