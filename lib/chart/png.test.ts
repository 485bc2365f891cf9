import { describe, expect, it } from "vitest";
import { FIXTURES } from "../../tests/fixtures/chart-fixtures";
import { decodePng, type Png } from "../../tests/fixtures/png-decode";
import { chartFontFiles, svgToPng } from "./png";
import { layoutChart } from "./scene";
import { sceneToSvg } from "./svg";
import type { ChartSpec } from "./types";

function distinctColours(png: Png): number {
  const seen = new Set<number>();
  for (let i = 0; i < png.pixels.length; i += 4) seen.add(png.pixels.readUInt32BE(i));
  return seen.size;
}

describe("svgToPng", () => {
  it("uses the Inter files shipped in node_modules", () => {
    const files = chartFontFiles();
    expect(files).toHaveLength(3);
    for (const f of files) expect(f).toMatch(/node_modules\/@expo-google-fonts\/inter\/.+\.ttf$/);
  });

  for (const [name, spec] of Object.entries(FIXTURES) as [string, ChartSpec][]) {
    it(`${name}: renders at the requested width, with the scene's aspect ratio, not blank`, () => {
      const scene = layoutChart(spec, { width: 600, standalone: true });
      const svg = sceneToSvg(scene, { theme: "light" });
      for (const width of [360, 1200]) {
        const png = decodePng(svgToPng(svg, { width }));
        expect(png.width).toBe(width);
        expect(Math.abs(png.height - (scene.height * width) / scene.width)).toBeLessThanOrEqual(1);
        expect(distinctColours(png)).toBeGreaterThan(2);
      }
    });
  }

  it("draws the text (an image without its words has far fewer colours)", () => {
    const scene = layoutChart(FIXTURES.invest, { width: 600, standalone: true });
    const words = decodePng(svgToPng(sceneToSvg(scene, { theme: "dark" }), { width: 600 }));
    const bare = { ...scene, children: [] };
    const none = decodePng(svgToPng(sceneToSvg(bare, { theme: "dark" }), { width: 600 }));
    expect(distinctColours(none)).toBe(1);
    expect(distinctColours(words)).toBeGreaterThan(50);
  });
});
