// The fonts a downloaded SVG carries: Inter cut to the characters and weights the chart draws, as woff2
// in data: URLs, so a browser or editor without Inter installed draws the widths the layout measured
// (the same .ttf files, lib/chart/font-files.ts). Renderers that ignore @font-face (librsvg 2.54 does,
// and textLength too) need the text=outlines option; docs/benchmarks.md, Print files.
import { glyphSet, subsetInter } from "../embed/embed-fonts";
import type { Scene } from "./scene";
import { flatten, type FontWeight } from "./scene-types";

export async function svgFontCss(scene: Scene): Promise<string> {
  const texts = flatten(scene.children).flatMap((p) => (p.type === "text" ? [p] : []));
  const glyphs = glyphSet(texts.map((t) => t.text).join(""));
  const weights = [...new Set(texts.map((t) => t.weight))].sort() as FontWeight[];
  const faces = await Promise.all(
    weights.map(async (w) => {
      const data = (await subsetInter(w, glyphs)).toString("base64");
      return `@font-face{font-family:Inter;font-weight:${w};font-style:normal;src:url(data:font/woff2;base64,${data}) format("woff2")}`;
    }),
  );
  return faces.join("");
}
