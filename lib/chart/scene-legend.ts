// The legend of a standalone image (only the mark kinds present, worded as the page's BoundLegend), and the
// series key that time charts with several series carry above their plot.
import { arrow, barGlyph, boundDirection, intervalGlyph, pointGlyph, seriesRole, type MarkStyle } from "./scene-marks";
import { textWidth, wrapText } from "./scene-text";
import type { Primitive } from "./scene-types";
import type { ChartSpec } from "./types";

type Item = { label: string; glyphW: number; draw: (x: number, cy: number) => Primitive[] };

const SIZE = 12;

/** The same words as the page's legend (components/bound-legend.tsx). */
export const LABELS: Record<keyof ChartSpec["marks"], string> = {
  exact: "as stated",
  approx: "approximately",
  min: "at least / more than",
  max: "at most / less than",
  derived: "derived from other figures",
  interval: "a figure for a whole period",
};
const ROW = 22;

const st = (bound: MarkStyle["bound"], derived = false): MarkStyle => ({ color: "fg", bound, derived });

/** Dots as the page's legend draws them: fill tells exact from approximate, an arrow a bound, dashes derived. */
function dot(bound: MarkStyle["bound"], derived = false): Item["draw"] {
  const dir = boundDirection(bound);
  return (x, cy) => {
    if (!dir) return pointGlyph(st(bound, derived), x + 8, cy, 4.5).prims;
    const c = dir === "up" ? cy + 4 : cy - 4;
    return [
      ...arrow(dir, x + 8, dir === "up" ? c - 4 : c + 4, 8, "fg").prims,
      ...pointGlyph(st("exact"), x + 8, c, 4).prims,
    ];
  };
}

function timeKinds(spec: ChartSpec): Item[] {
  const m = spec.marks;
  const items: (Item | false)[] = [
    m.exact && { label: LABELS.exact, glyphW: 16, draw: dot("exact") },
    m.approx && { label: LABELS.approx, glyphW: 16, draw: dot("approx") },
    m.min && { label: LABELS.min, glyphW: 16, draw: dot("min") },
    m.max && { label: LABELS.max, glyphW: 16, draw: dot("max") },
    m.derived && { label: LABELS.derived, glyphW: 16, draw: dot("approx", true) },
    m.interval && {
      label: LABELS.interval,
      glyphW: 26,
      draw: (x, cy) => intervalGlyph(st("exact"), x + 2, x + 24, cy).prims,
    },
  ];
  return items.filter((i): i is Item => i !== false);
}

function barKinds(spec: ChartSpec): Item[] {
  const bar =
    (bound: MarkStyle["bound"], derived = false) =>
    (x: number, cy: number) =>
      barGlyph(st(bound, derived), x, x + 18, cy - 5, 10).prims;
  const m = spec.marks;
  const items: (Item | false)[] = [
    m.exact && { label: LABELS.exact, glyphW: 18, draw: bar("exact") },
    m.approx && { label: LABELS.approx, glyphW: 18, draw: bar("approx") },
    m.min && {
      label: LABELS.min,
      glyphW: 30,
      draw: (x, cy) => [...bar("exact")(x, cy), ...arrow("right", x + 18, cy, 11, "fg").prims],
    },
    m.max && {
      label: LABELS.max,
      glyphW: 30,
      draw: (x, cy) => [...bar("exact")(x, cy), ...arrow("left", x + 30, cy, 11, "fg").prims],
    },
    m.derived && { label: LABELS.derived, glyphW: 18, draw: bar("approx", true) },
  ];
  return items.filter((i): i is Item => i !== false);
}

function seriesItems(spec: ChartSpec): Item[] {
  if (spec.kind !== "time" || spec.series.length < 2) return [];
  return spec.series.map((s) => {
    const color = seriesRole(s.colorIndex);
    return {
      label: s.title,
      glyphW: 20,
      draw: (x, cy) => [{ type: "line", x1: x, y1: cy, x2: x + 20, y2: cy, stroke: color, strokeWidth: 3 }],
    };
  });
}

/** Items flowed into rows across `width`; a label too long for a row wraps under itself. */
function flow(items: Item[], x: number, y: number, width: number): { prims: Primitive[]; bottom: number } {
  const prims: Primitive[] = [];
  const lh = SIZE * 1.3;
  let cx = x;
  let rowTop = y;
  let rowH = 0;
  for (const it of items) {
    const lines = wrapText(it.label, width - it.glyphW - 6, SIZE);
    const w = it.glyphW + 6 + Math.max(...lines.map((l) => textWidth(l, SIZE)));
    if (cx > x && cx + w > x + width) {
      cx = x;
      rowTop += rowH;
      rowH = 0;
    }
    const cy = rowTop + ROW / 2;
    prims.push(...it.draw(cx, cy));
    lines.forEach((text, i) => {
      prims.push({
        type: "text",
        x: cx + it.glyphW + 6,
        y: cy + SIZE * 0.35 + i * lh,
        text,
        anchor: "start",
        size: SIZE,
        weight: 400,
        fill: "fg",
      });
    });
    rowH = Math.max(rowH, ROW + (lines.length - 1) * lh);
    cx += w + 16;
  }
  return { prims, bottom: rowTop + rowH };
}

/** How values are marked: only the kinds the chart has. */
export function legendPrims(
  spec: ChartSpec,
  x: number,
  y: number,
  width: number,
): { prims: Primitive[]; bottom: number } {
  return flow(spec.kind === "time" ? timeKinds(spec) : barKinds(spec), x, y, width);
}

/** Which colour is which series (time charts with more than one); empty otherwise. */
export function seriesKey(
  spec: ChartSpec,
  x: number,
  y: number,
  width: number,
): { prims: Primitive[]; bottom: number } {
  return flow(seriesItems(spec), x, y, width);
}
