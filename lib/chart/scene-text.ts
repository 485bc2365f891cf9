// Text measurement without a browser: Inter's own metrics, read from the font file with fontkit (advance
// widths and kerning), so the layout, the embedded subsets and every renderer agree for any glyph Inter has
// (Latin, Cyrillic, Greek). Server-side only, like every caller of the layout.
import { interFiles } from "./font-files";
import { openFont } from "./glyph-outlines";
import type { FontWeight, TextPrim } from "./scene-types";

/** Browsers may fall back to a wider sans font than Inter; measure a little wide so text never overflows. */
const SAFETY = 1.03;
const MAX_CACHED = 20_000;
const cache = new Map<string, number>();

/** Advance of a character Inter lacks (its fallback font decides): a full em for wide scripts, else a wide letter. */
function fallbackEm(ch: string): number {
  return (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.72;
}

/** Width in em of `text` as Inter lays it out (kerned); characters it has no glyph for use fallbackEm. */
function measureEm(text: string, weight: FontWeight): number {
  const font = openFont(interFiles()[weight]);
  const run = font.layout(text);
  let units = 0;
  run.glyphs.forEach((glyph, i) => {
    const missing = glyph.id === 0;
    units += missing ? 0 : (run.positions[i]?.xAdvance ?? glyph.advanceWidth);
  });
  let em = units / font.unitsPerEm;
  for (const ch of text) if (!font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)) em += fallbackEm(ch);
  return em;
}

/** Inter's advance width in px of `text` at `size` px: where the next glyph starts. */
export function advance(text: string, size: number, weight: FontWeight = 400): number {
  const key = `${weight}\u0000${text}`;
  let em = cache.get(key);
  if (em === undefined) {
    em = measureEm(text, weight);
    // Labels and words repeat across charts and widths; a bounded cache keeps the wrap loops cheap.
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, em);
  }
  return em * size;
}

/** Estimated rendered width in px, a little wide, for keeping text inside bounds. */
export function textWidth(text: string, size: number, weight: FontWeight = 400): number {
  return advance(text, size, weight) * SAFETY;
}

/** Horizontal extent of a text primitive. */
export function textExtent(t: Pick<TextPrim, "x" | "text" | "size" | "weight" | "anchor">): [number, number] {
  const w = textWidth(t.text, t.size, t.weight);
  const x0 = t.anchor === "start" ? t.x : t.anchor === "middle" ? t.x - w / 2 : t.x - w;
  return [x0, x0 + w];
}

/** Bounding box of a text primitive: baseline y, ascent ~0.8em above, descent ~0.25em below. */
export function textBox(t: Pick<TextPrim, "x" | "y" | "text" | "size" | "weight" | "anchor">): Box {
  const [x0, x1] = textExtent(t);
  return { x0, x1, y0: t.y - t.size * 0.8, y1: t.y + t.size * 0.25 };
}

export type Box = { x0: number; x1: number; y0: number; y1: number };

/** Break one word that is wider than `max` (a URL) into pieces that fit. */
function breakWord(word: string, max: number, size: number, weight: FontWeight): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const ch of word) {
    if (piece && textWidth(piece + ch, size, weight) > max) {
      pieces.push(piece);
      piece = "";
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Greedy word wrap to `max` px; words longer than a line are broken. */
export function wrapText(text: string, max: number, size: number, weight: FontWeight = 400): string[] {
  const lines: string[] = [];
  let line = "";
  const words = text.split(/\s+/).filter(Boolean);
  for (const word of words) {
    const joined = line ? `${line} ${word}` : word;
    if (textWidth(joined, size, weight) <= max) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    const pieces = textWidth(word, size, weight) <= max ? [word] : breakWord(word, max, size, weight);
    line = pieces.pop() ?? "";
    lines.push(...pieces);
  }
  if (line) lines.push(line);
  return lines;
}

/** Shorten `text` with an ellipsis so it fits `max` px. */
export function fitText(text: string, max: number, size: number, weight: FontWeight = 400): string {
  if (textWidth(text, size, weight) <= max) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, size, weight) > max) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** A text primitive whose x is moved (never past its anchor side) so it lies within [lo, hi]. */
export function clampText<T extends Pick<TextPrim, "x" | "text" | "size" | "weight" | "anchor">>(
  t: T,
  lo: number,
  hi: number,
): T {
  const [x0, x1] = textExtent(t);
  if (x0 < lo) return { ...t, x: t.x + (lo - x0) };
  if (x1 > hi) return { ...t, x: t.x - (x1 - hi) };
  return t;
}
