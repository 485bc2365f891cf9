// Event annotations on time charts: a thin vertical rule with a short label stacked above the plot,
// stacked so no label overlaps another label or crosses another annotation's rule.
import type { ScaleLinear } from "d3-scale";
import type { Annotation } from "./types";
import type { Frame, Sizes } from "./scene-axes";
import { textWidth, wrapText, type Box } from "./scene-text";
import type { Segment } from "./scene-labels";
import type { Primitive } from "./scene-types";

export type AnnotationBlock = {
  xa: number;
  t0: number;
  t1: number;
  anchor: "start" | "end";
  lines: string[];
  level: number;
};

function blockFor(
  a: Annotation,
  x: ScaleLinear<number, number>,
  frame: Frame,
  sz: Sizes,
): Omit<AnnotationBlock, "level"> {
  const maxW = Math.max(90, Math.min(240, frame.width * 0.45));
  const lines = wrapText(a.label, maxW, sz.small);
  const w = Math.max(...lines.map((l) => textWidth(l, sz.small)));
  const xa = x(a.at);
  const right = frame.x + frame.width;
  if (xa + 4 + w <= right || xa - 4 - w < frame.x) {
    const t0 = Math.min(xa + 4, right - w);
    return { xa, t0, t1: t0 + w, anchor: "start", lines };
  }
  return { xa, t0: xa - 4 - w, t1: xa - 4, anchor: "end", lines };
}

/** Labels on shared levels must not overlap; with `strict`, no rule may cross a label below it either. */
function conflicts(a: AnnotationBlock, b: AnnotationBlock, strict: boolean): boolean {
  const aTop = a.level + a.lines.length;
  const bTop = b.level + b.lines.length;
  const levelsMeet = a.level < bTop && b.level < aTop;
  if (levelsMeet && a.t0 < b.t1 + 8 && b.t0 < a.t1 + 8) return true;
  if (!strict) return false;
  // A rule runs from its label down to the plot.
  const ruleCrosses = (r: AnnotationBlock, t: AnnotationBlock) =>
    t.level < r.level + r.lines.length && r.xa >= t.t0 - 3 && r.xa <= t.t1 + 3;
  return ruleCrosses(a, b) || ruleCrosses(b, a);
}

/** The lowest level where `base` fits among `placed`: with no crossings if one of the first few levels allows. */
function levelFor(base: Omit<AnnotationBlock, "level">, placed: AnnotationBlock[]): number {
  for (let level = 0; level < 4; level++) {
    if (!placed.some((p) => conflicts(p, { ...base, level }, true))) return level;
  }
  let level = 0;
  while (placed.some((p) => conflicts(p, { ...base, level }, false))) level += 1;
  return level;
}

/** Stack annotation labels on levels (0 = just above the plot); returns them with the band's height in lines. */
export function stackAnnotations(
  list: Annotation[],
  domain: [number, number],
  x: ScaleLinear<number, number>,
  frame: Frame,
  sz: Sizes,
) {
  const placed: AnnotationBlock[] = [];
  const inside = list.filter((a) => a.at >= domain[0] && a.at <= domain[1]).sort((a, b) => a.at - b.at);
  for (const a of inside) {
    const base = blockFor(a, x, frame, sz);
    placed.push({ ...base, level: levelFor(base, placed) });
  }
  const levels = Math.max(0, ...placed.map((p) => p.level + p.lines.length));
  return { blocks: placed, levels };
}

/** The rules and labels; `bandBottom` is the y just above which level 0 sits. */
export function annotationPrims(
  blocks: AnnotationBlock[],
  bandBottom: number,
  plotBottom: number,
  sz: Sizes,
): { prims: Primitive[]; boxes: Box[]; rules: Segment[] } {
  const lh = sz.small * 1.25;
  const prims: Primitive[] = [];
  const boxes: Box[] = [];
  const rules: Segment[] = [];
  const labels: Primitive[] = [];
  for (const b of blocks) {
    const n = b.lines.length;
    const top = bandBottom - (b.level + n) * lh;
    prims.push({
      type: "line",
      x1: b.xa,
      y1: top + 2,
      x2: b.xa,
      y2: plotBottom,
      stroke: "muted",
      strokeWidth: 1,
      dash: "2 3",
    });
    b.lines.forEach((line, k) => {
      const y = top + (k + 1) * lh - sz.small * 0.3;
      const x = b.anchor === "start" ? b.t0 : b.t1;
      labels.push({
        type: "text",
        x,
        y,
        text: line,
        anchor: b.anchor,
        size: sz.small,
        weight: 400,
        fill: "muted",
        halo: true,
      });
    });
    boxes.push({ x0: b.t0, x1: b.t1, y0: top, y1: top + n * lh });
    rules.push([b.xa, top, b.xa, plotBottom]);
  }
  // Labels after every rule: their halo masks a rule that has to pass behind them.
  prims.push(...labels);
  return { prims, boxes, rules };
}
