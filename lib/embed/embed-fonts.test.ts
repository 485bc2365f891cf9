import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { embedFontFile, fontFileMatches, glyphSet, parseEmbedFontFile, subsetInter } from "./embed-fonts";
import { interFiles } from "../chart/font-files";

const TEXT = "Russia–Armenia trade “more than doubled” ≈ $4.3B ≤ $4B ↗ · Гюмри";

function open(buf: Buffer): fontkit.Font {
  const f = fontkit.create(buf);
  if ("fonts" in f) throw new Error("a collection");
  return f;
}

describe("embed font subsets", () => {
  it("have a glyph for every character of the text, and stay small", async () => {
    const glyphs = glyphSet(TEXT);
    for (const weight of [400, 600] as const) {
      const buf = await subsetInter(weight, glyphs);
      expect(buf.subarray(0, 4).toString("latin1")).toBe("wOF2");
      expect(buf.length).toBeLessThan(10_000);
      const font = open(buf);
      for (const ch of glyphs) expect(font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0), ch).toBe(true);
    }
  });

  it("measure text exactly as the full font the layout uses, kerning included", async () => {
    const glyphs = glyphSet(TEXT);
    const sub = open(await subsetInter(400, glyphs));
    const full = open(Buffer.from(await import("node:fs").then((fs) => fs.readFileSync(interFiles()[400]))));
    for (const run of ["Russia–Armenia", "AVATAR Ty", "$4.3B", "≈ $4.3B"].filter((t) =>
      [...t].every((c) => glyphs.includes(c) || c === " "),
    ))
      expect(sub.layout(run).advanceWidth, run).toBe(full.layout(run).advanceWidth);
  });

  it("are named by their characters, and refuse other names", () => {
    const glyphs = glyphSet(TEXT);
    const file = embedFontFile("russia-armenia-trade", 600, glyphs);
    const parsed = parseEmbedFontFile(file);
    expect(parsed).toMatchObject({ chartId: "russia-armenia-trade", weight: 600 });
    expect(parsed && fontFileMatches(parsed, glyphs)).toBe(true);
    expect(parsed && fontFileMatches(parsed, glyphSet(`${TEXT}Ж`))).toBe(false);
    for (const bad of [
      "x-700-000000000000.woff2",
      "x-400-00.woff2",
      "../x-400-000000000000.woff2",
      "x-400-000000000000.ttf",
    ])
      expect(parseEmbedFontFile(bad), bad).toBeNull();
  });
});
