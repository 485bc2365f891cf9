// The glyphs that carry a value's precision: exact (filled), approximate (hollow), derived (dashed),
// bounds (an arrow pointing the way the true value may lie), intervals (a bar over the period).
import type { BoundKind } from "../model/units";
import type { Box } from "./scene-text";
import { SERIES_ROLES, type ColorRole, type Primitive, type SeriesRole } from "./scene-types";

export type MarkStyle = { color: ColorRole; bound: BoundKind; derived: boolean };
export type Glyph = { prims: Primitive[]; box: Box };
export type Direction = "up" | "down" | "left" | "right";

export const DERIVED_DASH = "2.2 1.8";
export const DERIVED_LINE_DASH = "5 4";
export const ARROW_LEN = 15;
export const UNCERTAIN_DASH = "1 4";

export function seriesRole(colorIndex: number): SeriesRole {
  const i = ((Math.round(colorIndex) % 6) + 6) % 6;
  return SERIES_ROLES[i] ?? "series-0";
}

export function boxOf(x0: number, y0: number, x1: number, y1: number): Box {
  return { x0: Math.min(x0, x1), x1: Math.max(x0, x1), y0: Math.min(y0, y1), y1: Math.max(y0, y1) };
}

export function unionBox(a: Box, b: Box): Box {
  return { x0: Math.min(a.x0, b.x0), x1: Math.max(a.x1, b.x1), y0: Math.min(a.y0, b.y0), y1: Math.max(a.y1, b.y1) };
}

/** A point: filled (exact), hollow (approximate), dashed ring (derived; a centre dot when exact). */
export function pointGlyph(s: MarkStyle, cx: number, cy: number, r: number): Glyph {
  const box = boxOf(cx - r - 1, cy - r - 1, cx + r + 1, cy + r + 1);
  if (s.derived) {
    const ring: Primitive = {
      type: "circle",
      cx,
      cy,
      r,
      fill: "bg",
      stroke: s.color,
      strokeWidth: 1.6,
      dash: DERIVED_DASH,
    };
    if (s.bound === "approx") return { prims: [ring], box };
    return { prims: [ring, { type: "circle", cx, cy, r: Math.max(1.6, r * 0.4), fill: s.color }], box };
  }
  if (s.bound === "approx") {
    return { prims: [{ type: "circle", cx, cy, r, fill: "bg", stroke: s.color, strokeWidth: 1.8 }], box };
  }
  return { prims: [{ type: "circle", cx, cy, r, fill: s.color, stroke: "bg", strokeWidth: 1.2 }], box };
}

/** An arrow from (x, y) of length `len` pointing `dir`, the head at the far end. */
export function arrow(dir: Direction, x: number, y: number, len: number, color: ColorRole): Glyph {
  const [dx, dy] = dir === "up" ? [0, -1] : dir === "down" ? [0, 1] : dir === "left" ? [-1, 0] : [1, 0];
  const tipX = x + dx * len;
  const tipY = y + dy * len;
  const head = 5.5;
  const half = 3.6;
  const baseX = tipX - dx * head;
  const baseY = tipY - dy * head;
  const d = `M${r2(tipX)} ${r2(tipY)}L${r2(baseX + dy * half)} ${r2(baseY + dx * half)}L${r2(baseX - dy * half)} ${r2(baseY - dx * half)}Z`;
  const prims: Primitive[] = [
    { type: "line", x1: x, y1: y, x2: baseX, y2: baseY, stroke: color, strokeWidth: 1.6 },
    { type: "path", d, fill: color },
  ];
  return { prims, box: boxOf(x - half, y - half, tipX + half, tipY + half) };
}

/** The direction a bound's arrow points on a vertical value axis. */
export function boundDirection(bound: BoundKind): "up" | "down" | null {
  return bound === "min" ? "up" : bound === "max" ? "down" : null;
}

/** Half the thickness of a period's bar: thin when exact, thicker (hollow) when approximate or derived. */
export function intervalHalfHeight(s: MarkStyle): number {
  return s.derived || s.bound === "approx" ? 3.5 : 2;
}

/** A period (2011–2020) as a bar spanning start..end at the value, with end caps. */
export function intervalGlyph(s: MarkStyle, x0: number, x1: number, cy: number): Glyph {
  const w = Math.max(6, x1 - x0);
  const left = x1 - x0 < 6 ? (x0 + x1) / 2 - 3 : x0;
  const hollow = s.derived || s.bound === "approx";
  const h = intervalHalfHeight(s) * 2;
  const body: Primitive = hollow
    ? {
        type: "rect",
        x: left,
        y: cy - h / 2,
        width: w,
        height: h,
        fill: "bg",
        stroke: s.color,
        strokeWidth: 1.5,
        ...(s.derived ? { dash: DERIVED_DASH } : {}),
      }
    : { type: "rect", x: left, y: cy - h / 2, width: w, height: h, fill: s.color };
  const cap = (x: number): Primitive => ({
    type: "line",
    x1: x,
    y1: cy - 6,
    x2: x,
    y2: cy + 6,
    stroke: s.color,
    strokeWidth: 1.6,
  });
  return { prims: [body, cap(left), cap(left + w)], box: boxOf(left - 1, cy - 6, left + w + 1, cy + 6) };
}

