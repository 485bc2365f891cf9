// The plot of a time chart: value grid, year axis, annotations, joined segments and marks.
import { scaleLinear, type ScaleLinear } from "d3-scale";
import { formatValue } from "../model/format";
import { annotationPrims, stackAnnotations, type AnnotationBlock } from "./scene-annotations";
import { markAriaLabel } from "./scene-aria";
import { axisLabel, gridLine, sizesFor, textIn, valueTicks, yearTicks, type Frame, type Sizes } from "./scene-axes";
import { seriesKey } from "./scene-legend";
import { placeLabel, type Obstacles, type Placement, type Segment } from "./scene-labels";
import {
  ARROW_LEN,
  DERIVED_LINE_DASH,
  arrow,
  boundDirection,
  intervalGlyph,
  intervalHalfHeight,
  pointGlyph,
  rangeGlyph,
  seriesRole,
  uncertainGlyph,
  unionBox,
  type Glyph,
  type MarkStyle,
} from "./scene-marks";
import { textBox, textWidth } from "./scene-text";
import { part, type Primitive } from "./scene-types";
import type { ChartPoint, ChartSeries, ChartSpec } from "./types";
import type { PlotResult } from "./kinds/kind-module";

type Geo = {
  frame: Frame;
  sz: Sizes;
  left: number;
  right: number;
  plotTop: number;
  plotBottom: number;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  yTicks: number[];
  blocks: AnnotationBlock[];
  bandBottom: number;
  labelTop: number;
};

/** Room above the plot so an "at least" arrow on a value near the top stays inside the canvas. */
function headroom(spec: ChartSpec, plotH: number, sz: Sizes): number {
  const [d0, d1] = spec.yDomain;
  const need = spec.series
    .flatMap((s) => s.points)
    .filter((p) => p.bound === "min")
    .map((p) => {
      const below = (1 - (p.value - d0) / (d1 - d0 || 1)) * plotH;
      return ARROW_LEN + (p.isInterval ? 6 : sz.r) + 4 - below;
    });
  return Math.max(8, ...need);
}

function geometry(spec: ChartSpec, frame: Frame): Geo {
  const sz = sizesFor(frame.width);
  // Phones get a taller plot than the width alone suggests: a flat chart hides the differences it shows.
  const plotH = Math.min(340, Math.max(frame.width < 560 ? 230 : 180, Math.round(frame.width * 0.42)));
  const labelTop = frame.y + sz.small * 1.45;
  const y = scaleLinear().domain(spec.yDomain).range([plotH, 0]);
  const yTicks = valueTicks(y, Math.min(6, Math.floor(plotH / 50)), spec.unit, null, sz.tick);
  const tickW = Math.max(...yTicks.map((t) => textWidth(formatValue(t, spec.unit), sz.tick)));
  const left = frame.x + tickW + (sz.narrow ? 6 : 10);
  const right = frame.x + frame.width - (sz.narrow ? 4 : 8);
  const x = scaleLinear().domain(spec.xDomain).range([left, right]);
  const { blocks, levels } = stackAnnotations(spec.annotations, spec.xDomain, x, frame, sz);
  const bandBottom = labelTop + levels * sz.small * 1.25 + (levels > 0 ? 4 : 0);
  const plotTop = bandBottom + headroom(spec, plotH, sz);
  y.range([plotTop + plotH, plotTop]);
  return { frame, sz, left, right, plotTop, plotBottom: plotTop + plotH, x, y, yTicks, blocks, bandBottom, labelTop };
}

function yAxis(spec: ChartSpec, g: Geo): Primitive[] {
  const prims: Primitive[] = [];
  for (const t of g.yTicks) {
    const yy = g.y(t);
    prims.push(gridLine(g.left, yy, g.right, yy, t === spec.yDomain[0]));
    const text = formatValue(t, spec.unit);
    prims.push({
      type: "text",
      x: g.left - 6,
      y: yy + g.sz.tick * 0.35,
      text,
      anchor: "end",
      size: g.sz.tick,
      weight: 400,
      fill: "muted",
    });
  }
  prims.push(axisLabel(spec.axisLabel, g.frame, g.sz));
  return prims;
}

function xAxis(spec: ChartSpec, g: Geo): Primitive[] {
  const pxPerYear = (g.right - g.left) / (spec.xDomain[1] - spec.xDomain[0] || 1);
  const ticks = yearTicks(spec.xDomain, pxPerYear, g.sz.tick);
  const prims: Primitive[] = ticks.boundaries.map((b) => ({
    type: "line",
    x1: g.x(b),
    y1: g.plotBottom,
    x2: g.x(b),
    y2: g.plotBottom + 4,
    stroke: "axis",
    strokeWidth: 1,
  }));
  const baseline = g.plotBottom + 6 + g.sz.tick;
  for (const l of ticks.labels) {
    const t: Primitive = {
      type: "text",
      x: g.x(l.at),
      y: baseline,
      text: String(l.year),
      anchor: "middle",
      size: g.sz.tick,
      weight: 400,
      fill: "muted",
    };
    prims.push(textIn(t, g.frame.x, g.frame.x + g.frame.width));
  }
  return prims;
}

