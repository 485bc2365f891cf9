// The plot of a time chart: value grid, year axis, annotations, joined segments and marks. The frame and axes
// are laid out in scene-time-axes.ts, the marks and their labels in scene-time-marks.ts.
import { annotationPrims } from "./scene-annotations";
import type { Frame } from "./scene-axes";
import { seriesKey } from "./scene-legend";
import type { Obstacles, Segment } from "./scene-labels";
import { DERIVED_LINE_DASH, seriesRole } from "./scene-marks";
import { textBox } from "./scene-text";
import { geometry, xAxis, yAxis } from "./scene-time-axes";
import { marks, positions, type Pos } from "./scene-time-marks";
import { part, type Primitive } from "./scene-types";
import type { ChartSpec } from "./types";
import type { PlotResult } from "./kinds/kind-module";

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
