// The marks of a time chart: where each sits (side by side where they would overlap), its glyph with its
// bound's arrow, and its value label placed clear of the axes, annotations, lines and other marks.
import { markAriaLabel } from "./scene-aria";
import { placeLabel, type Obstacles, type Placement } from "./scene-labels";
import {
  ARROW_LEN,
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
import { textWidth } from "./scene-text";
import type { Geo } from "./scene-time-axes";
import type { Primitive } from "./scene-types";
import type { ChartPoint, ChartSeries, ChartSpec } from "./types";

export type Pos = { cx: number; cy: number; arrow?: boolean };

/** Centres of single-period marks; marks of different series at one period that would overlap are set side by side. */
export function positions(spec: ChartSpec, g: Geo): Map<string, Pos> {
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

export function marks(spec: ChartSpec, g: Geo, pos: Map<string, Pos>, obstacles: Obstacles): Primitive[] {
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
