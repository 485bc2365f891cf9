// A Scene as a standalone SVG document (for downloads and for the PNG renderer): literal palette colours,
// Inter, every text XML-escaped, <title> and <desc> for assistive technology.
import { PALETTES, type Theme } from "./scene-palette";
import type { ColorRole, Paint, Primitive, Scene, TextPrim } from "./scene-types";

export type { Theme } from "./scene-palette";

/** Characters XML 1.0 forbids are dropped; markup characters become entities. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c);
}

function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

type Colors = Record<ColorRole, string>;

function attrs(pairs: [string, string | number | undefined][]): string {
  return pairs
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === "number" ? num(v) : escapeXml(v)}"`)
    .join("");
}

function paint(p: Paint | undefined, c: Colors): string | undefined {
  return p === undefined ? undefined : p === "none" ? "none" : c[p];
}

function strokeAttrs(
  p: { stroke?: ColorRole; strokeWidth?: number; dash?: string },
  c: Colors,
): [string, string | number | undefined][] {
  return [
    ["stroke", paint(p.stroke, c)],
    ["stroke-width", p.stroke ? (p.strokeWidth ?? 1) : undefined],
    ["stroke-dasharray", p.dash],
  ];
}

/** Draws a text primitive's glyphs as an SVG path (lib/chart/glyph-outlines.ts), when text goes as outlines. */
export type Outliner = (t: TextPrim) => string;

function outlinedText(p: TextPrim, c: Colors, outline: Outliner): string {
  const d = outline(p);
  const halo = p.halo ? `<path d="${d}" fill="none" stroke="${c.bg}" stroke-width="3" stroke-linejoin="round"/>` : "";
  // The words stay in the file, for search and assistive technology, though the glyphs are paths.
  return `<g><title>${escapeXml(p.text)}</title>${halo}<path d="${d}" fill="${c[p.fill]}"/></g>`;
}

function element(p: Primitive, c: Colors, outline?: Outliner): string {
  switch (p.type) {
    case "rect":
      return `<rect${attrs([["x", p.x], ["y", p.y], ["width", p.width], ["height", p.height], ["fill", paint(p.fill, c)], ["fill-opacity", p.fillOpacity], ...strokeAttrs(p, c)])}/>`;
    case "line":
      return `<line${attrs([["x1", p.x1], ["y1", p.y1], ["x2", p.x2], ["y2", p.y2], ...strokeAttrs(p, c)])}/>`;
    case "path":
      return `<path${attrs([["d", p.d], ["fill", paint(p.fill, c)], ["fill-opacity", p.fillOpacity], ...strokeAttrs(p, c)])}/>`;
    case "circle":
      return `<circle${attrs([["cx", p.cx], ["cy", p.cy], ["r", p.r], ["fill", paint(p.fill, c)], ["fill-opacity", p.fillOpacity], ...strokeAttrs(p, c)])}/>`;
    case "text": {
      if (outline) {
        const g = outlinedText(p, c, outline);
        return p.href ? `<a${attrs([["href", p.href]])}>${g}</a>` : g;
      }
      const halo: [string, string | number][] = p.halo
        ? [
            ["stroke", c.bg],
            ["stroke-width", 3],
            ["stroke-linejoin", "round"],
            ["paint-order", "stroke"],
          ]
        : [];
      const a = attrs([
        ["x", p.x],
        ["y", p.y],
        ["text-anchor", p.anchor],
        ["font-size", p.size],
        ["font-weight", p.weight],
        ["fill", c[p.fill]],
        ...halo,
      ]);
      const text = `<text${a}>${escapeXml(p.text)}</text>`;
      return p.href ? `<a${attrs([["href", p.href]])}>${text}</a>` : text;
    }
    case "group": {
      const a = attrs([
        ["data-role", p.role],
        ["data-mark", p.markId],
        ["data-footnotes", p.footnotes.length ? p.footnotes.join(" ") : undefined],
      ]);
      const title = p.ariaLabel ? `<title>${escapeXml(p.ariaLabel)}</title>` : "";
      return `<g${a}>${title}${p.children.map((ch) => element(ch, c, outline)).join("")}</g>`;
    }
  }
}

function safeId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, "-");
}

/** width/height attributes: CSS px, or centimetres when the file has a physical size (so Word and Inkscape place it). */
function size(scene: Scene, widthIn: number | undefined): [string, string] {
  if (widthIn === undefined) return [num(scene.width), num(scene.height)];
  const cm = widthIn * 2.54;
  return [`${num(cm)}cm`, `${num((cm * scene.height) / scene.width)}cm`];
}

type SvgOptions = {
  theme: Theme;
  widthIn?: number;
  outline?: Outliner;
  /** @font-face rules carrying the font subset (lib/chart/svg-fonts.ts), so the file needs no installed Inter. */
  fontCss?: string;
};

/**
 * Inter first (embedded, or installed); then Arial and its metric twin Liberation Sans, which are narrower
 * than Inter, so a renderer that ignores the embedded font (librsvg, some editors) still fits every label
 * in the widths the layout measured instead of pushing it past the canvas, as the default sans-serif
 * (often DejaVu Sans, wider than Inter) did.
 */
const FONT_FAMILY = "Inter, Arial, 'Liberation Sans', Helvetica, sans-serif";

export function sceneToSvg(scene: Scene, opts: SvgOptions): string {
  const c = PALETTES[opts.theme];
  const id = safeId(scene.chartId);
  const { width: w, height: h } = scene;
  const [aw, ah] = size(scene, opts.widthIn);
  const open = `<svg xmlns="http://www.w3.org/2000/svg" width="${aw}" height="${ah}" viewBox="0 0 ${num(w)} ${num(h)}" font-family="${FONT_FAMILY}" role="img" aria-labelledby="${id}-title ${id}-desc">`;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    open,
    `<title id="${id}-title">${escapeXml(scene.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(scene.summary)}</desc>`,
    ...(opts.fontCss ? [`<defs><style>${escapeXml(opts.fontCss)}</style></defs>`] : []),
    `<rect width="${num(w)}" height="${num(h)}" fill="${c.bg}"/>`,
    ...scene.children.map((p) => element(p, c, opts.outline)),
    `</svg>`,
    "",
  ].join("\n");
}