/**
 * A moment known only to lie somewhere within [x0, x1]: a dotted line over the whole period with open ends,
 * so it never reads as a figure for the whole period (a solid bar with caps).
 */
export function uncertainGlyph(s: MarkStyle, x0: number, x1: number, cy: number): Glyph {
  const left = Math.min(x0, x1 - 6);
  const line: Primitive = {
    type: "line",
    x1: left,
    y1: cy,
    x2: x1,
    y2: cy,
    stroke: s.color,
    strokeWidth: 2.5,
    dash: UNCERTAIN_DASH,
  };
  const end = (x: number): Primitive => ({
    type: "circle",
    cx: x,
    cy,
    r: 2.5,
    fill: "bg",
    stroke: s.color,
    strokeWidth: 1.4,
  });
  return { prims: [line, end(left), end(x1)], box: boxOf(left - 3, cy - 3, x1 + 3, cy + 3) };
}

/** A range the article states ("2–2.5 years"): a vertical bar from the low to the high value, with caps. */
export function rangeGlyph(s: MarkStyle, cx: number, yLow: number, yHigh: number): Glyph {
  const hollow = s.derived || s.bound === "approx";
  const top = Math.min(yLow, yHigh);
  const h = Math.max(4, Math.abs(yLow - yHigh));
  const body: Primitive = hollow
    ? { type: "rect", x: cx - 3, y: top, width: 6, height: h, fill: "bg", stroke: s.color, strokeWidth: 1.5 }
    : { type: "rect", x: cx - 3, y: top, width: 6, height: h, fill: s.color };
  const cap = (y: number): Primitive => ({
    type: "line",
    x1: cx - 6,
    y1: y,
    x2: cx + 6,
    y2: y,
    stroke: s.color,
    strokeWidth: 1.6,
  });
  return { prims: [body, cap(top), cap(top + h)], box: boxOf(cx - 6, top - 1, cx + 6, top + h + 1) };
}

/** A horizontal bar: solid (exact), tinted with an outline (approximate), tinted with a dashed outline (derived). */
export function barGlyph(s: MarkStyle, x0: number, x1: number, y: number, h: number): Glyph {
  const w = Math.max(1, x1 - x0);
  const box = boxOf(x0, y, x0 + w, y + h);
  if (!s.derived && s.bound !== "approx") {
    return { prims: [{ type: "rect", x: x0, y, width: w, height: h, fill: s.color }], box };
  }
  const inset = 0.75;
  const rect: Primitive = {
    type: "rect",
    x: x0 + inset,
    y: y + inset,
    width: Math.max(1, w - 2 * inset),
    height: h - 2 * inset,
    fill: s.color,
    fillOpacity: 0.16,
    stroke: s.color,
    strokeWidth: 1.5,
    ...(s.derived ? { dash: "4 2.5" } : {}),
  };
  // An opaque underlay, so grid lines do not show through the tint.
  return { prims: [{ type: "rect", x: x0, y, width: w, height: h, fill: "bg" }, rect], box };
}

/** How far past a bar's end its bound's arrow reaches ("at least", "at most"; none for other bounds). */
export function boundArrowRoom(bound: MarkStyle["bound"]): number {
  return bound === "min" || bound === "max" ? ARROW_LEN + 3 : 0;
}

/** A bar with its bound's arrow past the end ("at least": onwards; "at most": back towards zero), and
 *  where a label after it may start; the server chart and the interactive view draw bars with this. */
export function boundedBarGlyph(s: MarkStyle, x0: number, x1: number, y: number, h: number): Glyph & { after: number } {
  const bar = barGlyph(s, x0, x1, y, h);
  const cy = y + h / 2;
  const deco =
    s.bound === "min"
      ? arrow("right", x1 + 1, cy, ARROW_LEN, s.color)
      : s.bound === "max"
        ? arrow("left", x1 + ARROW_LEN + 1, cy, ARROW_LEN - 1, s.color)
        : null;
  if (!deco) return { ...bar, after: x1 };
  return {
    prims: [...bar.prims, ...deco.prims],
    box: unionBox(bar.box, deco.box),
    after: x1 + boundArrowRoom(s.bound),
  };
}

export function r2(n: number): number {
  return Math.round(n * 100) / 100;
}
