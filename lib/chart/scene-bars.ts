// The plot of a bars chart: one horizontal bar per point, its category beside or above it,
// its value label and footnote numbers at the bar end, the bound drawn at the end.
import { scaleLinear, type ScaleLinear } from "d3-scale";
import { formatValue } from "../model/format";
import { markAriaLabel } from "./scene-aria";
import { axisLabel, gridLine, sizesFor, textIn, valueTicks, type Frame, type Sizes } from "./scene-axes";
import { FN_GAP, footnoteText } from "./scene-labels";
import { boundArrowRoom, boundedBarGlyph, seriesRole, type MarkStyle } from "./scene-marks";
import { advance, textWidth, wrapText } from "./scene-text";
import type { PlotResult } from "./kinds/kind-module";
import { part, type Primitive } from "./scene-types";
import type { ChartPoint, ChartSeries, ChartSpec } from "./types";

type Row = { series: ChartSeries; point: ChartPoint; lines: string[]; top: number; barY: number };
type Geo = {
  frame: Frame;
  sz: Sizes;
  left: number;
  right: number;
  x: ScaleLinear<number, number>;
  rows: Row[];
  plotTop: number;
  plotBottom: number;
  above: boolean;
  inside: boolean;
};

const LABEL_GAP = 5;

/** A bar's label: its category, or its series and period. */
export function categoryOf(s: ChartSeries, p: ChartPoint): string {
  return p.category ?? `${s.title}, ${p.periodLabel}`;
}

/** The value label and its footnote numbers, measured a little wide. */
function labelWidth(p: ChartPoint, sz: Sizes): number {
  const fn = footnoteText(p.footnotes);
  return (advance(p.label, sz.label) + (fn ? FN_GAP + advance(fn, sz.fn, 600) : 0)) * 1.03;
}

/** What sits beyond the bar end: the bound's arrow, then the value label and its footnote numbers. */
function endWidth(p: ChartPoint, sz: Sizes): number {
  return boundArrowRoom(p.bound) + LABEL_GAP + labelWidth(p, sz);
}

/** The rightmost value-axis end that still leaves every bar's end label inside the frame. */
function fitRight(spec: ChartSpec, points: ChartPoint[], left: number, frameRight: number, sz: Sizes): number {
  const [d0, d1] = spec.yDomain;
  let right = frameRight - 6;
  for (const p of points) {
    const f = (p.value - d0) / (d1 - d0 || 1);
    if (f > 0) right = Math.min(right, left + (frameRight - endWidth(p, sz) - left) / f);
  }
  return right;
}

function rowsOf(
  spec: ChartSpec,
  frame: Frame,
  sz: Sizes,
  above: boolean,
  catW: number,
  top: number,
): { rows: Row[]; bottom: number } {
  const barH = sz.narrow ? 16 : 20;
  const lh = sz.tick * 1.25;
  let y = top;
  const rows: Row[] = [];
  for (const s of spec.series) {
    for (const p of s.points) {
      const lines = wrapText(categoryOf(s, p), above ? frame.width : catW, sz.tick, 600);
      const labelH = lines.length * lh;
      const barY = above ? y + labelH + 3 : y + Math.max(0, (labelH - barH) / 2);
      rows.push({ series: s, point: p, lines, top: y, barY });
      y = (above ? barY + barH : y + Math.max(barH, labelH)) + (sz.narrow ? 12 : 14);
    }
  }
  return { rows, bottom: y - (sz.narrow ? 12 : 14) };
}

function geometry(spec: ChartSpec, frame: Frame): Geo {
  const sz = sizesFor(frame.width);
  const points = spec.series.flatMap((s) => s.points);
  const cats = spec.series.flatMap((s) => s.points.map((p) => categoryOf(s, p)));
  const catMax = Math.max(0, ...cats.map((c) => textWidth(c, sz.tick, 600)));
  const above = sz.narrow || catMax > frame.width * 0.28;
  const catW = Math.min(catMax, frame.width * 0.28);
  const left = above ? frame.x + 1 : frame.x + catW + 12;
  const frameRight = frame.x + frame.width;
  let right = fitRight(spec, points, left, frameRight, sz);
  const inside = right - left < (frameRight - left) * 0.45;
  if (inside) right = frameRight - 6;
  const plotTop = frame.y + sz.small * 1.45 + 8;
  const { rows, bottom } = rowsOf(spec, frame, sz, above, catW, plotTop);
  const x = scaleLinear().domain(spec.yDomain).range([left, right]);
  return { frame, sz, left, right, x, rows, plotTop, plotBottom: bottom + 8, above, inside };
}

