// Axes: value ticks labelled with formatValue, year ticks that never overlap.
import type { ScaleLinear } from "d3-scale";
import { formatValue } from "../model/format";
import type { Unit } from "../model/units";
import { clampText, fitText, textWidth } from "./scene-text";
import type { Primitive, TextPrim } from "./scene-types";

export type Frame = { x: number; y: number; width: number };
export type Sizes = { narrow: boolean; tick: number; label: number; fn: number; r: number; small: number };

export function sizesFor(width: number): Sizes {
  const narrow = width < 560;
  return {
    narrow,
    tick: narrow ? 11 : 12,
    label: narrow ? 11.5 : 12.5,
    fn: narrow ? 9.5 : 10,
    r: narrow ? 4 : 4.5,
    small: 11,
  };
}

/** Ticks within the domain, as many as fit `count`, thinned until their labels do not overlap along `span` px. */
export function valueTicks(
  scale: ScaleLinear<number, number>,
  count: number,
  unit: Unit,
  labelGap: number | null,
  size: number,
): number[] {
  let n = Math.max(2, count);
  for (;;) {
    const ticks = scale.ticks(n);
    if (labelGap === null || n <= 2 || fitsAlong(ticks, scale, unit, labelGap, size)) return ticks;
    n -= 1;
  }
}

/** True when horizontally laid-out, centred tick labels keep `gap` px between each other. */
function fitsAlong(
  ticks: number[],
  scale: ScaleLinear<number, number>,
  unit: Unit,
  gap: number,
  size: number,
): boolean {
  for (let i = 1; i < ticks.length; i++) {
    const a = ticks[i - 1] ?? 0;
    const b = ticks[i] ?? 0;
    const room = scale(b) - scale(a);
    const need = (textWidth(formatValue(a, unit), size) + textWidth(formatValue(b, unit), size)) / 2 + gap;
    if (room < need) return false;
  }
  return true;
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100];

export type YearTicks = { boundaries: number[]; labels: { year: number; at: number }[] };

/**
 * Whole-year boundaries inside the domain, and year labels centred on the year they name
 * (a point for 2024 sits at mid-2024, under its label), every `step` years so labels never collide.
 */
export function yearTicks(domain: [number, number], pxPerYear: number, size: number): YearTicks {
  const [d0, d1] = domain;
  const need = textWidth("0000", size) + 10;
  const step = YEAR_STEPS.find((s) => s * pxPerYear >= need) ?? 100;
  const boundaries: number[] = [];
  for (let y = Math.ceil(d0); y <= Math.floor(d1); y++) {
    if (pxPerYear >= 5 || y % step === 0) boundaries.push(y);
  }
  const labels: { year: number; at: number }[] = [];
  for (let y = Math.floor(d0); y < d1; y++) {
    const at = y + 0.5;
    if (y % step === 0 && at >= d0 && at <= d1) labels.push({ year: y, at });
  }
  return { boundaries, labels };
}

/** A text primitive kept inside [lo, hi] horizontally. */
export function textIn(t: TextPrim, lo: number, hi: number): TextPrim {
  return clampText(t, lo, hi);
}

export function gridLine(x1: number, y1: number, x2: number, y2: number, zero: boolean): Primitive {
  return { type: "line", x1, y1, x2, y2, stroke: zero ? "axis" : "grid", strokeWidth: zero ? 1.2 : 1 };
}

/** The value axis's unit ("US dollars") above the plot's top-left corner, shortened to fit. */
export function axisLabel(text: string, frame: Frame, sz: Sizes): TextPrim {
  const label = fitText(text, frame.width, sz.small);
  return {
    type: "text",
    x: frame.x,
    y: frame.y + sz.small,
    text: label,
    anchor: "start",
    size: sz.small,
    weight: 400,
    fill: "muted",
  };
}