type Pos = { cx: number; cy: number; arrow?: boolean };

/** Centres of single-period marks; marks of different series at one period that would overlap are set side by side. */
function positions(spec: ChartSpec, g: Geo): Map<string, Pos> {
  const pos = new Map<string, Pos>();
  const byMid = new Map<string, Pos[]>();
  for (const p of spec.series.flatMap((s) => s.points)) {
    const at = {
      cx: g.x(p.isInterval ? (p.start + p.end) / 2 : p.mid),
      cy: g.y(p.value),
      arrow: p.bound === "min" || p.bound === "max",
    };
    pos.set(p.id, at);
    if (p.isInterval) continue;
    const key = p.mid.toFixed(3);
    byMid.set(key, [...(byMid.get(key) ?? []), at]);
  }
  const step = 2 * g.sz.r + 3;
  for (const group of byMid.values()) {
    const reach = (a: Pos, b: Pos) => step + (a.arrow || b.arrow ? ARROW_LEN : 0);
    const close = group.some((a, i) => group.some((b, j) => i < j && Math.abs(a.cy - b.cy) < reach(a, b)));
    if (!close || group.length < 2) continue;
    group.forEach((a, i) => (a.cx += (i - (group.length - 1) / 2) * step));
  }
  return pos;
}

function seriesLines(spec: ChartSpec, pos: Map<string, Pos>): { prims: Primitive[]; segs: Segment[] } {
  const prims: Primitive[] = [];
  const segs: Segment[] = [];
  for (const s of spec.series) {
    const byId = new Map(s.points.map((p) => [p.id, p]));
    for (const run of s.segments) {
      for (let i = 1; i < run.length; i++) {
        const a = byId.get(run[i - 1] ?? "");
        const b = byId.get(run[i] ?? "");
        const pa = a && pos.get(a.id);
        const pb = b && pos.get(b.id);
        if (!a || !b || !pa || !pb) continue;
        const dashed = a.derived || b.derived;
        prims.push({
          type: "line",
          x1: pa.cx,
          y1: pa.cy,
          x2: pb.cx,
          y2: pb.cy,
          stroke: seriesRole(s.colorIndex),
          strokeWidth: 2,
          ...(dashed ? { dash: DERIVED_LINE_DASH } : {}),
        });
        segs.push([pa.cx, pa.cy, pb.cx, pb.cy]);
      }
    }
  }
  return { prims, segs };
}

type Mark = { series: ChartSeries; point: ChartPoint; glyph: Glyph; at: Pos; prefer: Placement[] };

/** A span's bar, an uncertain moment's dotted line, a range's vertical bar, or a point. */
function bodyOf(p: ChartPoint, style: MarkStyle, at: Pos, g: Geo): Glyph {
  if (p.isInterval) return intervalGlyph(style, g.x(p.start), g.x(p.end), at.cy);
  if (p.periodKind === "uncertain") return uncertainGlyph(style, g.x(p.start), g.x(p.end), at.cy);
  if (p.valueHigh !== null) return rangeGlyph(style, at.cx, at.cy, g.y(p.valueHigh));
  return pointGlyph(style, at.cx, at.cy, g.sz.r);
}

function markOf(s: ChartSeries, p: ChartPoint, at: Pos, g: Geo): Mark {
  const style = { color: seriesRole(s.colorIndex), bound: p.bound, derived: p.derived };
  const body = bodyOf(p, style, at, g);
  const dir = boundDirection(p.bound);
  const reach = p.isInterval ? intervalHalfHeight(style) : g.sz.r;
  const tail = dir ? arrow(dir, at.cx, dir === "up" ? at.cy - reach : at.cy + reach, ARROW_LEN, style.color) : null;
  const glyph = tail ? { prims: [...tail.prims, ...body.prims], box: unionBox(body.box, tail.box) } : body;
  const prefer: Placement[] =
    p.isInterval || p.periodKind === "uncertain"
      ? dir === "up"
        ? ["below", "above"]
        : ["above", "below"]
      : dir === "up"
        ? ["right", "left", "below", "above"]
        : dir === "down"
          ? ["above", "right", "left", "below"]
          : ["above", "below", "right", "left"];
  return { series: s, point: p, glyph, at, prefer };
}

