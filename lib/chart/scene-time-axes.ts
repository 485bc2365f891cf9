// The frame of a time chart's plot: its scales and heights (room for the annotation band and for arrows
// near the top), the value grid and the year axis.
import { scaleLinear, type ScaleLinear } from "d3-scale";
import { formatValue } from "../model/format";
import { stackAnnotations, type AnnotationBlock } from "./scene-annotations";
import { axisLabel, gridLine, sizesFor, textIn, valueTicks, yearTicks, type Frame, type Sizes } from "./scene-axes";
import { ARROW_LEN } from "./scene-marks";
import { textWidth } from "./scene-text";
import type { Primitive } from "./scene-types";
import type { ChartSpec } from "./types";

export type Geo = {
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

export function geometry(spec: ChartSpec, frame: Frame): Geo {
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

export function yAxis(spec: ChartSpec, g: Geo): Primitive[] {
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

export function xAxis(spec: ChartSpec, g: Geo): Primitive[] {
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
