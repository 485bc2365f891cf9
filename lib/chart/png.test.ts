import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../../tests/fixtures/chart-fixtures";
import { chartFontFiles, svgToPng } from "./png";
import { layoutChart } from "./scene";
import { sceneToSvg } from "./svg";
import type { ChartSpec } from "./types";

type Png = { width: number; height: number; colorType: number; pixels: Buffer };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Just enough of a PNG decoder for resvg's output: 8-bit RGBA, no interlace. */
function decodePng(buf: Buffer): Png {
  expect(buf.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  let at = 8;
  let header: { width: number; height: number; colorType: number } | null = null;
  const idat: Buffer[] = [];
  while (at < buf.length) {
    const len = buf.readUInt32BE(at);
    const type = buf.toString("latin1", at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + len);
    if (type === "IHDR")
      header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), colorType: data[9] ?? -1 };
    if (type === "IDAT") idat.push(data);
    at += 12 + len;
  }
  if (!header) throw new Error("no IHDR");
  expect(header.colorType).toBe(6);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = header.width * 4;
  const pixels = Buffer.alloc(stride * header.height);
  for (let y = 0; y < header.height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x] ?? 0;
      const a = x >= 4 ? (pixels[y * stride + x - 4] ?? 0) : 0;
      const b = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= 4 && y > 0 ? (pixels[(y - 1) * stride + x - 4] ?? 0) : 0;
      const pred = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter] ?? 0;
      pixels[y * stride + x] = (v + pred) & 255;
    }
  }
  return { ...header, pixels };
}

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
