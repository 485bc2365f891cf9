// The legend of the marks a chart draws (only the kinds present), drawn with the glyph functions the plot
// uses: the standalone image flows it into its frame, the page's BoundLegend draws each glyph as a small SVG.
// Also the series key that time charts with several series carry above their plot.
import {
  arrow,
  barGlyph,
  boundDirection,
  intervalGlyph,
  pointGlyph,
  rangeGlyph,
  seriesRole,
  uncertainGlyph,
  type MarkStyle,
} from "./scene-marks";
import { textWidth, wrapText } from "./scene-text";
import type { Primitive } from "./scene-types";
import type { ChartSpec } from "./types";
import { MARK_WORDS as LABELS } from "./legend-words";

export type LegendItem = { label: string; glyphW: number; draw: (x: number, cy: number) => Primitive[] };

const SIZE = 12;

const ROW = 22;

const st = (bound: MarkStyle["bound"], derived = false): MarkStyle => ({ color: "fg", bound, derived });

/** Dots as the page's legend draws them: fill tells exact from approximate, an arrow a bound, dashes derived. */
function dot(bound: MarkStyle["bound"], derived = false): LegendItem["draw"] {
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

/** A time chart's legend: dots, arrows for bounds, the period cap; only the kinds present. */
export function timeLegendItems(spec: ChartSpec): LegendItem[] {
  const m = spec.marks;
  const items: (LegendItem | false)[] = [
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
    m.uncertain && {
      label: LABELS.uncertain,
      glyphW: 26,
      draw: (x, cy) => uncertainGlyph(st("exact"), x + 3, x + 23, cy).prims,
    },
    m.range && {
      label: LABELS.range,
      glyphW: 16,
      draw: (x, cy) => rangeGlyph(st("exact"), x + 8, cy + 7, cy - 7).prims,
    },
  ];
  return items.filter((i): i is LegendItem => i !== false);
}

/** A bar chart's legend: bars with arrows for bounds; only the kinds present. */
export function barLegendItems(spec: ChartSpec): LegendItem[] {
  const bar =
    (bound: MarkStyle["bound"], derived = false) =>
    (x: number, cy: number) =>
      barGlyph(st(bound, derived), x, x + 18, cy - 5, 10).prims;
  const m = spec.marks;
  const items: (LegendItem | false)[] = [
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
  return items.filter((i): i is LegendItem => i !== false);
}

function seriesItems(spec: ChartSpec): LegendItem[] {
  if (spec.series.length < 2) return [];
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
function flow(items: LegendItem[], x: number, y: number, width: number): { prims: Primitive[]; bottom: number } {
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

/** How values are marked, flowed into rows across `width`: the items come from the chart's kind. */
export function legendPrims(
  items: LegendItem[],
  x: number,
  y: number,
  width: number,
): { prims: Primitive[]; bottom: number } {
  return flow(items, x, y, width);
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