function axis(spec: ChartSpec, g: Geo): Primitive[] {
  const prims: Primitive[] = [];
  const ticks = valueTicks(
    g.x,
    Math.min(7, Math.max(2, Math.floor((g.right - g.left) / 100))),
    spec.unit,
    12,
    g.sz.tick,
  );
  for (const t of ticks) prims.push(gridLine(g.x(t), g.plotTop - 4, g.x(t), g.plotBottom, t === spec.yDomain[0]));
  for (const t of ticks) {
    const text: Primitive = {
      type: "text",
      x: g.x(t),
      y: g.plotBottom + 6 + g.sz.tick,
      text: formatValue(t, spec.unit),
      anchor: "middle",
      size: g.sz.tick,
      weight: 400,
      fill: "muted",
    };
    prims.push(textIn(text, g.frame.x, g.frame.x + g.frame.width));
  }
  prims.push(axisLabel(spec.axisLabel, g.frame, g.sz));
  return prims;
}

function categoryPrims(r: Row, g: Geo): Primitive[] {
  const lh = g.sz.tick * 1.25;
  return r.lines.map((line, i) => ({
    type: "text",
    x: g.frame.x,
    y: r.top + (i + 1) * lh - g.sz.tick * 0.3,
    text: line,
    anchor: "start",
    size: g.sz.tick,
    weight: 600,
    fill: "fg",
  }));
}

/** Value label and footnote numbers after the bar end, or inside the bar's end when there is no room. */
function endLabel(p: ChartPoint, solid: boolean, from: number, cy: number, g: Geo): Primitive[] {
  const { label: size, fn: fnSize } = g.sz;
  const fn = footnoteText(p.footnotes);
  const w = labelWidth(p, g.sz);
  const outside = from + LABEL_GAP + w <= g.frame.x + g.frame.width;
  const x = outside ? from + LABEL_GAP : Math.max(g.left + 2, g.x(p.value) - 4 - w);
  const onBar = !outside && solid;
  const prims: Primitive[] = [
    {
      type: "text",
      x,
      y: cy + size * 0.35,
      text: p.label,
      anchor: "start",
      size,
      weight: 400,
      fill: onBar ? "bg" : "fg",
      halo: !onBar,
    },
  ];
  if (fn)
    prims.push({
      type: "text",
      x: x + advance(p.label, size) + FN_GAP,
      y: cy + size * 0.35 - size * 0.38,
      text: fn,
      anchor: "start",
      size: fnSize,
      weight: 600,
      fill: onBar ? "bg" : "accent",
      halo: !onBar,
    });
  return prims;
}

function barMark(spec: ChartSpec, r: Row, g: Geo): Primitive {
  const p = r.point;
  const style: MarkStyle = { color: seriesRole(r.series.colorIndex), bound: p.bound, derived: p.derived };
  const barH = g.sz.narrow ? 16 : 20;
  const cy = r.barY + barH / 2;
  const bar = boundedBarGlyph(style, g.x(spec.yDomain[0]), g.x(p.value), r.barY, barH);
  const solid = !p.derived && p.bound !== "approx";
  const children = [...bar.prims, ...endLabel(p, solid, bar.after, cy, g)];
  return {
    type: "group",
    markId: p.id,
    footnotes: p.footnotes,
    ariaLabel: markAriaLabel(p, p.category ?? r.series.title),
    children,
  };
}

export function layoutBars(spec: ChartSpec, frame: Frame): PlotResult {
  const g = geometry(spec, frame);
  const prims = [
    part("axis", [...axis(spec, g), ...g.rows.flatMap((r) => categoryPrims(r, g))]),
    part(
      "marks",
      g.rows.map((r) => barMark(spec, r, g)),
    ),
  ];
  return { prims, height: g.plotBottom + 10 + g.sz.tick * 1.2 - frame.y };
}