/**
 * Too many marks, or years too narrow, for a value label on each: then each series' last value is labelled
 * first and the others only where they touch nothing (all marks keep their footnote numbers where they
 * fit, their link and their aria label).
 */
function isCrowded(spec: ChartSpec, g: Geo): boolean {
  const perYear = (g.right - g.left) / (spec.xDomain[1] - spec.xDomain[0] || 1);
  const singles = spec.series.flatMap((s) => s.points.filter((p) => !p.isInterval));
  const shortest = Math.min(Infinity, ...singles.map((p) => p.end - p.start));
  const count = spec.series.flatMap((s) => s.points).length;
  return shortest * perYear < textWidth("$00.0B", g.sz.label) + 8 || count * 45 > g.right - g.left;
}

/** Many marks for the plot's width: then a mark that is not labelled first gets no value label at all. */
function isDense(spec: ChartSpec, g: Geo): boolean {
  return spec.series.flatMap((s) => s.points).length * 45 > g.right - g.left;
}

/** In a crowded chart, each series' periods, vague moments and last value are labelled first. */
function labelledFirst(s: ChartSeries, p: ChartPoint): boolean {
  const last = s.points.filter((q) => !q.isInterval).at(-1);
  return p.isInterval || p.periodKind === "uncertain" || p.id === last?.id;
}

/**
 * 2: labelled wherever it fits best; 1: only where it touches nothing (a crowded chart with few marks, e.g.
 * a few yearly figures on a long shared time axis); 0: footnote numbers only (a dense chart).
 */
function labelRank(s: ChartSeries, p: ChartPoint, crowded: boolean, dense: boolean): 0 | 1 | 2 {
  if (!crowded || labelledFirst(s, p)) return 2;
  return dense ? 0 : 1;
}

function marks(spec: ChartSpec, g: Geo, pos: Map<string, Pos>, obstacles: Obstacles): Primitive[] {
  const all: Mark[] = spec.series.flatMap((s) =>
    s.points.map((p) => markOf(s, p, pos.get(p.id) ?? { cx: 0, cy: 0 }, g)),
  );
  // Periods first, so a single-year mark is never hidden under a long bar.
  all.sort((a, b) => Number(b.point.isInterval) - Number(a.point.isInterval));
  obstacles.boxes.push(...all.map((m) => m.glyph.box));
  const crowded = isCrowded(spec, g);
  const dense = isDense(spec, g);
  const rank = (m: Mark) => labelRank(m.series, m.point, crowded, dense);
  const ctx = {
    st: { size: g.sz.label, fnSize: g.sz.fn },
    bounds: { x0: g.frame.x, x1: g.frame.x + g.frame.width, y0: g.labelTop, y1: g.plotBottom },
    obstacles,
  };
  // Labelled values claim their places before the values written only where clear, then the bare numbers.
  const order = [...all].sort((a, b) => rank(b) - rank(a));
  const labels = new Map(
    order.map((m) => {
      const req = {
        x: m.at.cx,
        y: m.at.cy,
        markBox: m.glyph.box,
        text: rank(m) > 0 ? m.point.label : "",
        footnotes: m.point.footnotes,
        prefer: m.prefer,
        textOnlyIfClear: rank(m) === 1,
      };
      return [m.point.id, placeLabel(req, ctx, crowded)] as const;
    }),
  );
  return all.map((m) => ({
    type: "group",
    markId: m.point.id,
    footnotes: m.point.footnotes,
    ariaLabel: markAriaLabel(m.point, spec.series.length > 1 ? m.series.title : null),
    children: [...m.glyph.prims, ...(labels.get(m.point.id) ?? [])],
  }));
}

export function layoutTime(spec: ChartSpec, outer: Frame): PlotResult {
  const key = seriesKey(spec, outer.x, outer.y, outer.width);
  const frame = { ...outer, y: key.prims.length ? key.bottom + 6 : outer.y };
  const g = geometry(spec, frame);
  const anno = annotationPrims(g.blocks, g.bandBottom, g.plotBottom, g.sz);
  const pos = positions(spec, g);
  const lines = seriesLines(spec, pos);
  const axes = [...yAxis(spec, g), ...xAxis(spec, g)];
  const axisText = axes.flatMap((p) => (p.type === "text" ? [textBox(p)] : []));
  const obstacles: Obstacles = { boxes: [...anno.boxes, ...axisText], segments: [...lines.segs, ...anno.rules] };
  const markPrims = marks(spec, g, pos, obstacles);
  const prims = [
    part("key", key.prims),
    part("axis", axes),
    part("annotations", anno.prims),
    part("lines", lines.prims),
    part("marks", markPrims),
  ];
  return { prims, height: g.plotBottom + 10 + g.sz.tick * 1.2 - outer.y };
}
