// Text as glyph outlines, read from the font file with fontkit (kerning included): for a PDF label's halo
// (an outline stroked in the background colour, which must not be extractable text) and for SVGs with
// text as paths, which look the same in any renderer whether or not it has Inter. Server-only (reads files).
import { openSync, type Font } from "fontkit";
import type { TextAnchor } from "./scene-types";

const fonts = new Map<string, Font>();

export function openFont(file: string): Font {
  let font = fonts.get(file);
  if (!font) {
    const opened = openSync(file);
    if (!("layout" in opened)) throw new Error(`${file} is a font collection, not a font`);
    font = opened;
    fonts.set(file, font);
  }
  return font;
}

/** The advance width of `text` at `size`, kerned, as the font lays it out. */
export function kernedAdvance(file: string, text: string, size: number): number {
  const font = openFont(file);
  return (font.layout(text).advanceWidth * size) / font.unitsPerEm;
}

export type OutlineText = { x: number; y: number; text: string; size: number; anchor: TextAnchor };

/** An SVG path (y down) of `t`'s glyphs, with `t.y` as the alphabetic baseline. */
export function textOutline(file: string, t: OutlineText): string {
  const font = openFont(file);
  const run = font.layout(t.text);
  const k = t.size / font.unitsPerEm;
  const width = run.advanceWidth * k;
  let pen = t.anchor === "start" ? t.x : t.anchor === "middle" ? t.x - width / 2 : t.x - width;
  const parts: string[] = [];
  run.glyphs.forEach((glyph, i) => {
    const pos = run.positions[i];
    const dx = (pos?.xOffset ?? 0) * k;
    const dy = (pos?.yOffset ?? 0) * k;
    const d = glyph.path
      .scale(k, -k)
      .translate(pen + dx, t.y - dy)
      .toSVG();
    // Hundredths of a px are finer than any screen or printer at the sizes charts are drawn.
    if (d) parts.push(d.replace(/-?\d*\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100)));
    pen += (pos?.xAdvance ?? glyph.advanceWidth) * k;
  });
  return parts.join("");
}
