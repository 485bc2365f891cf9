// The exported files checked with tools that are not ours: poppler reads the PDFs, librsvg draws the SVGs
// (on a machine without Inter installed: only the outlines can look right there), and the PNG's chunks are
// read back. The Debian packages poppler-utils and librsvg2-bin are installed by .ci/run.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import * as fontkit from "fontkit";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../../tests/fixtures/chart-fixtures";
import { decodePng } from "../../tests/fixtures/png-decode";
import { printableUrl } from "./credit";
import { readPngMeta } from "./png-meta";
import { renderChartFile } from "./render-file";
import { parseChartRequest, type ChartRequest } from "./request";
import { layoutChart } from "./scene";
import { flatten } from "./scene-types";
import type { ChartSpec } from "./types";

const dir = mkdtempSync(path.join(tmpdir(), "chart-print-"));
const credit = { chartUrl: "https://flows.example/stories/trade#chart-trade", dataVersion: "2026-11-30.1" };
const specs = Object.entries(FIXTURES) as [string, ChartSpec][];

function request(file: string, search: string): ChartRequest {
  const r = parseChartRequest(file, new URLSearchParams(search));
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

async function fileOf(spec: ChartSpec, ext: string, search: string): Promise<string> {
  const file = path.join(dir, `${spec.id}-${search.replace(/\W/g, "_")}.${ext}`);
  writeFileSync(file, (await renderChartFile(spec, request(`${spec.id}.${ext}`, search), credit)).body);
  return file;
}

const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: "utf8" });
const words = (text: string) => text.replace(/\s+/g, " ");

describe.each(specs)("%s as a PDF", (_name, spec) => {
  it("is a 16 cm figure with Inter embedded and subset, and every word of the chart as text", async () => {
    const pdf = await fileOf(spec, "pdf", "");
    const info = run("pdfinfo", pdf);
    const [, w] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
    expect(Number(w)).toBeCloseTo((16 / 2.54) * 72, 1);
    const fonts = run("pdffonts", pdf).split("\n").slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const f of fonts) expect(f).toMatch(/^[A-Z]{6}\+Inter-\S+ .* yes yes yes /);
    const text = words(run("pdftotext", pdf, "-"));
    expect(text).toContain(words(spec.title));
    for (const f of spec.footnotes) {
      expect(text).toContain(f.author);
      expect(text).toContain(words(`“${f.quote}”`));
      const url = f.href;
      if (url) expect(text.replace(/ /g, "")).toContain(printableUrl(url).replace(/ /g, ""));
    }
    expect(text).toContain("Caucasus Flows · data version 2026-11-30.1");
    expect(text).toContain(credit.chartUrl);
    expect(text).not.toContain("#:~:text=");
  });

  it("keeps the full deep links clickable", async () => {
    const pdf = await fileOf(spec, "pdf", "");
    const links = execFileSync("pdfinfo", ["-url", pdf], { encoding: "utf8" });
    for (const f of spec.footnotes) if (f.href) expect(links).toContain(f.href);
  });

  it("fits an A4 page when asked", async () => {
    const info = run("pdfinfo", await fileOf(spec, "pdf", "page=a4"));
    expect(info).toMatch(/Page size:\s+595\.2\d x 841\.8\d pts \(A4\)/);
  });
});

describe("legible on paper", () => {
  it.each(specs)("%s: no text under 7 pt at the default 16 cm", (_name, spec) => {
    const req = request(`${spec.id}.pdf`, "");
    const scene = layoutChart(spec, { width: req.width, standalone: true, credit });
    const ptPerPx = ((req.print?.widthIn ?? 0) * 72) / scene.width;
    const sizes = flatten(scene.children).flatMap((p) => (p.type === "text" ? [p.size * ptPerPx] : []));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(7);
  });
});

describe.each(specs)("%s as an SVG drawn by librsvg", (_name, spec) => {
  it("with text as outlines, stays inside its canvas (right and bottom margins blank)", async () => {
    const svg = await fileOf(spec, "svg", "width=16cm&text=outlines");
    const png = path.join(dir, `${spec.id}-rsvg.png`);
    execFileSync("rsvg-convert", ["--dpi-x", "96", "--dpi-y", "96", "-o", png, svg]);
    const img = decodePng(execFileSync("cat", [png]));
    expect(img.width).toBe(605);
    // The layout's padding is 24 px at this width; the last column is partly covered (604.7 px wide).
    const margin = 20;
    // Colour only: the edge rows are partly transparent (the canvas is 604.7 × … px).
    const rgb = (x: number, y: number) => img.pixels.readUInt32BE((y * img.width + x) * 4) >>> 8;
    const bg = rgb(0, 0);
    for (let y = 0; y < img.height - 1; y++)
      for (let x = img.width - margin; x < img.width - 1; x++)
        if (rgb(x, y) !== bg) expect.fail(`${spec.id}: ink at ${x},${y}, inside the right margin`);
  });
});

describe.each(specs)("%s as a default (text) SVG", (_name, spec) => {
  it("carries Inter cut to its characters, one face per weight it draws", async () => {
    const svg = readFileSync(await fileOf(spec, "svg", "width=16cm"), "utf8");
    const faces = [...svg.matchAll(/font-weight:(\d+);[^}]*base64,([A-Za-z0-9+/=]+)/g)];
    const scene = layoutChart(spec, { width: request(`${spec.id}.svg`, "").width, standalone: true, credit });
    const texts = flatten(scene.children).flatMap((p) => (p.type === "text" ? [p] : []));
    expect(faces.map((f) => Number(f[1])).sort()).toEqual([...new Set(texts.map((t) => t.weight))].sort());
    for (const [, , data] of faces) {
      const font = fontkit.create(Buffer.from(data ?? "", "base64"));
      if ("fonts" in font) throw new Error("a collection");
      for (const t of texts)
        for (const ch of t.text) expect(font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0), ch).toBe(true);
    }
    expect(svg.length).toBeLessThan(120_000);
  });

  it("is drawn by librsvg inside its canvas, though librsvg ignores @font-face and falls back", async () => {
    const svg = await fileOf(spec, "svg", "width=16cm");
    const png = path.join(dir, `${spec.id}-rsvg-text.png`);
    execFileSync("rsvg-convert", ["--dpi-x", "96", "--dpi-y", "96", "-o", png, svg]);
    const img = decodePng(execFileSync("cat", [png]));
    const rgb = (x: number, y: number) => img.pixels.readUInt32BE((y * img.width + x) * 4) >>> 8;
    const bg = rgb(0, 0);
    for (let y = 0; y < img.height - 1; y++)
      for (let x = img.width - 8; x < img.width - 1; x++)
        if (rgb(x, y) !== bg) expect.fail(`${spec.id}: ink at ${x},${y}, at the right edge`);
  });
});

describe.each(specs)("%s as a PNG for print", (_name, spec) => {
  it("is width × dpi pixels, with the dpi in pHYs and title, source and licence in text chunks", async () => {
    const file = (await renderChartFile(spec, request(`${spec.id}.png`, "width=16cm&dpi=300"), credit)).body;
    expect(file.readUInt32BE(16)).toBe(Math.round((16 / 2.54) * 300));
    const meta = readPngMeta(file);
    expect(meta.dpi).toBeCloseTo(300, 1);
    expect(meta.text).toMatchObject({ Title: spec.title, Source: credit.chartUrl, Author: "Caucasus Flows" });
    expect(meta.text.Copyright).toMatch(/reuse with credit/);
    for (const f of spec.footnotes) expect(meta.text.Comment).toContain(f.author);
  });
});
