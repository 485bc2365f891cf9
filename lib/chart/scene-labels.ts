// Value labels with their footnote numbers, placed beside their mark where they collide with nothing.
import type { Box } from "./scene-text";
import { advance } from "./scene-text";
import type { Primitive } from "./scene-types";

export type Placement = "above" | "below" | "right" | "left";
export type Segment = [number, number, number, number];

export type LabelRequest = {
  /** Mark centre; labels above and below are centred on x. */
  x: number;
  y: number;
  markBox: Box;
  text: string;
  footnotes: number[];
  prefer: Placement[];
  /** Write the value only where it touches nothing, no line either; else fall back to the footnote numbers. */
  textOnlyIfClear?: boolean;
};

export type LabelStyle = { size: number; fnSize: number };

export type Obstacles = { boxes: Box[]; segments: Segment[] };

const GAP = 4;
/** A candidate's cost for each series line its box crosses; one that touches a mark or label costs 1000 more. */
const LINE_COST = 40;
/** Space between a value label and its superscript footnote numbers. */
export const FN_GAP = 1;

/** "1,2": the footnote numbers written as a superscript. */
export function footnoteText(footnotes: number[]): string {
  return footnotes.join(",");
}

function labelWidth(text: string, fn: string, st: LabelStyle): number {
  const tw = text ? advance(text, st.size) : 0;
  return (tw + (fn ? (text ? FN_GAP : 0) + advance(fn, st.fnSize, 600) : 0)) * 1.03;
}

function origin(req: LabelRequest, where: Placement, w: number, st: LabelStyle): [number, number] {
  const b = req.markBox;
  if (where === "above") return [req.x - w / 2, b.y0 - GAP - st.size * 0.25];
  if (where === "below") return [req.x - w / 2, b.y1 + GAP + st.size * 0.8];
  if (where === "right") return [b.x1 + GAP, req.y + st.size * 0.35];
  return [b.x0 - GAP - w, req.y + st.size * 0.35];
}

function boxAt(x: number, baseline: number, w: number, st: LabelStyle): Box {
  return { x0: x, x1: x + w, y0: baseline - st.size * 0.85, y1: baseline + st.size * 0.25 };
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

function crosses(seg: Segment, b: Box): boolean {
  const [x1, y1, x2, y2] = seg;
  for (let i = 0; i <= 16; i++) {
    const x = x1 + ((x2 - x1) * i) / 16;
    const y = y1 + ((y2 - y1) * i) / 16;
    if (x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1) return true;
  }
  return false;
}

type Candidate = { x: number; baseline: number; box: Box; cost: number };

function candidate(
  req: LabelRequest,
  where: Placement,
  rank: number,
  text: string,
  ctx: PlaceContext,
): Candidate | null {
  const { st, bounds, obstacles } = ctx;
  const w = labelWidth(text, footnoteText(req.footnotes), st);
  const [x0, baseline] = origin(req, where, w, st);
  let x = x0;
  if (where === "above" || where === "below") x = Math.min(Math.max(x, bounds.x0), bounds.x1 - w);
  const box = boxAt(x, baseline, w, st);
  if (box.x0 < bounds.x0 - 0.01 || box.x1 > bounds.x1 + 0.01 || box.y0 < bounds.y0 || box.y1 > bounds.y1) return null;
  const hit = obstacles.boxes.reduce((sum, o) => sum + overlapArea(box, o), 0);
  const lines = obstacles.segments.filter((s) => crosses(s, box)).length;
  return { x, baseline, box, cost: rank + (hit > 0 ? 1000 + hit : 0) + lines * LINE_COST };
}

export type PlaceContext = { st: LabelStyle; bounds: Box; obstacles: Obstacles };

function best(req: LabelRequest, text: string, ctx: PlaceContext): Candidate | null {
  const found = req.prefer.map((where, i) => candidate(req, where, i, text, ctx)).filter((c) => c !== null);
  return found.reduce<Candidate | null>((a, c) => (a === null || c.cost < a.cost ? c : a), null);
}

function labelPrims(text: string, fn: string, c: Candidate, st: LabelStyle): Primitive[] {
  const prims: Primitive[] = [];
  if (text)
    prims.push({
      type: "text",
      x: c.x,
      y: c.baseline,
      text,
      anchor: "start",
      size: st.size,
      weight: 400,
      fill: "fg",
      halo: true,
    });
  if (fn) {
    const fx = c.x + (text ? advance(text, st.size) + FN_GAP : 0);
    prims.push({
      type: "text",
      x: fx,
      y: c.baseline - st.size * 0.38,
      text: fn,
      anchor: "start",
      size: st.fnSize,
      weight: 600,
      fill: "accent",
      halo: true,
    });
  }
  return prims;
}

/** Last resort: the footnote numbers above the mark, pushed inside the bounds whatever they touch. */
function forced(req: LabelRequest, ctx: PlaceContext): Candidate {
  const { st, bounds } = ctx;
  const w = labelWidth("", footnoteText(req.footnotes), st);
  const x = Math.min(Math.max(req.x - w / 2, bounds.x0), bounds.x1 - w);
  const baseline = Math.min(Math.max(req.markBox.y0 - GAP, bounds.y0 + st.size * 0.85), bounds.y1 - st.size * 0.25);
  return { x, baseline, box: boxAt(x, baseline, w, st), cost: Infinity };
}

/**
 * Places one label and adds its box to the obstacles. When the value label cannot fit anywhere free, only
 * the footnote numbers are drawn (the value stays in the mark's aria label, the table and the sources).
 * In a crowded chart (`crowded`), a mark whose numbers would land on another label gets none: its link
 * and aria label still lead to the source; otherwise they are pushed in wherever they least collide.
 */
export function placeLabel(req: LabelRequest, ctx: PlaceContext, crowded = false): Primitive[] {
  const fn = footnoteText(req.footnotes);
  let text = req.text;
  let c = text ? best(req, text, ctx) : null;
  if (c !== null && req.textOnlyIfClear && c.cost >= LINE_COST) c = null;
  if (c === null || c.cost >= 1000) {
    const short = best(req, "", ctx);
    if (short !== null && (c === null || short.cost < c.cost)) {
      c = short;
      text = "";
    }
  }
  if (crowded && (c === null || c.cost >= 1000)) return [];
  if (c === null) {
    c = forced(req, ctx);
    text = "";
  }
  ctx.obstacles.boxes.push(c.box);
  return labelPrims(text, fn, c, ctx.st);
}
