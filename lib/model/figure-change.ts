// A figure's history as readers see it: "corrected on 2026-12-04: was ≈ $4.25B". Plain types, so pages,
// the feed and embeds phrase a change the same way and never more precisely than either article said.
import { formatBounded } from "./format";
import { isUnit, type BoundKind } from "./units";

export type FigureChangeKind = "added" | "changed" | "removed";

/** One figure added, changed or removed by one publish (the corrections record). */
export type FigureChangeView = {
  id: number;
  publishId: number;
  observationId: string;
  seriesSlug: string;
  period: string;
  kind: FigureChangeKind;
  oldValue: number | null;
  oldValueHigh: number | null;
  oldPrecision: number | null;
  oldBound: BoundKind | null;
  oldStrict: boolean | null;
  oldQuote: string | null;
  newValue: number | null;
  newValueHigh: number | null;
  newPrecision: number | null;
  newBound: BoundKind | null;
  newStrict: boolean | null;
  newQuote: string | null;
  publishedAt: string;
  version: string;
};

/** A change with what a reader needs to phrase it: its series' title and unit. */
export type ChangeEntry = FigureChangeView & { seriesTitle: string; unit: string };

/** The date of a publish, as written on pages: 2026-12-04 (UTC). */
export const publishDate = (iso: string): string => iso.slice(0, 10);

type Side = {
  value: number | null;
  valueHigh: number | null;
  precision: number | null;
  bound: BoundKind | null;
  strict: boolean | null;
};

function bounded(s: Side, unit: string): string {
  if (s.value === null || s.bound === null) return "—";
  if (!isUnit(unit)) return String(s.value);
  return formatBounded({ ...s, value: s.value, bound: s.bound, unit });
}

export const oldFigure = (c: FigureChangeView, unit: string) =>
  bounded(
    { value: c.oldValue, valueHigh: c.oldValueHigh, precision: c.oldPrecision, bound: c.oldBound, strict: c.oldStrict },
    unit,
  );
export const newFigure = (c: FigureChangeView, unit: string) =>
  bounded(
    { value: c.newValue, valueHigh: c.newValueHigh, precision: c.newPrecision, bound: c.newBound, strict: c.newStrict },
    unit,
  );

/** "corrected on 2026-12-04: was ≈ $4.25B, now ≈ $4.3B"; "added on …: …"; "removed on …: was …". */
export function describeChange(c: FigureChangeView, unit: string): string {
  const on = publishDate(c.publishedAt);
  switch (c.kind) {
    case "added":
      return `added on ${on}: ${newFigure(c, unit)}`;
    case "removed":
      return `removed on ${on}: was ${oldFigure(c, unit)}`;
    case "changed": {
      const [was, now] = [oldFigure(c, unit), newFigure(c, unit)];
      if (was !== now) return `corrected on ${on}: was ${was}, now ${now}`;
      return c.oldQuote !== c.newQuote ? `quote corrected on ${on}` : `details corrected on ${on}`;
    }
  }
}
