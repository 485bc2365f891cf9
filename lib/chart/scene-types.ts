// A renderer-neutral drawing of one chart: absolute coordinates, semantic colours.
// layoutChart (scene.ts) makes it; sceneToSvg (svg.ts) and <ChartSvg> (components/charts) draw it.

export const SERIES_ROLES = ["series-0", "series-1", "series-2", "series-3", "series-4", "series-5"] as const;
export type SeriesRole = (typeof SERIES_ROLES)[number];

/** A colour by meaning; the page themes it with CSS variables, the image with a palette. */
export type ColorRole = "fg" | "muted" | "grid" | "axis" | "bg" | "accent" | SeriesRole;
export type Paint = ColorRole | "none";

type Stroke = {
  stroke?: ColorRole;
  strokeWidth?: number;
  /** An SVG dash array, e.g. "4 3". */
  dash?: string;
};

export type RectPrim = Stroke & {
  type: "rect";
  x: number;
  y: number;
  width: number;
  height: number;
  fill: Paint;
  fillOpacity?: number;
};

export type LinePrim = Stroke & {
  type: "line";
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: ColorRole;
  strokeWidth: number;
};

export type PathPrim = Stroke & { type: "path"; d: string; fill: Paint; fillOpacity?: number };

export type CirclePrim = Stroke & {
  type: "circle";
  cx: number;
  cy: number;
  r: number;
  fill: Paint;
  fillOpacity?: number;
};

export type TextAnchor = "start" | "middle" | "end";
export type FontWeight = 400 | 600 | 700;

export type TextPrim = {
  type: "text";
  x: number;
  /** The alphabetic baseline. */
  y: number;
  text: string;
  anchor: TextAnchor;
  size: number;
  weight: FontWeight;
  fill: ColorRole;
  /** Draw a background-coloured outline behind the glyphs so the text stays legible over grid lines. */
  halo?: boolean;
  /** A link the text stands for (a footnote's article, the chart's page): clickable in SVG and PDF. */
  href?: string;
};

/** What a non-mark group holds, so renderers and tests can find the parts. */
export type GroupRole =
  "header" | "legend" | "key" | "axis" | "annotations" | "lines" | "marks" | "notes" | "sources" | "credit";

export type GroupPrim = {
  type: "group";
  role?: GroupRole;
  /** The point (observation) id when this group is one data mark with its labels. */
  markId?: string;
  footnotes: number[];
  /** "2024: at most $4B, source 3" */
  ariaLabel?: string;
  children: Primitive[];
};

export type Primitive = RectPrim | LinePrim | PathPrim | CirclePrim | TextPrim | GroupPrim;

export type Scene = {
  width: number;
  height: number;
  /** spec.id: footnote anchors are #fn-{chartId}-{n}. */
  chartId: string;
  /** spec.title and spec.summary, for <title> and <desc>. */
  title: string;
  summary: string;
  standalone: boolean;
  children: Primitive[];
};

/** A group of non-mark primitives. */
export function part(role: GroupRole, children: Primitive[]): GroupPrim {
  return { type: "group", role, footnotes: [], children };
}

/** Every primitive in drawing order, groups flattened. */
export function flatten(prims: readonly Primitive[]): Exclude<Primitive, GroupPrim>[] {
  return prims.flatMap((p) => (p.type === "group" ? flatten(p.children) : [p]));
}

/** The mark groups (one per data point), in drawing order. */
export function markGroups(prims: readonly Primitive[]): GroupPrim[] {
  return prims.flatMap((p) => {
    if (p.type !== "group") return [];
    return p.markId !== undefined ? [p] : markGroups(p.children);
  });
}
