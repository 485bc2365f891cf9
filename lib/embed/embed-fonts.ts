// The embed's fonts: Inter 400 and 600 cut down to the characters its page shows, from the same .ttf files
// the chart layout measured its text with (lib/chart/font-files.ts), so the browser draws the widths the
// layout reserved. Each file is named by a hash of its characters: a changed chart gets new addresses, and
// an address can be cached for good.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import subsetFont from "subset-font";
import { interFiles } from "../chart/font-files";
import type { FontWeight } from "../chart/scene-types";

export const EMBED_FONT_WEIGHTS = [400, 600] as const;
export type EmbedFontWeight = (typeof EMBED_FONT_WEIGHTS)[number];

// The features a browser (and fontkit's layout) apply by default to Latin, Cyrillic, Greek text, plus tnum
// for footnote numbers (tabular-nums): without them kerning and contextual forms would change the widths.
const FEATURES = ["kern", "liga", "clig", "calt", "ccmp", "locl", "mark", "mkmk", "rlig", "rclt", "curs", "tnum"];
// Bump when the subsetting changes, so cached files are not reused under an old name.
const SCHEME = "1";

/** The distinct characters of `text`, sorted, plus the digits and basic punctuation any figure may need. */
export function glyphSet(text: string): string {
  // Spaces stay (their advance is part of every measured width); line breaks and tabs are never drawn.
  const chars = new Set([...text.replace(/[\n\r\t]/g, ""), ..." 0123456789.,–-"]);
  return [...chars].sort().join("");
}

function hashOf(glyphs: string, weight: EmbedFontWeight): string {
  return createHash("sha256").update(`${SCHEME}|${weight}|${glyphs}`).digest("hex").slice(0, 12);
}

/** File name of one weight's subset: "<chart>-<weight>-<hash>.woff2". */
export function embedFontFile(chartId: string, weight: EmbedFontWeight, glyphs: string): string {
  return `${chartId}-${weight}-${hashOf(glyphs, weight)}.woff2`;
}

export type ParsedFontFile = { chartId: string; weight: EmbedFontWeight; hash: string };

export function parseEmbedFontFile(file: string): ParsedFontFile | null {
  const m = /^([a-z0-9-]{1,100})-(400|600)-([0-9a-f]{12})\.woff2$/.exec(file);
  if (!m) return null;
  return { chartId: m[1] ?? "", weight: Number(m[2]) as EmbedFontWeight, hash: m[3] ?? "" };
}

export function fontFileMatches(parsed: ParsedFontFile, glyphs: string): boolean {
  return hashOf(glyphs, parsed.weight) === parsed.hash;
}

const cache = new Map<string, Promise<Buffer>>();
const MAX_CACHED = 64;

/** The woff2 subset of one weight for these characters; a few hundred ms the first time, then cached. */
export function subsetInter(weight: FontWeight, glyphs: string): Promise<Buffer> {
  const key = `${weight}|${glyphs}`;
  const hit = cache.get(key);
  if (hit) return hit;
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value ?? "");
  const made = subsetFont(readFileSync(interFiles()[weight]), glyphs, {
    targetFormat: "woff2",
    noHinting: true,
    keepFeatures: FEATURES,
  });
  made.catch(() => cache.delete(key));
  cache.set(key, made);
  return made;
}
